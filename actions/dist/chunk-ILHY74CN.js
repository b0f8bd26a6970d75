import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  REGISTRY_INPUTS,
  REGISTRY_READ,
  openRegistryFromInputs
} from "./chunk-RUWQDEA3.js";
import {
  loadModelDir,
  readManifest
} from "./chunk-4AVFVFBS.js";
import {
  TableParquetWriter,
  TableTextWriter
} from "./chunk-2QCVULS4.js";
import {
  formatCount,
  md,
  mdCode,
  table
} from "./chunk-IDWAGSTK.js";
import {
  modelUri,
  parseModelUri
} from "./chunk-WASGVSPE.js";
import {
  checkOutputPaths,
  createTemporaryDir,
  dataFilePaths,
  namedPaths,
  openOutputStream,
  removeTemporary,
  splitByKind
} from "./chunk-WNJNPQLO.js";
import {
  DEFAULT_MISSING_VALUES,
  readDataset,
  resolveDataFiles
} from "./chunk-M7OJWBEB.js";
import {
  UserError
} from "./chunk-PJKC4ZE5.js";

// build/shared/predict/batches.js
var BatchCollector = class {
  columns;
  batchRows;
  onBatch;
  input;
  files = [];
  fileIndex = 0;
  path = "";
  indexes = [];
  batch;
  full = [];
  constructor(columns, batchRows, onBatch, input = "data") {
    this.columns = columns;
    this.batchRows = batchRows;
    this.onBatch = onBatch;
    this.input = input;
    this.batch = new BatchColumns(columns, batchRows);
  }
  file(index, file) {
    this.fileIndex = index;
    this.path = file.path;
    this.files.push({ path: file.path, format: file.format, sha256: "" });
  }
  /** Every file must hold every kept column; their order and the other columns may differ. */
  header(names) {
    this.indexes = this.columns.map((kept) => {
      const index = names.indexOf(kept.name);
      const reason = kept.kind ? "the model reads it" : "input 'id-columns' names it";
      if (index < 0)
        throw new UserError(`Input '${this.input}': '${this.path}' has no column '${kept.name}' (${reason}); its columns are ${names.join(", ")}.`);
      return index;
    });
  }
  row(row, line) {
    const { batch } = this;
    const at = batch.rows;
    for (let c = 0; c < this.columns.length; c++) {
      const index = this.indexes[c];
      const missing = index >= row.size || row.missing(index);
      const numbers = batch.numbers[c];
      const texts = batch.texts[c];
      if (numbers) {
        const value = missing ? NaN : row.number(index);
        if (!missing && Number.isNaN(value) && this.columns[c].kind === "number") {
          throw new UserError(`Input '${this.input}': column '${this.columns[c].name}' holds text (${JSON.stringify(row.text(index))} on line ${line} of ${this.path}), but the model reads numbers from it.`);
        }
        numbers[at] = value;
      }
      if (texts)
        texts[at] = missing ? null : row.text(index);
    }
    batch.lines[at] = line;
    batch.fileOfRow[at] = this.fileIndex;
    batch.rows++;
    if (batch.rows === this.batchRows) {
      this.full.push(batch);
      this.batch = new BatchColumns(this.columns, this.batchRows);
    }
  }
  ragged(line, fields, expected) {
    throw new UserError(`${this.path}:${line}: ${fields} fields where the header has ${expected}.`);
  }
  /** Predicts the batches filled since the last read. */
  async drain() {
    while (this.full.length > 0)
      await this.onBatch(this.full.shift().batch(this.columns, this.files));
  }
  /** Predicts the rows left once the reading is over. */
  async finish() {
    await this.drain();
    if (this.batch.rows > 0)
      await this.onBatch(this.batch.batch(this.columns, this.files));
    this.batch = new BatchColumns(this.columns, 0);
  }
};
var BatchColumns = class {
  rows = 0;
  numbers;
  texts;
  lines;
  fileOfRow;
  constructor(columns, size) {
    this.numbers = columns.map((kept) => kept.kind === "number" || kept.kind === "infer" ? new Float64Array(size) : void 0);
    this.texts = columns.map((kept) => kept.kind === "text" || kept.kind === "infer" || kept.id ? new Array(size) : void 0);
    this.lines = new Int32Array(size);
    this.fileOfRow = new Uint16Array(size);
  }
  batch(columns, files) {
    const rows = this.rows;
    const text = (c) => this.texts[c].length === rows ? this.texts[c] : this.texts[c].slice(0, rows);
    const features = [];
    const ids = [];
    columns.forEach((kept, c) => {
      const numbers = this.numbers[c]?.subarray(0, rows);
      if (kept.kind === "number" || kept.kind === "infer" && allNumbers(numbers, this.texts[c], rows))
        features.push({ name: kept.name, kind: "number", values: numbers });
      else if (kept.kind)
        features.push({ name: kept.name, kind: "string", values: text(c) });
      if (kept.id)
        ids.push({ name: kept.name, kind: "string", values: text(c) });
    });
    const table2 = { columns: features, rows, lines: this.lines.subarray(0, rows), fileOfRow: this.fileOfRow.subarray(0, rows), files: [...files], hash: "" };
    return { table: table2, ids };
  }
};
function allNumbers(numbers, texts, rows) {
  for (let i = 0; i < rows; i++)
    if (Number.isNaN(numbers[i]) && texts[i] !== null)
      return false;
  return true;
}

