import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-PJKC4ZE5.js";

// build/shared/cli/flags.js
import { parseArgs } from "node:util";
var CLI_FLAGS = ["json", "help", "version"];
function parseFlags(inputs, args) {
  const cliFlags = CLI_FLAGS.filter((flag) => !(flag in inputs));
  const options = { json: { type: "boolean" }, help: { type: "boolean", short: "h" }, version: { type: "boolean" } };
  for (const [name, spec] of Object.entries(inputs))
    options[name] = { type: spec.type === "boolean" ? "boolean" : "string" };
  const { tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
  const parsed = { values: {}, json: false, help: false, version: false };
  let previous;
  for (const token of tokens) {
    if (token.kind === "option-terminator")
      continue;
    if (token.kind === "positional") {
      if (previous && inputs[previous]?.type === "boolean" && /^(true|false)$/i.test(token.value)) {
        throw new UserError(`flag '--${previous}' takes no separate value; write --${previous}=${token.value}.`);
      }
      throw new UserError(`unexpected argument '${token.value}'; inputs are given as --name value.`);
    }
    previous = token.value === void 0 ? token.name : void 0;
    const { name, rawName, value, inlineValue } = token;
    if (cliFlags.includes(name)) {
      if (value !== void 0)
        throw new UserError(`flag '${rawName}' takes no value.`);
      parsed[name] = true;
    } else if (!(name in inputs) || rawName !== `--${name}`) {
      throw new UserError(unknownFlag(rawName, Object.keys(inputs)));
    } else if (inputs[name].type === "boolean") {
      if (value !== void 0 && value.trim() === "")
        throw new UserError(`flag '--${name}' needs true or false after '='; leave it out for the default.`);
      parsed.values[name] = value ?? "true";
    } else {
      if (value === void 0 || value.trim() === "" || !inlineValue && value.startsWith("--")) {
        throw new UserError(`flag '--${name}' needs a value; leave it out for the default.`);
      }
      parsed.values[name] = value;
    }
  }
  return parsed;
}
function unknownFlag(rawName, inputs) {
  const flags = [...inputs, "json"].map((input) => `--${input}`);
  const suggestion = closest(rawName.replace(/^-+/, ""), [...inputs, ...CLI_FLAGS]);
  if (suggestion)
    return `unknown flag '${rawName}'; did you mean --${suggestion}?`;
  return `unknown flag '${rawName}'. Flags: ${flags.join(", ")}.`;
}
function closest(word, candidates) {
  let best;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate);
    if (!best || distance < best.distance)
      best = { candidate, distance };
  }
  return best && best.distance <= Math.max(1, Math.floor(word.length / 3)) ? best.candidate : void 0;
}
function editDistance(a, b) {
  const rows = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j], rows[i - 2][j - 2] + 1);
    }
    rows.push(row);
  }
  return rows[a.length][b.length];
}

export {
  parseFlags,
  closest
};
