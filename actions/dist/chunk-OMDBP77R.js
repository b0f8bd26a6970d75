import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  REGISTRY_INPUTS,
  openRegistryFromInputs
} from "./chunk-ZRSCJZRL.js";
import {
  parseReferenceProfile
} from "./chunk-R4HT6X5B.js";
import {
  predictionInput,
  readMetricsFile
} from "./chunk-TKBHIG5H.js";
import {
  bootstrapSettings,
  singleBootstrap
} from "./chunk-NDP42QWK.js";
import {
  checkModelName,
  createGitHubClient,
  dispatchWorkflow,
  formatCount,
  formatStat,
  linkTarget,
  loadModelDir,
  md,
  mdCode,
  mdText,
  modelDirFile,
  modelUri,
  parseModelUri,
  readProfileText,
  renderDriftIssueBody,
  renderDriftSummary,
  splitRepository,
  stickyBody,
  syncTrackingIssue,
  table,
  trackingMarker
} from "./chunk-F75RSWQB.js";
import {
  MODEL_DIR_FILES,
  loadTable,
  readColumnSamplesAtOnce,
  takeRows
} from "./chunk-7VNRWLDN.js";
import {
  checkOutputPaths,
  createTemporaryDir,
  dataFilePaths,
  namedPaths,
  parseYaml,
  removeTemporary,
  splitByKind
} from "./chunk-NMMW445X.js";
import {
  applicableMetrics,
  evaluateMetrics,
  threadBudget
} from "./chunk-2BSQYDO6.js";
import {
  readColumnSamples
} from "./chunk-DEIKRQQ2.js";
import {
  DEFAULT_MISSING_VALUES,
  cutText,
  readDataset,
  resolveDataFiles,
  sortFinite
} from "./chunk-J4GT2FZH.js";
import {
  UserError
} from "./chunk-PJKC4ZE5.js";

// build/shared/drift/frequencies.js
var byCodePoint = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function alignCounts(reference, current) {
  const categories = [.../* @__PURE__ */ new Set([...reference.keys(), ...current.keys()])].sort(byCodePoint);
  return {
    categories,
    reference: Float64Array.from(categories, (c) => reference.get(c) ?? 0),
    current: Float64Array.from(categories, (c) => current.get(c) ?? 0)
  };
}
function total(values) {
  let sum2 = 0;
  for (let i = 0; i < values.length; i++)
    sum2 += values[i];
  return sum2;
}
function shares(counts) {
  const sum2 = total(counts);
  return counts.map((c) => c / sum2);
}
function binIndex(edges, x) {
  let low = 0;
  let high = edges.length;
  while (low < high) {
    const mid = low + high >>> 1;
    if (edges[mid] <= x)
      low = mid + 1;
    else
      high = mid;
  }
  return low;
}

// build/shared/drift/special.js
var LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
var STIRLING = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156, -3617 / 122400];
function logGamma(x) {
  let shift = 0;
  while (x < 15) {
    shift += Math.log(x);
    x += 1;
  }
  const inverseSquare = 1 / (x * x);
  let series = 0;
  for (let j = STIRLING.length - 1; j >= 0; j--)
    series = series * inverseSquare + STIRLING[j];
  return (x - 0.5) * Math.log(x) - x + LOG_SQRT_2PI + series / x - shift;
}
var EPSILON = 1e-16;
var TINY = 1e-300;
var MAX_ITERATIONS = 1e5;
function lowerSeries(a, x) {
  let term = 1 / a;
  let sum2 = term;
  for (let n = 1; n < MAX_ITERATIONS; n++) {
    term *= x / (a + n);
    sum2 += term;
    if (Math.abs(term) < Math.abs(sum2) * EPSILON)
      break;
  }
  return sum2 * Math.exp(-x + a * Math.log(x) - logGamma(a));
}
function upperFraction(a, x) {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY)
      d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY)
      c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON)
      break;
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}
function upperGammaRegularised(a, x) {
  if (x <= 0)
    return 1;
  if (x === Infinity)
    return 0;
  return x < a + 1 ? 1 - lowerSeries(a, x) : upperFraction(a, x);
}
function chiSquareSurvival(statistic, degreesOfFreedom) {
  return upperGammaRegularised(degreesOfFreedom / 2, statistic / 2);
}
function normalSurvival(z2) {
  if (z2 < 0)
    return 1 - normalSurvival(-z2);
  return upperGammaRegularised(0.5, z2 * z2 / 2) / 2;
}

// build/shared/drift/chi2.js
var chi2 = {
  name: "chi2",
  kinds: ["categorical", "binary"],
  defaultThreshold: 0.05,
  direction: "below",
  thresholdRange: [0, 1],
  compare(reference, current, threshold) {
    const { reference: a, current: b } = alignCounts(reference, current);
    const degreesOfFreedom = a.length - 1;
    if (degreesOfFreedom === 0)
      return { statistic: 0, pValue: 1, drifted: false };
    const rowTotals = [total(a), total(b)];
    const grandTotal = rowTotals[0] + rowTotals[1];
    let statistic = 0;
    for (const [row, observedRow] of [a, b].entries()) {
      for (let c = 0; c < a.length; c++) {
        const expected = rowTotals[row] * (a[c] + b[c]) / grandTotal;
        let observed = observedRow[c];
        if (degreesOfFreedom === 1) {
          const gap = expected - observed;
          observed += Math.sign(gap) * Math.min(0.5, Math.abs(gap));
        }
        statistic += (observed - expected) ** 2 / expected;
      }
    }
    const pValue = chiSquareSurvival(statistic, degreesOfFreedom);
    return { statistic, pValue, drifted: pValue < threshold };
  }
};

// build/shared/drift/chi2-gof.js
var chi2Gof = {
  name: "chi2_gof",
  kinds: ["categorical", "binary"],
  defaultThreshold: 0.05,
  direction: "below",
  thresholdRange: [0, 1],
  compare(reference, current, threshold) {
    const { reference: a, current: b } = alignCounts(reference, current);
    const seen = [...a.keys()].filter((c) => a[c] > 0);
    const referenceTotal = total(a);
    const currentTotal = seen.reduce((sum2, c) => sum2 + b[c], 0);
    if (seen.length < 2 || currentTotal === 0)
      return { statistic: 0, pValue: 1, drifted: false };
    let statistic = 0;
    for (const c of seen) {
      const expected = a[c] / referenceTotal * currentTotal;
      statistic += (b[c] - expected) ** 2 / expected;
    }
    const pValue = chiSquareSurvival(statistic, seen.length - 1);
    return { statistic, pValue, drifted: pValue < threshold };
  }
};

// build/shared/drift/bins.js
var SHARED_BIN_COUNT = 30;
function sharedBinCounts(reference, current) {
  let first = Math.min(reference[0], current[0]);
  let last = Math.max(reference[reference.length - 1], current[current.length - 1]);
  if (first === last)
    [first, last] = [first - 0.5, last + 0.5];
  const step = (last - first) / SHARED_BIN_COUNT;
  const edges = Float64Array.from({ length: SHARED_BIN_COUNT + 1 }, (_, i) => i === SHARED_BIN_COUNT ? last : i * step + first);
  const count = (values) => {
    const counts = new Float64Array(SHARED_BIN_COUNT);
    for (const x of values)
      counts[Math.min(binIndex(edges, x) - 1, SHARED_BIN_COUNT - 1)] += 1;
    return counts;
  };
  return [count(reference), count(current)];
}
function frequencyPair(reference, current) {
  if (reference instanceof Float64Array) {
    const [a, b] = sharedBinCounts(reference, current);
    return [shares(a), shares(b)];
  }
  const aligned = alignCounts(reference, current);
  return [shares(aligned.reference), shares(aligned.current)];
}
function quantile(sorted, p) {
  const n = sorted.length;
  const virtual = n * p + (1 - p) - 1;
  const below = Math.min(Math.max(Math.floor(virtual), 0), n - 1);
  const above = Math.min(below + 1, n - 1);
  const t = virtual - below;
  const a = sorted[below];
  const b = sorted[above];
  const gap = b - a;
  return t >= 0.5 ? b - gap * (1 - t) : a + gap * t;
}

// build/shared/drift/jensenshannon.js
function relativeEntropy(p, q) {
  let sum2 = 0;
  for (let i = 0; i < p.length; i++)
    if (p[i] > 0)
      sum2 += p[i] * Math.log(p[i] / q[i]);
  return sum2;
}
var jensenshannon = {
  name: "jensenshannon",
  kinds: ["numeric", "categorical", "binary"],
  defaultThreshold: 0.1,
  direction: "above",
  thresholdRange: [0, 1],
  compare(reference, current, threshold) {
    const [p, q] = frequencyPair(reference, current);
    const m = p.map((x, i) => (x + q[i]) / 2);
    const divergence = (relativeEntropy(p, m) + relativeEntropy(q, m)) / Math.LN2;
    const statistic = Math.sqrt(Math.max(0, divergence) / 2);
    return { statistic, pValue: null, drifted: statistic >= threshold };
  }
};

