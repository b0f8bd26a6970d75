import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  cutText,
  sortFinite
} from "./chunk-ICX2WXTI.js";
import {
  UserError
} from "./chunk-PJKC4ZE5.js";

// build/shared/drift/dataset-types.js
var CORRECTIONS = ["none", "bonferroni", "fdr"];
var UNSEEN_LISTED = 20;

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

export {
  DRIFT_TESTS_BY_NAME,
  resolveCompareOptions,
  compareDatasets
};
