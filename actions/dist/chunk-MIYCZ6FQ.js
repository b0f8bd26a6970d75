import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  createTemporaryDir,
  parseYaml,
  removeTemporary,
  require_ajv,
  require_dist,
  writeOutputFile
} from "./chunk-RYW6QQYL.js";
import {
  MODEL_DIR_FILES,
  column,
  loadTable,
  writeTableFile
} from "./chunk-42EQIUTJ.js";
import {
  checkReadableFile,
  findRuntimeFiles,
  readTextFileIfExists,
  readWholeFile
} from "./chunk-EQIPIXBN.js";
import {
  UserError
} from "./chunk-PJKC4ZE5.js";
import {
  __toESM
} from "./chunk-UFMD3KOA.js";

// build/shared/registry/names.js
var NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
var ALIAS = /^[a-z][a-z0-9_-]{0,49}$/;
var RESERVED_ALIASES = ["latest"];
function checkModelName(name, input = "name") {
  if (!NAME.test(name) || name.includes(".."))
    throw new UserError(`Input '${input}': '${name}' is not a model name; use letters, digits, '.', '_' and '-' (at most 100), starting with a letter or digit.`);
  return name;
}
function checkAlias(alias, input = "alias") {
  if (!ALIAS.test(alias))
    throw new UserError(`Input '${input}': '${alias}' is not an alias; use lower-case letters, digits, '_' and '-', starting with a letter, such as champion.`);
  if (RESERVED_ALIASES.includes(alias))
    throw new UserError(`Input '${input}': '${alias}' is reserved: it always resolves to the newest ready version.`);
  return alias;
}
function parseModelUri(uri, input = "model") {
  const match = /^models:\/([^/@]+)(?:\/(\d+)|@([^/@]+))$/.exec(uri.trim());
  if (!match)
    throw new UserError(`Input '${input}': '${uri}' is not a model URI; use models:/<name>/<version>, models:/<name>@<alias> or models:/<name>@latest.`);
  const name = checkModelName(match[1], input);
  if (match[2] !== void 0) {
    const version = Number(match[2]);
    if (!Number.isSafeInteger(version) || version < 1)
      throw new UserError(`Input '${input}': version ${match[2]} in '${uri}' must be 1 or more.`);
    return { name, version };
  }
  const alias = match[3];
  if (alias !== "latest")
    checkAlias(alias, input);
  return { name, alias };
}
function modelUri(name, version) {
  return `models:/${name}/${version}`;
}

// build/shared/model/model-dir.js
import { existsSync as existsSync3 } from "node:fs";
import { join as join6 } from "node:path";

// build/shared/model/flavors/index.js
import { join as join4 } from "node:path";

