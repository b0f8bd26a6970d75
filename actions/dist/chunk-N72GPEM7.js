import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  checkOutputDir,
  writeModelDir
} from "./chunk-UM42MPUD.js";
import {
  TOOL_VERSION
} from "./chunk-FSSRMO3K.js";
import {
  buildReferenceProfile
} from "./chunk-NZQ7IK6I.js";
import {
  inferTask,
  predictionInput,
  readMetricsFile
} from "./chunk-7VFVUIPW.js";
import {
  MODEL_FORMAT,
  MODEL_KINDS,
  loadBuiltInTrainer,
  loadModelDir,
  modelDirFile,
  onnxGraphClasses,
  parseTrainParams,
  readManifest,
  runUserCommand,
  writeManifest,
  writeModelRecords
} from "./chunk-4AVFVFBS.js";
import {
  MODEL_DIR_FILES,
  assertFinite,
  cellText,
  column,
  loadTable,
  takeRows,
  writeTableFile
} from "./chunk-2QCVULS4.js";
import {
  RandomStream
} from "./chunk-CEWYPVHK.js";
import {
  renderTrainSummary
} from "./chunk-IDWAGSTK.js";
import {
  evaluateMetrics
} from "./chunk-NDVGTYSL.js";
import {
  parseYaml
} from "./chunk-25AFY3WQ.js";
import {
  createTemporaryDir,
  dataFilePaths,
  namedPaths,
  removeTemporary,
  writeOutputFile
} from "./chunk-WNJNPQLO.js";
import {
  readTextFile
} from "./chunk-EQIPIXBN.js";
import {
  UserError
} from "./chunk-PJKC4ZE5.js";

// build/shared/commands/train/index.js
import { execFileSync } from "node:child_process";