// build/shared/drift/ks-exact.js
function probabilityOutsideSquare(n, h) {
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let term = 1;
    for (let j = 0; j < h; j++)
      term = (n - k * h - j) * term / (n + k * h + j + 1);
    p = term * (1 - p);
  }
  return 2 * p;
}
function probabilityOutsideBand(m, n, g, h) {
  if (m < n)
    [m, n] = [n, m];
  const mg = m / g;
  const ng = n / g;
  let minJ = 0;
  let maxJ = Math.min(Math.ceil(h / mg), n + 1);
  let currentLength = maxJ - minJ;
  const column = new Float64Array(Math.min(2 * maxJ + 2, n + 1)).fill(1);
  column.fill(0, minJ, maxJ);
  for (let i = 1; i <= m; i++) {
    const lastMinJ = minJ;
    const lastLength = currentLength;
    minJ = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxJ = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxJ <= minJ)
      return 1;
    let value = minJ === 0 ? 0 : 1;
    for (let jj = 0; jj < maxJ - minJ; jj++) {
      const j = jj + minJ;
      value = (column[jj + minJ - lastMinJ] * i + value * j) / (i + j);
      column[jj] = value;
    }
    currentLength = maxJ - minJ;
    if (lastLength > currentLength)
      column.fill(1, maxJ - minJ, maxJ - minJ + (lastLength - currentLength));
  }
  return column[maxJ - minJ - 1];
}
var greatestCommonDivisor = (a, b) => b === 0 ? a : greatestCommonDivisor(b, a % b);
function roundHalfEven(x) {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
function exactKolmogorovSmirnov(n1, n2, d) {
  const g = greatestCommonDivisor(n1, n2);
  const lcm = n1 / g * n2;
  const h = roundHalfEven(d * lcm);
  const statistic = h / lcm;
  if (h === 0)
    return { statistic, pValue: 1 };
  const pValue = n1 === n2 ? probabilityOutsideSquare(n1, h) : probabilityOutsideBand(n1, n2, g, h);
  return pValue >= 0 && pValue <= 1 ? { statistic, pValue } : null;
}

// build/shared/drift/kolmogorov.js
var clip = (p) => Math.min(1, Math.max(0, p));
var SMIRNOV_MAX_EXACT_N = 1e6;
var MIN_LOG = -708.3964185322641;
function smirnov(n, d) {
  if (d <= 0)
    return 1;
  if (d >= 1)
    return 0;
  if (n === 1)
    return 1 - d;
  if (-2 * n * d * d < MIN_LOG)
    return 0;
  const nd = n * d;
  if (nd <= 1)
    return 1 - d * (1 + d) ** (n - 1);
  if (Math.floor(nd) >= n - 1)
    return (1 - d) ** n;
  if (n > SMIRNOV_MAX_EXACT_N) {
    const logP = -((6 * nd + 1) ** 2) / 18 / n;
    return logP < -Math.LN2 ? Math.exp(logP) : 1 + Math.expm1(logP);
  }
  const last = Math.floor(n * (1 - d));
  const logNFactorial = logGamma(n + 1);
  let sum2 = 0;
  for (let v = 0; v <= last; v++) {
    const low = d + v / n;
    const high = 1 - low;
    if (high <= 0)
      continue;
    sum2 += Math.exp(logNFactorial - logGamma(v + 1) - logGamma(n - v + 1) + (v - 1) * Math.log(low) + (n - v) * Math.log(high));
  }
  return clip(sum2 * d);
}
var SCALE = 2 ** 128;
function durbinCdf(n, d) {
  const nd = n * d;
  if (nd <= 0.5)
    return 0;
  if (d >= 1)
    return 1;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const H = Array.from({ length: m }, () => new Float64Array(m));
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let factorial = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = factorial;
    factorial /= j;
    v[j - 1] = (1 - h ** j) * factorial;
  }
  v[m - 1] = (1 + Math.max(2 * h - 1, 0) ** m - 2 * h ** m) * factorial;
  for (let i = 1; i < m; i++)
    for (let r = i - 1; r < m; r++)
      H[r][i] = w[r - i + 1];
  for (let r = 0; r < m; r++)
    H[r][0] = v[r];
  for (let c = 0; c < m; c++)
    H[m - 1][c] = v[m - 1 - c];
  let power = identity(m);
  let base = H;
  let exponent = 0;
  let baseExponent = 0;
  for (let remaining = n; remaining > 0; remaining = Math.floor(remaining / 2)) {
    if (remaining % 2) {
      power = multiply(power, base);
      exponent += baseExponent;
    }
    base = multiply(base, base);
    baseExponent *= 2;
    if (Math.abs(base[k - 1][k - 1]) > SCALE) {
      for (const row of base)
        for (let c = 0; c < m; c++)
          row[c] /= SCALE;
      baseExponent += 128;
    }
  }
  let p = power[k - 1][k - 1];
  for (let i = 1; i <= n; i++) {
    p = i * p / n;
    if (Math.abs(p) < 1 / SCALE) {
      p *= SCALE;
      exponent -= 128;
    }
  }
  return clip(p * 2 ** exponent);
}
function identity(m) {
  return Array.from({ length: m }, (_, i) => {
    const row = new Float64Array(m);
    row[i] = 1;
    return row;
  });
}
function multiply(a, b) {
  const m = a.length;
  return a.map((row) => {
    const out = new Float64Array(m);
    for (let k = 0; k < m; k++) {
      const x = row[k];
      if (x === 0)
        continue;
      const bk = b[k];
      for (let c = 0; c < m; c++)
        out[c] += x * bk[c];
    }
    return out;
  });
}
var PI2 = Math.PI ** 2;
var PI4 = PI2 ** 2;
var PI6 = PI2 ** 3;
var SQRT_2PI = Math.sqrt(2 * Math.PI);
function pelzGoodCdf(n, x) {
  if (x <= 0)
    return 0;
  if (x >= 1)
    return 1;
  const z2 = Math.sqrt(n) * x;
  const z22 = z2 * z2;
  const z4 = z22 * z22;
  const z6 = z4 * z22;
  const qLog = -PI2 / 8 / z22;
  if (qLog < MIN_LOG)
    return 0;
  let q = Math.exp(qLog);
  const k1a = -z22;
  const k1b = PI2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = (2 * z4 - 5 * z22) * PI2 / 4;
  const k2c = PI4 * (1 - 2 * z22) / 16;
  const k3d = PI6 * (5 - 30 * z22) / 64;
  const k3c = PI4 * (-60 * z22 + 212 * z4) / 16;
  const k3b = PI2 * (135 * z4 - 96 * z6) / 4;
  const k3a = -30 * z6 - 90 * z2 ** 8;
  const K = [0, 0, 0, 0];
  const maxK = Math.ceil(16 * z2 / Math.PI);
  for (let k = maxK; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const qPower = q ** (8 * k);
    const coefficients = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
    for (let i = 0; i < 4; i++)
      K[i] = K[i] * qPower + coefficients[i];
  }
  const divisors = [z2, 6 * z4, 72 * z2 ** 7, 6480 * z2 ** 10];
  for (let i = 0; i < 4; i++)
    K[i] = K[i] * q * SQRT_2PI / divisors[i];
  q = Math.exp(-PI2 / 2 / z22);
  let k2Extra = 0;
  let k3Extra = 0;
  const sqrt3z = Math.sqrt(3) * z2;
  for (let k = maxK; k > 0; k--) {
    const kq = k * k * q ** (k * k);
    k2Extra += kq;
    k3Extra += (sqrt3z + Math.PI * k) * (sqrt3z - Math.PI * k) * kq;
  }
  K[2] += k2Extra * PI2 * SQRT_2PI / (-36 * z2 ** 3);
  K[3] += k3Extra * PI2 * SQRT_2PI / (216 * z6);
  let total2 = 0;
  for (let i = 0; i < 4; i++)
    total2 += K[i] / n ** (i / 2);
  return total2;
}
var logFactorialOverPower = (n) => logGamma(n + 1) - n * Math.log(n);
function kolmogorovSurvival(n, d) {
  if (d >= 1)
    return 0;
  if (d <= 0)
    return 1;
  const t = n * d;
  if (t <= 1) {
    if (t <= 0.5)
      return 1;
    let cdf2;
    if (n <= 140) {
      cdf2 = 1;
      for (let i = 1; i <= n; i++)
        cdf2 *= i * (1 / n) * (2 * t - 1);
    } else
      cdf2 = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    return clip(1 - cdf2);
  }
  if (t >= n - 1)
    return clip(2 * (1 - d) ** n);
  if (d >= 0.5)
    return clip(2 * smirnov(n, d));
  const ndSquared = t * d;
  if (n <= 140) {
    if (ndSquared <= 4)
      return clip(1 - durbinCdf(n, d));
    return clip(2 * smirnov(n, d));
  }
  if (ndSquared >= 370)
    return 0;
  if (ndSquared >= 2.2)
    return clip(2 * smirnov(n, d));
  const cdf = n <= 1e5 && n * d ** 1.5 <= 1.4 ? durbinCdf(n, d) : pelzGoodCdf(n, d);
  return clip(1 - cdf);
}