// build/shared/model/flavors/command.js
import { existsSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";

// build/shared/process/index.js
import { spawn } from "node:child_process";
var TAIL_LINES = 20;
var KILL_GRACE_SECONDS = 5;
function runUserCommand({ command, input, role = "", cwd, env, onLine, timeoutSeconds, timeoutSetting }) {
  return new Promise((resolve2, reject) => {
    const child = spawn("bash", ["-eo", "pipefail", "-c", command], { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
    const tail = [];
    let timedOut = false;
    const emit = (line) => {
      onLine?.(line);
      tail.push(line);
      if (tail.length > TAIL_LINES)
        tail.shift();
    };
    const relay = (stream) => {
      let pending = "";
      stream.setEncoding("utf8");
      stream.on("data", (chunk) => {
        pending += chunk;
        const lines = pending.split("\n");
        pending = lines.pop();
        for (const line of lines)
          emit(line);
      });
      stream.on("end", () => pending && emit(pending));
    };
    relay(child.stdout);
    relay(child.stderr);
    const killGroup = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch {
      }
    };
    const onExit = () => killGroup("SIGKILL");
    process.once("exit", onExit);
    let timers = [];
    if (timeoutSeconds !== void 0) {
      timers.push(setTimeout(() => {
        timedOut = true;
        killGroup("SIGTERM");
        timers.push(setTimeout(() => killGroup("SIGKILL"), KILL_GRACE_SECONDS * 1e3).unref());
      }, timeoutSeconds * 1e3).unref());
    }
    child.on("error", (error) => reject(new UserError(`Input '${input}': cannot start bash (${error.message}).`)));
    child.on("close", (code, signal) => {
      timers.forEach(clearTimeout);
      timers = [];
      process.removeListener("exit", onExit);
      if (code === 0 && !timedOut)
        return resolve2();
      const how = timedOut ? `did not finish within ${timeoutSeconds} s${timeoutSetting ? ` (${timeoutSetting})` : ""} and was stopped` : signal ? `was killed by ${signal}` : `exited with code ${code}`;
      const last = tail.length > 0 ? ` Its last lines:
${tail.join("\n")}` : " It printed nothing.";
      reject(new UserError(`Input '${input}': ${role}'${command}' ${how}.${last}`));
    });
  });
}

// build/shared/model/flavors/command-serve.js
import { spawn as spawn2 } from "node:child_process";
import { createInterface } from "node:readline";
function startServeCommand(options) {
  const child = spawn2("bash", ["-eo", "pipefail", "-c", options.command], { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ["pipe", "pipe", "pipe"], detached: true });
  const pending = [];
  const tail = [];
  let failure;
  const remember = (line) => {
    tail.push(line);
    if (tail.length > TAIL_LINES)
      tail.shift();
  };
  const stop = () => {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
    }
  };
  const fail = (problem) => {
    failure ??= new UserError(`Input '${options.input}': ${options.role}, '${options.command}' ${problem}.${tail.length > 0 ? ` Its last lines:
${tail.join("\n")}` : ""}`);
    for (const request of pending.splice(0)) {
      clearTimeout(request.timer);
      request.reject(failure);
    }
    stop();
  };
  createInterface({ input: child.stderr }).on("line", remember);
  createInterface({ input: child.stdout }).on("line", (line) => {
    const request = pending.shift();
    if (!request)
      return remember(line);
    clearTimeout(request.timer);
    let answer;
    try {
      answer = JSON.parse(line);
    } catch {
      answer = void 0;
    }
    if (typeof answer !== "object" || answer === null || Array.isArray(answer)) {
      remember(line);
      request.reject(new UserError(`Input '${options.input}': ${options.role} answered with a line that is not a JSON object: ${JSON.stringify(line.slice(0, 200))}.`));
      return;
    }
    request.resolve(answer);
  });
  const exited = new Promise((resolve2) => child.on("close", (code, signal) => {
    fail(signal ? `was killed by ${signal}` : `exited with code ${code}`);
    resolve2();
  }));
  child.on("error", (error) => fail(`could not start (${error.message})`));
  child.stdin.on("error", () => {
  });
  process.once("exit", stop);
  return {
    predict(row) {
      if (failure)
        return Promise.reject(failure);
      return new Promise((resolve2, reject) => {
        const timer = setTimeout(() => fail(`did not answer within ${options.timeoutSeconds} s and was stopped`), options.timeoutSeconds * 1e3);
        pending.push({ resolve: resolve2, reject, timer });
        child.stdin.write(`${JSON.stringify(row)}
`);
      });
    },
    async close(graceSeconds = 5) {
      child.stdin.end();
      const timer = setTimeout(stop, graceSeconds * 1e3);
      await exited;
      clearTimeout(timer);
      process.removeListener("exit", stop);
    }
  };
}

// build/shared/model/flavors/command.js
var COMMAND_BATCH_ROWS = 1e5;
var DEFAULT_PREDICT_TIMEOUT_SECONDS = 600;
var PREDICTION_COLUMN = "y_pred";
var PROBABILITY_PREFIX = "proba_";
var commandFlavor = {
  name: "command",
  runtime: "the predict command's own environment",
  async load(dir, manifest, input) {
    const manifestPath = join(dir, MODEL_DIR_FILES.manifest);
    if (!manifest?.command)
      throw new UserError(`Input '${input}': '${manifestPath}' names no predict command.`);
    const model = { dir: resolve(dir), manifest, spec: manifest.command, manifestPath, input };
    return {
      flavor: "command",
      task: manifest.task,
      target: manifest.target,
      features: manifest.inputs.map((entry) => entry.name),
      ...manifest.classes && { classes: manifest.classes },
      // Every call starts the command: a few single-row calls show its latency.
      latencySamples: 5,
      predict: (table, tableInput = "data") => predictWithCommand(model, table, tableInput),
      ...manifest.command.serve && { serve: () => startServe(model) }
    };
  }
};
function startServe(model) {
  return startServeCommand({
    command: model.spec.serve,
    cwd: model.dir,
    env: { MLOPS_MODEL_DIR: model.dir },
    role: `the serve command of '${model.manifestPath}'`,
    input: model.input,
    timeoutSeconds: model.spec["timeout-seconds"] ?? DEFAULT_PREDICT_TIMEOUT_SECONDS
  });
}
async function predictWithCommand(model, table, tableInput) {
  const columns = model.manifest.inputs.map((entry) => {
    const col = column(table, entry.name, tableInput);
    if (entry.type === "number" && col.kind === "string")
      throw textInNumberColumn(col, table, tableInput);
    return col;
  });
  const classes = model.manifest.classes ?? [];
  const labels = [];
  const probabilities = classes.map(() => new Float64Array(table.rows));
  const values = new Float64Array(table.rows);
  let withProbabilities = false;
  const work = createTemporaryDir("mlops-predict-");
  try {
    for (let from = 0; from < table.rows; from += COMMAND_BATCH_ROWS) {
      const rows = Math.min(COMMAND_BATCH_ROWS, table.rows - from);
      const output = await runBatch(model, table, columns, from, rows, work);
      const predicted = output.table.columns.find((col) => col.name === PREDICTION_COLUMN);
      if (!predicted)
        throw output.bad(`it has no column '${PREDICTION_COLUMN}' (its columns are ${output.table.columns.map((col) => col.name).join(", ")})`);
      if (model.manifest.task === "regression") {
        if (predicted.kind !== "number")
          throw output.bad(`column '${PREDICTION_COLUMN}' holds text; a regression predicts numbers`);
        values.set(predicted.values, from);
        continue;
      }
      labels.push(...labelsOf(predicted, classes, output));
      withProbabilities = readProbabilities(output, classes, probabilities, from);
    }
  } finally {
    removeTemporary(work);
  }
  if (model.manifest.task === "regression")
    return { task: "regression", values };
  return { task: "classification", classes, labels, ...withProbabilities && { probabilities } };
}
async function runBatch(model, table, columns, from, rows, work) {
  const format = model.spec.format ?? "csv";
  const inputPath = join(work, `input.${format}`);
  const outputPath = join(work, `predictions.${format}`);
  rmSync(outputPath, { force: true });
  writeTableFile(table, inputPath, { format, columns, rows: Array.from({ length: rows }, (_, i) => from + i), input: model.input });
  const timeoutSeconds = model.spec["timeout-seconds"] ?? DEFAULT_PREDICT_TIMEOUT_SECONDS;
  await runUserCommand({
    command: model.spec.predict,
    input: model.input,
    role: `the predict command of '${model.manifestPath}', `,
    cwd: model.dir,
    env: { MLOPS_INPUT: inputPath, MLOPS_OUTPUT: outputPath, MLOPS_MODEL_DIR: model.dir },
    timeoutSeconds,
    timeoutSetting: `command.timeout-seconds in the manifest${model.spec["timeout-seconds"] === void 0 ? ", default" : ""}`
  });
  const bad = (problem) => new UserError(`Input '${model.input}': the predict command of '${model.manifestPath}' wrote predictions that do not fit: ${problem}.`);
  if (!existsSync(outputPath))
    throw bad(`it wrote nothing at $MLOPS_OUTPUT`);
  let output;
  try {
    output = await loadTable(outputPath, { input: "predictions" });
  } catch (error) {
    if (error instanceof UserError)
      throw bad(error.message);
    throw error;
  }
  if (output.rows !== rows)
    throw bad(`${output.rows} rows for the ${rows} rows it was given`);
  return { table: output, bad };
}
function labelsOf(predicted, classes, output) {
  const byText = new Map(classes.map((label) => [String(label), label]));
  return Array.from({ length: output.table.rows }, (_, row) => {
    const value = predicted.values[row];
    const text = value === null || typeof value === "number" && Number.isNaN(value) ? void 0 : String(value);
    const label = text === void 0 ? void 0 : byText.get(text);
    if (label === void 0) {
      const what = text === void 0 ? "no label" : `'${text}', which is not one of the classes (${classes.join(", ")})`;
      throw output.bad(`column '${PREDICTION_COLUMN}' holds ${what} on line ${output.table.lines[row]}`);
    }
    return label;
  });
}
function readProbabilities(output, classes, probabilities, from) {
  const names = classes.map((label) => `${PROBABILITY_PREFIX}${label}`);
  const present = names.filter((name) => output.table.columns.some((col) => col.name === name));
  if (present.length === 0)
    return false;
  if (present.length < names.length)
    throw output.bad(`it has ${present.join(", ")} but not ${names.filter((name) => !present.includes(name)).join(", ")}; give a probability column for every class or none`);
  names.forEach((name, c) => {
    const col = output.table.columns.find((candidate) => candidate.name === name);
    const bad = col.kind === "string" ? 0 : col.values.findIndex((p) => !(p >= 0 && p <= 1));
    if (col.kind === "string" || bad >= 0)
      throw output.bad(`column '${name}' holds a value that is not a probability between 0 and 1${bad >= 0 ? ` on line ${output.table.lines[bad]}` : ""}`);
    probabilities[c].set(col.values, from);
  });
  return true;
}
function textInNumberColumn(col, table, input) {
  const row = col.values.findIndex((value) => value !== null);
  const where = row >= 0 ? ` ('${col.values[row]}' on line ${table.lines[row]} of ${table.files[table.fileOfRow[row]]?.path ?? "the data"})` : "";
  return new UserError(`Input '${input}': column '${col.name}' holds text${where}, but the model reads numbers from it.`);
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
import { createRequire } from "node:module";
import { dirname, join as join2 } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
var ORT_WASM_FILES = ["ort-wasm-simd-threaded.mjs", "ort-wasm-simd-threaded.wasm"];
var ORT_PACKAGE_DIST = join2("node_modules", "onnxruntime-web", "dist");
var ORT_NODE = "onnxruntime-node";
var runtime;
function loadOnnxRuntime() {
  runtime ??= importRuntime();
  return runtime;
}
function findOnnxRuntimeNode(cwd = process.cwd()) {
  try {
    return createRequire(join2(cwd, "package.json")).resolve(ORT_NODE);
  } catch {
    return void 0;
  }
}
async function importRuntime() {
  const native = findOnnxRuntimeNode();
  let fallback = "";
  if (native) {
    try {
      const ort2 = createRequire(native)(native);
      return { ort: ort2, name: `${ORT_NODE} ${ort2.env.versions?.node ?? ort2.env.versions?.common ?? ""}`.trim() };
    } catch (error) {
      fallback = ` (${ORT_NODE} is installed but failed to load: ${error.message.split("\n")[0]})`;
    }
  }
  const ort = await import("./ort.node.min-MGWHXDCC.js");
  const dir = ortWasmDirectory();
  if (!dir)
    throw new Error(`no ${ORT_WASM_FILES[1]} beside the program or in ${ORT_PACKAGE_DIST}`);
  ort.env.wasm.wasmPaths = pathToFileURL(dir).href + "/";
  ort.env.wasm.numThreads = 1;
  ort.env.logLevel = "error";
  return { ort, name: `onnxruntime-web ${ort.env.versions?.web ?? ort.env.versions?.common ?? ""}`.trim() + fallback };
}
function ortWasmDirectory(from = dirname(fileURLToPath(import.meta.url))) {
  return findRuntimeFiles(from, ORT_PACKAGE_DIST, ORT_WASM_FILES);
}

// build/shared/model/flavors/onnx.js
var ONNX_BATCH_ROWS = 16384;
var INPUT_TYPES = /* @__PURE__ */ new Set(["float32", "float64", "int64", "string"]);
var onnxFlavor = {
  name: "onnx",
  runtime: "ONNX Runtime (WebAssembly), bundled with the actions",
  async load(dir, manifest, input) {
    const manifestPath = join3(dir, MODEL_DIR_FILES.manifest);
    if (!manifest)
      throw new UserError(`Input '${input}': '${manifestPath}' is missing; an onnx model needs it to name its target and input columns.`);
    const path = join3(dir, manifest.files?.find((file) => file.toLowerCase().endsWith(".onnx")) ?? MODEL_DIR_FILES.onnx);
    const features = manifest.inputs.map((entry) => entry.name);
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
    const { ort, name: runtime2 } = await loadOnnxRuntime();
    let session;
    try {
      session = await ort.InferenceSession.create(graph.bytes);
    } catch (error) {
      throw notOnnx(firstLine(error));
    }
    const task = manifest.task;
    const classes = manifest.classes ?? graph.classes;
    if (task === "classification" && !classes)
      throw new UserError(`Input '${input}': '${manifestPath}' names no 'classes' and the graph declares none.`);
    const binding = bindInputs(session, features, (problem) => notOnnx(problem));
    const columns = binding.kind === "tensor" ? features : binding.inputs.map((graphInput) => graphInput.name);
    const outputs = chooseOutputs(session, task, (problem) => notOnnx(problem));
    return {
      flavor: "onnx",
      runtime: runtime2,
      task,
      target: manifest.target,
      features: columns,
      ...task === "classification" && { classes },
      predict: (table, tableInput = "data") => predict(ort, session, binding, outputs, task, classes ?? [], table, columns, tableInput, unusable)
    };
  }
};
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
  const labels = new Array(task === "classification" ? table.rows : 0);
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
      copyScores(scores.data, probabilities, from, rows);
      labelByArgmax(scores.data, classes, labels, from, rows);
    } else {
      labelsOf2(results[outputs.label]).forEach((label, row) => labels[from + row] = label);
    }
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
function labelsOf2(tensor) {
  const data = tensor.data;
  if (data instanceof BigInt64Array)
    return Array.from(data, Number);
  if (Array.isArray(data))
    return data;
  return Array.from(data);
}
function copyScores(data, columns, from, rows) {
  const width = columns.length;
  for (let c = 0; c < width; c++) {
    const column2 = columns[c];
    for (let row = 0, at = c; row < rows; row++, at += width)
      column2[from + row] = data[at];
  }
}
function labelByArgmax(data, classes, labels, from, rows) {
  const width = classes.length;
  for (let row = 0, at = 0; row < rows; row++, at += width) {
    let best = 0;
    for (let c = 1; c < width; c++)
      if (data[at + c] > data[at + best])
        best = c;
    labels[from + row] = classes[best];
  }
}
function firstLine(error) {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0].trim();
}
function onnxGraphClasses(path, input) {
  try {
    return prepareGraph(readWholeFile(input, path, "weights")).classes;
  } catch (error) {
    if (error instanceof NotOnnxError)
      throw new UserError(`Input '${input}': '${path}' is not an ONNX model ONNX Runtime can load (not an ONNX protobuf).`);
    throw error;
  }
}