// build/shared/train/metadata.js
import { createHash } from "node:crypto";
function paramsHash(params) {
  return createHash("sha256").update(canonicalJson(params)).digest("hex");
}
function canonicalJson(value) {
  if (Array.isArray(value))
    return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== void 0);
    return `{${entries.sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

// build/shared/train/split.js
function splitRows(rows, share, seed) {
  const validationRows = Math.max(1, Math.round(rows * share));
  if (rows - validationRows < 1)
    throw new UserError(`Input 'validation-split': ${share} leaves no training rows out of ${rows}.`);
  const order = Int32Array.from({ length: rows }, (_, i) => i);
  const random = new RandomStream(seed, 32343);
  for (let i = rows - 1; i > 0; i--) {
    const j = Math.floor(random.nextFloat() * (i + 1));
    const swap = order[i];
    order[i] = order[j];
    order[j] = swap;
  }
  return { validation: order.slice(0, validationRows).sort(), train: order.slice(validationRows).sort() };
}

// build/shared/train/text-columns.js
var STRAY_TEXT_SHARE = 0.05;
function warnStrayText(table, columns, input, log) {
  for (const name of columns) {
    const cause = table.textBecause?.[name];
    if (!cause || cause.notNumbers > cause.present * STRAY_TEXT_SHARE)
      continue;
    const others = cause.notNumbers > 1 ? ` and ${cause.notNumbers - 1} more` : "";
    log.warning(`Input '${input}': column '${name}' is read as text, one-hot encoded, because ${JSON.stringify(cause.text.slice(0, 40))} on line ${cause.line} of ${cause.file}${others} ${cause.notNumbers > 1 ? "are" : "is"} not a number while the other ${cause.present - cause.notNumbers} cells are; fix ${cause.notNumbers > 1 ? "them" : "it"}, or list the column in 'ignore'.`);
  }
}

// build/shared/train/data.js
async function loadTrainingData(options, log) {
  const table = await loadTable(options.data, { input: "data" });
  const target = column(table, options.target, "target");
  const task = options.task === "auto" ? inferTask(target) : options.task;
  const features = chooseFeatures(table, options);
  warnStrayText(table, features, "data", log);
  const validationTable = options.validationData.length > 0 ? await loadTable(options.validationData, { input: "validation-data" }) : void 0;
  const { train, validation, combined } = rowsFor(table, validationTable, options);
  return { table, ...validationTable && { validationTable }, combined, train, validation, task, features };
}
function chooseFeatures(table, options) {
  for (const name of [...options.features, ...options.ignore])
    column(table, name, options.features.includes(name) ? "features" : "ignore");
  if (options.features.includes(options.target))
    throw new UserError(`Input 'features': '${options.target}' is the target and cannot be a feature.`);
  const features = options.features.length > 0 ? options.features : table.columns.map((c) => c.name).filter((name) => name !== options.target && !options.ignore.includes(name));
  if (features.length === 0)
    throw new UserError(`Input 'features': no feature columns are left besides the target '${options.target}'.`);
  return features;
}
function assertFiniteColumns(table, features, target, input) {
  for (const name of [...features, target]) {
    const col = column(table, name, input);
    if (col.kind === "number")
      assertFinite(col, table, void 0, input, name === target ? `the target column '${name}'` : `column '${name}'`);
  }
}
function rowsFor(table, validationTable, options) {
  if (!validationTable)
    return { ...splitRows(table.rows, options.validationSplit, options.seed), combined: table };
  const combined = appendTable(table, validationTable);
  const train = Int32Array.from({ length: table.rows }, (_, i) => i);
  const validation = Int32Array.from({ length: validationTable.rows }, (_, i) => table.rows + i);
  return { train, validation, combined };
}
function appendTable(first, second) {
  const columns = first.columns.map((col) => {
    const other = column(second, col.name, "validation-data");
    if (col.kind === "number" && other.kind === "number") {
      const values = new Float64Array(first.rows + second.rows);
      values.set(col.values);
      values.set(other.values, first.rows);
      return { name: col.name, kind: "number", values };
    }
    return { name: col.name, kind: "string", values: [...Array.from({ length: first.rows }, (_, r) => cellText(col, r)), ...Array.from({ length: second.rows }, (_, r) => cellText(other, r))] };
  });
  const lines = new Int32Array(first.rows + second.rows);
  lines.set(first.lines);
  lines.set(second.lines, first.rows);
  const fileOfRow = new Uint16Array(first.rows + second.rows);
  fileOfRow.set(first.fileOfRow);
  fileOfRow.set(second.fileOfRow.map((file) => file + first.files.length), first.rows);
  return { ...first, columns, rows: first.rows + second.rows, lines, fileOfRow, files: [...first.files, ...second.files] };
}

// build/shared/train/built-in.js
async function trainBuiltIn(options, log) {
  const started = Date.now();
  const params = parseTrainParams(options.params);
  const { trainModel, saveModel, tfVersion } = await loadBuiltInTrainer();
  const data = await loadTrainingData(options, log);
  if (data.validationTable)
    assertFiniteColumns(data.validationTable, data.features, options.target, "validation-data");
  const { combined, train, validation, task, features } = data;
  log.info(`Training a ${options.model} ${task} model of ${options.target} on ${train.length} rows, ${features.length} features; validating on ${validation.length} rows.`);
  const trained = await trainModel({ table: combined, features, target: options.target, task, model: options.model, params, trainRows: train, validationRows: validation, seed: options.seed, log });
  let result;
  await writeModelDir(options.outputDir, async (staging) => {
    await saveModel(staging, trained);
    writeManifest(staging, {
      version: 1,
      flavor: "tfjs",
      task,
      target: options.target,
      inputs: modelInputs(combined, features),
      ...trained.classes && { classes: [...trained.classes] },
      files: [MODEL_DIR_FILES.topology, MODEL_DIR_FILES.weights, MODEL_DIR_FILES.preprocessing]
    });
    const trainer = { trainer: "built-in", model: options.model, backend: trained.backend, params, libraries: { "@tensorflow/tfjs": tfVersion() } };
    result = await recordModel(staging, data, options, trainer, started, "output-dir");
  });
  return { ...result, history: trained.history };
}

// build/shared/train/command.js
import { existsSync, renameSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
var NO_MODEL = `write ${MODEL_DIR_FILES.onnx} (an ONNX graph) or a ${MODEL_DIR_FILES.manifest} naming the model's flavor into $MLOPS_OUTPUT_DIR`;
async function trainWithCommand(options, log) {
  const started = Date.now();
  const command = options.command;
  const data = await loadTrainingData(options, log);
  const outputDir = resolve(options.outputDir);
  const rowsDir = createTemporaryDir("mlops-train-");
  let result;
  try {
    const trainPath = join(rowsDir, "train.csv");
    const validationPath = join(rowsDir, "validation.csv");
    writeTableFile(data.combined, trainPath, { format: "csv", rows: data.train, input: "data" });
    writeTableFile(data.combined, validationPath, { format: "csv", rows: data.validation, input: "data" });
    log.info(`Running the training command on ${data.train.length} training rows and ${data.validation.length} validation rows, ${data.features.length} features.`);
    await writeModelDir(options.outputDir, async (staging) => {
      const env = {
        MLOPS_DATA: trainPath,
        MLOPS_VALIDATION_DATA: validationPath,
        MLOPS_TARGET: options.target,
        MLOPS_FEATURES: JSON.stringify(data.features),
        MLOPS_TASK: data.task,
        MLOPS_OUTPUT_DIR: staging,
        MLOPS_PARAMS: JSON.stringify(options.params),
        MLOPS_SEED: String(options.seed)
      };
      await log.group(`Running ${command}`, () => runUserCommand({ command, input: "command", cwd: process.cwd(), env, onLine: (line) => log.info(line) }));
      try {
        keepUserMetrics(options, staging, outputDir);
        completeManifest(staging, data, options);
        const trainer = { trainer: "command", command, params: options.params, libraries: {} };
        result = await recordModel(staging, data, options, trainer, started, "command");
      } catch (error) {
        if (error instanceof UserError)
          throw new UserError(error.message.replaceAll(staging, options.outputDir));
        throw error;
      }
    });
  } finally {
    removeTemporary(rowsDir);
  }
  return result;
}
function keepUserMetrics(options, staging, outputDir) {
  const given = options.metricsFile ? stagedPath(resolve(options.metricsFile), outputDir, staging) : void 0;
  if (given && !existsSync(given)) {
    throw new UserError(`Input 'metrics-file': the command succeeded but wrote no metrics at '${options.metricsFile}'; write a JSON object of metric names to numbers there (the model directory is $MLOPS_OUTPUT_DIR while the command runs), or leave 'metrics-file' empty.`);
  }
  const path = given ?? (existsSync(modelDirFile(staging, "metrics")) ? modelDirFile(staging, "metrics") : void 0);
  if (!path)
    return;
  readMetricsFile(path, "metrics-file");
  const kept = modelDirFile(staging, "userMetrics");
  if (path === modelDirFile(staging, "metrics"))
    renameSync(path, kept);
  else
    writeOutputFile("metrics-file", kept, readTextFile("metrics-file", path));
}
function completeManifest(staging, data, options) {
  const manifestPath = modelDirFile(staging, "manifest");
  const onnxPath = modelDirFile(staging, "onnx");
  const written = existsSync(manifestPath) ? parseYaml(readTextFile("command", manifestPath), `Input 'command': '${manifestPath}'`) : void 0;
  if (written === void 0 && !existsSync(onnxPath))
    throw new UserError(`Input 'command': '${options.command}' succeeded but wrote no model; ${NO_MODEL}.`);
  if (written !== void 0 && (typeof written !== "object" || written === null || Array.isArray(written))) {
    throw new UserError(`Input 'command': '${manifestPath}' is not a YAML mapping; a manifest names 'flavor', 'task', 'target' and 'inputs'.`);
  }
  const given = written ?? { flavor: "onnx", files: [MODEL_DIR_FILES.onnx] };
  const complete = { version: 1, task: data.task, target: options.target, inputs: modelInputs(data.combined, data.features), ...given };
  if (complete.task === "classification" && !complete.classes) {
    const fromGraph = complete.flavor === "onnx" && existsSync(onnxPath) ? onnxGraphClasses(onnxPath, "command") : void 0;
    complete.classes = fromGraph ?? sortedLabels(data.combined, data.train, options.target);
  }
  if (written === void 0 || Object.keys(complete).length !== Object.keys(given).length)
    writeManifest(staging, complete, "command");
}
function sortedLabels(table, rows, target) {
  const col = column(table, target, "target");
  const seen = /* @__PURE__ */ new Set();
  for (const row of rows) {
    const value = col.values[row];
    if (value !== null && value !== void 0 && !(typeof value === "number" && Number.isNaN(value)))
      seen.add(value);
  }
  return [...seen].sort((a, b) => typeof a === "number" && typeof b === "number" ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0);
}
function stagedPath(path, outputDir, staging) {
  const inside = relative(outputDir, path);
  return inside && !inside.startsWith("..") && !isAbsolute(inside) ? join(staging, inside) : path;
}

