import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  RandomStream
} from "./chunk-CEWYPVHK.js";
import {
  cutText,
  sortFinite
} from "./chunk-ICX2WXTI.js";
import {
  UserError
} from "./chunk-PJKC4ZE5.js";

// build/shared/profile/types.js
var PROFILE_VERSION = 1;
var QUANTILE_LEVELS = [0, 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 1];
var MAX_CATEGORIES = 100;

// build/shared/profile/categories.js
function categoryCounts(counts, present) {
  const kept = mostFrequent(counts);
  const share = (count) => present > 0 ? count / present : 0;
  const keptTotal = kept.reduce((sum, [, count]) => sum + count, 0);
  return {
    values: kept.map(([value, count]) => ({ value, count, frequency: share(count) })),
    other: { count: present - keptTotal, frequency: share(present - keptTotal), distinct: counts.size - kept.length }
  };
}
function mostFrequent(counts) {
  let entries = [...counts];
  if (entries.length > MAX_CATEGORIES) {
    const sorted = Float64Array.from(entries, ([, count]) => count).sort();
    const cutoff = sorted[sorted.length - MAX_CATEGORIES];
    let above = 0;
    while (sorted[sorted.length - 1 - above] > cutoff)
      above++;
    let tiesKept = MAX_CATEGORIES - above;
    entries = entries.filter(([, count]) => count > cutoff || count === cutoff && tiesKept-- > 0);
  }
  return entries.sort((a, b) => b[1] - a[1]);
}

// build/shared/profile/histogram.js
function equalWidthHistogram(values, min, max, bins) {
  const first = min === max ? min - 0.5 : min;
  const last = min === max ? max + 0.5 : max;
  const edges = linspace(first, last, bins + 1);
  const counts = new Float64Array(bins);
  const norm = bins / (last - first);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    let bin = Math.trunc((value - first) * norm);
    if (bin === bins)
      bin--;
    if (value < edges[bin])
      bin--;
    else if (value >= edges[bin + 1] && bin !== bins - 1)
      bin++;
    counts[bin]++;
  }
  return { edges: Array.from(edges), counts: Array.from(counts) };
}
function linspace(start, stop, num) {
  const div = num - 1;
  const delta = stop - start;
  const step = delta / div;
  const edges = new Float64Array(num);
  for (let i = 0; i < num; i++)
    edges[i] = (step === 0 ? i / div * delta : i * step) + start;
  edges[num - 1] = stop;
  return edges;
}

// build/shared/profile/quantiles.js
function linearQuantile(sorted, p) {
  const n = sorted.length;
  if (n === 0)
    return NaN;
  const position = (n - 1) * p;
  if (position >= n - 1)
    return sorted[n - 1];
  if (position <= 0)
    return sorted[0];
  const below = Math.floor(position);
  return lerp(sorted[below], sorted[below + 1], position - below);
}
function lerp(a, b, t) {
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

// build/shared/profile/numeric.js
function numericColumnProfile(name, values, rows, bins, sampleRows) {
  const { finite, missing, infinite } = finiteValues(values, rows);
  const count = finite.length;
  const { mean, std } = meanAndStd(finite);
  const sorted = sortFinite(finite);
  const { distinct, categories } = distinctValues(sorted);
  const min = count > 0 ? sorted[0] : null;
  const max = count > 0 ? sorted[count - 1] : null;
  return {
    name,
    kind: "number",
    count,
    missing,
    infinite,
    distinct,
    min,
    max,
    mean,
    std,
    quantiles: count > 0 ? QUANTILE_LEVELS.map((p) => ({ p, value: linearQuantile(sorted, p) })) : [],
    histogram: min !== null && max !== null ? equalWidthHistogram(sorted, min, max, bins) : null,
    categories,
    sample: Array.from(sampleRows, (row) => finiteOrNull(values[row]))
  };
}
function finiteValues(values, rows) {
  const total = rows ? rows.length : values.length;
  const finite = new Float64Array(total);
  let count = 0;
  let missing = 0;
  if (rows) {
    for (let i = 0; i < total; i++) {
      const value = values[rows[i]];
      if (value - value === 0)
        finite[count++] = value;
      else if (value !== value)
        missing++;
    }
  } else {
    for (let i = 0; i < total; i++) {
      const value = values[i];
      if (value - value === 0)
        finite[count++] = value;
      else if (value !== value)
        missing++;
    }
  }
  return { finite: finite.subarray(0, count), missing, infinite: total - count - missing };
}
function meanAndStd(values) {
  const n = values.length;
  if (n === 0)
    return { mean: null, std: null };
  let sum = 0;
  let carry = 0;
  for (let i = 0; i < n; i++) {
    const value = values[i];
    const next = sum + value;
    carry += Math.abs(sum) >= Math.abs(value) ? sum - next + value : value - next + sum;
    sum = next;
  }
  const mean = (sum + carry) / n;
  if (n === 1)
    return { mean, std: null };
  let squares = 0;
  let squaresCarry = 0;
  for (let i = 0; i < n; i++) {
    const deviation = values[i] - mean;
    const square = deviation * deviation;
    const next = squares + square;
    squaresCarry += squares >= square ? squares - next + square : square - next + squares;
    squares = next;
  }
  return { mean, std: Math.sqrt((squares + squaresCarry) / (n - 1)) };
}
function distinctValues(sorted) {
  const counts = /* @__PURE__ */ new Map();
  let distinct = 0;
  let runStart = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i] === sorted[runStart])
      continue;
    distinct++;
    if (distinct <= MAX_CATEGORIES)
      counts.set(sorted[runStart], i - runStart);
    runStart = i;
  }
  return { distinct, categories: distinct <= MAX_CATEGORIES ? categoryCounts(counts, sorted.length) : null };
}
function finiteOrNull(value) {
  return value - value === 0 ? value : null;
}

