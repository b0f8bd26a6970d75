import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-PJKC4ZE5.js";

// build/shared/metrics/sample.js
function fullSample(rows, sampleWeight) {
  const drawn = new Float64Array(rows).fill(1);
  return { weight: sampleWeight ?? drawn, drawn, size: rows, weighted: sampleWeight !== void 0 };
}
var derived = /* @__PURE__ */ new WeakMap();
var makers = /* @__PURE__ */ new Map();
function perDataset(input, make) {
  if (makers.get(make.name) !== make) {
    if (makers.has(make.name))
      throw new Error(`perDataset: two functions named "${make.name}" make per-dataset values`);
    makers.set(make.name, make);
  }
  let values = derived.get(input.yTrue);
  if (!values)
    derived.set(input.yTrue, values = /* @__PURE__ */ new Map());
  if (!values.has(make.name))
    values.set(make.name, make(input));
  return values.get(make.name);
}
function datasetValues(input) {
  return new Map(derived.get(input.yTrue));
}
function adoptDatasetValues(input, values) {
  const own = derived.get(input.yTrue) ?? /* @__PURE__ */ new Map();
  for (const [name, value] of values)
    if (!own.has(name))
      own.set(name, value);
  derived.set(input.yTrue, own);
}
var scratch = /* @__PURE__ */ new WeakMap();
function withRows(input, rows) {
  const n = input.yTrue.length;
  if (rows.length === 0)
    throw new RangeError("rows is empty");
  const { weighted } = input.sample;
  let buffers = scratch.get(input.yTrue);
  if (!buffers) {
    const drawn2 = new Float64Array(n);
    scratch.set(input.yTrue, buffers = { drawn: drawn2, weight: weighted ? new Float64Array(n) : drawn2 });
  }
  if (input.sample.drawn === buffers.drawn)
    throw new Error("withRows takes the whole data, not a sample of it");
  const { drawn, weight } = buffers;
  drawn.fill(0);
  for (let j = 0; j < rows.length; j++) {
    const row = rows[j];
    if (row >>> 0 >= n)
      throw new RangeError(`row index ${row} is outside 0..${n - 1}`);
    drawn[row]++;
  }
  if (weighted) {
    const base = input.sample.weight;
    for (let i = 0; i < n; i++)
      weight[i] = drawn[i] * base[i];
  }
  return { ...input, sample: { weight, drawn, size: rows.length, weighted } };
}
function weightedMean(values, weight) {
  let sum = 0;
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    sum += weight[i] * values[i];
    total += weight[i];
  }
  return sum / total;
}