// build/shared/drift/ks.js
var MAX_EXACT_SIZE = 1e4;
function kolmogorovSmirnovStatistic(reference, current) {
  const n1 = reference.length;
  const n2 = current.length;
  let i = 0;
  let j = 0;
  let statistic = 0;
  while (i < n1 || j < n2) {
    const next = Math.min(i < n1 ? reference[i] : Infinity, j < n2 ? current[j] : Infinity);
    while (i < n1 && reference[i] === next)
      i++;
    while (j < n2 && current[j] === next)
      j++;
    statistic = Math.max(statistic, Math.abs(i / n1 - j / n2));
  }
  return statistic;
}
var ks = {
  name: "ks",
  kinds: ["numeric"],
  defaultThreshold: 0.05,
  direction: "below",
  thresholdRange: [0, 1],
  compare(reference, current, threshold) {
    const [a, b] = [reference, current];
    const d = kolmogorovSmirnovStatistic(a, b);
    const exact = Math.max(a.length, b.length) <= MAX_EXACT_SIZE ? exactKolmogorovSmirnov(a.length, b.length, d) : null;
    const result = exact ?? { statistic: d, pValue: kolmogorovSurvival(roundHalfEven(a.length * b.length / (a.length + b.length)), d) };
    const pValue = Math.min(1, Math.max(0, result.pValue));
    return { statistic: result.statistic, pValue, drifted: pValue < threshold };
  }
};

// build/shared/drift/linf.js
var linf = {
  name: "linf",
  kinds: ["categorical", "binary"],
  defaultThreshold: 0.1,
  direction: "above",
  thresholdRange: [0, 1],
  compare(reference, current, threshold) {
    const aligned = alignCounts(reference, current);
    const [r, c] = [shares(aligned.reference), shares(aligned.current)];
    let statistic = 0;
    for (let i = 0; i < r.length; i++)
      statistic = Math.max(statistic, Math.abs(r[i] - c[i]));
    return { statistic, pValue: null, drifted: statistic >= threshold };
  }
};

// build/shared/drift/psi.js
var PSI_BIN_COUNT = 10;
var PSI_EMPTY_SHARE = 1e-4;
function decileEdges(reference) {
  const cuts = Array.from({ length: PSI_BIN_COUNT - 1 }, (_, i) => quantile(reference, (i + 1) * (1 / PSI_BIN_COUNT)));
  return Float64Array.from(new Set(cuts));
}
function binShares(values, edges) {
  const counts = new Float64Array(edges.length + 1);
  for (const x of values)
    counts[binIndex(edges, x)] += 1;
  return shares(counts);
}
function sharePair(reference, current) {
  if (reference instanceof Float64Array) {
    const edges = decileEdges(reference);
    return [binShares(reference, edges), binShares(current, edges)];
  }
  const aligned = alignCounts(reference, current);
  return [shares(aligned.reference), shares(aligned.current)];
}
var psi = {
  name: "psi",
  kinds: ["numeric", "categorical", "binary"],
  defaultThreshold: 0.1,
  direction: "above",
  thresholdRange: [0, Infinity],
  compare(reference, current, threshold) {
    const [r, c] = sharePair(reference, current);
    let statistic = 0;
    for (let i = 0; i < r.length; i++) {
      const [ri, ci] = [r[i] || PSI_EMPTY_SHARE, c[i] || PSI_EMPTY_SHARE];
      statistic += (ci - ri) * Math.log(ci / ri);
    }
    return { statistic, pValue: null, drifted: statistic >= threshold };
  }
};

// build/shared/drift/wasserstein.js
var MIN_SCALE = 1e-3;
function wassersteinDistance(u, v) {
  let i = 0;
  let j = 0;
  let distance = 0;
  let previous = Math.min(u[0], v[0]);
  while (i < u.length || j < v.length) {
    const next = Math.min(i < u.length ? u[i] : Infinity, j < v.length ? v[j] : Infinity);
    distance += Math.abs(i / u.length - j / v.length) * (next - previous);
    while (i < u.length && u[i] === next)
      i++;
    while (j < v.length && v[j] === next)
      j++;
    previous = next;
  }
  return distance;
}
function populationStd(values) {
  let sum2 = 0;
  for (const x of values)
    sum2 += x;
  const mean = sum2 / values.length;
  let squares = 0;
  for (const x of values)
    squares += (x - mean) ** 2;
  return Math.sqrt(squares / values.length);
}
var wasserstein = {
  name: "wasserstein",
  kinds: ["numeric"],
  defaultThreshold: 0.1,
  direction: "above",
  thresholdRange: [0, Infinity],
  compare(reference, current, threshold) {
    const [a, b] = [reference, current];
    const statistic = wassersteinDistance(a, b) / Math.max(populationStd(a), MIN_SCALE);
    return { statistic, pValue: null, drifted: statistic >= threshold };
  }
};

// build/shared/drift/z.js
var z = {
  name: "z",
  kinds: ["binary"],
  defaultThreshold: 0.05,
  direction: "below",
  thresholdRange: [0, 1],
  compare(reference, current, threshold) {
    const { categories, reference: a, current: b } = alignCounts(reference, current);
    if (categories.length > 2) {
      throw new UserError(`Drift test 'z' compares two categories; the column has ${categories.length}: use 'chi2'.`);
    }
    const positive = categories.length - 1;
    const [nRef, nCur] = [a[0] + (a[1] ?? 0), b[0] + (b[1] ?? 0)];
    const [pRef, pCur] = [a[positive] / nRef, b[positive] / nCur];
    const pooled = (a[positive] + b[positive]) / (nRef + nCur);
    const variance = pooled * (1 - pooled) * (1 / nRef + 1 / nCur);
    if (variance === 0)
      return { statistic: 0, pValue: 1, drifted: false };
    const statistic = (pRef - pCur) / Math.sqrt(variance);
    const pValue = 2 * normalSurvival(Math.abs(statistic));
    return { statistic, pValue, drifted: pValue < threshold };
  }
};

// build/shared/drift/registry.js
var DRIFT_TESTS = [ks, wasserstein, chi2, chi2Gof, z, jensenshannon, psi, linf];
var DRIFT_TESTS_BY_NAME = new Map(DRIFT_TESTS.map((test) => [test.name, test]));
var LARGE_REFERENCE = 1e3;
function defaultTest(kind, referenceSize) {
  const small = referenceSize <= LARGE_REFERENCE;
  switch (kind) {
    case "numeric":
      return small ? ks : wasserstein;
    case "categorical":
      return small ? chi2 : jensenshannon;
    case "binary":
      return small ? z : jensenshannon;
  }
}

// build/shared/drift/run.js
function checkTestChoice(test, kind, threshold) {
  if (!test.kinds.includes(kind)) {
    throw new UserError(`Drift test '${test.name}' does not apply to ${kind} columns; it takes ${test.kinds.join(", ")} columns.`);
  }
  const [low, high] = test.thresholdRange;
  if (!(threshold > low && threshold <= high) || test.direction === "below" && threshold === high) {
    const range = high === Infinity ? `greater than ${low}` : test.direction === "below" ? `between ${low} and ${high}, exclusive` : `in (${low}, ${high}]`;
    throw new UserError(`Drift test '${test.name}': threshold ${threshold} must be ${range}.`);
  }
}

// build/shared/drift/dataset-types.js
var CORRECTIONS = ["none", "bonferroni", "fdr"];
var UNSEEN_LISTED = 20;

// build/shared/drift/options.js
var COMPARE_DEFAULTS = { driftShare: 0.5, correction: "none", minSamples: 30 };
function resolveCompareOptions(options) {
  const driftShare = options.driftShare ?? COMPARE_DEFAULTS.driftShare;
  if (!(driftShare > 0 && driftShare <= 1))
    throw new UserError(`Input 'drift-share': must be a number in (0, 1], got ${driftShare}.`);
  const correction = options.correction ?? COMPARE_DEFAULTS.correction;
  if (!CORRECTIONS.includes(correction))
    throw new UserError(`Input 'correction': unknown correction '${correction}'; use ${CORRECTIONS.join(", ")}.`);
  const minSamples = options.minSamples ?? COMPARE_DEFAULTS.minSamples;
  if (!Number.isInteger(minSamples) || minSamples < 1)
    throw new UserError(`Input 'min-samples': must be a whole number of at least 1, got ${minSamples}.`);
  const tests = new Map(Object.entries(options.tests ?? {}).map(([column, spec]) => [column, testChoice(column, spec)]));
  return { columns: options.columns ?? null, ignore: new Set(options.ignore ?? []), tests, driftShare, correction, minSamples };
}
function testChoice(column, given) {
  const spec = typeof given === "string" ? { test: given } : given;
  const test = DRIFT_TESTS_BY_NAME.get(spec?.test);
  if (!test) {
    throw new UserError(`Input 'tests': column '${column}': unknown drift test '${spec?.test}'; the tests are ${DRIFT_TESTS.map((t) => t.name).join(", ")}.`);
  }
  const threshold = spec.threshold ?? test.defaultThreshold;
  if (typeof threshold !== "number")
    throw new UserError(`Input 'tests': column '${column}': threshold must be a number, got '${String(threshold)}'.`);
  namingTests(column, () => checkTestChoice(test, test.kinds[0], threshold));
  return { test, threshold };
}
function checkChoiceForKind(column, choice, kind) {
  namingTests(column, () => checkTestChoice(choice.test, kind, choice.threshold));
}
function namingTests(column, check) {
  try {
    check();
  } catch (error) {
    if (!(error instanceof UserError))
      throw error;
    throw new UserError(`Input 'tests': column '${column}': ${error.message[0].toLowerCase()}${error.message.slice(1)}`);
  }
}