// build/shared/model/flavors/tfjs.js
var tfjsFlavor = {
  name: "tfjs",
  runtime: "TensorFlow.js, bundled with the actions",
  async load(dir, _manifest, input) {
    const { loadModel } = await import("./tfjs-A6XUOMXK.js");
    return loadModel(dir, input);
  }
};

// build/shared/model/flavors/index.js
var MODEL_FLAVORS = {
  [tfjsFlavor.name]: tfjsFlavor,
  [onnxFlavor.name]: onnxFlavor,
  [commandFlavor.name]: commandFlavor
};
var DEFAULT_FLAVOR = tfjsFlavor.name;
function flavorOf(manifest, dir, input) {
  const name = manifest?.flavor ?? DEFAULT_FLAVOR;
  const flavor = Object.hasOwn(MODEL_FLAVORS, name) ? MODEL_FLAVORS[name] : void 0;
  if (!flavor) {
    const path = join4(dir, MODEL_DIR_FILES.manifest);
    throw new UserError(`Input '${input}': '${path}' names the model flavor '${name}', which this version cannot load; the flavors are ${Object.keys(MODEL_FLAVORS).join(", ")}.`);
  }
  return flavor;
}

// build/shared/model/manifest.js
var import_ajv = __toESM(require_ajv(), 1);
var import_yaml = __toESM(require_dist(), 1);
import { existsSync as existsSync2 } from "node:fs";
import { isAbsolute, join as join5, normalize, sep } from "node:path";