// build/shared/metrics/class-tally.js
var tallies = /* @__PURE__ */ new WeakMap();
function classTally(input, metric) {
  let tally = tallies.get(input);
  if (!tally)
    tallies.set(input, tally = countClasses(input, metric));
  return tally;
}
function rightAndTotal(input, metric) {
  const tally = tallies.get(input);
  if (tally || input.sample.weighted)
    return rightOfTally(tally ?? classTally(input, metric));
  if (!input.yPred)
    throw new UserError(`${metric} needs predicted labels (y_pred)`);
  const k = input.classes.length;
  const { rows, starts } = perDataset(input, groupByCell);
  let wrong = 0;
  for (let c = 0; c < k * k; c++)
    if (c % (k + 1) !== 0)
      wrong += sumOfCounts(input.sample.weight, rows, starts[c], starts[c + 1]);
  return { right: input.sample.size - wrong, total: input.sample.size };
}
function rightOfTally({ truePositive, total }) {
  let right = 0;
  for (const weight of truePositive)
    right += weight;
  return { right, total };
}
function groupByCell({ yTrue, yPred, classes }) {
  const k = classes.length;
  const starts = new Int32Array(k * k + 1);
  for (let i = 0; i < yTrue.length; i++)
    starts[yTrue[i] * k + yPred[i] + 1]++;
  for (let c = 0; c < k * k; c++)
    starts[c + 1] += starts[c];
  const next = starts.slice(0, k * k);
  const rows = new Int32Array(yTrue.length);
  for (let i = 0; i < yTrue.length; i++)
    rows[next[yTrue[i] * k + yPred[i]]++] = i;
  let largest = 0;
  for (let c = 1; c < k * k; c++)
    if (starts[c + 1] - starts[c] > starts[largest + 1] - starts[largest])
      largest = c;
  return { rows, starts, largest };
}
function countClasses(input, metric) {
  const { classes, sample } = input;
  if (!input.yPred)
    throw new UserError(`${metric} needs predicted labels (y_pred)`);
  const k = classes.length;
  const { rows, starts, largest } = perDataset(input, groupByCell);
  const cells = new Float64Array(k * k);
  const drawn = sample.weighted ? new Float64Array(k * k) : cells;
  let others = 0;
  for (let c = 0; c < k * k; c++) {
    const from = starts[c];
    const to = starts[c + 1];
    if (sample.weighted) {
      cells[c] = sumInOrder(sample.weight, rows, from, to);
      drawn[c] = sumInOrder(sample.drawn, rows, from, to);
    } else if (c !== largest) {
      cells[c] = sumOfCounts(sample.weight, rows, from, to);
      others += cells[c];
    }
  }
  if (!sample.weighted)
    cells[largest] = sample.size - others;
  const truePositive = new Float64Array(k);
  const predicted = new Float64Array(k);
  const actual = new Float64Array(k);
  const seen = new Float64Array(k);
  let total = 0;
  for (let t = 0; t < k; t++) {
    truePositive[t] = cells[t * k + t];
    for (let p = 0; p < k; p++) {
      actual[t] += cells[t * k + p];
      predicted[p] += cells[t * k + p];
      total += cells[t * k + p];
      seen[t] += drawn[t * k + p];
      seen[p] += drawn[t * k + p];
    }
  }
  return { cells, truePositive, predicted, actual, present: Uint8Array.from(seen, (n) => n > 0 ? 1 : 0), total };
}
function sumInOrder(values, rows, from, to) {
  let sum = 0;
  for (let j = from; j < to; j++)
    sum += values[rows[j]];
  return sum;
}
function sumOfCounts(counts, rows, from, to) {
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  let j = from;
  for (; j + 3 < to; j += 4) {
    a += counts[rows[j]];
    b += counts[rows[j + 1]];
    c += counts[rows[j + 2]];
    d += counts[rows[j + 3]];
  }
  for (; j < to; j++)
    a += counts[rows[j]];
  return a + b + (c + d);
}
function macroAverage(tally, value) {
  let sum = 0;
  let classes = 0;
  for (let c = 0; c < tally.present.length; c++) {
    if (!tally.present[c])
      continue;
    sum += value(c);
    classes++;
  }
  return sum / classes;
}

// build/shared/metrics/confusion.js
function confusionMatrix(input) {
  const { cells, present } = classTally(input, "the confusion matrix");
  const k = input.classes.length;
  const kept = input.classes.flatMap((_, c) => present[c] ? [c] : []);
  return {
    labels: kept.map((c) => input.classes[c]),
    matrix: kept.map((t) => kept.map((p) => cells[t * k + p]))
  };
}

// build/shared/metrics/accuracy.js
var accuracy = {
  name: "accuracy",
  task: "classification",
  greaterIsBetter: true,
  needs: "labels",
  compute(input) {
    const { right, total } = rightAndTotal(input, "accuracy");
    return right / total;
  }
};

