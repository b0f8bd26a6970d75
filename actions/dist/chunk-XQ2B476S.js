import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  bootstrapSettings,
  pairInputs,
  pairedBootstrapParallel
} from "./chunk-IQUGABAQ.js";
import {
  DEFAULT_MISSING_VALUES,
  assertHasRows,
  parseYamlDocument,
  readDataset,
  require_dist,
  resolveDataFiles
} from "./chunk-RVH4IFMX.js";
import {
  METRICS_BY_NAME,
  evaluateMetrics,
  selectMetrics
} from "./chunk-OAZCABEM.js";
import {
  UserError,
  isUserError
} from "./chunk-PJKC4ZE5.js";
import {
  __toESM
} from "./chunk-UFMD3KOA.js";

// build/shared/table/index.js
async function loadTable(spec, options = {}) {
  const input = options.input ?? "data";
  const files = isFileList(spec) ? spec : await resolveDataFiles(spec, input);
  const builder = new TableBuilder(input);
  const read = await readDataset(files, options.missingValues ?? DEFAULT_MISSING_VALUES, {
    file: (index, file) => builder.startFile(index, file.path),
    header: (columns) => builder.header(columns),
    row: (row, line) => builder.row(row, line),
    ragged: (line, fields, expected) => {
      throw new UserError(`${builder.currentFile}:${line}: ${fields} fields where the header has ${expected}.`);
    }
  });
  assertHasRows(builder.rows, files);
  return builder.finish(read.files, read.hash);
}
function isFileList(spec) {
  return Array.isArray(spec) && spec.length > 0 && typeof spec[0] === "object";
}
function column(table, name, input) {
  const found = table.columns.find((candidate) => candidate.name === name);
  if (!found)
    throw new UserError(`Input '${input}': no column '${name}' in the data; its columns are ${table.columns.map((c) => c.name).join(", ")}.`);
  return found;
}
function cellText(col, row) {
  if (col.kind === "string")
    return col.values[row];
  const value = col.values[row];
  return Number.isNaN(value) ? null : String(value);
}
var TableBuilder = class {
  input;
  rows = 0;
  currentFile = "";
  names;
  numbers = [];
  texts = [];
  numeric = [];
  lines = [];
  fileOfRow = [];
  fileIndex = 0;
  constructor(input) {
    this.input = input;
  }
  startFile(index, path) {
    this.fileIndex = index;
    this.currentFile = path;
  }
  header(columns) {
    if (!this.names) {
      this.names = columns;
      this.numbers = columns.map(() => []);
      this.texts = columns.map(() => []);
      this.numeric = columns.map(() => true);
      return;
    }
    if (columns.join("\0") !== this.names.join("\0")) {
      throw new UserError(`Input '${this.input}': ${this.currentFile} has columns ${columns.join(", ")}, unlike the first file's ${this.names.join(", ")}.`);
    }
  }
  row(row, line) {
    const width = this.names.length;
    for (let i = 0; i < width; i++) {
      if (i >= row.size || row.missing(i)) {
        this.numbers[i].push(NaN);
        this.texts[i].push(null);
        continue;
      }
      const text = row.text(i);
      this.texts[i].push(text);
      if (this.numeric[i]) {
        const value = row.number(i);
        if (Number.isNaN(value))
          this.numeric[i] = false;
        else
          this.numbers[i].push(value);
      }
    }
    this.lines.push(line);
    this.fileOfRow.push(this.fileIndex);
    this.rows++;
  }
  finish(files, hash) {
    const columns = this.names.map((name, i) => this.numeric[i] ? { name, kind: "number", values: Float64Array.from(this.numbers[i]) } : { name, kind: "string", values: this.texts[i] });
    return { columns, rows: this.rows, lines: Int32Array.from(this.lines), fileOfRow: Uint16Array.from(this.fileOfRow), files, hash };
  }
};
function takeRows(table, rows) {
  const pick = (get) => Array.from(rows, get);
  const columns = table.columns.map((col) => col.kind === "number" ? { name: col.name, kind: "number", values: Float64Array.from(rows, (row) => col.values[row]) } : { name: col.name, kind: "string", values: pick((row) => col.values[row]) });
  return { ...table, columns, rows: rows.length, lines: Int32Array.from(rows, (row) => table.lines[row]), fileOfRow: Uint16Array.from(rows, (row) => table.fileOfRow[row]) };
}

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
  const named = threshold.changeCriteria;
  if (!baseline)
    return named.map((criterion) => ({ criterion, outcome: "skipped", reason: `no baseline to compare ${threshold.metric} with (first run): ${criterion} skipped` }));
  const base = baseline[threshold.metric];
  if (base === void 0)
    return named.map((criterion) => ({ criterion, outcome: "fail", reason: `${threshold.metric} is missing from the baseline's metrics` }));
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

export {
  evaluateGate,
  MetricThreshold,
  parseThresholds,
  loadTable,
  column,
  cellText,
  takeRows
};