// build/shared/model/manifest-schema.js
var FLAVOR_NAMES = ["tfjs", "onnx", "command"];
var MANIFEST_SCHEMA_URL = "https://raw.githubusercontent.com/mlops-actions/mlops-actions/main/shared/model/manifest-schema.json";
function manifestJsonSchema() {
  const label = { type: ["string", "number"] };
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://github.com/mlops-actions/mlops-actions/schemas/manifest-schema.json",
    title: "mlops-actions model manifest",
    description: "What a model directory holds: its flavor, the columns it reads, its task and classes, and its files. Where the model came from is in metadata.json.",
    type: "object",
    required: ["version", "flavor", "task", "target", "inputs"],
    additionalProperties: false,
    properties: {
      $schema: { type: "string" },
      version: { const: 1, description: "Format version." },
      flavor: { enum: [...FLAVOR_NAMES], description: "How the model is loaded and run." },
      task: { enum: ["classification", "regression"] },
      target: { type: "string", minLength: 1, description: "The column the model predicts." },
      inputs: {
        type: "array",
        minItems: 1,
        description: "The columns the model reads, in the order a single tensor input takes them.",
        items: {
          type: "object",
          required: ["name", "type"],
          additionalProperties: false,
          properties: { name: { type: "string", minLength: 1 }, type: { enum: ["number", "text"] } }
        }
      },
      classes: {
        type: "array",
        minItems: 2,
        items: label,
        description: "A classifier's classes, in the order of its probabilities. An onnx model may leave them to its graph."
      },
      files: {
        type: "array",
        items: { type: "string", minLength: 1 },
        description: "The files the flavor reads, relative to the directory; each must be there."
      },
      runtime: { type: "string", description: 'What running the model needs besides this directory, such as "Python 3.12, scikit-learn 1.5".' },
      command: {
        type: "object",
        required: ["predict"],
        additionalProperties: false,
        description: "The command flavor: commands run with bash in the model directory.",
        properties: {
          predict: { type: "string", minLength: 1, description: "Reads the rows in $MLOPS_INPUT and writes one prediction per row to $MLOPS_OUTPUT: y_pred, and proba_<class> per class for a classifier." },
          serve: { type: "string", minLength: 1, description: "Optional: a long-lived command answering one JSON object per line on stdin with one on stdout." },
          format: { enum: ["csv", "jsonl"], description: "The file format of $MLOPS_INPUT and $MLOPS_OUTPUT. Default: csv." },
          "timeout-seconds": { type: "number", exclusiveMinimum: 0, maximum: 86400, description: "A predict call taking longer is stopped and fails. Default: 600." }
        }
      }
    }
  };
}