// build/shared/metrics/order.js
var LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
var DIGIT_BITS = 16;
var BUCKETS = 1 << DIGIT_BITS;
function ascendingOrder(values) {
  const n = values.length;
  const { high, low } = sortableBits(values);
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++)
    order[i] = i;
  let spare = new Int32Array(n);
  const counts = new Int32Array(BUCKETS);
  for (const [words, shift] of [[low, 0], [low, DIGIT_BITS], [high, 0], [high, DIGIT_BITS]]) {
    counts.fill(0);
    for (let i = 0; i < n; i++)
      counts[words[i] >>> shift & BUCKETS - 1]++;
    if (counts[words[0] >>> shift & BUCKETS - 1] === n)
      continue;
    let start = 0;
    for (let d = 0; d < BUCKETS; d++) {
      const count = counts[d];
      counts[d] = start;
      start += count;
    }
    for (let j = 0; j < n; j++) {
      const row = order[j];
      spare[counts[words[row] >>> shift & BUCKETS - 1]++] = row;
    }
    ;
    [order, spare] = [spare, order];
  }
  return order;
}
function sortableBits(values) {
  const n = values.length;
  const copy = new Float64Array(n);
  for (let i = 0; i < n; i++)
    copy[i] = values[i] + 0;
  const words = new Uint32Array(copy.buffer);
  const [hi, lo] = LITTLE_ENDIAN ? [1, 0] : [0, 1];
  const high = new Uint32Array(n);
  const low = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const h = words[2 * i + hi];
    const l = words[2 * i + lo];
    high[i] = h >>> 31 ? ~h : h | 2147483648;
    low[i] = h >>> 31 ? ~l : l;
  }
  return { high, low };
}

// build/shared/metrics/ranking.js
var OF_CLASS = 1;
var LAST_OF_THRESHOLD = 2;
var MAX_BINNED_THRESHOLDS = 32768;
function buildRanking(scores, yTrue, c) {
  const ascending = ascendingOrder(scores);
  const n = ascending.length;
  const rows = new Int32Array(n);
  const flags = new Uint8Array(n);
  let thresholds = 0;
  for (let j = 0; j < n; j++) {
    const row = ascending[n - 1 - j];
    rows[j] = row;
    const last = j === n - 1 || scores[ascending[n - 2 - j]] !== scores[row];
    flags[j] = (yTrue[row] === c ? OF_CLASS : 0) | (last ? LAST_OF_THRESHOLD : 0);
    if (last)
      thresholds++;
  }
  if (thresholds > MAX_BINNED_THRESHOLDS)
    return { rows, flags, thresholds };
  const bins = new Uint16Array(n);
  for (let j = 0, threshold = 0; j < n; j++) {
    bins[rows[j]] = 2 * threshold + (flags[j] & OF_CLASS);
    if (flags[j] & LAST_OF_THRESHOLD)
      threshold++;
  }
  return { rows, flags, thresholds, bins };
}
var rankings = (input) => new Array(input.classes.length);
function ranking(input, c = input.positive) {
  const built = perDataset(input, rankings);
  return built[c] ??= buildRanking(scoreColumns(input)[c], input.yTrue, c);
}
function thresholdWeights({ bins, thresholds }, sample) {
  if (!bins || sample.weighted)
    return void 0;
  const { weight } = sample;
  const sums = new Float64Array(2 * thresholds);
  const n = bins.length;
  let i = 0;
  for (; i + 7 < n; i += 8) {
    const b0 = bins[i];
    const b1 = bins[i + 1];
    const b2 = bins[i + 2];
    const b3 = bins[i + 3];
    const b4 = bins[i + 4];
    const b5 = bins[i + 5];
    const b6 = bins[i + 6];
    const b7 = bins[i + 7];
    const w0 = weight[i];
    const w1 = weight[i + 1];
    const w2 = weight[i + 2];
    const w3 = weight[i + 3];
    const w4 = weight[i + 4];
    const w5 = weight[i + 5];
    const w6 = weight[i + 6];
    const w7 = weight[i + 7];
    sums[b0] += w0;
    sums[b1] += w1;
    sums[b2] += w2;
    sums[b3] += w3;
    sums[b4] += w4;
    sums[b5] += w5;
    sums[b6] += w6;
    sums[b7] += w7;
  }
  for (; i < n; i++)
    sums[bins[i]] += weight[i];
  return sums;
}
function rocArea(ranking2, sample) {
  const sums = thresholdWeights(ranking2, sample);
  let tp = 0;
  let fp = 0;
  let lastTp = 0;
  let lastFp = 0;
  let area = 0;
  if (sums) {
    for (let t = 0; t < ranking2.thresholds; t++) {
      fp += sums[2 * t];
      tp += sums[2 * t + 1];
      area += (fp - lastFp) * (tp + lastTp);
      lastTp = tp;
      lastFp = fp;
    }
    return tp > 0 && fp > 0 ? area / (2 * tp * fp) : NaN;
  }
  const { rows, flags } = ranking2;
  const { weight } = sample;
  for (let j = 0; j < rows.length; j++) {
    const w = weight[rows[j]];
    const positive = flags[j] & OF_CLASS;
    tp += positive * w;
    fp += (1 - positive) * w;
    if (flags[j] & LAST_OF_THRESHOLD) {
      area += (fp - lastFp) * (tp + lastTp);
      lastTp = tp;
      lastFp = fp;
    }
  }
  return tp > 0 && fp > 0 ? area / (2 * tp * fp) : NaN;
}
function averagePrecision(ranking2, sample) {
  const sums = thresholdWeights(ranking2, sample);
  let tp = 0;
  let all = 0;
  let lastTp = 0;
  let sum = 0;
  if (sums) {
    for (let t = 0; t < ranking2.thresholds; t++) {
      tp += sums[2 * t + 1];
      all += sums[2 * t] + sums[2 * t + 1];
      if (tp > lastTp) {
        sum += (tp - lastTp) * tp / all;
        lastTp = tp;
      }
    }
    return tp > 0 ? sum / tp : 0;
  }
  const { rows, flags } = ranking2;
  const { weight } = sample;
  for (let j = 0; j < rows.length; j++) {
    const w = weight[rows[j]];
    tp += (flags[j] & OF_CLASS) * w;
    all += w;
    if (flags[j] & LAST_OF_THRESHOLD && tp > lastTp) {
      sum += (tp - lastTp) * tp / all;
      lastTp = tp;
    }
  }
  return tp > 0 ? sum / tp : 0;
}
function scoreColumns(input) {
  if (!input.scores)
    throw new UserError("this metric needs class probabilities (scores)");
  return input.scores;
}

