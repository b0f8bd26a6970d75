import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  bootstrapSettings,
  pairInputs,
  pairedBootstrapParallel
} from "./chunk-GHFWL6K4.js";
import {
  holdsModel,
  loadModelDir,
  modelDirFile,
  readManifest,
  readModelMetadata
} from "./chunk-4AVFVFBS.js";
import {
  MODEL_DIR_FILES,
  cellText,
  column,
  loadTable,
  takeRows
} from "./chunk-2QCVULS4.js";
import {
  METRICS_BY_NAME,
  applicableMetrics,
  confusionMatrix,
  evaluateMetrics,
  evaluateRows,
  prepareClassification,
  prepareRegression,
  selectMetrics,
  sortLabels,
  sumsToOne
} from "./chunk-NDVGTYSL.js";
import {
  parseYamlDocument,
  require_dist
} from "./chunk-25AFY3WQ.js";
import {
  readTextFile
} from "./chunk-EQIPIXBN.js";
import {
  UserError,
  isUserError
} from "./chunk-PJKC4ZE5.js";
import {
  __toESM
} from "./chunk-UFMD3KOA.js";

// build/shared/gate/thresholds.js
var import_yaml = __toESM(require_dist(), 1);
var FIELDS = {
  threshold: "threshold",
  minAbsoluteChange: "min-absolute-change",
  minRelativeChange: "min-relative-change",
  greaterIsBetter: "greater-is-better",
  notWorse: "not-worse"
};
var CRITERIA = `${FIELDS.threshold}, ${FIELDS.minAbsoluteChange}, ${FIELDS.minRelativeChange} or ${FIELDS.notWorse}`;
var MetricThreshold = class {
  metric;
  /** The candidate's value must be at least this (at most, when lower is better). */
  threshold;
  /** The candidate must beat the baseline by at least this much. */
  minAbsoluteChange;
  /** The candidate must beat the baseline by at least this share of |baseline|. */
  minRelativeChange;
  greaterIsBetter;
  /** Fail only when the delta's confidence interval lies wholly beyond -margin (a regression larger than the margin). */
  notWorse;
  constructor(metric, fields) {
    this.metric = metric;
    const field = (name) => `thresholds.${metric}.${FIELDS[name]}`;
    if (fields.threshold !== void 0)
      this.threshold = finite(field("threshold"), fields.threshold);
    if (fields.minAbsoluteChange !== void 0) {
      const value = finite(field("minAbsoluteChange"), fields.minAbsoluteChange);
      if (!(value >= 0))
        throw new UserError(`${field("minAbsoluteChange")}: must be 0 or more; got ${value}`);
      this.minAbsoluteChange = value;
    }
    if (fields.minRelativeChange !== void 0) {
      const value = finite(field("minRelativeChange"), fields.minRelativeChange);
      if (value < 0 || value > 1)
        throw new UserError(`${field("minRelativeChange")}: must be between 0 and 1; got ${value}`);
      this.minRelativeChange = value;
    }
    this.greaterIsBetter = direction(metric, field("greaterIsBetter"), fields.greaterIsBetter);
    if (fields.notWorse !== void 0)
      this.notWorse = { margin: margin(`${field("notWorse")}`, fields.notWorse) };
    if ([this.threshold, this.minAbsoluteChange, this.minRelativeChange, this.notWorse].every((value) => value === void 0)) {
      throw new UserError(`thresholds.${metric}: set at least one of ${CRITERIA}`);
    }
    Object.freeze(this);
  }
  /** The criteria set that compare with a baseline, in the order they are judged. */
  get changeCriteria() {
    const set = { "min-absolute-change": this.minAbsoluteChange, "min-relative-change": this.minRelativeChange, "not-worse": this.notWorse };
    return Object.keys(set).filter((name) => set[name] !== void 0);
  }
};
function parseThresholds(source) {
  const value = typeof source === "string" ? parseThresholdYaml(source) : source;
  if (!isRecord(value))
    throw new UserError(`thresholds: must be a mapping from metric names to their criteria; got ${describe(value)}`);
  const entries = Object.entries(value);
  if (entries.length === 0)
    throw new UserError("thresholds: name at least one metric");
  return entries.map(([metric, criteria]) => new MetricThreshold(metric, toFields(metric, criteria)));
}
function parseThresholdYaml(text) {
  const { value, document } = parseYamlDocument(text, "thresholds");
  if ((0, import_yaml.isMap)(document.contents)) {
    for (const pair of document.contents.items) {
      const key = pair.key?.value;
      if (typeof key !== "string")
        throw new UserError(`thresholds: metric names must be strings; got ${describe(key)}`);
    }
  }
  return value;
}
function toFields(metric, criteria) {
  if (!isRecord(criteria))
    throw new UserError(`thresholds.${metric}: must be a mapping of criteria (${CRITERIA}); got ${describe(criteria)}`);
  const known = new Map(Object.entries(FIELDS).map(([key, name]) => [name, key]));
  const fields = {};
  for (const [name, value] of Object.entries(criteria)) {
    const key = known.get(name);
    if (!key)
      throw new UserError(`thresholds.${metric}.${name}: unknown field; the fields are ${[...known.keys()].join(", ")}`);
    fields[key] = value;
  }
  return fields;
}
function finite(path, value) {
  if (typeof value !== "number" || !Number.isFinite(value))
    throw new UserError(`${path}: must be a number; got ${describe(value)}`);
  return value;
}
function direction(metric, path, value) {
  const registered = METRICS_BY_NAME.get(metric)?.greaterIsBetter;
  if (value === void 0) {
    if (registered === void 0)
      throw new UserError(`${path}: required for ${metric}, which is not a built-in metric (true when greater values are better)`);
    return registered;
  }
  if (typeof value !== "boolean")
    throw new UserError(`${path}: must be true or false; got ${describe(value)}`);
  if (registered !== void 0 && value !== registered) {
    throw new UserError(`${path}: ${metric} is ${registered ? "greater" : "lower"}-is-better; leave ${FIELDS.greaterIsBetter} out for built-in metrics`);
  }
  return value;
}
function margin(path, value) {
  if (!isRecord(value))
    throw new UserError(`${path}: must be a mapping such as {margin: 0.01}; got ${describe(value)}`);
  const unknown = Object.keys(value).find((key) => key !== "margin");
  if (unknown !== void 0)
    throw new UserError(`${path}.${unknown}: unknown field; the only field is margin`);
  if (value.margin === void 0)
    return 0;
  const number = finite(`${path}.margin`, value.margin);
  if (number < 0)
    throw new UserError(`${path}.margin: must be 0 or more; got ${number}`);
  return number;
}
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function describe(value) {
  if (value === null || value === void 0)
    return "nothing";
  if (Array.isArray(value))
    return "a list";
  if (typeof value === "object")
    return "a mapping";
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

// build/shared/gate/criteria.js
function judge(thresholds, evidence) {
  return thresholds.map((threshold) => judgeMetric(threshold, evidence));
}
function judgeMetric(threshold, { candidate, baseline, intervals, unavailable }) {
  const { metric } = threshold;
  const value = candidate[metric];
  const base = baseline?.[metric];
  const interval = intervals?.[metric];
  const facts = { metric, ...value !== void 0 && { candidate: value }, ...base !== void 0 && { baseline: base }, ...interval && { interval } };
  if (value === void 0) {
    const why = unavailable?.[metric];
    return verdictOf(facts, [{ criterion: "missing", outcome: "fail", reason: `${metric} is missing from the candidate's metrics${why ? ` (${why})` : ""}` }]);
  }
  const results = [];
  if (threshold.threshold !== void 0)
    results.push(valueThreshold(threshold, value));
  if (threshold.changeCriteria.length > 0)
    results.push(...changeCriteria(threshold, value, baseline, interval));
  return verdictOf(facts, results);
}
function verdictOf(facts, criteria) {
  const verdict = criteria.some((c) => c.outcome === "fail") ? "fail" : criteria.some((c) => c.outcome === "inconclusive") ? "inconclusive" : "pass";
  const deciding = verdict === "pass" ? criteria : criteria.filter((c) => c.outcome === verdict);
  return { ...facts, verdict, reason: deciding.map((c) => c.reason).join("; "), criteria };
}
function valueThreshold({ metric, threshold, greaterIsBetter }, value) {
  const limit = threshold;
  const ok = greaterIsBetter ? value >= limit : value <= limit;
  const relation = ok ? greaterIsBetter ? ">=" : "<=" : greaterIsBetter ? "is below" : "is above";
  return { criterion: "threshold", outcome: ok ? "pass" : "fail", reason: `${metric} = ${show(value)} ${relation} the threshold ${show(limit)}` };
}
function changeCriteria(threshold, value, baseline, interval) {
  const results = [];
  const named2 = threshold.changeCriteria;
  if (!baseline)
    return named2.map((criterion) => ({ criterion, outcome: "skipped", reason: `no baseline to compare ${threshold.metric} with (first run): ${criterion} skipped` }));
  const base = baseline[threshold.metric];
  if (base === void 0)
    return named2.map((criterion) => ({ criterion, outcome: "fail", reason: `${threshold.metric} is missing from the baseline's metrics` }));
  if (threshold.minAbsoluteChange !== void 0)
    results.push(absoluteChange(threshold, value, base));
  if (threshold.minRelativeChange !== void 0)
    results.push(relativeChange(threshold, value, base));
  if (threshold.notWorse !== void 0)
    results.push(notWorse(threshold, interval));
  return results;
}
function absoluteChange({ metric, minAbsoluteChange, greaterIsBetter }, value, base) {
  const needed = greaterIsBetter ? base + minAbsoluteChange : base - minAbsoluteChange;
  const ok = greaterIsBetter ? value >= needed : value <= needed;
  const reason = `${metric} = ${show(value)} against the baseline's ${show(base)}: ${ok ? "meets" : "misses"} the required change of ${show(minAbsoluteChange)} (${greaterIsBetter ? ">=" : "<="} ${show(needed)})`;
  return { criterion: "min-absolute-change", outcome: ok ? "pass" : "fail", reason };
}
function relativeChange({ metric, minRelativeChange, greaterIsBetter }, value, base) {
  const criterion = "min-relative-change";
  if (base === 0) {
    const needed = greaterIsBetter ? base + 1e-10 : base - 1e-10;
    const ok2 = greaterIsBetter ? value >= needed : value <= needed;
    return { criterion, outcome: ok2 ? "pass" : "fail", reason: `the baseline's ${metric} is 0, so ${metric} = ${show(value)} must simply be ${greaterIsBetter ? "above" : "below"} it` };
  }
  const change = (greaterIsBetter ? value - base : base - value) / Math.abs(base);
  const ok = change >= minRelativeChange;
  const reason = `${metric} = ${show(value)} ${change >= 0 ? "improves on" : "falls behind"} the baseline's ${show(base)} by ${percent(Math.abs(change))}; the minimum is ${percent(minRelativeChange)}`;
  return { criterion, outcome: ok ? "pass" : "fail", reason };
}
function notWorse({ metric, notWorse: notWorse2, greaterIsBetter }, interval) {
  const criterion = "not-worse";
  if (!interval)
    return { criterion, outcome: "inconclusive", reason: `no bootstrap interval for the change in ${metric}` };
  const [low, high] = interval.ci;
  if (Number.isNaN(low) || Number.isNaN(high)) {
    return { criterion, outcome: "inconclusive", reason: `no confidence interval for the change in ${metric}: it is undefined on every resample` };
  }
  const margin2 = notWorse2.margin;
  const limit = greaterIsBetter ? -margin2 : margin2;
  const span = `the ${show(interval.confidence * 100)}% interval of the change in ${metric}, [${show(low)}, ${show(high)}],`;
  const [worse, better] = greaterIsBetter ? [high < limit, low >= limit] : [low > limit, high <= limit];
  if (worse)
    return { criterion, outcome: "fail", reason: `${span} lies wholly ${greaterIsBetter ? "below" : "above"} ${show(limit)}: a regression larger than the margin` };
  if (better)
    return { criterion, outcome: "pass", reason: `${span} stays ${greaterIsBetter ? "at or above" : "at or below"} ${show(limit)}` };
  return { criterion, outcome: "inconclusive", reason: `${span} straddles ${show(limit)}: cannot tell whether it regressed by more than the margin` };
}
var show = (value) => Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
var percent = (share) => `${Number((share * 100).toPrecision(4))}%`;

// build/shared/gate/binomial.js
var LOG_2PI = Math.log(2 * Math.PI);
var STIRLING_ERRORS = [
  0.08106146679532726,
  0.0413406959554093,
  0.02767792568499834,
  0.020790672103765093,
  0.016644691189821193,
  0.013876128823070748,
  0.01189670994589177,
  0.010411265261972096,
  0.009255462182712733,
  0.00833056343336287,
  0.007573675487951841,
  0.00694284010720953,
  0.006408994188004207,
  0.0059513701127588475,
  0.005554733551962801
];
function stirlingError(k) {
  if (k <= 15)
    return STIRLING_ERRORS[k - 1];
  const k2 = k * k;
  return (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - 1 / (1188 * k2)) / k2) / k2) / k2) / k;
}
function deviance(x, m) {
  const v = (x - m) / (x + m);
  if (Math.abs(v) >= 0.5)
    return x * Math.log(x / m) + m - x;
  const v2 = v * v;
  let sum = (x - m) * v;
  let power = 2 * x * v;
  for (let j = 3; ; j += 2) {
    power *= v2;
    const next = sum + power / j;
    if (next === sum)
      return sum;
    sum = next;
  }
}
function logBinomialPmf(k, n, p) {
  if (k === 0)
    return n * Math.log1p(-p);
  if (k === n)
    return n * Math.log(p);
  const exponent = stirlingError(n) - stirlingError(k) - stirlingError(n - k) - deviance(k, n * p) - deviance(n - k, n * (1 - p));
  return exponent - 0.5 * (LOG_2PI + Math.log(k) + Math.log(n - k) - Math.log(n));
}
function logBinomialLowerTail(k, n, p) {
  if (k > n * p)
    throw new RangeError(`logBinomialLowerTail needs k <= n p; got k = ${k}, n p = ${n * p}`);
  const odds = (1 - p) / p;
  let term = 1;
  let sum = 1;
  for (let i = k; i > 0; i--) {
    term *= i / (n - i + 1) * odds;
    const next = sum + term;
    if (next === sum)
      break;
    sum = next;
  }
  return logBinomialPmf(k, n, p) + Math.log(sum);
}