// build/shared/train/train.js
async function trainModelDir(options, log) {
  const reads = [...await dataFilePaths("data", options.data), ...await dataFilePaths("validation-data", options.validationData), ...options.otherReads ?? []];
  checkOutputDir(options.outputDir, reads);
  return options.command ? trainWithCommand(options, log) : trainBuiltIn(options, log);
}
function modelInputs(table, features) {
  return features.map((name) => ({ name, type: column(table, name, "data").kind === "number" ? "number" : "text" }));
}
async function recordModel(staging, data, options, trainer, started, input) {
  const manifest = readManifest(staging, input);
  const reloaded = await loadModelDir(staging, input);
  const metrics = evaluateMetrics(await predictionInput(reloaded, takeRows(data.combined, data.validation), options.target, "validation"));
  const metadata = {
    format: MODEL_FORMAT,
    version: 1,
    ...trainer,
    paramsHash: paramsHash(trainer.params),
    dataHash: data.table.hash,
    ...data.validationTable && { validationDataHash: data.validationTable.hash },
    rows: { train: data.train.length, validation: data.validation.length },
    metrics,
    libraries: { "mlops-actions": TOOL_VERSION, ...trainer.libraries, ...runtimeLibrary(reloaded.runtime), node: process.version },
    lineage: options.lineage,
    seed: options.seed
  };
  const profile = buildReferenceProfile(data.combined, { rows: data.train, seed: options.seed });
  writeModelRecords(staging, { metrics, metadata, profile });
  return { modelDir: options.outputDir, metrics, metricsFile: modelDirFile(options.outputDir, "metrics"), dataHash: data.table.hash, manifest, metadata, durationSeconds: (Date.now() - started) / 1e3 };
}
function runtimeLibrary(runtime) {
  const match = runtime ? /^(\S+) (\S+)/.exec(runtime) : null;
  return match ? { [match[1]]: match[2] } : {};
}