// build/shared/metrics/average-precision.js
var averagePrecision2 = {
  name: "average_precision",
  task: "classification",
  greaterIsBetter: true,
  needs: "scores",
  classCount: "binary",
  compute: (input) => averagePrecision(ranking(input), input.sample)
};

// build/shared/metrics/balanced-accuracy.js
var balancedAccuracy = {
  name: "balanced_accuracy",
  task: "classification",
  greaterIsBetter: true,
  needs: "labels",
  compute(input) {
    const { truePositive, actual } = classTally(input, "balanced_accuracy");
    let sum = 0;
    let classes = 0;
    for (let c = 0; c < actual.length; c++) {
      if (actual[c] === 0)
        continue;
      sum += truePositive[c] / actual[c];
      classes++;
    }
    return sum / classes;
  }
};

// build/shared/metrics/brier.js
var brier = {
  name: "brier",
  task: "classification",
  greaterIsBetter: false,
  needs: "scores",
  classCount: "binary",
  compute(input) {
    const { yTrue, positive, sample } = input;
    const p = scoreColumns(input)[positive];
    const { weight } = sample;
    let sum = 0;
    let total = 0;
    for (let i = 0; i < yTrue.length; i++) {
      const w = weight[i];
      const error = (yTrue[i] === positive ? 1 : 0) - p[i];
      sum += w * error * error;
      total += w;
    }
    return sum / total;
  }
};

// build/shared/metrics/log-loss.js
var EPS = Number.EPSILON;
var clip = (p) => Math.min(Math.max(p, EPS), 1 - EPS);
function rowLosses(input) {
  const scores = scoreColumns(input);
  const losses = new Float64Array(input.yTrue.length);
  for (let i = 0; i < losses.length; i++) {
    let sum = 0;
    for (const column of scores)
      sum += clip(column[i]);
    losses[i] = -Math.log(clip(scores[input.yTrue[i]][i]) / sum);
  }
  return losses;
}
var logLoss = {
  name: "log_loss",
  task: "classification",
  greaterIsBetter: false,
  needs: "scores",
  compute: (input) => weightedMean(perDataset(input, rowLosses), input.sample.weight)
};

