import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  writeOutputFile
} from "./chunk-LOSLF7CU.js";
import {
  MODEL_DIR_FILES,
  column
} from "./chunk-7BJTYJOE.js";
import {
  findRuntimeFiles,
  readTextFileIfExists,
  readWholeFile
} from "./chunk-SY6N6I5E.js";
import {
  UserError
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
import { join as join4 } from "node:path";

// build/shared/model/metadata.js
import { join } from "node:path";
var MODEL_FORMAT = "mlops-actions/model";
var DEFAULT_FLAVOR = "tfjs";
function readModelMetadata(dir, input) {
  const path = join(dir, MODEL_DIR_FILES.metadata);
  const text = readTextFileIfExists(input, path);
  if (text === void 0)
    return void 0;
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

// build/shared/model/flavors/onnx.js
import { join as join3 } from "node:path";

// build/shared/model/flavors/onnx-graph.js
var MODEL_GRAPH = 7;
var GRAPH_NODE = 1;
var GRAPH_OUTPUT = 12;
var NODE_INPUT = 1;
var NODE_OUTPUT = 2;
var NODE_OP_TYPE = 4;
var NODE_ATTRIBUTE = 5;
var ATTRIBUTE_NAME = 1;
var ATTRIBUTE_INTS = 8;
var ATTRIBUTE_STRINGS = 9;
var TENSOR_FLOAT = 1;
var LENGTH_DELIMITED = 2;
var CLASS_ATTRIBUTES = /* @__PURE__ */ new Set(["classlabels_strings", "classlabels_int64s", "classlabels_ints"]);
var NotOnnxError = class extends Error {
};
function prepareGraph(model) {
  const modelFields = fieldsOf(model, 0, model.length);
  const graphs = modelFields.filter((field) => field.number === MODEL_GRAPH && field.wire === LENGTH_DELIMITED);
  if (graphs.length !== 1)
    throw new NotOnnxError("no graph");
  const graph = graphs[0];
  const graphFields = fieldsOf(model, graph.valueStart, graph.end);
  const outputs = graphFields.filter((field) => field.number === GRAPH_OUTPUT).map((field) => ({ field, name: stringField(model, field, 1) }));
  const outputNames = new Set(outputs.map((output) => output.name));
  const unzipped = /* @__PURE__ */ new Map();
  const dropped = /* @__PURE__ */ new Set();
  let classes;
  for (const field of graphFields.filter((candidate) => candidate.number === GRAPH_NODE)) {
    const node = fieldsOf(model, field.valueStart, field.end);
    const opType = textOf(model, node.find((f) => f.number === NODE_OP_TYPE));
    classes ??= classLabels(model, node);
    if (opType !== "ZipMap")
      continue;
    const input = textOf(model, node.find((f) => f.number === NODE_INPUT));
    const output = textOf(model, node.find((f) => f.number === NODE_OUTPUT));
    if (!outputNames.has(output))
      continue;
    unzipped.set(output, input);
    dropped.add(field);
  }
  if (unzipped.size === 0)
    return { bytes: model, ...classes && { classes }, unzipped };
  const replacements = /* @__PURE__ */ new Map();
  for (const { field, name } of outputs) {
    const source = unzipped.get(name);
    if (source === void 0)
      continue;
    replacements.set(field, outputNames.has(source) ? new Uint8Array() : record(GRAPH_OUTPUT, floatTensorValueInfo(source)));
  }
  const newGraph = rebuild(model, graphFields, graph.valueStart, graph.end, (field) => dropped.has(field) ? new Uint8Array() : replacements.get(field));
  const bytes = rebuild(model, modelFields, 0, model.length, (field) => field === graph ? record(MODEL_GRAPH, newGraph) : void 0);
  return { bytes, ...classes && { classes }, unzipped };
}
function classLabels(bytes, node) {
  for (const attribute of node.filter((field) => field.number === NODE_ATTRIBUTE)) {
    const fields = fieldsOf(bytes, attribute.valueStart, attribute.end);
    const name = textOf(bytes, fields.find((field) => field.number === ATTRIBUTE_NAME));
    if (!CLASS_ATTRIBUTES.has(name))
      continue;
    if (name === "classlabels_strings")
      return fields.filter((field) => field.number === ATTRIBUTE_STRINGS).map((field) => textOf(bytes, field));
    const labels = [];
    for (const field of fields.filter((candidate) => candidate.number === ATTRIBUTE_INTS)) {
      if (field.wire !== LENGTH_DELIMITED)
        labels.push(Number(BigInt.asIntN(64, readVarint(bytes, field.valueStart).value)));
      else
        for (let at = field.valueStart; at < field.end; ) {
          const { value, next } = readVarint(bytes, at);
          labels.push(Number(BigInt.asIntN(64, value)));
          at = next;
        }
    }
    return labels;
  }
  return void 0;
}
function fieldsOf(bytes, from, to) {
  const fields = [];
  let at = from;
  while (at < to) {
    const start = at;
    const tag = readVarint(bytes, at);
    const number = Number(tag.value >> 3n);
    const wire = Number(tag.value & 7n);
    if (number === 0)
      throw new NotOnnxError("field 0");
    at = tag.next;
    let valueStart = at;
    if (wire === 0)
      at = readVarint(bytes, at).next;
    else if (wire === 1)
      at += 8;
    else if (wire === 5)
      at += 4;
    else if (wire === LENGTH_DELIMITED) {
      const length = readVarint(bytes, at);
      valueStart = length.next;
      at = length.next + Number(length.value);
    } else
      throw new NotOnnxError(`wire type ${wire}`);
    if (at > to)
      throw new NotOnnxError("truncated");
    fields.push({ number, wire, start, end: at, valueStart });
  }
  return fields;
}
function readVarint(bytes, from) {
  let value = 0n;
  for (let at = from, shift = 0n; at < bytes.length && shift < 70n; at++, shift += 7n) {
    const byte = bytes[at];
    value |= BigInt(byte & 127) << shift;
    if (byte < 128)
      return { value, next: at + 1 };
  }
  throw new NotOnnxError("bad varint");
}
function textOf(bytes, field) {
  return field && field.wire === LENGTH_DELIMITED ? new TextDecoder().decode(bytes.subarray(field.valueStart, field.end)) : "";
}
function stringField(bytes, message, number) {
  return textOf(bytes, fieldsOf(bytes, message.valueStart, message.end).find((field) => field.number === number));
}
function rebuild(bytes, fields, from, to, replace) {
  const parts = [];
  let at = from;
  for (const field of fields) {
    const replacement = replace(field);
    if (replacement === void 0)
      continue;
    parts.push(bytes.subarray(at, field.start), replacement);
    at = field.end;
  }
  parts.push(bytes.subarray(at, to));
  return concat(parts);
}
function floatTensorValueInfo(name) {
  const tensorType = concat([varint(1 << 3), varint(TENSOR_FLOAT)]);
  return concat([record(1, new TextEncoder().encode(name)), record(2, record(1, tensorType))]);
}
function record(number, payload) {
  return concat([varint(number << 3 | LENGTH_DELIMITED), varint(payload.length), payload]);
}
function varint(value) {
  const out = [];
  for (let rest = value; ; rest = Math.floor(rest / 128)) {
    if (rest < 128) {
      out.push(rest);
      return Uint8Array.from(out);
    }
    out.push(rest % 128 | 128);
  }
}
function concat(parts) {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

// build/shared/model/flavors/onnx-runtime.js
import { dirname, join as join2 } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
var ORT_WASM_FILES = ["ort-wasm-simd-threaded.mjs", "ort-wasm-simd-threaded.wasm"];
var ORT_PACKAGE_DIST = join2("node_modules", "onnxruntime-web", "dist");
var runtime;
function loadOnnxRuntime() {
  runtime ??= importRuntime();
  return runtime;
}
async function importRuntime() {
  const ort = await import("./ort.node.min-MGWHXDCC.js");
  const dir = ortWasmDirectory();
  if (!dir)
    throw new Error(`no ${ORT_WASM_FILES[1]} beside the program or in ${ORT_PACKAGE_DIST}`);
  ort.env.wasm.wasmPaths = pathToFileURL(dir).href + "/";
  ort.env.wasm.numThreads = 1;
  ort.env.logLevel = "error";
  return ort;
}
function ortWasmDirectory(from = dirname(fileURLToPath(import.meta.url))) {
  return findRuntimeFiles(from, ORT_PACKAGE_DIST, ORT_WASM_FILES);
}

// build/shared/model/flavors/onnx.js
var ONNX_BATCH_ROWS = 16384;
var INPUT_TYPES = /* @__PURE__ */ new Set(["float32", "float64", "int64", "string"]);
var onnxFlavor = {
  name: "onnx",
  modelFile: MODEL_DIR_FILES.onnx,
  async load(dir, metadata, input) {
    const path = join3(dir, MODEL_DIR_FILES.onnx);
    const metadataPath = join3(dir, MODEL_DIR_FILES.metadata);
    const bad = (problem) => new UserError(`Input '${input}': '${metadataPath}' ${problem}.`);
    if (!metadata)
      throw bad("is missing; an onnx model needs it to name its target and input columns");
    if (typeof metadata.target !== "string")
      throw bad("has no 'target'");
    const features = featuresOf(metadata, bad);
    const bytes = readWholeFile(input, path, "weights");
    const notOnnx = (reason) => new UserError(`Input '${input}': '${path}' is not an ONNX model ONNX Runtime can load (${reason}).`);
    const unusable = (problem) => new UserError(`Input '${input}': '${path}' ${problem}.`);
    let graph;
    try {
      graph = prepareGraph(bytes);
    } catch (error) {
      if (error instanceof NotOnnxError)
        throw notOnnx("not an ONNX protobuf");
      throw error;
    }
    const ort = await loadOnnxRuntime();
    let session;
    try {
      session = await ort.InferenceSession.create(graph.bytes);
    } catch (error) {
      throw notOnnx(firstLine(error));
    }
    const classes = metadata.classes ?? graph.classes;
    const task = metadata.task === "regression" || metadata.task === "classification" ? metadata.task : classes ? "classification" : "regression";
    if (task === "classification" && !classes)
      throw bad("names no 'classes' and the graph declares none");
    const binding = bindInputs(session, features, (problem) => notOnnx(problem));
    const columns = binding.kind === "tensor" ? features : binding.inputs.map((graphInput) => graphInput.name);
    const outputs = chooseOutputs(session, task, (problem) => notOnnx(problem));
    return {
      flavor: "onnx",
      task,
      target: metadata.target,
      features: columns,
      ...classes && { classes },
      predict: (table, tableInput = "data") => predict(ort, session, binding, outputs, task, classes ?? [], table, columns, tableInput, unusable)
    };
  }
};
function featuresOf(metadata, bad) {
  const names = metadata.inputs?.map((entry) => entry?.name) ?? metadata.features;
  if (!Array.isArray(names) || names.length === 0 || names.some((name) => typeof name !== "string"))
    throw bad("lists no input columns ('inputs' or 'features')");
  return names;
}
function bindInputs(session, features, notOnnx) {
  const described = session.inputMetadata;
  const types = described.map((entry) => entry.isTensor && INPUT_TYPES.has(entry.type) ? entry.type : void 0);
  const unsupported = described.findIndex((_, index) => !types[index]);
  if (unsupported >= 0)
    throw notOnnx(`its input '${described[unsupported].name}' is not a float, int64 or string tensor`);
  if (described.length === 1 && !(features.length === 1 && features[0] === described[0].name)) {
    return { kind: "tensor", name: described[0].name, type: types[0] };
  }
  const inputs = described.map((entry, index) => ({ name: entry.name, type: types[index], rank: entry.isTensor ? entry.shape.length : 1 }));
  return { kind: "named", inputs };
}
function chooseOutputs(session, task, notOnnx) {
  const tensors = session.outputMetadata.filter((entry) => entry.isTensor);
  const float = tensors.find((entry) => entry.isTensor && (entry.type === "float32" || entry.type === "float64"));
  if (task === "regression") {
    if (!float)
      throw notOnnx("it has no float output for a regression");
    return { scores: float.name };
  }
  const label = tensors.find((entry) => entry.isTensor && (entry.type === "string" || entry.type === "int64" || entry.type === "int32"));
  if (!label && !float)
    throw notOnnx("it has neither a label nor a probability output");
  return { ...label && { label: label.name }, ...float && { scores: float.name } };
}
async function predict(ort, session, binding, outputs, task, classes, table, columns, input, unusable) {
  const tableColumns = columns.map((name) => column(table, name, input));
  const readLabels = task === "classification" && !outputs.scores;
  const fetches = [readLabels ? outputs.label : void 0, outputs.scores].filter((name) => name !== void 0);
  const labels = [];
  const probabilities = classes.map(() => new Float64Array(table.rows));
  const values = new Float64Array(table.rows);
  const buffers = /* @__PURE__ */ new Map();
  for (let from = 0; from < table.rows; from += ONNX_BATCH_ROWS) {
    const rows = Math.min(ONNX_BATCH_ROWS, table.rows - from);
    const feeds = buildFeeds(ort, binding, tableColumns, table, from, rows, input, buffers);
    const results = await session.run(feeds, fetches);
    if (task === "regression") {
      const scores = results[outputs.scores];
      if (scores.size !== rows)
        throw unusable(`gives ${scores.size} values for ${rows} rows; a regression needs one per row`);
      values.set(scores.data, from);
      continue;
    }
    if (outputs.scores) {
      const scores = results[outputs.scores];
      if (scores.size !== rows * classes.length)
        throw unusable(`gives ${scores.size / rows} probabilities per row for ${classes.length} classes (${classes.join(", ")})`);
      const data = scores.data;
      for (let row = 0; row < rows; row++)
        for (let c = 0; c < classes.length; c++)
          probabilities[c][from + row] = data[row * classes.length + c];
    }
    if (readLabels)
      labels.push(...labelsOf(results[outputs.label]));
    else
      for (let row = 0; row < rows; row++)
        labels.push(classes[argmax(probabilities, from + row)]);
  }
  if (task === "regression")
    return { task, values };
  return { task, classes, labels, ...outputs.scores && { probabilities } };
}
function buildFeeds(ort, binding, columns, table, from, rows, input, buffers) {
  const reuse = (name, type, size) => {
    if (rows < ONNX_BATCH_ROWS)
      return newTensorData(type, size);
    const kept = buffers.get(name) ?? newTensorData(type, size);
    buffers.set(name, kept);
    return kept;
  };
  if (binding.kind === "tensor") {
    const width = columns.length;
    const data = reuse(binding.name, binding.type, rows * width);
    columns.forEach((col, c) => fillColumn(data, col, table, from, rows, c, width, binding.type, input));
    return { [binding.name]: new ort.Tensor(binding.type, data, [rows, width]) };
  }
  const feeds = {};
  binding.inputs.forEach((graphInput, index) => {
    const data = reuse(graphInput.name, graphInput.type, rows);
    fillColumn(data, columns[index], table, from, rows, 0, 1, graphInput.type, input);
    feeds[graphInput.name] = new ort.Tensor(graphInput.type, data, graphInput.rank === 2 ? [rows, 1] : [rows]);
  });
  return feeds;
}
function newTensorData(type, size) {
  if (type === "float32")
    return new Float32Array(size);
  if (type === "float64")
    return new Float64Array(size);
  if (type === "int64")
    return new BigInt64Array(size);
  return new Array(size).fill("");
}
function fillColumn(data, col, table, from, rows, c, width, type, input) {
  if (type === "string") {
    for (let row = 0; row < rows; row++)
      data[row * width + c] = col.kind === "string" ? col.values[from + row] ?? "" : String(col.values[from + row]);
    return;
  }
  if (col.kind === "string") {
    const row = col.values.findIndex((value) => value !== null);
    const where = row >= 0 ? ` ('${col.values[row]}' on line ${table.lines[row]} of ${table.files[table.fileOfRow[row]]?.path ?? "the data"})` : "";
    throw new UserError(`Input '${input}': column '${col.name}' holds text${where}, but the model reads numbers from it.`);
  }
  if (type === "int64") {
    for (let row = 0; row < rows; row++) {
      const value = col.values[from + row];
      if (!Number.isInteger(value))
        throw new UserError(`Input '${input}': column '${col.name}' holds ${value} on line ${table.lines[from + row]}, but the model reads integers from it.`);
      data[row * width + c] = BigInt(value);
    }
    return;
  }
  const numbers = data;
  for (let row = 0; row < rows; row++)
    numbers[row * width + c] = col.values[from + row];
}
function labelsOf(tensor) {
  const data = tensor.data;
  if (data instanceof BigInt64Array)
    return Array.from(data, Number);
  if (Array.isArray(data))
    return data;
  return Array.from(data);
}
function argmax(columns, row) {
  let best = 0;
  for (let c = 1; c < columns.length; c++)
    if (columns[c][row] > columns[best][row])
      best = c;
  return best;
}
function firstLine(error) {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0].trim();
}

// build/shared/model/flavors/tfjs.js
var tfjsFlavor = {
  name: "tfjs",
  modelFile: MODEL_DIR_FILES.topology,
  async load(dir, _metadata, input) {
    const { loadModel } = await import("./tfjs-JPLTSYCA.js");
    return loadModel(dir, input);
  }
};

// build/shared/model/flavors/index.js
var MODEL_FLAVORS = {
  [tfjsFlavor.name]: tfjsFlavor,
  [onnxFlavor.name]: onnxFlavor
};
function flavorOf(metadata, dir, input) {
  const name = metadata?.flavor ?? DEFAULT_FLAVOR;
  const flavor = Object.hasOwn(MODEL_FLAVORS, name) ? MODEL_FLAVORS[name] : void 0;
  if (!flavor) {
    const path = join4(dir, MODEL_DIR_FILES.metadata);
    throw new UserError(`Input '${input}': '${path}' names the model flavor '${name}', which this version cannot load; the flavors are ${Object.keys(MODEL_FLAVORS).join(", ")}.`);
  }
  return flavor;
}

// build/shared/model/model-dir.js
import { existsSync } from "node:fs";
import { join as join5 } from "node:path";
function modelDirFile(dir, file) {
  return join5(dir, MODEL_DIR_FILES[file]);
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
  return { file, present: existsSync(join5(dir, file)) };
}
function writeModelRecords(dir, records, input = "output-dir") {
  writeOutputFile(input, modelDirFile(dir, "metrics"), JSON.stringify(records.metrics, null, 2) + "\n");
  writeOutputFile(input, modelDirFile(dir, "metadata"), JSON.stringify(records.metadata, null, 2) + "\n");
  writeOutputFile(input, modelDirFile(dir, "profile"), JSON.stringify(records.profile) + "\n");
}
function readProfileText(dir, input = "model-dir") {
  return readTextFileIfExists(input, modelDirFile(dir, "profile"));
}

// build/shared/model/index.js
function loadBuiltInTrainer() {
  return import("./tfjs-JPLTSYCA.js");
}

export {
  MODEL_FORMAT,
  readModelMetadata,
  isModelDir,
  MODEL_FLAVORS,
  modelDirFile,
  loadModelDir,
  modelFileOf,
  writeModelRecords,
  readProfileText,
  MODEL_KINDS,
  parseTrainParams,
  loadBuiltInTrainer
};