// build/shared/model/manifest.js
var KEY_ORDER = ["version", "flavor", "task", "target", "inputs", "classes", "files", "runtime", "command"];
var Ajv = import_ajv.default.default ?? import_ajv.default;
var validator;
function readManifest(dir, input) {
  const path = join5(dir, MODEL_DIR_FILES.manifest);
  const text = readTextFileIfExists(input, path);
  if (text === void 0)
    return void 0;
  return parseManifest(text, path, input, dir);
}
function parseManifest(text, path, input, dir) {
  const fail = (where, problem) => {
    throw new UserError(`Input '${input}': '${path}': ${where}: ${problem}.`);
  };
  const value = parseYaml(text, `Input '${input}': '${path}'`);
  if (typeof value !== "object" || value === null || Array.isArray(value))
    fail("(top level)", "a manifest is a YAML mapping with 'flavor', 'task', 'target' and 'inputs'");
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(manifestJsonSchema());
  if (!validator(value)) {
    const error = mostSpecific(validator.errors ?? []);
    fail(keyPath(error), reasonOf(error));
  }
  const manifest = value;
  const classes = manifest.classes ?? [];
  const seen = /* @__PURE__ */ new Set();
  for (const label of classes) {
    if (seen.has(String(label)))
      fail("classes", `'${label}' is listed twice`);
    seen.add(String(label));
  }
  const names = /* @__PURE__ */ new Set();
  for (const { name } of manifest.inputs) {
    if (names.has(name))
      fail("inputs", `column '${name}' is listed twice`);
    names.add(name);
  }
  if (names.has(manifest.target))
    fail("inputs", `the target '${manifest.target}' cannot be an input`);
  if (manifest.task === "regression" && manifest.classes)
    fail("classes", "a regression has no classes");
  if (manifest.flavor === "command") {
    if (!manifest.command)
      fail("command", "the command flavor needs 'command' with a 'predict' command line");
    if (manifest.task === "classification" && !manifest.classes)
      fail("classes", "a command classifier lists its classes, in the order of its proba_<class> columns");
  } else if (manifest.command)
    fail("command", `only the command flavor takes a command; this manifest's flavor is '${manifest.flavor}'`);
  for (const file of manifest.files ?? []) {
    if (isAbsolute(file) || normalize(file).split(sep).includes(".."))
      fail("files", `'${file}' must be a path inside the model directory`);
    const found = join5(dir, file);
    if (!existsSync2(found))
      fail("files", `'${file}' is missing from '${dir}'`);
    checkReadableFile(input, found, "weights");
  }
  return manifest;
}
function writeManifest(dir, manifest, input = "output-dir") {
  const ordered = Object.fromEntries(KEY_ORDER.filter((key) => manifest[key] !== void 0).map((key) => [key, manifest[key]]));
  const body = (0, import_yaml.stringify)(ordered, { lineWidth: 0, flowCollectionPadding: false });
  writeOutputFile(input, join5(dir, MODEL_DIR_FILES.manifest), `# yaml-language-server: $schema=${MANIFEST_SCHEMA_URL}
${body}`);
}
function mostSpecific(errors) {
  const score = (error) => error.instancePath.split("/").length * 10 + (error.keyword === "additionalProperties" ? 5 : 0) + (error.keyword === "required" ? 3 : 0);
  return [...errors].sort((a, b) => score(b) - score(a))[0];
}
function keyPath(error) {
  const segments = error.instancePath.split("/").slice(1);
  const path = segments.map((part, i) => /^\d+$/.test(part) ? `[${part}]` : `${i > 0 ? "." : ""}${part}`).join("");
  return path || "(top level)";
}
function reasonOf(error) {
  const params = error.params;
  if (error.keyword === "additionalProperties")
    return `unknown key '${params.additionalProperty}'`;
  if (error.keyword === "required")
    return `missing required key '${params.missingProperty}'`;
  if (error.keyword === "enum")
    return `must be one of ${params.allowedValues.join(", ")}`;
  if (error.keyword === "const")
    return `must be ${JSON.stringify(params.allowedValue)}`;
  return error.message ?? "invalid value";
}