// build/shared/metrics/mae.js
var mae = {
  name: "mae",
  task: "regression",
  greaterIsBetter: false,
  needs: "labels",
  compute({ yTrue, yPred, sample: { weight } }) {
    let sum = 0;
    let total = 0;
    for (let i = 0; i < yTrue.length; i++) {
      const w = weight[i];
      if (w === 0)
        continue;
      sum += w * Math.abs(yPred[i] - yTrue[i]);
      total += w;
    }
    return sum / total;
  }
};

// build/shared/metrics/mape.js
var mape = {
  name: "mape",
  task: "regression",
  greaterIsBetter: false,
  needs: "labels",
  compute({ yTrue, yPred, sample: { weight } }) {
    let sum = 0;
    let total = 0;
    for (let i = 0; i < yTrue.length; i++) {
      const w = weight[i];
      if (w === 0)
        continue;
      sum += w * Math.abs(yPred[i] - yTrue[i]) / Math.max(Math.abs(yTrue[i]), Number.EPSILON);
      total += w;
    }
    return sum / total;
  }
};

// build/shared/metrics/median-ae.js
function sortedErrors({ yTrue, yPred }) {
  const errors = new Float64Array(yTrue.length);
  for (let i = 0; i < errors.length; i++)
    errors[i] = Math.abs(yPred[i] - yTrue[i]);
  return { errors, order: ascendingOrder(errors) };
}
var medianAe = {
  name: "median_ae",
  task: "regression",
  greaterIsBetter: false,
  needs: "labels",
  compute(input) {
    const sorted = perDataset(input, sortedErrors);
    return input.sample.weighted ? weightedMedian(sorted, input.sample.weight) : median(sorted, input.sample);
  }
};
function median({ errors, order }, { drawn, size }) {
  const lower = Math.floor((size - 1) / 2);
  const upper = Math.floor(size / 2);
  let seen = 0;
  let low = NaN;
  for (let j = 0; j < order.length; j++) {
    const row = order[j];
    seen += drawn[row];
    if (Number.isNaN(low) && seen > lower)
      low = errors[row];
    if (seen > upper)
      return (low + errors[row]) / 2;
  }
  return NaN;
}
function weightedMedian({ errors, order }, weight) {
  let total = 0;
  for (let j = 0; j < order.length; j++)
    total += weight[order[j]];
  const half = 0.5 * total;
  let cumulative = 0;
  for (let j = 0; j < order.length; j++) {
    const row = order[j];
    if (weight[row] === 0)
      continue;
    cumulative += weight[row];
    if (cumulative >= half)
      return errors[row];
  }
  return NaN;
}

// build/shared/metrics/precision-recall-f1.js
var ratio = (part, whole) => whole === 0 ? 0 : part / whole;
var precision = (t, c) => ratio(t.truePositive[c], t.predicted[c]);
var recall = (t, c) => ratio(t.truePositive[c], t.actual[c]);
function f1(t, c) {
  const p = precision(t, c);
  const r = recall(t, c);
  return p + r === 0 ? 0 : 2 * p * r / (p + r);
}
function macro(name, score) {
  return {
    name,
    task: "classification",
    greaterIsBetter: true,
    needs: "labels",
    compute(input) {
      const tally = classTally(input, name);
      return macroAverage(tally, (c) => score(tally, c));
    }
  };
}
var precisionMacro = macro("precision_macro", precision);
var recallMacro = macro("recall_macro", recall);
var f1Macro = macro("f1_macro", f1);
var f1Weighted = {
  name: "f1_weighted",
  task: "classification",
  greaterIsBetter: true,
  needs: "labels",
  compute(input) {
    const tally = classTally(input, "f1_weighted");
    let sum = 0;
    let total = 0;
    for (let c = 0; c < tally.actual.length; c++) {
      if (tally.actual[c] === 0)
        continue;
      sum += f1(tally, c) * tally.actual[c];
      total += tally.actual[c];
    }
    return ratio(sum, total);
  }
};

