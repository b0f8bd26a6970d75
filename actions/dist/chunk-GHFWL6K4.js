import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  RandomStream
} from "./chunk-CEWYPVHK.js";
import {
  startWorkerThread,
  threadBudget,
  workerEntry
} from "./chunk-CSFXRO25.js";
import {
  adoptDatasetValues,
  datasetValues,
  evaluateMetrics,
  selectMetrics
} from "./chunk-NDVGTYSL.js";
import {
  UserError
} from "./chunk-PJKC4ZE5.js";

// build/shared/gate/pair.js
var SAME_ROWS = "the candidate and the baseline must be evaluated on the same rows";
function pairInputs(candidate, baseline) {
  if (candidate.task !== baseline.task)
    throw new UserError(`${SAME_ROWS}: the candidate's data is for ${candidate.task} and the baseline's for ${baseline.task}`);
  const rows = candidate.yTrue.length;
  if (baseline.yTrue.length !== rows)
    throw new UserError(`${SAME_ROWS}: the candidate has ${rows} rows and the baseline ${baseline.yTrue.length}`);
  const row = candidate.task === "classification" ? firstLabelDifference(candidate, baseline) : firstDifference(candidate.yTrue, baseline.yTrue);
  if (row >= 0) {
    throw new UserError(`${SAME_ROWS}: y_true differs at row ${row + 1} (candidate ${show(trueLabel(candidate, row))}, baseline ${show(trueLabel(baseline, row))})`);
  }
  checkWeights(candidate, baseline);
  if (candidate.task === "classification")
    checkPositive(candidate, baseline);
  if (candidate === baseline || candidate.yTrue !== baseline.yTrue)
    return { candidate, baseline };
  return { candidate: { ...candidate, yTrue: candidate.yTrue.slice() }, baseline: { ...baseline, yTrue: baseline.yTrue.slice() } };
}
function firstLabelDifference(a, b) {
  const same = sameOrder(a.classes, b.classes);
  for (let i = 0; i < a.yTrue.length; i++) {
    if (same ? a.yTrue[i] !== b.yTrue[i] : a.classes[a.yTrue[i]] !== b.classes[b.yTrue[i]])
      return i;
  }
  return -1;
}
function firstDifference(a, b) {
  for (let i = 0; i < a.length; i++)
    if (a[i] !== b[i])
      return i;
  return -1;
}
function checkWeights(candidate, baseline) {
  const a = candidate.sample;
  const b = baseline.sample;
  if (a.weighted !== b.weighted)
    throw new UserError(`${SAME_ROWS}: only the ${a.weighted ? "candidate" : "baseline"} has sample weights`);
  if (!a.weighted)
    return;
  const row = firstDifference(a.weight, b.weight);
  if (row >= 0)
    throw new UserError(`${SAME_ROWS}: the sample weight differs at row ${row + 1} (candidate ${a.weight[row]}, baseline ${b.weight[row]})`);
}
function checkPositive(candidate, baseline) {
  if (candidate.classes.length !== 2 || baseline.classes.length !== 2)
    return;
  const a = candidate.classes[candidate.positive];
  const b = baseline.classes[baseline.positive];
  if (a !== b)
    throw new UserError(`the candidate and the baseline must share the positive class: the candidate's is ${show(a)} and the baseline's ${show(b)}`);
}
function sameOrder(a, b) {
  return a.length === b.length && a.every((label, i) => label === b[i]);
}
function trueLabel(input, row) {
  return input.task === "classification" ? input.classes[input.yTrue[row]] : input.yTrue[row];
}
var show = (label) => typeof label === "string" ? JSON.stringify(label) : String(label);

