import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  MetricThreshold,
  cellText,
  column,
  evaluateGate,
  loadTable,
  takeRows
} from "./chunk-XQ2B476S.js";
import {
  applicableMetrics,
  confusionMatrix,
  evaluateRows,
  prepareClassification,
  prepareRegression,
  selectMetrics,
  sortLabels,
  sumsToOne
} from "./chunk-OAZCABEM.js";
import {
  UserError
} from "./chunk-PJKC4ZE5.js";

// build/shared/evaluate/task.js
var MAX_AUTO_CLASSES = 20;
function inferTask(...columns) {
  if (columns.some((column2) => column2.kind === "string"))
    return "classification";
  const distinct = /* @__PURE__ */ new Set();
  for (const column2 of columns) {
    for (const value of column2.values) {
      if (Number.isNaN(value))
        continue;
      if (!Number.isInteger(value))
        return "regression";
      distinct.add(value);
      if (distinct.size > MAX_AUTO_CLASSES)
        return "regression";
    }
  }
  return "classification";
}

// build/shared/evaluate/predictions.js
var PROBABILITY_PREFIX = "proba_";
var TASK_CHOICES = ["auto", "classification", "regression"];
async function readPredictions(path, inputName, task) {
  const table = await loadTable(path, { input: inputName });
  return { ...predictionsInput(table, `'${inputName}' ('${path}')`, task), table, source: path };
}
function predictionsInput(table, where, task) {
  const truth = named(table, "y_true");
  if (!truth)
    throw new UserError(`Input ${where}: no 'y_true' column; a predictions file has y_true, y_pred and optionally proba_<class> columns.`);
  const predicted = named(table, "y_pred");
  const probabilities2 = table.columns.filter((c) => c.name.startsWith(PROBABILITY_PREFIX));
  const weight = named(table, "sample_weight");
  const resolved = task !== "auto" ? task : probabilities2.length > 0 ? "classification" : inferTask(truth, ...predicted ? [predicted] : []);
  const lineOf = (row) => `line ${table.lines[row]}`;
  if (resolved === "regression") {
    if (!predicted)
      throw new UserError(`Input ${where}: regression predictions need a 'y_pred' column.`);
    const input2 = prepareRegression({ yTrue: numbers(truth, where, lineOf), yPred: numbers(predicted, where, lineOf), ...weight && { sampleWeight: numbers(weight, where, lineOf) } });
    return { input: input2 };
  }
  const yTrue = labels(truth, where, lineOf);
  const yPred = predicted && labels(predicted, where, lineOf);
  const scores = probabilities2.length > 0 ? probabilityColumns(probabilities2, truth.kind, yTrue, yPred, where, lineOf) : void 0;
  if (!yPred && !scores)
    throw new UserError(`Input ${where}: classification predictions need a 'y_pred' column or proba_<class> columns.`);
  const input = prepareClassification({
    yTrue,
    yPred: yPred ?? argmax(scores),
    ...scores && { scores },
    ...weight && { sampleWeight: numbers(weight, where, lineOf) }
  });
  const unnormalised = probabilities2.length > 1 && scores ? unnormalisedRows(scores.columns, where, lineOf) : void 0;
  return { input, ...unnormalised && { unnormalised } };
}
function named(table, name) {
  return table.columns.find((c) => c.name === name);
}
function numbers(column2, where, lineOf) {
  if (column2.kind !== "number") {
    const row = firstText(column2.values);
    throw new UserError(`Input ${where}: column '${column2.name}' must hold numbers; it holds the text ${JSON.stringify(column2.values[row])} on ${lineOf(row)}.`);
  }
  for (let row = 0; row < column2.values.length; row++) {
    const value = column2.values[row];
    if (Number.isNaN(value))
      throw new UserError(`Input ${where}: column '${column2.name}' is missing a value on ${lineOf(row)}.`);
    if (!Number.isFinite(value))
      throw notFinite(column2.name, value, where, lineOf(row));
  }
  return column2.values;
}
function firstText(values) {
  const row = values.findIndex((value) => value !== null && !Number.isFinite(Number(value)));
  return row >= 0 ? row : values.findIndex((value) => value !== null);
}
function notFinite(name, value, where, place) {
  return new UserError(`Input ${where}: column '${name}' holds ${value} on ${place}; numbers must be finite (inf, Infinity and literals that overflow, such as 1e400, are not valid numbers).`);
}
function labels(column2, where, lineOf) {
  const out = new Array(column2.values.length);
  for (let row = 0; row < out.length; row++) {
    const value = column2.values[row];
    if (value === null || value === void 0 || typeof value === "number" && Number.isNaN(value))
      throw new UserError(`Input ${where}: column '${column2.name}' is missing a value on ${lineOf(row)}.`);
    if (typeof value === "number" && !Number.isFinite(value))
      throw notFinite(column2.name, value, where, lineOf(row));
    out[row] = value;
  }
  return out;
}
function probabilityColumns(columns, labelKind, yTrue, yPred, where, lineOf) {
  const labelsOf = columns.map((c) => {
    const suffix = c.name.slice(PROBABILITY_PREFIX.length);
    const label = labelKind === "number" ? Number(suffix) : suffix;
    if (labelKind === "number" && (suffix === "" || Number.isNaN(label)))
      throw new UserError(`Input ${where}: column '${c.name}' does not name a class; y_true holds numbers, so it should be like proba_1.`);
    return label;
  });
  const values = columns.map((c) => probabilities(c, where, lineOf));
  if (columns.length > 1)
    return { labels: labelsOf, columns: values };
  const classes = sortLabels(/* @__PURE__ */ new Set([...yTrue, ...yPred ?? [], labelsOf[0]]));
  if (classes.length !== 2)
    throw new UserError(`Input ${where}: one probability column (${columns[0].name}) is enough only for two classes; the data has ${classes.length}. Add a proba_<class> column per class.`);
  const other = classes.find((label) => label !== labelsOf[0]);
  return { labels: [other, labelsOf[0]], columns: [values[0].map((p) => 1 - p), values[0]] };
}
function probabilities(column2, where, lineOf) {
  const values = numbers(column2, where, lineOf);
  const row = values.findIndex((p) => p < 0 || p > 1);
  if (row >= 0)
    throw new UserError(`Input ${where}: column '${column2.name}' holds ${values[row]} on ${lineOf(row)}; a probability lies between 0 and 1.`);
  return values;
}
function unnormalisedRows(columns, where, lineOf) {
  let found;
  for (let row = 0; row < columns[0].length; row++) {
    let sum = 0;
    for (const column2 of columns)
      sum += column2[row];
    if (sumsToOne(sum))
      continue;
    if (found)
      found.rows++;
    else
      found = { where, rows: 1, first: lineOf(row), sum };
  }
  return found;
}
function unnormalisedWarning(problem, classes) {
  const rows = problem.rows === 1 ? "1 row" : `${problem.rows.toLocaleString("en-US")} rows`;
  const ovr = classes > 2 ? ", and roc_auc_ovr, which needs them to, is left out" : "";
  return `Input ${problem.where}: the proba_ columns of ${rows} do not sum to 1 (the first, on ${problem.first}, sums to ${Number(problem.sum.toPrecision(6))}); log_loss divides each row by its sum, as scikit-learn does${ovr}.`;
}
function unnormalisedError(problem) {
  return new UserError(`Input ${problem.where}: roc_auc_ovr, named in 'thresholds', needs proba_ columns that sum to 1 in each row, and ${problem.rows.toLocaleString("en-US")} rows do not (the first, on ${problem.first}, sums to ${Number(problem.sum.toPrecision(6))}). Normalise the rows or leave roc_auc_ovr out of 'thresholds'.`);
}
function argmax(scores) {
  const order = sortLabels(scores.labels).map((label) => scores.labels.indexOf(label));
  const rows = scores.columns[0].length;
  const out = new Array(rows);
  for (let row = 0; row < rows; row++) {
    let best = order[0];
    for (const j of order)
      if (scores.columns[j][row] > scores.columns[best][row])
        best = j;
    out[row] = scores.labels[best];
  }
  return out;
}