// build/shared/predict/output.js
import { extname } from "node:path";
function outputFormat(path, input = "output") {
  const extension = extname(path).toLowerCase();
  if (extension === ".csv")
    return "csv";
  if (extension === ".jsonl" || extension === ".ndjson")
    return "jsonl";
  if (extension === ".parquet")
    return "parquet";
  throw new UserError(`Input '${input}': '${path}' has ${extension ? `the extension '${extension}'` : "no extension"}; give a .csv, .jsonl (JSON Lines) or .parquet path, which names the format.`);
}
var INT32 = 2 ** 31;
function parquetTypes(columns, classes) {
  const integerLabels = classes !== void 0 && classes.every((c) => typeof c === "number" && Number.isInteger(c) && c >= -INT32 && c < INT32);
  return columns.map(({ name, kind }) => ({ name, type: kind === "string" ? "STRING" : name === "prediction" && integerLabels ? "INT32" : "DOUBLE" }));
}
function probabilityColumn(label) {
  return `proba_${label}`;
}
function predictionColumns(prediction) {
  if (prediction.task === "regression")
    return [{ name: "prediction", kind: "number", values: prediction.values }];
  const { labels, classes, probabilities } = prediction;
  const label = classes.every((c) => typeof c === "number") ? { name: "prediction", kind: "number", values: Float64Array.from(labels) } : { name: "prediction", kind: "string", values: labels.map(String) };
  return [label, ...(probabilities ?? []).map((values, c) => ({ name: probabilityColumn(classes[c]), kind: "number", values }))];
}

// build/shared/predict/index.js
var DEFAULT_BATCH_ROWS = 5e4;
async function predictFile(options) {
  const { model, idColumns, format } = options;
  const kept = keptColumns(model, options.inputs, idColumns);
  let output;
  let writer;
  let names = [];
  let rows = 0;
  let batches = 0;
  const start = (columns, classes) => {
    names = columns.map((col) => col.name);
    output = options.openOutput();
    const write = (content) => output.write(content);
    writer = format === "parquet" ? new TableParquetWriter(parquetTypes(columns, classes), write, "mlops-actions predict") : new TableTextWriter(format, names, write);
  };
  const onBatch = async ({ table: table2, ids }) => {
    const predicted = await model.predict(table2, "data");
    const columns = [...ids, ...predictionColumns(predicted)];
    if (!writer)
      start(columns, predicted.task === "classification" ? predicted.classes : void 0);
    writer.append(columns, table2.rows);
    rows += table2.rows;
    batches++;
    options.progress?.update(rows, void 0, "rows");
  };
  try {
    const collector = new BatchCollector(kept, options.batchRows, onBatch);
    const read = await readDataset(options.files, options.missingValues ?? DEFAULT_MISSING_VALUES, collector, { hash: false });
    await collector.finish();
    if (!writer)
      start([...idColumns.map((name) => ({ name, kind: "string", values: [] })), { name: "prediction", kind: "string", values: [] }]);
    writer.end();
    output.commit();
    return { rows, batches, columns: names, files: read.files.map(({ path, format: format2 }) => ({ path, format: format2 })) };
  } finally {
    output?.discard();
    options.progress?.end();
  }
}
function keptColumns(model, inputs, idColumns) {
  const types = new Map(inputs?.map((input) => [input.name, input.type]));
  const clash = idColumns.find((name) => name === "prediction" || name.startsWith("proba_"));
  if (clash)
    throw new UserError(`Input 'id-columns': '${clash}' is a name the output gives to the model's answers; leave it out or rename the column.`);
  const kindOf = (name) => types.has(name) ? types.get(name) === "number" ? "number" : "text" : "infer";
  const features = new Set(model.features);
  return [
    ...idColumns.map((name) => ({ name, ...features.has(name) && { kind: kindOf(name) }, id: true })),
    ...model.features.filter((name) => !idColumns.includes(name)).map((name) => ({ name, kind: kindOf(name), id: false }))
  ];
}