// build/shared/metrics/r2.js
var r2 = {
  name: "r2",
  task: "regression",
  greaterIsBetter: true,
  needs: "labels",
  compute({ yTrue, yPred, sample: { weight, size } }) {
    if (size < 2)
      return NaN;
    let total = 0;
    let sum = 0;
    let residual = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < yTrue.length; i++) {
      const w = weight[i];
      if (w === 0)
        continue;
      const y = yTrue[i];
      total += w;
      sum += w * y;
      residual += w * (y - yPred[i]) ** 2;
      if (y < min)
        min = y;
      if (y > max)
        max = y;
    }
    if (total === 0)
      return NaN;
    if (residual === 0)
      return 1;
    if (min === max)
      return 0;
    const mean = sum / total;
    let spread = 0;
    for (let i = 0; i < yTrue.length; i++)
      spread += weight[i] * (yTrue[i] - mean) ** 2;
    return 1 - residual / spread;
  }
};

// build/shared/metrics/rmse.js
var rmse = {
  name: "rmse",
  task: "regression",
  greaterIsBetter: false,
  needs: "labels",
  compute({ yTrue, yPred, sample: { weight } }) {
    let sum = 0;
    let total = 0;
    for (let i = 0; i < yTrue.length; i++) {
      const w = weight[i];
      if (w === 0)
        continue;
      const error = yTrue[i] - yPred[i];
      sum += w * error * error;
      total += w;
    }
    return Math.sqrt(sum / total);
  }
};

// build/shared/metrics/labels.js
function compareLabels(a, b) {
  if (typeof a === "number" && typeof b === "number")
    return a - b;
  return compareCodePoints(String(a), String(b));
}
function compareCodePoints(a, b) {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y)
      return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}
function codePointRank(unit) {
  if (unit >= 55296 && unit <= 57343)
    return unit + 8192;
  if (unit >= 57344)
    return unit - 2048;
  return unit;
}
function sortLabels(labels) {
  return [...labels].sort(compareLabels);
}
function showLabel(label) {
  return typeof label === "string" ? JSON.stringify(label) : String(label);
}
function showLabels(labels) {
  return labels.map(showLabel).join(", ");
}

// build/shared/metrics/roc-auc.js
var rocAuc = {
  name: "roc_auc",
  task: "classification",
  greaterIsBetter: true,
  needs: "scores",
  classCount: "binary",
  compute: (input) => rocArea(ranking(input), input.sample)
};
var rocAucOvr = {
  name: "roc_auc_ovr",
  task: "classification",
  greaterIsBetter: true,
  needs: "scores",
  classCount: "multiclass",
  compute(input) {
    if (input.unnormalisedRow >= 0) {
      const row = input.unnormalisedRow;
      const sum2 = input.scores.reduce((total, column) => total + column[row], 0);
      throw new UserError(`roc_auc_ovr needs probabilities that sum to 1 in each row; row ${row + 1} sums to ${sum2} (classes ${input.classes.map(showLabel).join(", ")})`);
    }
    let sum = 0;
    for (let c = 0; c < input.classes.length; c++)
      sum += rocArea(ranking(input, c), input.sample);
    return sum / input.classes.length;
  }
};

// build/shared/metrics/registry.js
var CLASSIFICATION_METRICS = [
  accuracy,
  balancedAccuracy,
  precisionMacro,
  recallMacro,
  f1Macro,
  f1Weighted,
  rocAuc,
  rocAucOvr,
  averagePrecision2,
  logLoss,
  brier
];
var REGRESSION_METRICS = [mae, rmse, r2, mape, medianAe];
var METRICS = [...CLASSIFICATION_METRICS, ...REGRESSION_METRICS];
var METRICS_BY_NAME = new Map(METRICS.map((metric) => [metric.name, metric]));

