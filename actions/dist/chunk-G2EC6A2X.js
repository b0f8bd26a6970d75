import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  renderSweepSummary
} from "./chunk-IDWAGSTK.js";
import {
  parseYaml
} from "./chunk-25AFY3WQ.js";
import {
  checkOutputPaths,
  namedPaths
} from "./chunk-WNJNPQLO.js";
import {
  UserError
} from "./chunk-PJKC4ZE5.js";

// build/shared/sweep/json.js
function jsonValue(value, at, where, path = "") {
  if (value === null || typeof value === "string" || typeof value === "boolean")
    return value;
  if (typeof value === "number" && Number.isFinite(value))
    return value;
  if (Array.isArray(value))
    return value.map((item, i) => jsonValue(item, at, where, `${path}[${i}]`));
  if (isPlainObject(value))
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, jsonValue(item, at, where, `${path}.${key}`)]));
  const [what, instead] = notJson(value);
  const place = path ? `holds ${what} at '${path.replace(/^\./, "")}'` : `is ${what}`;
  throw new UserError(`${where}: ${at} ${place}, which JSON cannot carry; ${instead}.`);
}
function canonicalJson(value) {
  if (Array.isArray(value))
    return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null)
    return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
function notJson(value) {
  if (typeof value === "number")
    return [String(value), "give a finite number"];
  if (value instanceof Date)
    return ["a date", "quote it to pass it as text"];
  if (value instanceof Uint8Array)
    return ["binary data", "give it as text"];
  if (value instanceof Set)
    return ["a set", "write it as a list"];
  if (value instanceof Map)
    return ["an ordered mapping", "write it as a mapping"];
  if (value === void 0)
    return ["nothing", "give a value"];
  return [`a ${typeof value}`, "give text, a number, a boolean, null, a list or a mapping"];
}