// build/shared/commands/predict/model.js
import { statSync } from "node:fs";
import { join } from "node:path";
function parseModelSource(value) {
  if (value.startsWith("models:/"))
    return { kind: "registry", reference: parseModelUri(value, "model"), uri: value };
  return { kind: "dir", dir: value };
}
async function openModel(source, registry, log) {
  if (source.kind === "dir") {
    const { model, inputs } = await loadWithInputs(source.dir);
    return { model, ...inputs && { inputs }, name: source.dir, dispose() {
    } };
  }
  const work = createTemporaryDir("mlops-predict-");
  try {
    const dir = join(work, "model");
    const record = await registry.open(log).fetch(source.reference, dir);
    log.info(`Model: ${modelUri(record.name, record.version)}${"alias" in source.reference ? ` (${source.reference.alias})` : ""}, sha256 ${record.digest} verified.`);
    const { model, inputs } = await loadWithInputs(dir);
    return { model, ...inputs && { inputs }, name: source.uri, version: record.version, digest: record.digest, dispose: () => removeTemporary(work) };
  } catch (error) {
    removeTemporary(work);
    throw error;
  }
}
async function loadWithInputs(dir) {
  if (!isDirectory(dir))
    throw new UserError(`Input 'model': '${dir}' is not a model directory (it does not exist or is a file); give a directory written by train, or models:/<name>@<alias> with 'registry'.`);
  const model = await loadModelDir(dir, "model");
  const inputs = readManifest(dir, "model")?.inputs;
  return { model, ...inputs && { inputs } };
}
function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

// build/shared/commands/predict/report.js
function predictReport(result, options) {
  return {
    rows: result.rows,
    model: result.model,
    data: { files: result.files },
    output: { path: options.output, format: options.format, columns: result.columns },
    idColumns: options.idColumns,
    batchRows: options.batchRows,
    batches: result.batches,
    seconds: round(result.seconds),
    rowsPerSecond: result.seconds > 0 ? Math.round(result.rows / result.seconds) : null
  };
}
function predictSummary(result, options) {
  const { model } = result;
  const rate = result.seconds > 0 ? `, ${formatCount(Math.round(result.rows / result.seconds))} rows/s` : "";
  const rows = [
    ["model", md(`${mdCode(model.name)} (${model.flavor} ${model.task})`)],
    ...model.digest ? [["sha256", md(mdCode(model.digest))]] : [],
    ["data", md(result.files.map((file) => mdCode(file.path)).join(", "))],
    ["rows", `${formatCount(result.rows)} in ${round(result.seconds)} s${rate}`],
    ["output", md(`${mdCode(options.output)} (${options.format === "csv" ? "CSV" : "JSON Lines"}): ${result.columns.map((name) => mdCode(name)).join(", ")}`)]
  ];
  return `## Batch prediction

${table(["", ""], rows)}
`;
}
function round(seconds) {
  return Math.round(seconds * 1e3) / 1e3;
}