// build/shared/commands/train/artifact.js
import { readdirSync } from "node:fs";
import { join as join2, resolve as resolve2 } from "node:path";
var NAME_CHARACTERS_REFUSED = ['"', ":", "<", ">", "|", "*", "?", "\r", "\n", "\\", "/"];
function parseArtifactUpload(inputs, host) {
  const name = inputs.string("artifact-name") ?? "model";
  if (!inputs.boolean("upload-artifact", false))
    return void 0;
  if (!host.artifactRuntime) {
    throw new UserError("Input 'upload-artifact': uploading needs GitHub Actions' runtime (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are unset); run it in a workflow, or set it to false.");
  }
  const refused = NAME_CHARACTERS_REFUSED.find((character) => name.includes(character));
  if (refused) {
    throw new UserError(`Input 'artifact-name': '${name.replace(/[\r\n]/g, " ")}' contains ${JSON.stringify(refused)}; artifact names cannot contain any of ${NAME_CHARACTERS_REFUSED.map((c) => JSON.stringify(c)).join(" ")}.`);
  }
  return name;
}
async function uploadModelArtifact(modelDir, name, log) {
  const { DefaultArtifactClient } = await import("./artifact-VJEMVQG7.js");
  const root = resolve2(modelDir);
  const files = listFiles(root);
  try {
    const { id, size } = await new DefaultArtifactClient().uploadArtifact(name, files, root);
    log.info(`Uploaded ${files.length} files (${size ?? 0} bytes) as artifact '${name}' (id ${id}).`);
  } catch (error) {
    throw new UserError(`Input 'upload-artifact': the upload of artifact '${name}' failed: ${error.message}`);
  }
  return {};
}
function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => entry.isDirectory() ? listFiles(join2(dir, entry.name)) : [join2(dir, entry.name)]);
}