// build/shared/gate/bootstrap.js
function bootstrapSettings(options = {}) {
  const { resamples = 1e3, confidence = 0.95, seed = 0 } = options;
  if (!Number.isSafeInteger(resamples) || resamples < 2)
    throw new UserError(`bootstrap.resamples: must be a whole number of at least 2; got ${resamples}`);
  if (typeof confidence !== "number" || !(confidence > 0 && confidence < 1))
    throw new UserError(`bootstrap.confidence: must be between 0 and 1 (exclusive); got ${confidence}`);
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > 4294967295)
    throw new UserError(`bootstrap.seed: must be a whole number from 0 to 4294967295; got ${seed}`);
  return { resamples, confidence, seed };
}
function pairMetrics(pair, names) {
  selectMetrics(pair.baseline, names);
  return selectMetrics(pair.candidate, names);
}
var Resampler = class {
  pair;
  seed;
  metrics;
  drawn;
  weight;
  candidate;
  baseline;
  constructor(pair, names, seed) {
    this.pair = pair;
    this.seed = seed;
    this.metrics = pairMetrics(pair, names);
    const rows = pair.candidate.yTrue.length;
    const { weighted } = pair.candidate.sample;
    this.drawn = new Float64Array(rows);
    this.weight = weighted ? new Float64Array(rows) : this.drawn;
    const sample = { weight: this.weight, drawn: this.drawn, size: rows, weighted };
    this.candidate = { ...pair.candidate, sample };
    this.baseline = { ...pair.baseline, sample };
  }
  /**
   * Writes candidate - baseline for metric j on resample r to `deltas[j][r]`, for r from
   * `from` to `to` (exclusive); NaN where either model's metric is undefined on the resample.
   */
  run(from, to, deltas) {
    const { metrics, drawn, weight } = this;
    for (let r = from; r < to; r++) {
      new RandomStream(this.seed, r).drawCounts(drawn);
      if (weight !== drawn)
        multiply(drawn, this.pair.candidate.sample.weight, weight);
      const a = evaluateMetrics({ ...this.candidate }, metrics);
      const b = evaluateMetrics({ ...this.baseline }, metrics);
      for (let j = 0; j < metrics.length; j++)
        deltas[j][r] = a[metrics[j].name] - b[metrics[j].name];
    }
  }
};
function wholeDataValues(pair, names) {
  const metrics = pairMetrics(pair, names);
  return { metrics: metrics.map((metric) => metric.name), candidate: evaluateMetrics(pair.candidate, metrics), baseline: evaluateMetrics(pair.baseline, metrics) };
}
function summarise(whole, deltas, confidence) {
  const tail = (1 - confidence) / 2;
  return whole.metrics.map((metric, j) => {
    const defined = deltas[j].filter((delta) => !Number.isNaN(delta)).sort();
    const candidate = whole.candidate[metric];
    const baseline = whole.baseline[metric];
    return {
      metric,
      candidate,
      baseline,
      delta: candidate - baseline,
      ci: [percentile(defined, tail), percentile(defined, 1 - tail)],
      standardError: standardDeviation(defined),
      confidence,
      resamples: defined.length
    };
  });
}
function percentile(sorted, q) {
  if (sorted.length === 0)
    return NaN;
  const index = (sorted.length - 1) * q;
  const below = Math.floor(index);
  const a = sorted[below];
  const b = sorted[Math.min(below + 1, sorted.length - 1)];
  const t = index - below;
  return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
}
function standardDeviation(values) {
  if (values.length < 2)
    return NaN;
  let mean = 0;
  for (const value of values)
    mean += value;
  mean /= values.length;
  let squares = 0;
  for (const value of values)
    squares += (value - mean) ** 2;
  return Math.sqrt(squares / (values.length - 1));
}
function multiply(a, b, out) {
  for (let i = 0; i < a.length; i++)
    out[i] = a[i] * b[i];
}
function singleBootstrap(input, metrics, settings) {
  const rows = input.yTrue.length;
  const drawn = new Float64Array(rows);
  const sample = { weight: drawn, drawn, size: rows, weighted: false };
  const values = metrics.map(() => new Float64Array(settings.resamples));
  for (let r = 0; r < settings.resamples; r++) {
    new RandomStream(settings.seed, r).drawCounts(drawn);
    const resampled = evaluateMetrics({ ...input, sample }, metrics);
    metrics.forEach((metric, j) => values[j][r] = resampled[metric.name]);
  }
  const tail = (1 - settings.confidence) / 2;
  return new Map(metrics.map((metric, j) => {
    const defined = values[j].filter((value) => !Number.isNaN(value)).sort();
    return [metric.name, [percentile(defined, tail), percentile(defined, 1 - tail)]];
  }));
}