// build/shared/sweep/grid.js
var MAX_MATRIX_JOBS = 256;
function expandGrid(grid, maxPoints, where) {
  if (Array.isArray(grid))
    return listedPoints(grid, maxPoints, where);
  if (!isRecord(grid))
    throw new UserError(`${where}: must be a mapping of param names to lists of values, such as '{learning-rate: [0.01, 0.1]}', or a list of such mappings, one per point; got ${describe(grid)}.`);
  const axes = Object.entries(grid).map(([name, values]) => [name, axisValues(name, values, where)]);
  if (axes.length === 0)
    throw new UserError(`${where}: names no param; give at least one, such as '{learning-rate: [0.01, 0.1]}'.`);
  const count = axes.reduce((product, [, values]) => product * values.length, 1);
  if (count > maxPoints) {
    const sizes = axes.map(([name, values]) => `${values.length} ${name}`).join(" \xD7 ");
    throw new UserError(`${where}: expands to ${count} points (${sizes}), more than 'max-points' (${maxPoints}); take values out, or list the points you want.`);
  }
  let points = [{}];
  for (const [name, values] of axes)
    points = points.flatMap((point) => values.map((value) => ({ ...point, [name]: value })));
  return points;
}
function axisValues(name, values, where) {
  if (!Array.isArray(values)) {
    throw new UserError(`${where}: key '${name}' must be a list of values, one per point; got ${describe(values)}. To sweep one value, wrap it in a list, such as [${example(values)}]; a value every point shares belongs in 'params'.`);
  }
  if (values.length === 0)
    throw new UserError(`${where}: key '${name}' is an empty list; give at least one value.`);
  const checked = values.map((value, i) => jsonValue(value, `key '${name}' item ${i + 1}`, where));
  const seen = /* @__PURE__ */ new Map();
  checked.forEach((value, i) => {
    const key = canonicalJson(value);
    const first = seen.get(key);
    if (first !== void 0) {
      const hint = checked.some(isCollection) ? "" : ` To sweep the list as one value, wrap it in a list: [${example(checked)}].`;
      throw new UserError(`${where}: key '${name}' item ${i + 1} repeats item ${first + 1} (${key}); each value makes its own points.${hint}`);
    }
    seen.set(key, i);
  });
  return checked;
}
function listedPoints(list, maxPoints, where) {
  if (list.length === 0)
    throw new UserError(`${where}: is an empty list; give at least one point, such as '[{learning-rate: 0.01}]'.`);
  if (list.length > maxPoints)
    throw new UserError(`${where}: lists ${list.length} points, more than 'max-points' (${maxPoints}).`);
  return list.map((point, i) => {
    if (!isRecord(point))
      throw new UserError(`${where}: point ${i + 1} must be a mapping of param names to values, such as '{learning-rate: 0.01}'; got ${describe(point)}.`);
    const entries = Object.entries(point);
    if (entries.length === 0)
      throw new UserError(`${where}: point ${i + 1} is empty; give it at least one param.`);
    return Object.fromEntries(entries.map(([name, value]) => [name, jsonValue(value, `point ${i + 1} key '${name}'`, where)]));
  });
}
function isCollection(value) {
  return typeof value === "object" && value !== null;
}
function example(value) {
  const text = value === null || value === void 0 ? void 0 : JSON.stringify(value);
  return text !== void 0 && text.length <= 40 ? text : "\u2026";
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describe(value) {
  if (value === null || value === void 0)
    return "nothing";
  if (Array.isArray(value))
    return "a list";
  if (typeof value === "object")
    return "a mapping";
  return typeof value === "string" ? `the text ${JSON.stringify(value)}` : `${typeof value} ${String(value)}`;
}

// build/shared/sweep/names.js
import { createHash } from "node:crypto";
var NAME_LIMIT = 64;
var DIGEST_LENGTH = 8;
function legName(point, params) {
  const digest = createHash("sha256").update(canonicalJson(params)).digest("hex").slice(0, DIGEST_LENGTH);
  const readable = Object.entries(point).map(([name, value]) => `${name}-${compact(value)}`).join("_").replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[.-]+/, "").slice(0, NAME_LIMIT - DIGEST_LENGTH - 1).replace(/[._-]+$/, "");
  return readable ? `${readable}-${digest}` : digest;
}
function compact(value) {
  if (Array.isArray(value)) {
    if (value.length === 0)
      return "none";
    return value.map(compact).join(value.every((item) => typeof item === "number") ? "x" : ".");
  }
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value);
    return entries.length === 0 ? "none" : entries.map(([key, item]) => `${key}-${compact(item)}`).join("-");
  }
  return String(value);
}

// build/shared/sweep/index.js
var MAX_MATRIX_BYTES = 900 * 1024;
function planSweep(grid, base, maxPoints, where) {
  const points = expandGrid(grid, maxPoints, where);
  const legs = points.map((point) => {
    const params = { ...base, ...point };
    return { name: legName(point, params), point, params };
  });
  const seen = /* @__PURE__ */ new Map();
  legs.forEach((leg, i) => {
    const key = canonicalJson(leg.params);
    const first = seen.get(key);
    if (first !== void 0)
      throw new UserError(`${where}: point ${i + 1} repeats point ${first + 1}: both train with ${key}.`);
    seen.set(key, i);
  });
  if (new Set(legs.map((leg) => leg.name)).size !== legs.length)
    throw new Error("two sweep legs share a name");
  const varied = [...new Set(points.flatMap((point) => Object.keys(point)))];
  const sweep = { legs, varied };
  const bytes = Buffer.byteLength(matrixJson(sweep));
  if (bytes > MAX_MATRIX_BYTES) {
    throw new UserError(`${where}: its matrix is ${kilobytes(bytes)} KB of JSON (${legs.length} legs), more than the ${kilobytes(MAX_MATRIX_BYTES)} KB a job output can safely carry (GitHub refuses 1 MB); sweep fewer points, or put large values in a file the training reads.`);
  }
  return sweep;
}
function kilobytes(bytes) {
  return Math.ceil(bytes / 1024);
}
function matrixJson(sweep) {
  return JSON.stringify({ include: sweep.legs.map((leg) => ({ name: leg.name, params: JSON.stringify(leg.params) })) });
}

