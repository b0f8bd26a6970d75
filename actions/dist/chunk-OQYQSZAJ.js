import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  writeOutputFile
} from "./chunk-ITYTPUNX.js";
import {
  MODEL_DIR_FILES
} from "./chunk-P7XBGAJ5.js";
import {
  UserError,
  fileError
} from "./chunk-PJKC4ZE5.js";

// build/shared/model/params.js
var MODEL_KINDS = ["linear", "mlp"];
var DEFAULT_TRAIN_PARAMS = {
  epochs: 50,
  batchSize: 256,
  learningRate: 0.01,
  hiddenUnits: [64, 64],
  patience: 5,
  l2: 0,
  maxParameters: 1e7,
  maxCategories: 100
};
var INPUT = "params";
var KEYS = Object.keys(DEFAULT_TRAIN_PARAMS);
var CHECKS = {
  epochs: (value, key) => integer(value, key, 1),
  batchSize: (value, key) => integer(value, key, 1),
  learningRate: (value, key) => positiveNumber(value, key),
  hiddenUnits: (value, key) => layerWidths(value, key),
  patience: (value, key) => integer(value, key, 0),
  l2: (value, key) => nonNegativeNumber(value, key),
  maxParameters: (value, key) => integer(value, key, 1),
  maxCategories: (value, key) => integer(value, key, 1)
};
function parseTrainParams(value) {
  if (value === void 0 || value === null)
    return DEFAULT_TRAIN_PARAMS;
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new UserError(`Input '${INPUT}' must be a mapping of training parameters such as {epochs: 50, batchSize: 256}, not ${show(value)}.`);
  }
  const params = { ...DEFAULT_TRAIN_PARAMS };
  const seen = /* @__PURE__ */ new Map();
  for (const [written, raw] of Object.entries(value)) {
    const key = camelCase(written);
    if (!KEYS.includes(key))
      throw new UserError(`Input '${INPUT}': unknown key '${written}'; the keys are ${KEYS.join(", ")}.`);
    const earlier = seen.get(key);
    if (earlier)
      throw new UserError(`Input '${INPUT}': '${earlier}' and '${written}' are the same key; give it once.`);
    seen.set(key, written);
    params[key] = CHECKS[key](raw, written);
  }
  return params;
}
function camelCase(key) {
  return key.replace(/[-_]([a-z0-9])/g, (_, letter) => letter.toUpperCase());
}
function integer(value, key, min) {
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= min)
    return value;
  throw invalid(key, min === 0 ? "a non-negative integer" : "a positive integer", value);
}
function positiveNumber(value, key) {
  if (typeof value === "number" && Number.isFinite(value) && value > 0)
    return value;
  throw invalid(key, "a positive number", value);
}
function nonNegativeNumber(value, key) {
  if (typeof value === "number" && Number.isFinite(value) && value >= 0)
    return value;
  throw invalid(key, "a number >= 0", value);
}
function layerWidths(value, key) {
  const widths = typeof value === "number" ? [value] : value;
  if (!Array.isArray(widths) || widths.length === 0)
    throw invalid(key, "a list of layer widths such as [64, 64]", value);
  return widths.map((width, i) => integer(width, `${key}[${i}]`, 1));
}
function invalid(key, expected, value) {
  return new UserError(`Input '${INPUT}': '${key}' must be ${expected}, not ${show(value)}.`);
}
function show(value) {
  if (typeof value === "string")
    return JSON.stringify(value);
  if (value === void 0)
    return "nothing";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

// build/shared/model/flavors/index.js
import { join as join2 } from "node:path";

// build/shared/model/metadata.js
import { readFileSync } from "node:fs";
import { join } from "node:path";
var MODEL_FORMAT = "mlops-actions/model";
var DEFAULT_FLAVOR = "tfjs";
function readModelMetadata(dir, input) {
  const path = join(dir, MODEL_DIR_FILES.metadata);
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT")
      return void 0;
    throw fileError(input, "read", path, error);
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UserError(`Input '${input}': '${path}' is not valid JSON.`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw new UserError(`Input '${input}': '${path}' is not a JSON object.`);
  const flavor = parsed.flavor;
  if (flavor !== void 0 && typeof flavor !== "string")
    throw new UserError(`Input '${input}': '${path}' has a flavor that is not a name: ${JSON.stringify(flavor)}.`);
  return parsed;
}
function isModelDir(dir) {
  try {
    return readModelMetadata(dir, "model-dir")?.format === MODEL_FORMAT;
  } catch {
    return false;
  }
}

// build/shared/model/flavors/tfjs.js
var tfjsFlavor = {
  name: "tfjs",
  modelFile: MODEL_DIR_FILES.topology,
  async load(dir, _metadata, input) {
    const { loadModel } = await import("./tfjs-D5CJJCBK.js");
    return loadModel(dir, input);
  }
};

// build/shared/model/flavors/index.js
var MODEL_FLAVORS = {
  [tfjsFlavor.name]: tfjsFlavor
};
function flavorOf(metadata, dir, input) {
  const name = metadata?.flavor ?? DEFAULT_FLAVOR;
  const flavor = Object.hasOwn(MODEL_FLAVORS, name) ? MODEL_FLAVORS[name] : void 0;
  if (!flavor) {
    const path = join2(dir, MODEL_DIR_FILES.metadata);
    throw new UserError(`Input '${input}': '${path}' names the model flavor '${name}', which this version cannot load; the flavors are ${Object.keys(MODEL_FLAVORS).join(", ")}.`);
  }
  return flavor;
}

// build/shared/model/model-dir.js
import { existsSync, readFileSync as readFileSync2 } from "node:fs";
import { join as join3 } from "node:path";
function modelDirFile(dir, file) {
  return join3(dir, MODEL_DIR_FILES[file]);
}
async function loadModelDir(dir, input = "model-dir") {
  const metadata = readModelMetadata(dir, input);
  return flavorOf(metadata, dir, input).load(dir, metadata, input);
}
function modelFileOf(dir, input) {
  let metadata;
  try {
    metadata = readModelMetadata(dir, input);
  } catch {
    metadata = void 0;
  }
  let file;
  try {
    file = flavorOf(metadata, dir, input).modelFile;
  } catch {
    return { file: MODEL_DIR_FILES.metadata, present: true };
  }
  return { file, present: existsSync(join3(dir, file)) };
}
function writeModelRecords(dir, records, input = "output-dir") {
  writeOutputFile(input, modelDirFile(dir, "metrics"), JSON.stringify(records.metrics, null, 2) + "\n");
  writeOutputFile(input, modelDirFile(dir, "metadata"), JSON.stringify(records.metadata, null, 2) + "\n");
  writeOutputFile(input, modelDirFile(dir, "profile"), JSON.stringify(records.profile) + "\n");
}
function readProfileText(dir) {
  const path = modelDirFile(dir, "profile");
  return existsSync(path) ? readFileSync2(path, "utf8") : void 0;
}

// build/shared/model/index.js
function loadBuiltInTrainer() {
  return import("./tfjs-D5CJJCBK.js");
}

export {
  MODEL_FORMAT,
  readModelMetadata,
  isModelDir,
  modelDirFile,
  loadModelDir,
  modelFileOf,
  writeModelRecords,
  readProfileText,
  MODEL_KINDS,
  parseTrainParams,
  loadBuiltInTrainer
};