// build/shared/drift/reference.js
var POOLED = "\0pooled";
function isProfile(reference) {
  return "version" in reference && "sample" in reference && "dataHash" in reference;
}
function referenceSource(reference) {
  if (isProfile(reference)) {
    const byName2 = new Map(reference.columns.map((column) => [column.name, column]));
    return {
      kind: "profile",
      rows: reference.rows,
      sampleRows: reference.sample.rows.length,
      names: reference.columns.map((column) => column.name),
      column: (name) => profileSide(byName2.get(name), reference.rows)
    };
  }
  const byName = new Map(reference.columns.map((column) => [column.name, column]));
  return { kind: "data", rows: reference.rows, names: reference.columns.map((column) => column.name), column: (name) => tableSide(byName.get(name), false) };
}
function tableSide(column, cutLongText) {
  if (isSampledColumn(column))
    return sampledSide(column, cutLongText);
  if (column.kind === "string") {
    const counts = /* @__PURE__ */ new Map();
    let present = 0;
    for (const raw of column.values) {
      if (raw === null)
        continue;
      const value = cutLongText ? cutText(raw) : raw;
      counts.set(value, (counts.get(value) ?? 0) + 1);
      present++;
    }
    return { name: column.name, stored: "string", rows: column.values.length, present, counts, pooled: null };
  }
  const sorted = finiteSorted(column.values);
  let sum2 = 0;
  for (let i = 0; i < sorted.length; i++)
    sum2 += sorted[i];
  return numberSide(column.name, column.values.length, sorted, sum2);
}
var isSampledColumn = (column) => "rows" in column;
function sampledSide(column, cutLongText) {
  if (column.kind === "number")
    return numberSide(column.name, column.rows, column.values, column.sum, column.present);
  let counts = column.counts;
  if (cutLongText) {
    counts = /* @__PURE__ */ new Map();
    for (const [text, count] of column.counts)
      counts.set(cutText(text), (counts.get(cutText(text)) ?? 0) + count);
  }
  let present = 0;
  for (const count of counts.values())
    present += count;
  return { name: column.name, stored: "string", rows: column.rows, present, counts, pooled: null };
}
function numberSide(name, rows, sorted, sum2, present = sorted.length) {
  return {
    name,
    stored: "number",
    rows,
    present,
    sorted,
    sampled: present > sorted.length,
    mean: present > 0 ? sum2 / present : null,
    distinct: distinctSorted(sorted),
    counts: () => countRuns(sorted)
  };
}
function profileSide(column, rows) {
  if (column.kind === "string") {
    const counts = new Map(column.categories.values.map(({ value, count }) => [value, count]));
    const { other } = column.categories;
    if (other.count > 0)
      counts.set(POOLED, other.count);
    return { name: column.name, stored: "string", rows, present: column.count, counts, pooled: other.count > 0 ? { count: other.count, distinct: other.distinct } : null };
  }
  const sample = sortFinite(new Float64Array(column.sample.filter((value) => value !== null && Number.isFinite(value))));
  const categories = column.categories;
  return {
    name: column.name,
    stored: "number",
    rows,
    present: column.count,
    sorted: sample,
    sampled: true,
    mean: column.mean,
    distinct: column.distinct,
    counts: () => categories ? new Map(categories.values.map(({ value, count }) => [String(value), count])) : null
  };
}
function finiteSorted(values) {
  let finite = 0;
  for (let i = 0; i < values.length; i++)
    if (Number.isFinite(values[i]))
      finite++;
  const out = new Float64Array(finite);
  let j = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (Number.isFinite(value))
      out[j++] = value;
  }
  return sortFinite(out);
}
function distinctSorted(sorted) {
  let distinct = sorted.length > 0 ? 1 : 0;
  for (let i = 1; i < sorted.length; i++)
    if (sorted[i] !== sorted[i - 1])
      distinct++;
  return distinct;
}
function countRuns(sorted) {
  const counts = /* @__PURE__ */ new Map();
  for (let start = 0; start < sorted.length; ) {
    let end = start + 1;
    while (end < sorted.length && sorted[end] === sorted[start])
      end++;
    counts.set(String(sorted[start]), end - start);
    start = end;
  }
  return counts;
}

// build/shared/drift/columns.js
var CATEGORICAL_DISTINCT = 5;
function inferKind(reference, current) {
  if (reference.stored === "string" && current.stored === "string") {
    if (reference.pooled)
      return "categorical";
    return categoricalKind(unionSize(reference.counts, current.counts));
  }
  const [a, b] = [reference, current];
  if (a.distinct > CATEGORICAL_DISTINCT || b.distinct > CATEGORICAL_DISTINCT)
    return "numeric";
  const union = unionSize(a.counts(), b.counts());
  return union > CATEGORICAL_DISTINCT ? "numeric" : categoricalKind(union);
}
var categoricalKind = (distinct) => distinct === 2 ? "binary" : "categorical";
function unionSize(a, b) {
  let size = a.size;
  for (const key of b.keys())
    if (!a.has(key))
      size++;
  return size;
}
function columnTest(column, inferred, stored, choice, referenceRows) {
  if (!choice) {
    const test = defaultTest(inferred, referenceRows);
    return { test, threshold: test.defaultThreshold, kind: inferred };
  }
  const kinds = choice.test.kinds;
  let kind = inferred;
  if (!kinds.includes(kind) && stored === "number" && kinds.includes("numeric"))
    kind = "numeric";
  if (!kinds.includes(kind) && kind === "binary" && kinds.includes("categorical"))
    kind = "categorical";
  checkChoiceForKind(column, choice, kind);
  return { ...choice, kind };
}
function testData(kind, reference, current) {
  if (kind === "numeric")
    return [reference.sorted, current.sorted];
  const [a, b] = [categoryCounts(reference), categoryCounts(current)];
  return [a, reference.stored === "string" && reference.pooled ? poolUnlisted(b, a) : b];
}
function categoryCounts(side) {
  return side.stored === "string" ? side.counts : side.counts();
}
function poolUnlisted(current, reference) {
  const pooled = /* @__PURE__ */ new Map();
  let rest = 0;
  for (const [category, count] of current) {
    if (reference.has(category) && category !== POOLED)
      pooled.set(category, count);
    else
      rest += count;
  }
  if (rest > 0)
    pooled.set(POOLED, rest);
  return pooled;
}

// build/shared/drift/findings.js
var NULL_RATE_CHANGE = 0.1;
var NULL_RATE_ALPHA = 0.05;
function nullRateFinding(reference, current) {
  const [n1, n2] = [reference.rows, current.rows];
  if (n1 === 0 || n2 === 0)
    return void 0;
  const [k1, k2] = [n1 - reference.present, n2 - current.present];
  const [share1, share2] = [k1 / n1, k2 / n2];
  if (Math.abs(share2 - share1) < NULL_RATE_CHANGE)
    return void 0;
  const pooled = (k1 + k2) / (n1 + n2);
  const z2 = (share2 - share1) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  const pValue = 2 * normalSurvival(Math.abs(z2));
  return pValue < NULL_RATE_ALPHA ? { type: "null rate", column: reference.name, reference: share1, current: share2, pValue } : void 0;
}
function unseenCategories(column, reference, current, pooledInReference) {
  const unseen = [];
  let rows = 0;
  for (const [category, count] of current) {
    if (category === POOLED || reference.has(category))
      continue;
    unseen.push([category, count]);
    rows += count;
  }
  if (unseen.length === 0)
    return void 0;
  const listed = topEntries(unseen, UNSEEN_LISTED).map(([category]) => category);
  return { type: "unseen categories", column, categories: listed, distinct: unseen.length, rows, pooledInReference };
}
function topEntries(entries, k) {
  const top = [];
  const before = (a, b) => a[1] > b[1] || a[1] === b[1] && a[0] < b[0];
  for (const entry of entries) {
    if (top.length === k && !before(entry, top[k - 1]))
      continue;
    let at = top.length === k ? k - 1 : top.length;
    while (at > 0 && before(entry, top[at - 1])) {
      top[at] = top[at - 1];
      at--;
    }
    top[at] = entry;
  }
  return top;
}