// build/shared/evaluate/baseline.js
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
var MODEL_FILE = "model.json";
var METRICS_FILE = "metrics.json";
function baselineSource(value) {
  if (value === "champion" || value.startsWith("models:/"))
    return { kind: "registry", uri: value };
  let isDirectory;
  try {
    isDirectory = statSync(value).isDirectory();
  } catch {
    throw new UserError(`Input 'baseline': '${value}' does not exist; give a model directory, a predictions file, a metrics JSON file, or 'champion'.`);
  }
  if (isDirectory) {
    if (existsSync(join(value, MODEL_FILE)))
      return { kind: "model-dir", path: value };
    if (existsSync(join(value, METRICS_FILE)))
      return { kind: "metrics", path: join(value, METRICS_FILE) };
    throw new UserError(`Input 'baseline': directory '${value}' holds neither ${MODEL_FILE} nor ${METRICS_FILE}.`);
  }
  return /\.json$/i.test(value) ? { kind: "metrics", path: value } : { kind: "predictions", path: value };
}
function readMetricsFile(path, input = "baseline") {
  let parsed;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    const reason = error instanceof SyntaxError ? `is not valid JSON (${error.message})` : "cannot be read";
    throw new UserError(`Input '${input}': '${path}' ${reason}.`);
  }
  const object = isRecord(parsed) && isRecord(parsed.metrics) ? parsed.metrics : parsed;
  if (!isRecord(object))
    throw new UserError(`Input '${input}': '${path}' must be a JSON object of metric names to numbers.`);
  const values = {};
  for (const [name, value] of Object.entries(object)) {
    if (typeof value === "number")
      values[name] = value;
    else if (value !== null && typeof value !== "object")
      throw new UserError(`Input '${input}': '${path}' key '${name}' must be a number, not ${JSON.stringify(value)}.`);
  }
  if (Object.keys(values).length === 0)
    throw new UserError(`Input '${input}': '${path}' holds no metric values.`);
  return values;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// build/shared/evaluate/slices.js
