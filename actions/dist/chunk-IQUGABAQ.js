import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  startWorkerThread,
  threadBudget,
  workerEntry
} from "./chunk-2PO6FZD4.js";
import {
  adoptDatasetValues,
  datasetValues,
  evaluateMetrics,
  selectMetrics
} from "./chunk-OAZCABEM.js";
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

// build/shared/gate/random.js
var RandomStream = class _RandomStream {
  state;
  /** The raw generator state, for checking against xoshiro128**'s reference outputs. */
  static fromState(words) {
    const stream = new _RandomStream(0, 0);
    stream.state.set(words);
    return stream;
  }
  constructor(seed, stream) {
    const s0 = hash32(hash32(seed ^ 2654435769) ^ stream);
    const s1 = hash32(s0 + 1779033703);
    const s2 = hash32(s1 + 1013904242);
    const s3 = hash32(s2 + 1359893119);
    this.state = Int32Array.of((s0 | s1 | s2 | s3) === 0 ? 1 : s0, s1, s2, s3);
  }
  /** The next 32 random bits, as an unsigned integer. */
  nextUint32() {
    const s = this.state;
    const result = output(s[1]);
    const t = s[1] << 9;
    s[2] = s[2] ^ s[0];
    s[3] = s[3] ^ s[1];
    s[1] = s[1] ^ s[2];
    s[0] = s[0] ^ s[3];
    s[2] = s[2] ^ t;
    s[3] = rotl(s[3], 11);
    return result >>> 0;
  }
  /** A uniform number in [0, 1) with 53 random bits. */
  nextFloat() {
    return ((this.nextUint32() >>> 5) * 67108864 + (this.nextUint32() >>> 6)) / 9007199254740992;
  }
  /**
   * `counts[i]` = times row i is drawn in `counts.length` uniform draws with replacement: one
   * bootstrap resample. Indexes are exact (Lemire's multiply-and-reject, no modulo bias).
   */
  drawCounts(counts) {
    const n = counts.length;
    if (n > 2097152)
      return this.drawLarge(counts);
    if (bytes.length < n)
      bytes = new Uint8Array(n);
    const tally = n === bytes.length ? bytes : bytes.subarray(0, n);
    const start = this.state.slice();
    if (this.drawSmall(tally) <= 255)
      return counts.set(tally);
    this.state.set(start);
    this.drawSmall(counts);
  }
  // The generator step is inlined in the loops below, on locals, because they are the hot
  // path. Each method has one way of taking the index: a choice inside a loop costs registers.
  /**
   * drawCounts for n up to 2^21, where x * n stays below 2^53 and one multiply gives the high
   * word. Returns the bitwise or of the counts, so above 0xff when a count passed a byte.
   */
  drawSmall(counts) {
    const n = counts.length;
    const s = this.state;
    let s0 = s[0];
    let s1 = s[1];
    let s2 = s[2];
    let s3 = s[3];
    const reject = (4294967296 - n) % n ^ -2147483648;
    const scale = n * 2 ** -32;
    counts.fill(0);
    let drawn = 0;
    let bits = 0;
    while (drawn + 4 <= n) {
      let m = Math.imul(s1, 5);
      const a = Math.imul(m << 7 | m >>> 25, 9);
      let t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = s3 << 11 | s3 >>> 21;
      m = Math.imul(s1, 5);
      const b = Math.imul(m << 7 | m >>> 25, 9);
      t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = s3 << 11 | s3 >>> 21;
      m = Math.imul(s1, 5);
      const c = Math.imul(m << 7 | m >>> 25, 9);
      t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = s3 << 11 | s3 >>> 21;
      m = Math.imul(s1, 5);
      const d = Math.imul(m << 7 | m >>> 25, 9);
      t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = s3 << 11 | s3 >>> 21;
      if ((Math.imul(a, n) ^ -2147483648) < reject || (Math.imul(b, n) ^ -2147483648) < reject || (Math.imul(c, n) ^ -2147483648) < reject || (Math.imul(d, n) ^ -2147483648) < reject) {
        for (const x of [a, b, c, d]) {
          if ((Math.imul(x, n) ^ -2147483648) < reject)
            continue;
          const r = (x >>> 0) * scale | 0;
          const q = counts[r] + 1;
          counts[r] = q;
          bits |= q;
          drawn++;
        }
        continue;
      }
      const ra = (a >>> 0) * scale | 0;
      const qa = counts[ra] + 1;
      counts[ra] = qa;
      const rb = (b >>> 0) * scale | 0;
      const qb = counts[rb] + 1;
      counts[rb] = qb;
      const rc = (c >>> 0) * scale | 0;
      const qc = counts[rc] + 1;
      counts[rc] = qc;
      const rd = (d >>> 0) * scale | 0;
      const qd = counts[rd] + 1;
      counts[rd] = qd;
      bits |= qa | qb | qc | qd;
      drawn += 4;
    }
    while (drawn < n) {
      const m = Math.imul(s1, 5);
      const x = Math.imul(m << 7 | m >>> 25, 9);
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = s3 << 11 | s3 >>> 21;
      if ((Math.imul(x, n) ^ -2147483648) < reject)
        continue;
      const r = (x >>> 0) * scale | 0;
      const q = counts[r] + 1;
      counts[r] = q;
      bits |= q;
      drawn++;
    }
    s[0] = s0;
    s[1] = s1;
    s[2] = s2;
    s[3] = s3;
    return bits;
  }
  /** drawCounts above 2^21 rows, taking the high word in two halves. */
  drawLarge(counts) {
    const n = counts.length;
    const s = this.state;
    let s0 = s[0];
    let s1 = s[1];
    let s2 = s[2];
    let s3 = s[3];
    const reject = (4294967296 - n) % n;
    counts.fill(0);
    let drawn = 0;
    while (drawn < n) {
      const x = output(s1);
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = rotl(s3, 11);
      if (Math.imul(x, n) >>> 0 < reject)
        continue;
      counts[highWord(x, n)]++;
      drawn++;
    }
    s[0] = s0;
    s[1] = s1;
    s[2] = s2;
    s[3] = s3;
  }
};
var bytes = new Uint8Array(0);
function highWord(x, n) {
  return Math.floor(((x >>> 16) * n + Math.floor((x & 65535) * n / 65536)) / 65536);
}
var rotl = (x, k) => x << k | x >>> 32 - k;
var output = (s1) => Math.imul(rotl(Math.imul(s1, 5), 7), 9);
function hash32(x) {
  x ^= x >>> 16;
  x = Math.imul(x, 2146121005);
  x ^= x >>> 15;
  x = Math.imul(x, 2221713035);
  return x ^ x >>> 16;
}

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
    runClaims(task);
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
function runClaims(task, datasets) {
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
  RandomStream,
  bootstrapSettings,
  pairedBootstrapParallel,
  runClaims
};