// build/shared/drift/distribution.js
var CHART_BINS = 10;
var CHART_CATEGORIES = 8;
var TOP_CATEGORIES = 5;
function sideSummary(side, counts) {
  const summary = { stored: side.stored, count: side.present, missing: side.rows - side.present };
  if (side.stored === "number")
    summary.mean = side.mean;
  const categories = counts ?? (side.stored === "string" ? side.counts : void 0);
  if (categories)
    summary.top = topEntries(withoutPooled(categories), TOP_CATEGORIES).map(([value, count]) => ({ value, count }));
  return summary;
}
function* withoutPooled(counts) {
  for (const entry of counts)
    if (entry[0] !== POOLED)
      yield entry;
}
function binnedDistribution(reference, current) {
  let low = Math.min(reference[0], current[0]);
  let high = Math.max(reference[reference.length - 1], current[current.length - 1]);
  if (low === high)
    [low, high] = [low - 0.5, high + 0.5];
  const edges = Array.from({ length: CHART_BINS + 1 }, (_, i) => i === CHART_BINS ? high : low + (high - low) * i / CHART_BINS);
  return { kind: "bins", edges, reference: binShares2(reference, edges), current: binShares2(current, edges) };
}
function binShares2(sorted, edges) {
  const shares2 = [];
  let start = 0;
  for (let bin = 1; bin < edges.length; bin++) {
    const end = bin === edges.length - 1 ? sorted.length : lowerBound(sorted, edges[bin]);
    shares2.push((end - start) / sorted.length);
    start = end;
  }
  return shares2;
}
function lowerBound(sorted, target) {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (sorted[mid] < target)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}
function categoryDistribution(reference, current) {
  const [totalRef, totalCur] = [sum(reference), sum(current)];
  const combined = /* @__PURE__ */ new Map();
  for (const [side, total2] of [[reference, totalRef], [current, totalCur]]) {
    for (const [category, count] of side)
      if (category !== POOLED)
        combined.set(category, (combined.get(category) ?? 0) + count / total2);
  }
  const categories = topEntries(combined, CHART_CATEGORIES).map(([category]) => category);
  const listed = (side) => categories.reduce((total2, c) => total2 + (side.get(c) ?? 0), 0);
  return {
    kind: "categories",
    categories,
    reference: categories.map((c) => (reference.get(c) ?? 0) / totalRef),
    current: categories.map((c) => (current.get(c) ?? 0) / totalCur),
    rest: { reference: (totalRef - listed(reference)) / totalRef, current: (totalCur - listed(current)) / totalCur }
  };
}
function sum(counts) {
  let total2 = 0;
  for (const count of counts.values())
    total2 += count;
  return total2;
}

// build/shared/drift/compare-column.js
var NOT_COMPARED = { kind: null, test: null, statistic: null, p_value: null, p_adjusted: null, threshold: null, drifted: false, sampled: false };
function compareColumn(reference, current, settings) {
  const column = reference.name;
  if (!current) {
    return { drift: { column, ...NOT_COMPARED, status: "missing in current", reference: sideSummary(reference), current: null }, findings: [{ type: "missing in current", column }] };
  }
  const findings = [];
  const nullRate = nullRateFinding(reference, current);
  if (nullRate)
    findings.push(nullRate);
  const summaries = { reference: sideSummary(reference), current: sideSummary(current) };
  if (reference.present === 0 || current.present < settings.minSamples) {
    return { drift: { column, ...NOT_COMPARED, status: "insufficient data", ...summaries }, findings };
  }
  if (reference.stored !== current.stored) {
    findings.push({ type: "kind changed", column, reference: reference.stored, current: current.stored });
    return { drift: { column, ...NOT_COMPARED, drifted: true, status: "kind changed", ...summaries }, findings };
  }
  const { test, threshold, kind } = columnTest(column, inferKind(reference, current), reference.stored, settings.choice, settings.referenceRows);
  const [referenceData, currentData] = testData(kind, reference, current);
  if (referenceData instanceof Float64Array && referenceData.length === 0) {
    return { drift: { column, ...NOT_COMPARED, status: "insufficient data", ...summaries }, findings };
  }
  const result = test.compare(referenceData, currentData, threshold);
  if (kind === "numeric") {
    return { drift: { column, kind, test: test.name, ...outcome(result, threshold), sampled: reference.stored === "number" && reference.sampled || current.stored === "number" && current.sampled, ...summaries, distribution: binnedDistribution(referenceData, currentData) }, findings };
  }
  const [refCounts, curCounts] = [categoryCounts(reference), categoryCounts(current)];
  const unseen = unseenCategories(column, refCounts, curCounts, reference.stored === "string" ? reference.pooled?.distinct ?? 0 : 0);
  if (unseen)
    findings.push(unseen);
  return {
    drift: {
      column,
      kind,
      test: test.name,
      ...outcome(result, threshold),
      sampled: false,
      reference: sideSummary(reference, refCounts),
      current: sideSummary(current, curCounts),
      distribution: categoryDistribution(referenceData, currentData)
    },
    findings
  };
}
function outcome(result, threshold) {
  return { statistic: result.statistic, p_value: result.pValue, p_adjusted: result.pValue, threshold, drifted: result.drifted, status: "compared" };
}

// build/shared/drift/correction.js
function adjustPValues(pValues, correction) {
  const m = pValues.length;
  if (correction === "none" || m === 0)
    return [...pValues];
  if (correction === "bonferroni")
    return pValues.map((p) => Math.min(1, p * m));
  const order = pValues.map((_, i) => i).sort((a, b) => pValues[a] - pValues[b] || a - b);
  const adjusted = new Array(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const index = order[rank - 1];
    running = Math.min(running, pValues[index] * m / rank);
    adjusted[index] = running;
  }
  return adjusted;
}

// build/shared/drift/dataset.js
function compareDatasets(reference, current, options = {}) {
  const settings = resolveCompareOptions(options);
  const source = referenceSource(reference);
  const currentColumns = new Map(current.columns.map((column) => [column.name, column]));
  const names = selectedColumns(source, currentColumns, settings);
  const columns = [];
  const findings = [];
  for (const name of names) {
    const column = currentColumns.get(name);
    const outcome2 = compareColumn(source.column(name), column && tableSide(column, source.kind === "profile"), {
      choice: settings.tests.get(name),
      referenceRows: source.rows,
      minSamples: settings.minSamples
    });
    columns.push(outcome2.drift);
    findings.push(...outcome2.findings);
  }
  applyCorrection(columns, settings);
  const counted = columns.filter((column) => column.status === "compared" || column.status === "kind changed");
  const driftedColumns = counted.filter((column) => column.drifted).map((column) => column.column);
  const driftShare = counted.length > 0 ? driftedColumns.length / counted.length : 0;
  const enough = current.rows >= settings.minSamples && counted.length > 0;
  const verdict = !enough ? "insufficient data" : driftShare >= settings.driftShare ? "drifted" : "not drifted";
  return {
    reference: { kind: source.kind, rows: source.rows, ...source.sampleRows === void 0 ? {} : { sampleRows: source.sampleRows } },
    current: { rows: current.rows },
    verdict,
    driftShare,
    driftShareThreshold: settings.driftShare,
    comparedColumns: counted.length,
    driftedColumns: enough ? driftedColumns : [],
    correction: settings.correction,
    minSamples: settings.minSamples,
    columns,
    findings
  };
}
function selectedColumns(source, current, settings) {
  const known = new Set(source.names);
  for (const name of settings.columns ?? []) {
    if (!known.has(name))
      throw new UserError(`Input 'columns': no column '${name}' in the reference; its columns are ${nameList(source.names)}.`);
  }
  for (const name of settings.tests.keys()) {
    if (!known.has(name))
      throw new UserError(`Input 'tests': no column '${name}' in the reference; its columns are ${nameList(source.names)}.`);
  }
  const wanted = settings.columns ? new Set(settings.columns) : known;
  const names = source.names.filter((name) => wanted.has(name) && !settings.ignore.has(name));
  if (!names.some((name) => current.has(name))) {
    throw new UserError(`Inputs 'reference' and 'current' have no column in common to compare: the reference has ${nameList(source.names)}; current has ${nameList([...current.keys()])}.`);
  }
  return names;
}
function nameList(names, shown = 20) {
  const listed = names.slice(0, shown).map((name) => `'${name}'`).join(", ");
  return names.length > shown ? `${listed} and ${names.length - shown} more` : listed || "none";
}
function applyCorrection(columns, settings) {
  if (settings.correction === "none")
    return;
  const tested = columns.filter((column) => column.status === "compared" && column.p_value !== null && DRIFT_TESTS_BY_NAME.get(column.test)?.direction === "below");
  const adjusted = adjustPValues(tested.map((column) => column.p_value), settings.correction);
  tested.forEach((column, i) => {
    column.p_adjusted = adjusted[i];
    column.drifted = adjusted[i] < column.threshold;
  });
}