// build/shared/profile/sample.js
function reservoirSample(count, limit, seed) {
  const size = Math.min(limit, count);
  const reservoir = new Int32Array(size);
  for (let i = 0; i < size; i++)
    reservoir[i] = i;
  if (size === 0)
    return reservoir;
  const random = new RandomStream(seed, 0);
  for (let i = size; i < count; i++) {
    const slot = uniformBelow(random, i + 1);
    if (slot < size)
      reservoir[slot] = i;
  }
  return reservoir.sort();
}
function uniformBelow(random, n) {
  const reject = (4294967296 - n) % n;
  for (; ; ) {
    const x = random.nextUint32();
    if (Math.imul(x, n) >>> 0 >= reject)
      return highWord(x, n);
  }
}
function highWord(x, n) {
  return Math.floor(((x >>> 16) * n + Math.floor((x & 65535) * n / 65536)) / 65536);
}

// build/shared/profile/strings.js
function stringColumnProfile(name, values, rows, sampleRows) {
  const counts = /* @__PURE__ */ new Map();
  const total = rows ? rows.length : values.length;
  let missing = 0;
  for (let i = 0; i < total; i++) {
    const value = values[rows ? rows[i] : i];
    if (value === null)
      missing++;
    else
      counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const count = total - missing;
  return {
    name,
    kind: "string",
    count,
    missing,
    distinct: counts.size,
    categories: cutCategories(categoryCounts(counts, count)),
    sample: Array.from(sampleRows, (row) => cutOrNull(values[row]))
  };
}
function cutCategories(categories) {
  for (const entry of categories.values)
    entry.value = cutText(entry.value);
  return categories;
}
function cutOrNull(value) {
  return value === null ? null : cutText(value);
}

// build/shared/profile/build.js
var PROFILE_DEFAULTS = { sampleSize: 5e3, bins: 20, seed: 0 };
function buildReferenceProfile(table, options = {}) {
  const sampleSize = integerOption("sampleSize", options.sampleSize ?? PROFILE_DEFAULTS.sampleSize, 0, 1e7);
  const bins = integerOption("bins", options.bins ?? PROFILE_DEFAULTS.bins, 1, 1e4);
  const seed = integerOption("seed", options.seed ?? PROFILE_DEFAULTS.seed, 0, 4294967295);
  const rows = options.rows ?? null;
  if (rows)
    assertRowsInTable(rows, table.rows);
  const count = rows ? rows.length : table.rows;
  const positions = reservoirSample(count, sampleSize, seed);
  const sampleRows = rows ? Int32Array.from(positions, (position) => rows[position]).sort() : positions;
  return {
    version: PROFILE_VERSION,
    rows: count,
    dataHash: table.hash,
    columns: table.columns.map((column) => column.kind === "number" ? numericColumnProfile(column.name, column.values, rows, bins, sampleRows) : stringColumnProfile(column.name, column.values, rows, sampleRows)),
    sample: { limit: sampleSize, seed, rows: Array.from(sampleRows) }
  };
}
function integerOption(name, value, min, max) {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UserError(`Profile option '${name}' must be an integer from ${min} to ${max}, got ${value}.`);
  }
  return value;
}
function assertRowsInTable(rows, tableRows) {
  for (let i = 0; i < rows.length; i++) {
    if (rows[i] < 0 || rows[i] >= tableRows)
      throw new RangeError(`Row ${rows[i]} at position ${i} is outside the table's ${tableRows} rows.`);
  }
}

// build/shared/profile/parse.js
function parseReferenceProfile(text, path) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${path}: not valid JSON (${error.message}).`);
  }
  if (!isObject(value) || !("version" in value))
    throw new UserError(`${path}: not a reference profile (no 'version').`);
  if (value.version !== PROFILE_VERSION) {
    throw new UserError(`${path}: reference profile version ${JSON.stringify(value.version)}; this version reads version ${PROFILE_VERSION}. Retrain to rebuild it.`);
  }
  const { rows, dataHash, columns, sample } = value;
  if (typeof rows !== "number" || typeof dataHash !== "string" || !Array.isArray(columns) || !isObject(sample) || !Array.isArray(sample.rows)) {
    throw new UserError(`${path}: reference profile lacks 'rows', 'dataHash', 'columns' or 'sample.rows'.`);
  }
  const sampled = sample.rows.length;
  columns.forEach((column, index) => {
    if (!isObject(column) || typeof column.name !== "string" || column.kind !== "number" && column.kind !== "string" || !Array.isArray(column.sample)) {
      throw new UserError(`${path}: column ${index} of the reference profile lacks a name, a kind ('number' or 'string') or a sample.`);
    }
    if (column.sample.length !== sampled) {
      throw new UserError(`${path}: column '${column.name}' has ${column.sample.length} sampled values for ${sampled} sampled rows.`);
    }
  });
  return value;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export {
  buildReferenceProfile,
  parseReferenceProfile
};