// build/shared/gate/mcnemar.js
function mcnemarExact(b, c) {
  for (const [name, count] of [["b", b], ["c", c]]) {
    if (!Number.isSafeInteger(count) || count < 0)
      throw new RangeError(`McNemar count ${name} must be a non-negative integer; got ${count}`);
  }
  const n = b + c;
  const k = Math.min(b, c);
  const logPValue = 2 * k >= n ? 0 : Math.min(0, Math.LN2 + logBinomialLowerTail(k, n, 0.5));
  return { b, c, statistic: k, pValue: Math.exp(logPValue), logPValue };
}
function discordantPairs(candidate, baseline) {
  const candidatePred = candidate.yPred;
  const baselinePred = baseline.yPred;
  if (!candidatePred || !baselinePred)
    throw new RangeError("discordantPairs needs predicted labels from both models");
  let b = 0;
  let c = 0;
  for (let i = 0; i < candidate.yTrue.length; i++) {
    const candidateRight = candidatePred[i] === candidate.yTrue[i];
    const baselineRight = baselinePred[i] === baseline.yTrue[i];
    if (baselineRight && !candidateRight)
      b++;
    else if (candidateRight && !baselineRight)
      c++;
  }
  return { b, c };
}

// build/shared/gate/gate.js
async function evaluateGate(thresholds, candidate, baseline, options = {}) {
  const settings = bootstrapSettings(options);
  const rows = baseline && !("values" in baseline) ? baseline : void 0;
  const pair = rows && pairInputs(candidate, rows);
  const model = pair?.candidate ?? candidate;
  const thresholded = thresholds.map((threshold) => threshold.metric);
  const names = [.../* @__PURE__ */ new Set([...thresholded, ...options.report ?? []])];
  const unavailable = {};
  const onCandidate = computable(model, names, unavailable);
  const candidateValues = evaluateMetrics(model, selectMetrics(model, onCandidate));
  if (!pair) {
    const baselineValues2 = baseline && "values" in baseline ? baseline.values : void 0;
    const verdicts2 = judge(thresholds, { candidate: candidateValues, ...baselineValues2 && { baseline: baselineValues2 }, unavailable });
    return { passed: verdicts2.every((v) => v.verdict !== "fail"), verdicts: verdicts2, candidateValues, ...baselineValues2 && { baselineValues: baselineValues2 }, intervals: {} };
  }
  const onBoth = computable(pair.baseline, onCandidate, {});
  const baselineValues = evaluateMetrics(pair.baseline, selectMetrics(pair.baseline, onBoth));
  const intervals = byMetric(onBoth.length > 0 ? await pairedBootstrapParallel(pair.candidate, pair.baseline, onBoth, options) : []);
  const verdicts = judge(thresholds, { candidate: candidateValues, baseline: baselineValues, intervals, unavailable });
  const mcnemar = pairedLabels(pair.candidate, pair.baseline);
  return { passed: verdicts.every((v) => v.verdict !== "fail"), verdicts, ...mcnemar && { mcnemar }, bootstrap: settings, candidateValues, baselineValues, intervals };
}
function computable(input, names, reasons) {
  return names.filter((name) => {
    try {
      selectMetrics(input, [name]);
      return true;
    } catch (error) {
      if (!isUserError(error))
        throw error;
      reasons[name] = error.message;
      return false;
    }
  });
}
function pairedLabels(candidate, baseline) {
  if (candidate.task !== "classification" || baseline.task !== "classification" || !candidate.yPred || !baseline.yPred)
    return void 0;
  const { b, c } = discordantPairs(candidate, baseline);
  return mcnemarExact(b, c);
}
function byMetric(intervals) {
  return Object.fromEntries(intervals.map((interval) => [interval.metric, interval]));
}