// build/shared/commands/monitor-drift/options.js
import { statSync } from "node:fs";
function parseReference(inputs) {
  const value = inputs.required("reference");
  if (value === "champion") {
    const name = inputs.string("name");
    if (!name)
      throw new UserError("Input 'name' is required with 'reference: champion': it names the model whose champion to compare with.");
    const reference = { name: checkModelName(name), alias: "champion" };
    return { kind: "registry", reference, uri: `models:/${name}@champion` };
  }
  if (value.startsWith("models:/"))
    return { kind: "registry", reference: parseModelUri(value, "reference"), uri: value };
  return isDirectory(value) ? { kind: "model-dir", dir: value } : { kind: "data", spec: value };
}
function referenceKey(reference, name) {
  if (reference.kind === "registry")
    return reference.reference.name;
  if (name)
    return checkModelName(name);
  return reference.kind === "model-dir" ? reference.dir : reference.spec;
}
function parseCompareOptions(inputs) {
  const { tests, file } = readTests(inputs);
  const compare = {
    ...inputs.list("columns").length > 0 && { columns: inputs.list("columns") },
    ignore: inputs.list("ignore"),
    ...tests && { tests },
    driftShare: inputs.number("drift-share", 0.5),
    correction: inputs.string("correction") ?? "none",
    minSamples: inputs.number("min-samples", 30)
  };
  resolveCompareOptions(compare);
  return { compare, ...file && { testsFile: file } };
}
function readTests(inputs) {
  const input = inputs.yamlOrFile("tests", "a YAML mapping of columns to tests, such as '{age: psi, income: {test: ks, threshold: 0.01}}'");
  if (!input)
    return {};
  const file = "file" in input ? input.file : void 0;
  const where = `Input 'tests'${file ? ` ('${file}')` : ""}`;
  let value;
  if ("parsed" in input)
    value = input.parsed;
  else {
    try {
      value = parseYaml(input.text, file ?? "tests");
    } catch (error) {
      throw new UserError(`${where}: not valid YAML: ${error.message.split("\n")[0]}`);
    }
  }
  if (!isMapping(value))
    throw new UserError(`${where}: must be a mapping of column names to a test name or {test, threshold}.`);
  const tests = {};
  for (const [column, spec] of Object.entries(value))
    tests[column] = testSpec(where, column, spec);
  return { tests, ...file && { file } };
}
function testSpec(where, column, spec) {
  if (typeof spec === "string")
    return spec;
  if (!isMapping(spec))
    throw new UserError(`${where}: column '${column}': give a test name or {test, threshold}, not ${JSON.stringify(spec)}.`);
  const unknown = Object.keys(spec).find((key) => key !== "test" && key !== "threshold");
  if (unknown)
    throw new UserError(`${where}: column '${column}': unknown key '${unknown}'; the keys are test and threshold.`);
  if (typeof spec.test !== "string")
    throw new UserError(`${where}: column '${column}': 'test' must name a test.`);
  if (spec.threshold !== void 0 && typeof spec.threshold !== "number")
    throw new UserError(`${where}: column '${column}': threshold must be a number, got ${JSON.stringify(spec.threshold)}.`);
  return { test: spec.test, ...spec.threshold !== void 0 && { threshold: spec.threshold } };
}
function isMapping(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

// build/shared/commands/monitor-drift/performance.js
import { existsSync } from "node:fs";
var PERFORMANCE_BOOTSTRAP = bootstrapSettings({ resamples: 1e3, confidence: 0.95, seed: 0 });
async function measurePerformance(current, input) {
  const base = { model: input.modelName, target: input.target, degraded: false, degradedMetrics: [], bootstrap: PERFORMANCE_BOOTSTRAP, metrics: [] };
  const truth = current.columns.find((column) => column.name === input.target);
  if (!truth)
    return { ...base, status: "no labels", labelledRows: 0 };
  const labelled = [];
  for (let row = 0; row < current.rows; row++)
    if (truth.kind === "number" ? Number.isFinite(truth.values[row]) : truth.values[row] !== null)
      labelled.push(row);
  if (labelled.length < input.minSamples)
    return { ...base, status: "insufficient data", labelledRows: labelled.length };
  const model = await loadModelDir(input.modelDir, input.modelInput);
  const scored = await predictionInput(model, takeRows(current, labelled), input.target, "target");
  const reference = referenceMetrics(input.modelDir, input.modelInput);
  const metrics = applicableMetrics(scored);
  const values = evaluateMetrics(scored, metrics);
  const compared = metrics.filter((metric) => reference[metric.name] !== void 0);
  const intervals = singleBootstrap(scored, compared, PERFORMANCE_BOOTSTRAP);
  const rows = metrics.map((metric) => metricDrift(metric, values[metric.name], reference[metric.name], intervals.get(metric.name)));
  const degradedMetrics = rows.filter((row) => row.degraded).map((row) => row.metric);
  return { ...base, status: "compared", labelledRows: labelled.length, degraded: degradedMetrics.length > 0, degradedMetrics, metrics: rows };
}
function metricDrift(metric, current, reference, ci) {
  const interval = ci && Number.isFinite(ci[0]) && Number.isFinite(ci[1]) ? ci : null;
  const degraded = reference !== void 0 && interval !== null && (metric.greaterIsBetter ? reference > interval[1] : reference < interval[0]);
  return { metric: metric.name, greaterIsBetter: metric.greaterIsBetter, reference: reference ?? null, current, ci: interval, degraded };
}
function referenceMetrics(modelDir, input) {
  const path = modelDirFile(modelDir, "metrics");
  return existsSync(path) ? readMetricsFile(path, input) : {};
}

// build/shared/commands/monitor-drift/report.js
function checkStatus(check) {
  if (check.drifted)
    return "drifted";
  return check.data.verdict === "insufficient data" ? "insufficient data" : "clear";
}
function driftJson(check) {
  const { data } = check;
  return {
    tool: "mlops-actions/monitor-drift",
    drifted: check.drifted,
    ...data,
    reference: { ...data.reference, source: check.source },
    current: { ...data.current, files: check.currentFiles },
    performance: check.performance
  };
}
function driftReason(check, key) {
  const parts = [];
  if (check.data.verdict === "drifted")
    parts.push(`${check.data.driftedColumns.length} of ${check.data.comparedColumns} columns drifted (${check.data.driftedColumns.join(", ")})`);
  if (check.performance?.degraded)
    parts.push(`${check.performance.degradedMetrics.join(", ")} degraded on ${check.performance.labelledRows} labelled rows`);
  return `Drift in ${key}: ${parts.join("; ")}`;
}
function headingTitle(context) {
  return `Data drift in ${context.key}`;
}
function driftSummary(check, context) {
  return [renderDriftSummary(check.data, { title: headingTitle(context) }).trimEnd(), ...extraSections(check, context)].join("\n\n") + "\n";
}
function driftIssueBody(check, context, marker) {
  const body = renderDriftIssueBody(check.data, { marker, title: headingTitle(context) }).slice(marker.length).replace(/^\n/, "");
  return [body.trimEnd(), ...extraSections(check, context)].join("\n\n") + "\n";
}
function extraSections(check, context) {
  const footer = linkTarget(context.runUrl);
  return [performanceSection(check.performance), sourcesLine(check), footer && `---
[workflow run](${footer})`].filter((part) => !!part);
}
function sourcesLine(check) {
  const { source } = check;
  const reference = source.kind === "registry" ? `${mdCode(source.version)} (${mdCode(source.uri)}, sha256 ${mdCode(source.digest.slice(0, 12))}), its training profile` : source.kind === "model-dir" ? `the training profile ${mdCode(source.profile)}` : `${mdCode(source.path)} (${formatCount(source.files.length)} file${source.files.length === 1 ? "" : "s"})`;
  return `Sources: reference ${reference} \xB7 current ${check.currentFiles.slice(0, 3).map((file) => mdCode(file)).join(", ")}${check.currentFiles.length > 3 ? ` and ${formatCount(check.currentFiles.length - 3)} more` : ""}`;
}
function performanceSection(performance) {
  if (!performance)
    return void 0;
  const model = `${mdCode(performance.model)}, target ${mdCode(performance.target)}`;
  if (performance.status === "no labels")
    return `### Performance

Not measured: the current data has no ${mdCode(performance.target)} column yet (${model}).`;
  if (performance.status === "insufficient data")
    return `### Performance

\u26AA Insufficient data: ${formatCount(performance.labelledRows)} labelled rows, fewer than min-samples (${model}).`;
  const { confidence, resamples } = performance.bootstrap;
  const verdict = performance.degraded ? `\u{1F534} degraded: ${performance.degradedMetrics.map((name) => mdText(name)).join(", ")}` : "\u{1F7E2} no metric degraded";
  const rows = performance.metrics.map((metric) => [
    metric.metric,
    metric.reference === null ? "" : formatStat(metric.reference),
    Number.isFinite(metric.current) ? formatStat(metric.current) : "\u2014",
    metric.ci ? `${formatStat(metric.ci[0])} to ${formatStat(metric.ci[1])}` : "",
    metric.reference === null ? "no reference" : !Number.isFinite(metric.current) ? "undefined on these rows" : metric.degraded ? md("\u{1F534} degraded") : "no"
  ]);
  const head = `### Performance: ${verdict}

${formatCount(performance.labelledRows)} labelled rows scored by ${model}. Reference: the model's metrics.json. A metric is degraded when its reference lies outside the ${formatStat(confidence * 100)}% bootstrap interval of the current value (${formatCount(resamples)} resamples), on the worse side.`;
  return `${head}

${table(["Metric", "Reference", "Current", `${formatStat(confidence * 100)}% CI`, "Degraded"], rows, ["left", "right", "right", "right", "left"])}`;
}

// build/shared/commands/monitor-drift/publish.js
async function publishDrift(check, options, log) {
  const wanted = options.openIssue || check.drifted && options.retrainWorkflow !== void 0;
  if (!wanted)
    return {};
  const { repository } = options.github;
  if (!repository) {
    log.info("Not running in a GitHub repository (GITHUB_REPOSITORY is not set): no issue is opened and no workflow dispatched.");
    return {};
  }
  if (!options.token) {
    log.warning("Input 'github-token' is empty, so no drift issue was opened or updated and no workflow dispatched. The report is in the job summary.");
    return {};
  }
  const client = createGitHubClient({ token: options.token, apiUrl: options.github.apiUrl, log });
  const where = splitRepository(repository);
  let failure;
  let outputs = {};
  if (options.openIssue) {
    try {
      outputs = await syncIssue(client, where, check, options, log);
    } catch (error) {
      failure = error;
    }
  }
  if (check.drifted && options.retrainWorkflow) {
    try {
      await dispatchRetraining(client, where, check, options, log);
    } catch (error) {
      failure ??= error;
    }
  }
  if (failure !== void 0)
    throw failure;
  return outputs;
}
async function syncIssue(client, where, check, options, log) {
  const marker = trackingMarker(options.key, options.github.workflow ?? "monitor-drift");
  const result = await syncTrackingIssue({
    client,
    ...where,
    marker,
    labels: options.issueLabels,
    title: options.issueTitle,
    body: driftIssueBody(check, { key: options.key, runUrl: options.runUrl }, marker),
    status: checkStatus(check),
    closeResolved: options.closeResolved,
    ...options.runUrl && { runUrl: options.runUrl },
    fit: stickyBody,
    log
  });
  if (result.action === "none" || result.action === "forbidden")
    return {};
  return { "issue-number": String(result.number), "issue-url": result.url };
}
async function dispatchRetraining(client, where, check, options, log) {
  const ref = options.retrainRef ?? await defaultBranch(client, where);
  await dispatchWorkflow({
    client,
    ...where,
    workflow: options.retrainWorkflow,
    ref,
    inputs: { reason: driftReason(check, options.key), "run-url": options.runUrl ?? "none (run outside GitHub Actions)" },
    log
  });
}
async function defaultBranch(client, where) {
  try {
    const { data } = await client.request("GET /repos/{owner}/{repo}", where);
    return data.default_branch;
  } catch (error) {
    const status = error.status;
    throw new UserError(`Cannot read the default branch of ${where.owner}/${where.repo} to dispatch the retraining on (GET /repos/${where.owner}/${where.repo} answered ${status ?? error.message}); set 'retrain-ref'.`);
  }
}

// build/shared/commands/monitor-drift/reference.js
import { join } from "node:path";
async function loadReference(spec, registry, log) {
  switch (spec.kind) {
    case "data": {
      const samples = await readColumnSamples(spec.spec, { input: "reference" });
      return { data: samples, source: { kind: "data", path: spec.spec, files: samples.files.map((file) => file.path) }, dispose: () => {
      } };
    }
    case "model-dir":
      return { data: profileOf(spec.dir, spec.dir), source: { kind: "model-dir", path: spec.dir, profile: join(spec.dir, MODEL_DIR_FILES.profile) }, modelDir: spec.dir, dispose: () => {
      } };
    case "registry":
      return fetchRegistered(spec, registry, log);
  }
}
async function fetchRegistered(spec, settings, log) {
  const registry = settings.open(log);
  try {
    await registry.resolve(spec.reference);
  } catch (error) {
    if (!(error instanceof UserError))
      throw error;
    const reason = error.message.replace(/^Input '[^']+': /, "");
    const where = reason.includes(registry.backend.location) ? "" : ` in the ${registry.backend.kind} registry at ${registry.backend.location}`;
    throw new UserError(`Input 'reference': '${spec.uri}' does not resolve${where}: ${reason}`);
  }
  const work = createTemporaryDir("mlops-reference-");
  const dispose = () => removeTemporary(work);
  try {
    const dir = join(work, "model");
    const record = await registry.fetch(spec.reference, dir);
    const version = modelUri(record.name, record.version);
    log.info(`Reference: ${version}${"alias" in spec.reference ? ` (${spec.reference.alias})` : ""}, sha256 ${record.digest} verified.`);
    return { data: profileOf(dir, version), source: { kind: "registry", uri: spec.uri, version, digest: record.digest }, modelDir: dir, dispose };
  } catch (error) {
    dispose();
    throw error;
  }
}
function profileOf(dir, name) {
  const text = readProfileText(dir, "reference");
  if (text === void 0) {
    throw new UserError(`Input 'reference': ${name === dir ? `directory '${dir}'` : name} has no ${MODEL_DIR_FILES.profile}; train writes it beside every model. Give a data file as reference instead.`);
  }
  return parseReferenceProfile(text, join(dir, MODEL_DIR_FILES.profile));
}
var NUMBER_BUDGET = 12e6;
async function loadDataSides(reference, current, compared, threads) {
  const referenceFiles = await resolveDataFiles(reference, "reference");
  const currentFiles = await resolveDataFiles(current, "current");
  const selection = { numberBudget: NUMBER_BUDGET, ...compared.columns?.length && { keepOnly: compared.columns }, ...compared.ignore && { skip: compared.ignore } };
  const [referenceRead, currentRead] = readColumnSamplesAtOnce([{ files: referenceFiles, options: { input: "reference", ...selection } }, { files: currentFiles, options: { input: "current", ...selection } }], threads);
  currentRead.catch(() => {
  });
  const samples = await referenceRead;
  const loaded = { data: samples, source: { kind: "data", path: reference, files: samples.files.map((file) => file.path) }, dispose: () => {
  } };
  try {
    return { reference: loaded, current: await currentRead };
  } catch (error) {
    return { reference: loaded, current: await emptyCurrent(error, currentFiles, samples.columns.map((column) => column.name), false) };
  }
}
async function loadCurrent(specs, referenceColumns, wholeRows) {
  const files = await resolveDataFiles(specs, "current");
  try {
    return wholeRows ? await loadTable(files, { input: "current" }) : await readColumnSamples(files, { input: "current" });
  } catch (error) {
    return emptyCurrent(error, files, referenceColumns, wholeRows);
  }
}
async function emptyCurrent(error, files, referenceColumns, wholeRows) {
  if (!(error instanceof UserError) || !EMPTY_DATA.test(error.message))
    throw error;
  const header = await headerOf(files);
  const names = header.length > 0 ? header : referenceColumns;
  const described = files.map((file) => ({ path: file.path, format: file.format, sha256: "" }));
  if (!wholeRows)
    return { rows: 0, columns: names.map((name) => ({ name, kind: "string", rows: 0, counts: /* @__PURE__ */ new Map() })), files: described };
  return { columns: names.map((name) => ({ name, kind: "string", values: [] })), rows: 0, lines: new Int32Array(0), fileOfRow: new Uint16Array(0), files: described, hash: "" };
}
async function headerOf(files) {
  let header = [];
  try {
    await readDataset(files, DEFAULT_MISSING_VALUES, { file: () => {
    }, header: (columns) => void (header = columns), row: () => {
    }, ragged: () => {
    } }, { hash: false });
  } catch (error) {
    if (!(error instanceof UserError))
      throw error;
  }
  return header;
}
var EMPTY_DATA = /: no data rows \(|: the file is empty \(/;

// build/shared/commands/monitor-drift/index.js
var monitorDriftCommand = {
  action: "monitor-drift",
  cli: "drift",
  title: "mlops monitor-drift",
  description: "Compare current data (a prediction log, say) with the training reference, column by column with SciPy-exact tests; with labels, compare the model's metrics too. One GitHub issue per check: opened when drift starts, commented while it lasts, closed when it clears; optionally dispatch retraining.",
  inputs: {
    reference: {
      description: "What current data is compared with: a data file or glob; a model directory (its training profile, `profile.json`); a registered version, `models:/<name>@<alias>` or `models:/<name>/<version>` (downloaded from `registry`, its profile used); or `champion`, the champion of `name`.",
      required: true
    },
    current: { description: "The current data: path or glob (.csv, .tsv, .jsonl, .json, .parquet, optionally .gz), such as a prediction log. A file with a header and no rows is judged insufficient data.", required: true },
    name: { description: "Model name: for `reference: champion`, and the key of the tracking issue. Default: the registered model's name, else the reference as given." },
    registry: REGISTRY_INPUTS.registry,
    columns: { description: "Columns to compare, comma-separated or a YAML list. Default: every column of the reference." },
    ignore: { description: "Columns left out, such as an id or a timestamp." },
    tests: {
      description: "YAML, inline or a file, mapping columns to a test (`ks`, `chi2`, `chi2_gof`, `z`, `wasserstein`, `jensenshannon`, `psi`, `linf`) or to `{test, threshold}`. Other columns get the default test for their kind and the reference's size."
    },
    "drift-share": { description: "Share of compared columns that must drift for the data to drift, in (0, 1].", default: "0.5" },
    correction: { description: "Multiple-test correction of the p-value tests: `none`, `bonferroni` or `fdr` (Benjamini\u2013Hochberg).", default: "none" },
    "min-samples": { description: "Fewer current values than this in a column, or fewer current rows, make it insufficient data: never drifted.", default: "30" },
    target: { description: "Label column in `current`. With a model, the labelled rows are scored and the metrics compared with the model's `metrics.json`: performance drift." },
    "model-dir": { description: "The model scored for performance drift. Default: the reference, when it is a model directory or a registered version." },
    "open-issue": { type: "boolean", description: "Keep one GitHub issue for this check (needs `issues: write`).", default: "true" },
    "close-resolved": { type: "boolean", description: "Close the issue when drift clears; otherwise only comment.", default: "true" },
    "issue-title": { description: "Title of the issue. Default: `Data drift: <name or reference>`." },
    "issue-labels": { description: "Labels of the issue, comma-separated or a YAML list; the issue is found again by them and its hidden marker.", default: "drift" },
    "retrain-workflow": { description: "On drift, dispatch this workflow (`retrain.yml`) with the inputs `reason` and `run-url`, which it must declare (needs `actions: write`)." },
    "retrain-ref": { description: "Branch or tag to dispatch the workflow on. Default: the repository's default branch." },
    "github-token": { description: "Token for the issue (`issues: write`), the dispatch (`actions: write`) and the github registry (`contents: read`).", actionDefault: "${{ github.token }}" },
    "fail-on-drift": { type: "boolean", description: "Fail the step when drift is found. By default the step succeeds and `drifted` says it.", default: "false" },
    report: { description: "Path of the JSON report.", default: "drift.json" },
    config: { description: "YAML file whose keys are input names; inputs given directly win." }
  },
  outputs: {
    drifted: { type: "boolean", description: "`true` when the data drifted (`drift-share` reached) or a metric degraded, else `false`. Insufficient data is `false`." },
    "drift-share": { type: "number", description: "Drifted columns over compared columns (0 when none was compared)." },
    "drifted-columns": { type: "json", description: "JSON array of the drifted columns, in the order of the reference." },
    report: { description: "Path of the JSON report." },
    "issue-number": { type: "number", description: "The tracking issue opened, commented on or closed by this run; empty when none." },
    "issue-url": { description: "URL of that issue; empty when none." }
  },
  parse(inputs, host) {
    const reference = parseReference(inputs);
    const key = referenceKey(reference, inputs.string("name"));
    const { compare, testsFile } = parseCompareOptions(inputs);
    const target = inputs.string("target");
    const modelDir = inputs.string("model-dir");
    if (target && !modelDir && reference.kind === "data") {
      throw new UserError("Input 'target': performance drift needs a model; give 'model-dir', or a model directory or registered version as 'reference'.");
    }
    if (modelDir && !target)
      throw new UserError("Input 'model-dir' is scored only against labels: give 'target', the label column in 'current'.");
    const labels = inputs.list("issue-labels");
    return {
      reference,
      current: currentSpecs(inputs),
      compare,
      ...target && { target },
      ...modelDir && { modelDir },
      registry: openRegistryFromInputs(inputs, host),
      key,
      openIssue: inputs.boolean("open-issue", true),
      closeResolved: inputs.boolean("close-resolved", true),
      issueTitle: inputs.string("issue-title") ?? `Data drift: ${key}`,
      issueLabels: labels.length > 0 ? labels : ["drift"],
      ...inputs.string("retrain-workflow") && { retrainWorkflow: inputs.string("retrain-workflow") },
      ...inputs.string("retrain-ref") && { retrainRef: inputs.string("retrain-ref") },
      token: inputs.string("github-token") ?? host.token,
      failOnDrift: inputs.boolean("fail-on-drift", false),
      report: inputs.string("report") ?? "drift.json",
      github: host.github,
      ...host.threads && { threads: host.threads },
      ...host.runUrl && { runUrl: host.runUrl },
      ...testsFile && { testsFile },
      ...inputs.string("config") && { configPath: inputs.string("config") }
    };
  },
  async run(options, log) {
    await checkReportPath(options);
    const sides = options.reference.kind === "data" && !options.target ? await loadDataSides(options.reference.spec, options.current, options.compare, threadBudget(options.threads).threads) : void 0;
    const reference = sides?.reference ?? await loadReference(options.reference, options.registry, log);
    let check;
    try {
      const names = reference.data.columns.map((column) => column.name);
      const current = sides?.current ?? (options.target ? await loadCurrent(options.current, names, true) : await loadCurrent(options.current, names, false));
      log.info(`Comparing ${current.rows} current rows with the reference's ${reference.data.rows}.`);
      const data = compareDatasets(reference.data, current, options.compare);
      const performance = options.target ? await performanceDrift(options, reference, current) : null;
      const drifted = data.verdict === "drifted" || performance?.degraded === true;
      check = { data, source: reference.source, currentFiles: current.files.map((file) => file.path), performance, drifted };
    } finally {
      reference.dispose();
    }
    const reason = check.drifted ? driftReason(check, options.key) : void 0;
    log.info(reason ?? `No drift in ${options.key}: ${check.data.verdict}.`);
    return {
      result: check,
      outputs: {
        drifted: String(check.drifted),
        "drift-share": String(check.data.driftShare),
        "drifted-columns": JSON.stringify(check.data.driftedColumns),
        report: options.report,
        "issue-number": "",
        "issue-url": ""
      },
      report: driftJson(check),
      reportPath: options.report,
      summary: driftSummary(check, { key: options.key, runUrl: options.runUrl }),
      annotations: annotations(check, reason, options),
      failure: reason && options.failOnDrift ? `${reason} (see ${options.report}).` : void 0
    };
  },
  publish: (outcome2, options, log) => publishDrift(outcome2.result, options, log)
};
function currentSpecs(inputs) {
  const specs = inputs.list("current");
  if (specs.length === 0)
    throw new UserError("Input 'current' is required.");
  return specs;
}
async function performanceDrift(options, reference, current) {
  const modelDir = options.modelDir ?? reference.modelDir;
  const source = reference.source;
  const modelName = options.modelDir ?? (source.kind === "registry" ? source.version : modelDir);
  return measurePerformance(current, { modelDir, modelName, modelInput: options.modelDir ? "model-dir" : "reference", target: options.target, minSamples: options.compare.minSamples });
}
function annotations(check, reason, options) {
  const found = [];
  if (reason)
    found.push({ severity: options.failOnDrift ? "error" : "warning", title: "monitor-drift", message: reason });
  for (const finding of check.data.findings) {
    if (finding.type === "missing in current")
      found.push({ severity: "warning", title: "monitor-drift", message: `Column '${finding.column}' of the reference is not in the current data.` });
    if (finding.type === "kind changed") {
      found.push({ severity: "warning", title: "monitor-drift", message: `Column '${finding.column}' holds ${finding.reference === "number" ? "numbers" : "text"} in the reference and ${finding.current === "number" ? "numbers" : "text"} in the current data; counted as drifted.` });
    }
  }
  return found;
}
async function checkReportPath(options) {
  const { reference } = options;
  const data = [...await dataFilePaths("current", options.current), ...reference.kind === "data" ? await dataFilePaths("reference", [reference.spec]) : []];
  const either = splitByKind(namedPaths({ "model-dir": options.modelDir, reference: reference.kind === "model-dir" ? reference.dir : void 0 }));
  const files = [...data, ...namedPaths({ tests: options.testsFile, config: options.configPath }), ...either.files];
  const dirs = [...either.dirs, ...namedPaths({ registry: options.registry.localDir })];
  checkOutputPaths(namedPaths({ report: options.report }), { files, dirs });
}

export {
  monitorDriftCommand
};