// build/shared/metrics/evaluate.js
function inapplicable(metric, input) {
  if (metric.task !== input.task)
    return `${metric.name} is a ${metric.task} metric and the data is for ${input.task}`;
  if (input.task === "regression")
    return void 0;
  if (metric.needs === "labels" && !input.yPred)
    return `${metric.name} needs predicted labels (y_pred)`;
  if (metric.needs === "scores" && !input.scores)
    return `${metric.name} needs class probabilities (scores)`;
  const classes = input.classes.length;
  if (metric.classCount === "binary" && classes !== 2)
    return `${metric.name} needs exactly two classes and the data has ${classes}${classes > 2 ? "; use roc_auc_ovr for ROC AUC" : ""}`;
  if (metric.classCount === "multiclass" && classes <= 2)
    return `${metric.name} needs more than two classes and the data has ${classes}${classes === 2 ? "; use roc_auc" : ""}`;
  return void 0;
}
function applicableMetrics(input) {
  return METRICS.filter((metric) => inapplicable(metric, input) === void 0);
}
function selectMetrics(input, names) {
  return names.map((name) => {
    const metric = METRICS_BY_NAME.get(name);
    if (!metric)
      throw new UserError(`unknown metric "${name}"; the ${input.task} metrics are ${METRICS.filter((m) => m.task === input.task).map((m) => m.name).join(", ")}`);
    const reason = inapplicable(metric, input);
    if (reason)
      throw new UserError(reason);
    return metric;
  });
}
function evaluateMetrics(input, metrics = applicableMetrics(input)) {
  const values = {};
  for (const metric of metrics)
    values[metric.name] = computeMetric(metric, input);
  return values;
}
function evaluateRows(input, rows, metrics = applicableMetrics(input)) {
  return evaluateMetrics(withRows(input, rows), metrics);
}
function computeMetric(metric, input) {
  const reason = inapplicable(metric, input);
  if (reason)
    throw new UserError(reason);
  return metric.compute(input);
}

// build/shared/metrics/columns.js
function rowCount(yTrue) {
  if (yTrue.length === 0)
    throw new UserError("y_true is empty: metrics need at least one row");
  return yTrue.length;
}
function checkLength(name, values, rows) {
  if (values.length !== rows)
    throw new UserError(`${name} has ${values.length} values but y_true has ${rows}`);
}
function numberColumn(name, values, rows) {
  checkLength(name, values, rows);
  const column = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const value = values[i];
    if (typeof value !== "number" || !Number.isFinite(value))
      throw new UserError(`${name} has ${describeValue(value)} at row ${i + 1}`);
    column[i] = value;
  }
  return column;
}
function weightColumn(values, rows) {
  const weight = numberColumn("sample_weight", values, rows);
  let total = 0;
  for (let i = 0; i < rows; i++) {
    if (weight[i] < 0)
      throw new UserError(`sample_weight has the negative weight ${weight[i]} at row ${i + 1}`);
    total += weight[i];
  }
  if (total === 0)
    throw new UserError("sample_weight is zero on every row: at least one row needs a positive weight");
  return weight;
}
function describeValue(value) {
  if (value === void 0 || value === null)
    return "a missing value";
  if (typeof value === "number")
    return Number.isNaN(value) ? "NaN" : String(value);
  if (typeof value === "string")
    return `the text ${JSON.stringify(value)}`;
  return `a ${typeof value}`;
}