// build/shared/gate/threads.js
var PARALLEL_MIN_WORK = 2e7;
async function pairedBootstrapParallel(candidate, baseline, metrics, options = {}) {
  const { resamples, confidence, seed } = bootstrapSettings(options);
  const pair = pairInputs(candidate, baseline);
  pairMetrics(pair, metrics);
  const wanted = threadCount(options.threads, candidate.yTrue.length * resamples * metrics.length);
  const threads = workerEntry() ? Math.min(wanted, resamples) : 1;
  options.onThreads?.(threads);
  const task = {
    pair,
    metrics,
    seed,
    resamples,
    chunk: Math.max(1, Math.floor(resamples / (64 * threads))),
    deltas: new SharedArrayBuffer(8 * metrics.length * resamples),
    next: new SharedArrayBuffer(4)
  };
  const helpers = Array.from({ length: threads - 1 }, () => startHelper(task));
  const settled = Promise.all(helpers.map((helper) => helper.done)).catch((error) => error);
  let whole;
  try {
    whole = wholeDataValues(pair, metrics);
    const datasets = [datasetValues(pair.candidate), datasetValues(pair.baseline)];
    for (const helper of helpers)
      helper.send(datasets);
    runClaims(task, void 0, options.progress);
  } catch (error) {
    await Promise.all(helpers.map((helper) => helper.stop()));
    throw error;
  }
  const failure = await settled;
  if (failure instanceof Error)
    throw failure;
  return summarise(whole, deltaViews(task), confidence);
}
function threadCount(requested, work) {
  if (requested !== void 0) {
    if (!Number.isSafeInteger(requested) || requested < 1)
      throw new UserError(`bootstrap.threads: must be a whole number of at least 1; got ${requested}`);
    return requested;
  }
  const { threads, forced } = threadBudget();
  return forced || work >= PARALLEL_MIN_WORK ? threads : 1;
}
function runClaims(task, datasets, progress) {
  if (datasets) {
    adoptDatasetValues(task.pair.candidate, datasets[0]);
    adoptDatasetValues(task.pair.baseline, datasets[1]);
  }
  const resampler = new Resampler(task.pair, task.metrics, task.seed);
  const deltas = deltaViews(task);
  const next = new Int32Array(task.next);
  for (; ; ) {
    const from = Atomics.add(next, 0, task.chunk);
    if (from >= task.resamples)
      return;
    resampler.run(from, Math.min(from + task.chunk, task.resamples), deltas);
    progress?.update(Math.min(Atomics.load(next, 0), task.resamples), task.resamples, "resamples");
  }
}
function deltaViews({ deltas, metrics, resamples }) {
  return metrics.map((_, j) => new Float64Array(deltas, 8 * j * resamples, resamples));
}
function startHelper(task) {
  const worker = startWorkerThread("bootstrap", task);
  const done = new Promise((resolve, reject) => {
    worker.once("error", reject);
    worker.once("exit", (code) => code === 0 ? resolve() : reject(new Error(`bootstrap worker exited with code ${code}`)));
  });
  return { done, send: (datasets) => worker.postMessage(datasets), stop: () => worker.terminate() };
}

export {
  pairInputs,
  bootstrapSettings,
  singleBootstrap,
  pairedBootstrapParallel,
  runClaims
};
