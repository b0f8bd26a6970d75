import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  parseYaml
} from "./chunk-25AFY3WQ.js";
import {
  readTextFile
} from "./chunk-EQIPIXBN.js";
import {
  UserError
} from "./chunk-PJKC4ZE5.js";

// build/shared/inputs/index.js
import { existsSync } from "node:fs";
function mapSource(values) {
  return { get: (name) => values[name] };
}
var Inputs = class {
  direct;
  fromConfig;
  constructor(direct, knownNames) {
    this.direct = direct;
    const configPath = this.directValue("config");
    this.fromConfig = configPath ? readConfigFile(configPath) : {};
    const unknown = knownNames ? Object.keys(this.fromConfig).filter((key) => !knownNames.includes(key)) : [];
    if (configPath && unknown.length > 0) {
      throw new UserError(`Input 'config': '${configPath}' has unknown key '${unknown[0]}'; allowed keys are the input names: ${knownNames.filter((name) => name !== "config").join(", ")}.`);
    }
  }
  directValue(name) {
    const value = this.direct.get(name)?.trim();
    return value ? value : void 0;
  }
  /** Raw value, direct input first, then config file. */
  raw(name) {
    return this.directValue(name) ?? this.fromConfig[name];
  }
  string(name) {
    const value = this.raw(name);
    if (value === void 0 || value === null || value === "")
      return void 0;
    if (typeof value === "object")
      throw invalid(name, JSON.stringify(value), "a single value");
    return String(value);
  }
  required(name) {
    const value = this.string(name);
    if (value === void 0)
      throw new UserError(`Input '${name}' is required.`);
    return value;
  }
  choice(name, allowed, fallback) {
    const value = this.string(name);
    if (value === void 0)
      return fallback;
    if (!allowed.includes(value))
      throw invalid(name, value, `one of ${allowed.join(", ")}`);
    return value;
  }
  boolean(name, fallback) {
    const value = this.string(name);
    if (value === void 0)
      return fallback;
    const lower = value.toLowerCase();
    if (lower === "true")
      return true;
    if (lower === "false")
      return false;
    throw invalid(name, value, "true or false");
  }
  number(name, fallback, range = {}) {
    const text = this.string(name);
    if (text === void 0)
      return fallback;
    const value = Number(text);
    const allowed = describeRange(range);
    if (!Number.isFinite(value) || range.integer && !Number.isInteger(value))
      throw invalid(name, text, allowed);
    if (range.min !== void 0 && value < range.min || range.max !== void 0 && value > range.max) {
      throw invalid(name, text, allowed);
    }
    return value;
  }
  /**
   * YAML given inline, as the path of a file, or as a value in the config file. One line without
   * `:` or `{` that names a file is the file; anything else without them is refused, so that a
   * mistyped path is not read as a YAML string. `expected` describes the YAML, for that message.
   */
  yamlOrFile(name, expected) {
    const raw = this.raw(name);
    if (raw === void 0 || raw === null || raw === "")
      return void 0;
    if (typeof raw === "object")
      return { parsed: raw };
    const text = String(raw);
    if (/[:{]/.test(text))
      return { text };
    if (!text.includes("\n") && existsSync(text))
      return { text: readTextFile(name, text), file: text };
    throw new UserError(`Input '${name}': '${text}' is neither a file nor ${expected}.`);
  }
  /** A comma-separated string or a YAML list. */
  list(name) {
    const value = this.raw(name);
    if (value === void 0 || value === null || value === "")
      return [];
    if (Array.isArray(value))
      return value.map((item) => String(item).trim()).filter(Boolean);
    const text = String(value).trim();
    if (text.startsWith("[") || text.includes("\n")) {
      let parsed;
      try {
        parsed = parseYaml(text, `Input '${name}'`);
      } catch {
        throw invalid(name, text, "a comma-separated list or a YAML list");
      }
      if (Array.isArray(parsed))
        return parsed.map((item) => String(item).trim()).filter(Boolean);
      if (typeof parsed !== "string")
        throw invalid(name, text, "a comma-separated list or a YAML list");
    }
    return text.split(",").map((item) => item.trim()).filter(Boolean);
  }
};
function describeRange(range) {
  const kind = range.integer ? "an integer" : "a number";
  if (range.min !== void 0 && range.max !== void 0)
    return `${kind} from ${range.min} to ${range.max}`;
  if (range.min !== void 0)
    return `${kind} of at least ${range.min}`;
  if (range.max !== void 0)
    return `${kind} of at most ${range.max}`;
  return kind;
}
function invalid(name, value, allowed) {
  return new UserError(`Input '${name}' has invalid value '${value}': expected ${allowed}.`);
}
function readConfigFile(path) {
  const text = readTextFile("config", path);
  const parsed = parseYaml(text, `Input 'config': ${path}`);
  if (parsed === null || parsed === void 0)
    return {};
  if (typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new UserError(`Input 'config': '${path}' must be a YAML mapping of input names to values.`);
  }
  return parsed;
}

export {
  mapSource,
  Inputs,
  invalid
};