// build/shared/evaluate/baseline.js
import { existsSync, statSync } from "node:fs";
function baselineFromPath(value) {
  let isDirectory;
  try {
    isDirectory = statSync(value).isDirectory();
  } catch {
    throw new UserError(`Input 'baseline': '${value}' does not exist; give a model directory, a predictions file, a metrics JSON file, or 'champion'.`);
  }
  if (isDirectory) {
    if (looksLikeModelDir(value))
      return { kind: "model-dir", dir: value, name: value };
    const metrics = modelDirFile(value, "metrics");
    if (existsSync(metrics))
      return { kind: "metrics", path: metrics, name: value };
    throw new UserError(`Input 'baseline': directory '${value}' holds neither a model (${MODEL_DIR_FILES.manifest}) nor ${MODEL_DIR_FILES.metrics}.`);
  }
  return /\.json$/i.test(value) ? { kind: "metrics", path: value, name: value } : { kind: "predictions", path: value, name: value };
}
function looksLikeModelDir(dir) {
  return holdsModel(dir) || existsSync(modelDirFile(dir, "onnx")) || existsSync(modelDirFile(dir, "metadata"));
}
function readMetricsFile(path, input = "baseline") {
  const text = readTextFile(input, path);
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UserError(`Input '${input}': '${path}' is not valid JSON (${error.message}).`);
  }
  const object = isRecord2(parsed) && isRecord2(parsed.metrics) ? parsed.metrics : parsed;
  if (!isRecord2(object))
    throw new UserError(`Input '${input}': '${path}' must be a JSON object of metric names to numbers.`);
  const values = {};
  for (const [name, value] of Object.entries(object)) {
    if (typeof value === "number" && !Number.isFinite(value))
      throw new UserError(`Input '${input}': '${path}' key '${name}' must be a finite number, not ${value}.`);
    if (typeof value === "number")
      values[name] = value;
    else if (value !== null && typeof value !== "object")
      throw new UserError(`Input '${input}': '${path}' key '${name}' must be a number, not ${JSON.stringify(value)}.`);
  }
  if (Object.keys(values).length === 0)
    throw new UserError(`Input '${input}': '${path}' holds no metric values.`);
  return values;
}
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

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
  const candidate = await loadCandidate(options.candidate, scoreModel);
  const baseline = await loadBaseline(options.baseline, candidate, scoreModel, options.fetchRegistryBaseline);
  const task = candidate.input.task;
  const thresholds = options.thresholds.length > 0 ? options.thresholds : defaultThresholds(task);
  const unnormalised = [candidate.unnormalised, baseline?.unnormalised].filter((problem) => problem !== void 0);
  if (unnormalised.length > 0 && thresholds.some((t) => t.metric === "roc_auc_ovr"))
    throw unnormalisedError(unnormalised[0]);
  const report = applicableMetrics(candidate.input).map((metric) => metric.name).filter((name) => unnormalised.length === 0 || name !== "roc_auc_ovr");
  const gate = await evaluateGate(thresholds, candidate.input, baseline?.baseline, { ...options.bootstrap, report, threads: options.threads, onThreads: options.onThreads, progress: options.progress });
  const baselineRows = baseline && "task" in baseline.baseline ? baseline.baseline : void 0;
  const sliceNames = thresholds.map((t) => t.metric).filter((name) => name in gate.candidateValues && (!baselineRows || name in (gate.baselineValues ?? {})));
  const { slices, columns } = options.slices.length > 0 ? sliceMetrics(candidate.table, options.slices, sliceNames, candidate.input, baselineRows) : { slices: [], columns: [] };
  return {
    task,
    rows: candidate.table.rows,
    candidateName: candidate.name,
    ...baseline && { baselineName: baseline.name },
    ...baseline?.version && { baselineVersion: baseline.version },
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
async function loadCandidate(source, scoreModel) {
  switch (source.kind) {
    case "predictions": {
      const { input, table, unnormalised } = await readPredictions(source.path, "predictions", source.task);
      return { input, table, name: source.path, ...unnormalised && { unnormalised } };
    }
    case "model-dir": {
      const table = await loadTable(source.data, { input: "data" });
      const scored = await scoreModel(source.dir, table, source.target, "model-dir");
      return { ...scored, table, name: source.dir };
    }
  }
}
async function loadBaseline(source, candidate, scoreModel, fetchRegistryBaseline) {
  switch (source.kind) {
    case "none":
      return void 0;
    case "registry": {
      const fetched = await fetchRegistryBaseline(source);
      if (!fetched)
        return void 0;
      const scored = await scoreModel(fetched.dir, candidate.table, candidate.target, "baseline");
      return { baseline: scored.input, name: fetched.name, version: fetched.version };
    }
    case "metrics":
      return { baseline: { values: readMetricsFile(source.path) }, name: source.name };
    case "predictions": {
      const { input, unnormalised } = await readPredictions(source.path, "baseline", candidate.input.task);
      return { baseline: input, name: source.name, ...unnormalised && { unnormalised } };
    }
    case "model-dir": {
      const scored = await scoreModel(source.dir, candidate.table, candidate.target, "baseline");
      return { baseline: scored.input, name: source.name };
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
import { join } from "node:path";
var LATENCY_SAMPLES = 100;
async function scoreModelDir(modelDir, table, target, input) {
  const model = await loadModelDir(modelDir, input);
  const targetName = target ?? model.target;
  const metricInput = await predictionInput(model, table, targetName, target ? "target" : input);
  return { input: metricInput, target: targetName, latency: await measureLatency(model, table), sizeBytes: directorySize(modelDir) };
}
async function predictionInput(model, table, targetName, input) {
  const truth = column(table, targetName, input);
  const prediction = await model.predict(table);
  const where = `'data'`;
  const lineOf = (row) => `line ${table.lines[row]} of ${table.files[table.fileOfRow[row]]?.path ?? "the data"}`;
  return prediction.task === "classification" ? prepareClassification({
    yTrue: labels(truth, where, lineOf),
    yPred: prediction.labels,
    ...prediction.probabilities && { scores: { labels: prediction.classes, columns: prediction.probabilities } }
  }) : prepareRegression({ yTrue: numbers(truth, where, lineOf), yPred: prediction.values });
}
async function measureLatency(model, table) {
  const samples = Math.min(model.latencySamples ?? LATENCY_SAMPLES, table.rows);
  const rows = Array.from({ length: samples }, (_, i) => takeRows(table, [Math.floor(i * table.rows / samples)]));
  await model.predict(rows[0]);
  const times = [];
  for (const one of rows) {
    const start = process.hrtime.bigint();
    await model.predict(one);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
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
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? directorySize(path) : statSync2(path).size;
  }
  return total;
}

// build/shared/evaluate/candidates.js
import { existsSync as existsSync2 } from "node:fs";
import { basename } from "node:path";
function selectCandidate(dirs, selectBy, thresholds) {
  if (dirs.length === 0)
    throw new Error("selectCandidate needs at least one directory");
  const metric = selectBy ?? thresholds[0]?.metric ?? defaultThresholds(taskOf(dirs[0])).at(0).metric;
  const greaterIsBetter = directionOf(metric, thresholds);
  const values = dirs.map((dir) => validationValue(dir, metric));
  let best = 0;
  values.forEach((value, i) => {
    if (greaterIsBetter ? value > values[best] : value < values[best])
      best = i;
  });
  const candidates = dirs.map((dir, i) => ({ dir, name: basename(dir), ...paramsOf(dir), value: values[i], selected: i === best }));
  return { metric, greaterIsBetter, candidates, selected: candidates[best] };
}
function directionOf(metric, thresholds) {
  const known = thresholds.find((t) => t.metric === metric)?.greaterIsBetter ?? METRICS_BY_NAME.get(metric)?.greaterIsBetter;
  if (known === void 0)
    throw new UserError(`Input 'select-by': '${metric}' is not a built-in metric; give its direction in 'thresholds' (${metric}: {greater-is-better: true}) or select by a built-in metric.`);
  return known;
}
function validationValue(dir, metric) {
  const path = modelDirFile(dir, "metrics");
  if (!existsSync2(path))
    throw new UserError(`Input 'model-dir': candidate '${dir}' has no ${MODEL_DIR_FILES.metrics} to select by; train writes one in every model directory.`);
  const value = readMetricsFile(path, "model-dir")[metric];
  if (value === void 0)
    throw new UserError(`Input 'select-by': candidate '${dir}' has no '${metric}' in its ${MODEL_DIR_FILES.metrics} ('${path}'), so it cannot be compared with the others.`);
  return value;
}
function paramsOf(dir) {
  const params = readModelMetadata(dir, "model-dir")?.params;
  return params === void 0 || params === null ? {} : { params };
}
function taskOf(dir) {
  const task = readManifest(dir, "model-dir")?.task ?? readModelMetadata(dir, "model-dir")?.task;
  return task === "regression" ? "regression" : "classification";
}

export {
  baselineFromPath,
  readMetricsFile,
  parseThresholds,
  inferTask,
  TASK_CHOICES,
  evaluateCandidate,
  scoreModelDir,
  predictionInput,
  selectCandidate
};