// build/shared/model/model-dir.js
function modelDirFile(dir, file) {
  return join6(dir, MODEL_DIR_FILES[file]);
}
async function loadModelDir(dir, input = "model-dir") {
  const manifest = readManifest(dir, input);
  if (!manifest && !existsSync3(modelDirFile(dir, "topology"))) {
    throw new UserError(`Input '${input}': '${dir}' has no ${MODEL_DIR_FILES.manifest} to say what model it holds (nor the ${MODEL_DIR_FILES.topology} of a model from an older release).`);
  }
  return flavorOf(manifest, dir, input).load(dir, manifest, input);
}
function holdsModel(dir) {
  return existsSync3(modelDirFile(dir, "manifest")) || existsSync3(modelDirFile(dir, "topology"));
}
function writeModelRecords(dir, records, input = "output-dir") {
  writeOutputFile(input, modelDirFile(dir, "metrics"), JSON.stringify(records.metrics, null, 2) + "\n");
  writeOutputFile(input, modelDirFile(dir, "metadata"), JSON.stringify(records.metadata, null, 2) + "\n");
  writeOutputFile(input, modelDirFile(dir, "profile"), JSON.stringify(records.profile) + "\n");
}
function readProfileText(dir, input = "model-dir") {
  return readTextFileIfExists(input, modelDirFile(dir, "profile"));
}

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