// build/shared/commands/train/index.js
var TRAIN_TASKS = ["auto", "classification", "regression"];
var trainCommand = {
  action: "train",
  cli: "train",
  title: "mlops train",
  description: "Train a model with TensorFlow.js (linear or MLP, WASM backend) or your own command (ONNX or command flavor), and write a model directory with its manifest, validation metrics, lineage metadata and a reference profile of the training data.",
  permissions: [],
  inputs: {
    data: { description: "Training data: path or glob (.csv, .tsv, .jsonl, .json, .parquet, optionally .gz).", required: true },
    target: { description: "Column to predict.", required: true },
    features: { description: "Feature columns, comma-separated or a YAML list. Default: every column but `target` and `ignore`." },
    ignore: { description: "Columns left out of the default features, such as ids." },
    task: { description: "`classification`, `regression` or `auto`: text targets and at most 20 distinct whole numbers are classes.", default: "auto" },
    model: { description: "`linear` (logistic or linear regression) or `mlp` (ReLU hidden layers).", default: "linear" },
    params: {
      description: "YAML or JSON, inline or a file path: `epochs`, `batch-size`, `learning-rate`, `hidden-units`, `patience`, `l2`, and the size limits `max-parameters` (default 10,000,000 weights) and `max-categories` (one-hot inputs per text column, default 100; rarer values are pooled). For `command`, passed through as `MLOPS_PARAMS`."
    },
    "validation-split": { description: "Share of the rows held out, at random (seeded), for validation and early stopping.", default: "0.2" },
    "validation-data": { description: "Validation data instead of a split: path or glob with the same columns." },
    "output-dir": { description: "Model directory to write.", default: "model" },
    seed: { description: "Seed of the split, the initial weights and the shuffling: the same seed gives the same model.", default: "0" },
    command: {
      description: "Your own training command (Python, R, anything), run with bash instead of the built-in trainer. It gets the training rows as CSV in MLOPS_DATA and the validation rows in MLOPS_VALIDATION_DATA, with MLOPS_TARGET, MLOPS_FEATURES (JSON list), MLOPS_TASK, MLOPS_PARAMS and MLOPS_SEED, and writes `model.onnx` or a `manifest.yaml` (command flavor) into MLOPS_OUTPUT_DIR. train then scores the validation rows through the model and writes the metrics itself."
    },
    "metrics-file": { description: "Metrics `command` computed itself (a JSON object of names to numbers), kept as `user-metrics.json` beside the metrics train computes. Default: `metrics.json` in `output-dir`, when the command wrote one." },
    "upload-artifact": { type: "boolean", description: "Upload the model directory as a workflow artifact (in GitHub Actions).", default: "false" },
    "artifact-name": { description: "Name of the uploaded artifact.", default: "model" },
    config: { description: "YAML file whose keys are input names; inputs given directly win." }
  },
  outputs: {
    "model-dir": { description: "The model directory written." },
    metrics: { type: "json", description: 'Flat JSON of the validation metrics, named as in evaluate-gate, e.g. {"accuracy": 0.93}.' },
    "metrics-file": { description: "Path of metrics.json in the model directory: the validation metrics train computed." },
    "data-hash": { description: "sha256 of the training data, as data-validate reports it." },
    flavor: { description: "The flavor of the model written: `tfjs`, `onnx` or `command`." }
  },
  parse(inputs, host) {
    inputs.required("data");
    const params = readParams(inputs);
    return {
      data: inputs.list("data"),
      target: inputs.required("target"),
      features: inputs.list("features"),
      ignore: inputs.list("ignore"),
      task: inputs.choice("task", TRAIN_TASKS, "auto"),
      model: inputs.choice("model", MODEL_KINDS, "linear"),
      params: params.value,
      validationSplit: inputs.number("validation-split", 0.2, { min: 0.01, max: 0.9 }),
      validationData: inputs.list("validation-data"),
      outputDir: inputs.string("output-dir") ?? "model",
      seed: inputs.number("seed", 0, { min: 0, max: 4294967295, integer: true }),
      command: inputs.string("command"),
      metricsFile: inputs.string("metrics-file"),
      artifactName: parseArtifactUpload(inputs, host),
      lineage: lineage(host),
      otherReads: namedPaths({ params: params.file, config: inputs.string("config") })
    };
  },
  async run(options, log) {
    const result = await trainModelDir(options, log);
    return {
      result,
      outputs: {
        "model-dir": result.modelDir,
        metrics: JSON.stringify(result.metrics),
        "metrics-file": result.metricsFile,
        "data-hash": result.dataHash,
        flavor: result.manifest.flavor
      },
      report: result.metadata,
      reportPath: `${result.modelDir}/metadata.json`,
      reportInput: "output-dir",
      summary: renderTrainSummary(result),
      annotations: []
    };
  },
  publish: (outcome, options, log) => options.artifactName ? uploadModelArtifact(outcome.result.modelDir, options.artifactName, log) : Promise.resolve({})
};
function readParams(inputs) {
  const input = inputs.yamlOrFile("params", "YAML or JSON such as '{epochs: 20}'");
  if (!input)
    return { value: {} };
  const file = "file" in input ? input.file : void 0;
  const where = `Input 'params'${file ? ` ('${file}')` : ""}`;
  let value;
  if ("parsed" in input)
    value = input.parsed;
  else {
    try {
      value = parseYaml(input.text, file ?? "params");
    } catch (error) {
      throw new UserError(`${where}: not valid YAML or JSON: ${error.message.split("\n")[0]}`);
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new UserError(`${where}: must be a mapping of parameter names to values.`);
  return { value, ...file && { file } };
}
function lineage(host) {
  const commit = host.commit ?? localCommit();
  return {
    ...commit && { commit },
    ...host.runUrl && { runUrl: host.runUrl },
    ...host.github.repository && { repository: host.github.repository },
    ...host.github.workflow && { workflow: host.github.workflow },
    ...host.runId && { runId: host.runId },
    ...host.runAttempt && { runAttempt: host.runAttempt }
  };
}
function localCommit() {
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() || void 0;
  } catch {
    return void 0;
  }
}

export {
  TRAIN_TASKS,
  trainCommand
};