// build/shared/metrics/prepare.js
function prepareClassification(data) {
  const rows = rowCount(data.yTrue);
  if (data.yPred)
    checkLength("y_pred", data.yPred, rows);
  const sampleWeight = data.sampleWeight === void 0 ? void 0 : weightColumn(data.sampleWeight, rows);
  const truth = firstSeenCodes("y_true", data.yTrue);
  const predicted = data.yPred && firstSeenCodes("y_pred", data.yPred);
  const scoreLabels = data.scores && checkScoreLabels(data.scores.labels, data.scores.columns.length);
  checkOneKind([...truth.labels, ...predicted?.labels ?? [], ...scoreLabels ?? []]);
  const classes = sortLabels(scoreLabels ?? /* @__PURE__ */ new Set([...truth.labels, ...predicted?.labels ?? []]));
  const index = new Map(classes.map((label, i) => [label, i]));
  const yTrue = recode("y_true", truth, index);
  const yPred = predicted && recode("y_pred", predicted, index);
  const scores = data.scores && classes.map((label) => probabilityColumn(label, data.scores.columns[data.scores.labels.indexOf(label)], rows));
  return {
    task: "classification",
    classes,
    yTrue,
    ...yPred && { yPred },
    ...scores && { scores },
    positive: positiveIndex(data.positiveLabel, index, classes),
    unnormalisedRow: scores ? firstUnnormalisedRow(scores, rows) : -1,
    sample: fullSample(rows, sampleWeight)
  };
}
function prepareRegression(data) {
  const rows = rowCount(data.yTrue);
  return {
    task: "regression",
    yTrue: numberColumn("y_true", data.yTrue, rows),
    yPred: numberColumn("y_pred", data.yPred, rows),
    sample: fullSample(rows, data.sampleWeight === void 0 ? void 0 : weightColumn(data.sampleWeight, rows))
  };
}
function firstSeenCodes(name, values) {
  const seen = /* @__PURE__ */ new Map();
  const labels = [];
  const codes = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    let code = seen.get(value);
    if (code === void 0) {
      code = labels.push(checkLabel(name, value, i)) - 1;
      seen.set(value, code);
    }
    codes[i] = code;
  }
  return { codes, labels };
}
function checkLabel(name, value, row) {
  if (typeof value === "string")
    return value;
  if (typeof value === "number" && Number.isInteger(value))
    return value;
  if (typeof value === "number" && Number.isFinite(value)) {
    throw new UserError(`${name} has the non-integer label ${value} at row ${row + 1}: class labels are integers or strings (is this a regression task?)`);
  }
  throw new UserError(`${name} has ${describeValue(value)} at row ${row + 1}: class labels are integers or strings`);
}
function checkScoreLabels(labels, columns) {
  if (labels.length !== columns)
    throw new UserError(`scores name ${labels.length} classes but have ${columns} probability columns`);
  if (labels.length < 2)
    throw new UserError(`scores need a probability column for each class, at least two; got ${labels.length}`);
  const seen = /* @__PURE__ */ new Set();
  labels.forEach((label, j) => {
    checkLabel("scores.labels", label, j);
    if (seen.has(label))
      throw new UserError(`scores have two probability columns for class ${showLabel(label)}`);
    seen.add(label);
  });
  return labels;
}
function checkOneKind(labels) {
  const number = labels.find((label) => typeof label === "number");
  const string = labels.find((label) => typeof label === "string");
  if (number !== void 0 && string !== void 0) {
    throw new UserError(`labels mix numbers and strings (${showLabel(number)} and ${showLabel(string)}): give y_true, y_pred and the score columns one kind`);
  }
}
function recode(name, values, index) {
  const final = new Int32Array(values.labels.length);
  values.labels.forEach((label, code) => {
    const target = index.get(label);
    if (target === void 0) {
      const row = values.codes.indexOf(code) + 1;
      throw new UserError(`${name} has class ${showLabel(label)} (row ${row}) with no probability column; the columns are for ${showLabels([...index.keys()])}`);
    }
    final[code] = target;
  });
  return values.codes.map((code) => final[code]);
}
function probabilityColumn(label, values, rows) {
  const name = `the probability column for class ${showLabel(label)}`;
  const column = numberColumn(name, values, rows);
  for (let i = 0; i < rows; i++) {
    if (column[i] < 0 || column[i] > 1)
      throw new UserError(`${name} has ${column[i]} at row ${i + 1}, outside [0, 1]`);
  }
  return column;
}
function positiveIndex(label, index, classes) {
  if (label === void 0)
    return classes.length - 1;
  const found = index.get(label);
  if (found === void 0)
    throw new UserError(`the positive label ${showLabel(label)} is not a class; the classes are ${showLabels(classes)}`);
  return found;
}
function sumsToOne(sum) {
  return Math.abs(1 - sum) <= 1e-8 + 1e-5 * Math.abs(sum);
}
function firstUnnormalisedRow(scores, rows) {
  for (let i = 0; i < rows; i++) {
    let sum = 0;
    for (const column of scores)
      sum += column[i];
    if (!sumsToOne(sum))
      return i;
  }
  return -1;
}

export {
  datasetValues,
  adoptDatasetValues,
  confusionMatrix,
  compareLabels,
  sortLabels,
  METRICS_BY_NAME,
  applicableMetrics,
  selectMetrics,
  evaluateMetrics,
  evaluateRows,
  prepareClassification,
  prepareRegression,
  sumsToOne
};