// build/shared/model/metadata.js
import { join as join7 } from "node:path";
var MODEL_FORMAT = "mlops-actions/model";
function readModelMetadata(dir, input) {
  const path = join7(dir, MODEL_DIR_FILES.metadata);
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
  return parsed;
}
function isModelDir(dir) {
  try {
    return readModelMetadata(dir, "model-dir")?.format === MODEL_FORMAT;
  } catch {
    return false;
  }
}

// build/shared/model/index.js
function loadBuiltInTrainer() {
  return import("./tfjs-A6XUOMXK.js");
}

// build/shared/github/api-errors.js
var ReadOnlyTokenError = class extends Error {
  endpoint;
  name = "ReadOnlyTokenError";
  constructor(endpoint) {
    super(`${endpoint}: 403 Resource not accessible by integration`);
    this.endpoint = endpoint;
  }
};
function apiFailure(endpoint, error) {
  const candidate = error;
  if (typeof candidate?.status !== "number")
    throw error;
  const failure = { status: candidate.status, message: String(candidate.message), answered: candidate.response !== void 0 };
  if (failure.status === 403 && /Resource not accessible by (integration|personal access token)/i.test(failure.message))
    throw new ReadOnlyTokenError(endpoint);
  return failure;
}
function isAmbiguous(failure) {
  return !failure.answered || failure.status >= 500;
}
function apiError(endpoint, failure, attempts) {
  const answer = failure.answered ? `${failure.status} ${githubMessage(failure)}` : `no answer (${failure.message})`;
  const tries = attempts && attempts > 1 ? ` after ${attempts} attempts` : "";
  return new UserError(`GitHub API ${endpoint} failed${tries}: ${answer}. ${hint(failure)}`.trim());
}
function hint(failure) {
  if (!failure.answered || failure.status >= 500)
    return "GitHub or the network failed; re-run the job.";
  if (/rate limit/i.test(failure.message))
    return "The token is rate limited; re-run the job later.";
  switch (failure.status) {
    case 401:
      return "The token is invalid or has expired.";
    case 403:
      return "The token lacks a permission: give the job `pull-requests: write` (or `issues: write`).";
    case 404:
      return "Check the repository and the pull-request number, and that the token can read the repository.";
    case 410:
      return "Issues are disabled for this repository.";
    default:
      return "";
  }
}
function githubMessage(failure) {
  return failure.message.split("\n")[0].replace(/ - https?:\/\/\S+$/, "");
}

export {
  ReadOnlyTokenError,
  apiFailure,
  isAmbiguous,
  apiError,
  githubMessage,
  checkModelName,
  checkAlias,
  parseModelUri,
  modelUri,
  runUserCommand,
  onnxGraphClasses,
  MODEL_FLAVORS,
  DEFAULT_FLAVOR,
  readManifest,
  writeManifest,
  MODEL_FORMAT,
  readModelMetadata,
  isModelDir,
  modelDirFile,
  loadModelDir,
  holdsModel,
  writeModelRecords,
  readProfileText,
  MODEL_KINDS,
  parseTrainParams,
  loadBuiltInTrainer
};