// build/shared/commands/sweep/index.js
var sweepCommand = {
  action: "sweep",
  cli: "sweep",
  title: "mlops sweep",
  description: "Expand a grid of training params into a GitHub Actions matrix: one leg per point, each with a short, stable name (safe as an artifact or folder name) and its params as JSON for `train`'s `params` input.",
  permissions: [],
  inputs: {
    grid: {
      description: "YAML, inline or a file path: a mapping of param names to lists of values, expanded as a Cartesian product (the first name varies slowest, as in a matrix), such as `{learning-rate: [0.01, 0.1], epochs: [20, 40]}`; or a list of mappings, one per point. A value may be anything JSON can carry, lists and mappings included: `hidden-units: [[32], [64, 64]]` sweeps two shapes.",
      required: true
    },
    params: { description: "Base params (YAML or JSON, inline or a file path) every point is merged over; a point's own value wins." },
    "max-points": { description: "Most points the grid may make: GitHub runs at most 256 jobs from one matrix.", default: String(MAX_MATRIX_JOBS) },
    report: { description: "Path of the JSON report: every leg with its name and params.", default: "sweep.json" },
    config: { description: "YAML file whose keys are input names; inputs given directly win." }
  },
  outputs: {
    matrix: {
      type: "json",
      description: 'JSON `{"include": [{"name": ..., "params": ...}]}`, for a `strategy.matrix` given as `fromJSON(needs.<job>.outputs.matrix)`; each leg passes `matrix.params`, a JSON string, to `train` as its `params`.'
    },
    count: { type: "number", description: "Number of legs." }
  },
  parse(inputs) {
    const grid = readYaml(inputs.yamlOrFile("grid", "a YAML grid such as '{learning-rate: [0.01, 0.1]}'"), "grid");
    if (!grid)
      throw new UserError("Input 'grid' is required: a mapping of param names to lists of values, such as '{learning-rate: [0.01, 0.1]}'.");
    const base = readYaml(inputs.yamlOrFile("params", "YAML or JSON such as '{epochs: 20}'"), "params");
    if (base && !isRecord2(base.value))
      throw new UserError(`${base.where}: must be a mapping of param names to values.`);
    return {
      grid: grid.value,
      gridSource: grid.where,
      base: base?.value ?? {},
      maxPoints: inputs.number("max-points", MAX_MATRIX_JOBS, { min: 1, max: MAX_MATRIX_JOBS, integer: true }),
      report: inputs.string("report") ?? "sweep.json",
      reads: namedPaths({ grid: grid.file, params: base?.file, config: inputs.string("config") })
    };
  },
  async run(options) {
    checkOutputPaths(namedPaths({ report: options.report }), { files: options.reads, dirs: [] });
    const sweep = planSweep(options.grid, options.base, options.maxPoints, options.gridSource);
    return {
      result: sweep,
      outputs: { matrix: matrixJson(sweep), count: String(sweep.legs.length) },
      report: { tool: "mlops-actions/sweep", count: sweep.legs.length, varied: sweep.varied, params: options.base, legs: sweep.legs },
      reportPath: options.report,
      summary: renderSweepSummary(sweep, options.base),
      annotations: []
    };
  }
};
function readYaml(input, name) {
  if (!input)
    return void 0;
  if ("parsed" in input)
    return { value: input.parsed, where: `Input '${name}'` };
  const where = `Input '${name}'${input.file ? ` ('${input.file}')` : ""}`;
  let value;
  try {
    value = parseYaml(input.text, input.file ?? name);
  } catch (error) {
    throw new UserError(`${where}: not valid YAML: ${error.message.split("\n")[0]}`);
  }
  return { value, where, ...input.file && { file: input.file } };
}
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export {
  sweepCommand
};
