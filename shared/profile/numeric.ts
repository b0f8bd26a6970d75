import { sortFinite } from '../stats/index.js'
import { categoryCounts } from './categories.js'
import { equalWidthHistogram } from './histogram.js'
import { linearQuantile } from './quantiles.js'
import { MAX_CATEGORIES, QUANTILE_LEVELS, type CategoryCounts, type NumericColumnProfile } from './types.js'

/** Profile of a numeric column over `rows` (all rows when null), sorting one copy of it. */
export function numericColumnProfile(name: string, values: Float64Array, rows: Int32Array | null, bins: number, sampleRows: Int32Array): NumericColumnProfile {
  const { finite, missing, infinite } = finiteValues(values, rows)
  const count = finite.length
  const { mean, std } = meanAndStd(finite)
  const sorted = sortFinite(finite)
  const { distinct, categories } = distinctValues(sorted)
  const min = count > 0 ? sorted[0] : null
  const max = count > 0 ? sorted[count - 1] : null
  return {
    name,
    kind: 'number',
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
    sample: Array.from(sampleRows, (row) => finiteOrNull(values[row])),
  }
}

function finiteValues(values: Float64Array, rows: Int32Array | null): { finite: Float64Array; missing: number; infinite: number } {
  const total = rows ? rows.length : values.length
  const finite = new Float64Array(total)
  let count = 0
  let missing = 0
  // x - x is 0 for finite x, NaN for NaN and ±Infinity. Two loops keep the common one tight.
  if (rows) {
    for (let i = 0; i < total; i++) {
      const value = values[rows[i]]
      if (value - value === 0) finite[count++] = value
      else if (value !== value) missing++
    }
  } else {
    for (let i = 0; i < total; i++) {
      const value = values[i]
      if (value - value === 0) finite[count++] = value
      else if (value !== value) missing++
    }
  }
  return { finite: finite.subarray(0, count), missing, infinite: total - count - missing }
}

/**
 * Mean and sample standard deviation (ddof = 1) as pandas computes them: the mean first,
 * then squared deviations from it. Sums are compensated (Neumaier), so they are at least as
 * accurate as numpy's pairwise sums.
 */
function meanAndStd(values: Float64Array): { mean: number | null; std: number | null } {
  const n = values.length
  if (n === 0) return { mean: null, std: null }
  let sum = 0
  let carry = 0
  for (let i = 0; i < n; i++) {
    const value = values[i]
    const next = sum + value
    carry += Math.abs(sum) >= Math.abs(value) ? sum - next + value : value - next + sum
    sum = next
  }
  const mean = (sum + carry) / n
  if (n === 1) return { mean, std: null }
  let squares = 0
  let squaresCarry = 0
  for (let i = 0; i < n; i++) {
    const deviation = values[i] - mean
    const square = deviation * deviation
    const next = squares + square
    // Both terms are non-negative: the larger one is known.
    squaresCarry += squares >= square ? squares - next + square : square - next + squares
    squares = next
  }
  return { mean, std: Math.sqrt((squares + squaresCarry) / (n - 1)) }
}

/** Distinct count from the sorted runs, and each value's count while there are few. */
function distinctValues(sorted: Float64Array): { distinct: number; categories: CategoryCounts<number> | null } {
  const counts = new Map<number, number>()
  let distinct = 0
  let runStart = 0
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i] === sorted[runStart]) continue
    distinct++
    if (distinct <= MAX_CATEGORIES) counts.set(sorted[runStart], i - runStart)
    runStart = i
  }
  return { distinct, categories: distinct <= MAX_CATEGORIES ? categoryCounts(counts, sorted.length) : null }
}

function finiteOrNull(value: number): number | null {
  return value - value === 0 ? value : null
}