var MAX_SLICE_VALUES = 200;
function sliceMetrics(table, columns, metrics, candidate, baseline) {
  const candidateMetrics = selectMetrics(candidate, metrics);
  const baselineMetrics = baseline && selectMetrics(baseline, metrics);
  const slices = [];
  const summaries = [];
  for (const name of columns) {
    const groups = rowsByValue(table, column(table, name, "slices"));
    const kept = [...groups].sort((a, b) => b[1].length - a[1].length).slice(0, MAX_SLICE_VALUES);
    summaries.push({ column: name, values: groups.size, omitted: groups.size - kept.length });
    for (const [value, list] of kept) {
      const rows = Int32Array.from(list);
      slices.push({
        column: name,
        value,
        rows: rows.length,
        candidate: evaluateRows(candidate, rows, candidateMetrics),
        ...baseline && baselineMetrics && { baseline: evaluateRows(baseline, rows, baselineMetrics) }
      });
    }
  }
  return { slices, columns: summaries };
}
function rowsByValue(table, col) {
  const groups = /* @__PURE__ */ new Map();
  for (let row = 0; row < table.rows; row++) {
    const value = cellText(col, row) ?? "(missing)";
    let list = groups.get(value);
    if (!list)
      groups.set(value, list = []);
    list.push(row);
  }
  if (groups.size === 0)
    throw new UserError(`Input 'slices': column '${col.name}' has no values.`);
  return groups;
}