// build/shared/commands/predict/index.js
var predictCommand = {
  action: "predict",
  cli: "predict",
  title: "mlops predict",
  description: "Batch prediction: stream data of any size through a model directory or a registered version into a CSV, JSON Lines or Parquet file of predictions (and class probabilities), id columns passed through, memory bounded by one batch.",
  permissions: [REGISTRY_READ],
  inputs: {
    model: {
      description: "The model: a model directory (written by `train`, or any flavor with a `manifest.yaml`), or a registered version, `models:/<name>@<alias>` or `models:/<name>/<version>`, fetched from `registry` with its sha256 verified.",
      required: true
    },
    registry: REGISTRY_INPUTS.registry,
    cache: REGISTRY_INPUTS.cache,
    "github-token": { description: "Token for the github registry (`contents: read`).", actionDefault: "${{ github.token }}" },
    data: { description: "Rows to predict: path or glob (.csv, .tsv, .jsonl, .json, .parquet, optionally .gz). Every file must hold the model's input columns and `id-columns`; other columns are skipped.", required: true },
    output: {
      description: "The predictions file; its extension names the format: `.csv`, `.jsonl` (JSON Lines) or `.parquet` (Snappy, one row group per batch; numbers as DOUBLE, integer class labels as INT32, text as UTF-8). Columns: `id-columns`, `prediction`, and for classifiers `proba_<class>` per class. Written beside its path and renamed into place when every row is done.",
      default: "predictions.csv"
    },
    "id-columns": { description: "Columns copied from each input row to its prediction, comma-separated or a YAML list, such as a customer id to join on. Copied as text (strings in JSON Lines), so `007` stays `007`." },
    "batch-rows": { description: "Rows read and predicted at a time: memory holds one batch.", default: String(DEFAULT_BATCH_ROWS) },
    report: { description: "Path of the JSON report.", default: "predict.json" },
    config: { description: "YAML file whose keys are input names; inputs given directly win." }
  },
  outputs: {
    rows: { type: "number", description: "Rows predicted (and written)." },
    output: { description: "Path of the predictions file." },
    version: { description: "The registered version predicted with; empty for a model directory." },
    report: { description: "Path of the JSON report." }
  },
  parse(inputs, host) {
    const model = parseModelSource(inputs.required("model"));
    const data = inputs.list("data");
    if (data.length === 0)
      throw new UserError("Input 'data' is required: the rows to predict.");
    const output = inputs.string("output") ?? "predictions.csv";
    const configPath = inputs.string("config");
    return {
      model,
      registry: openRegistryFromInputs(inputs, host),
      data,
      output,
      format: outputFormat(output),
      idColumns: uniqueColumns(inputs.list("id-columns")),
      batchRows: inputs.number("batch-rows", DEFAULT_BATCH_ROWS, { min: 1, max: 1e7, integer: true }),
      report: inputs.string("report") ?? "predict.json",
      ...configPath && { configPath }
    };
  },
  async run(options, log) {
    await checkOutputs(options);
    const files = await resolveDataFiles(options.data, "data");
    const opened = await openModel(options.model, options.registry, log);
    const started = performance.now();
    let result;
    try {
      const { model } = opened;
      log.info(`Predicting with ${opened.name} (${model.flavor} ${model.task}) in batches of ${options.batchRows.toLocaleString("en-US")} rows.`);
      const predicted = await predictFile({
        model,
        ...opened.inputs && { inputs: opened.inputs },
        files,
        idColumns: options.idColumns,
        batchRows: options.batchRows,
        format: options.format,
        openOutput: () => openOutputStream("output", options.output),
        progress: log.progress("Predicting")
      });
      const seconds = (performance.now() - started) / 1e3;
      result = { ...predicted, seconds, model: { name: opened.name, flavor: model.flavor, task: model.task, ...opened.version !== void 0 && { version: opened.version, digest: opened.digest } } };
    } finally {
      opened.dispose();
    }
    log.info(`Wrote ${result.rows.toLocaleString("en-US")} predictions to ${options.output} in ${result.seconds.toFixed(1)} s.`);
    return {
      result,
      outputs: { rows: String(result.rows), output: options.output, version: result.model.version === void 0 ? "" : String(result.model.version), report: options.report },
      report: predictReport(result, options),
      reportPath: options.report,
      summary: predictSummary(result, options),
      annotations: []
    };
  }
};
function uniqueColumns(names) {
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  if (repeated !== void 0)
    throw new UserError(`Input 'id-columns': column '${repeated}' is listed twice.`);
  return names;
}
async function checkOutputs(options) {
  const model = splitByKind(namedPaths({ model: options.model.kind === "dir" ? options.model.dir : void 0 }));
  const files = [...await dataFilePaths("data", options.data), ...namedPaths({ config: options.configPath }), ...model.files];
  const dirs = [...model.dirs, ...namedPaths({ registry: options.registry.localDir })];
  checkOutputPaths(namedPaths({ output: options.output, report: options.report }), { files, dirs });
}

export {
  predictCommand
};