// build/shared/evaluate/evaluate.js
function defaultThresholds(task) {
  const metric = task === "classification" ? "accuracy" : "rmse";
  return [new MetricThreshold(metric, { notWorse: { margin: 0 } })];
}
async function evaluateCandidate(options, scoreModel) {
  const candidate = await loadCandidate(options, scoreModel);
  const baseline = options.baseline ? await loadBaseline(options.baseline, candidate, scoreModel, options.fetchRegistryBaseline) : void 0;
  const task = candidate.input.task;
  const thresholds = options.thresholds.length > 0 ? options.thresholds : defaultThresholds(task);
  const unnormalised = [candidate.unnormalised, baseline?.unnormalised].filter((problem) => problem !== void 0);
  if (unnormalised.length > 0 && thresholds.some((t) => t.metric === "roc_auc_ovr"))
    throw unnormalisedError(unnormalised[0]);
  const report = applicableMetrics(candidate.input).map((metric) => metric.name).filter((name) => unnormalised.length === 0 || name !== "roc_auc_ovr");
  const gate = await evaluateGate(thresholds, candidate.input, baseline?.baseline, { ...options.bootstrap, report, threads: options.threads, onThreads: options.onThreads });
  const baselineRows = baseline && "task" in baseline.baseline ? baseline.baseline : void 0;
  const sliceNames = thresholds.map((t) => t.metric).filter((name) => name in gate.candidateValues && (!baselineRows || name in (gate.baselineValues ?? {})));
  const { slices, columns } = options.slices.length > 0 ? sliceMetrics(candidate.table, options.slices, sliceNames, candidate.input, baselineRows) : { slices: [], columns: [] };
  return {
    task,
    rows: candidate.table.rows,
    candidateName: candidate.name,
    ...baseline && { baselineName: baseline.name },
    gate,
    thresholds,
    ...confusionOf(candidate.input, baselineRows),
    slices,
    sliceColumns: columns,
    ...candidate.latency && { latency: candidate.latency },
    ...candidate.sizeBytes !== void 0 && { modelSizeBytes: candidate.sizeBytes },
    warnings: unnormalised.map((problem) => unnormalisedWarning(problem, candidate.input.task === "classification" ? candidate.input.classes.length : 0))
  };
}
async function loadCandidate(options, scoreModel) {
  if (options.modelDir && options.predictions)
    throw new UserError("Inputs 'model-dir' and 'predictions' exclude each other: give the candidate one way.");
  if (options.predictions) {
    const { input, table: table2, unnormalised } = await readPredictions(options.predictions, "predictions", options.task);
    return { input, table: table2, name: options.predictions, ...unnormalised && { unnormalised } };
  }
  if (!options.modelDir)
    throw new UserError("Give the candidate as 'model-dir' (with 'data') or as 'predictions'.");
  if (!options.data || options.data.length === 0)
    throw new UserError("Input 'data' is required with 'model-dir': the model is scored on it.");
  const table = await loadTable(options.data, { input: "data" });
  const scored = await scoreModel(options.modelDir, table, options.target, "model-dir");
  return { ...scored, table, name: options.modelDir };
}
async function loadBaseline(value, candidate, scoreModel, fetchRegistryBaseline) {
  const source = baselineSource(value);
  switch (source.kind) {
    case "registry": {
      if (!fetchRegistryBaseline)
        throw new UserError(`Input 'baseline': '${value}' resolves through the model registry; give the model's 'name' too.`);
      if (!candidate.target)
        throw new UserError(`Input 'baseline': a registered model as baseline needs the candidate given as 'model-dir' with 'data', to score both on the same rows.`);
      const fetched = await fetchRegistryBaseline(value);
      if (!fetched)
        return void 0;
      const scored = await scoreModel(fetched.dir, candidate.table, candidate.target, "baseline");
      return { baseline: scored.input, name: fetched.name };
    }
    case "metrics":
      return { baseline: { values: readMetricsFile(source.path) }, name: value };
    case "predictions": {
      const task = candidate.input.task;
      const { input, unnormalised } = await readPredictions(source.path, "baseline", task);
      return { baseline: input, name: value, ...unnormalised && { unnormalised } };
    }
    case "model-dir": {
      if (!candidate.target)
        throw new UserError("Input 'baseline': a model directory as baseline needs the candidate given as 'model-dir' with 'data', to score both on the same rows.");
      const scored = await scoreModel(source.path, candidate.table, candidate.target, "baseline");
      return { baseline: scored.input, name: value };
    }
  }
}
function confusionOf(candidate, baseline) {
  if (candidate.task !== "classification" || !candidate.yPred)
    return {};
  const base = baseline?.task === "classification" && baseline.yPred ? confusionMatrix(baseline) : void 0;
  return { confusion: { candidate: confusionMatrix(candidate), ...base && { baseline: base } } };
}

// build/shared/evaluate/model-scorer.js
import { readdirSync, statSync as statSync2 } from "node:fs";
import { join as join2 } from "node:path";
var LATENCY_SAMPLES = 100;
async function scoreModelDir(modelDir, table, target, input) {
  const { loadModel } = await import("./model-GCPPCTJV.js");
  const model = await loadModel(modelDir, input);
  const targetName = target ?? model.target;
  const metricInput = predictionInput(model, table, targetName, target ? "target" : input);
  return { input: metricInput, target: targetName, latency: measureLatency(model, table), sizeBytes: directorySize(modelDir) };
}
function predictionInput(model, table, targetName, input) {
  const truth = column(table, targetName, input);
  const prediction = model.predict(table);
  const where = `'data'`;
  const lineOf = (row) => `line ${table.lines[row]} of ${table.files[table.fileOfRow[row]]?.path ?? "the data"}`;
  return prediction.task === "classification" ? prepareClassification({ yTrue: labels(truth, where, lineOf), yPred: prediction.labels, scores: { labels: prediction.classes, columns: prediction.probabilities } }) : prepareRegression({ yTrue: numbers(truth, where, lineOf), yPred: prediction.values });
}
function measureLatency(model, table) {
  const samples = Math.min(LATENCY_SAMPLES, table.rows);
  const rows = Array.from({ length: samples }, (_, i) => takeRows(table, [Math.floor(i * table.rows / samples)]));
  model.predict(rows[0]);
  const times = rows.map((one) => {
    const start = process.hrtime.bigint();
    model.predict(one);
    return Number(process.hrtime.bigint() - start) / 1e6;
  });
  times.sort((a, b) => a - b);
  return { p50Ms: quantile(times, 0.5), p95Ms: quantile(times, 0.95), rows: samples };
}
function quantile(sorted, q) {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}
function directorySize(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join2(dir, entry.name);
    total += entry.isDirectory() ? directorySize(path) : statSync2(path).size;
  }
  return total;
}

export {
  readMetricsFile,
  inferTask,
  TASK_CHOICES,
  evaluateCandidate,
  scoreModelDir,
  predictionInput
};
