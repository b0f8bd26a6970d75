import { alignCounts, binIndex, shares } from './frequencies.js'
import type { CategoryCounts, SideData } from './types.js'

/** Bins of the Jensen–Shannon histogram for numeric columns, as Evidently's default. */
export const SHARED_BIN_COUNT = 30

/**
 * Counts of both sides in 30 equal-width bins over the range of both samples together, as
 * np.histogram(x, np.histogram_bin_edges(concat(reference, current), bins=30)): the last bin is
 * closed; a constant range is widened by 0.5 each way, as numpy does.
 */
function sharedBinCounts(reference: Float64Array, current: Float64Array): [Float64Array, Float64Array] {
  let first = Math.min(reference[0]!, current[0]!)
  let last = Math.max(reference[reference.length - 1]!, current[current.length - 1]!)
  if (first === last) [first, last] = [first - 0.5, last + 0.5]
  const step = (last - first) / SHARED_BIN_COUNT
  const edges = Float64Array.from({ length: SHARED_BIN_COUNT + 1 }, (_, i) => (i === SHARED_BIN_COUNT ? last : i * step + first))
  const count = (values: Float64Array): Float64Array => {
    const counts = new Float64Array(SHARED_BIN_COUNT)
    for (const x of values) counts[Math.min(binIndex(edges, x) - 1, SHARED_BIN_COUNT - 1)]! += 1
    return counts
  }
  return [count(reference), count(current)]
}

/** Frequency vectors of both sides: over shared bins for numbers, over the union of categories otherwise. */
export function frequencyPair(reference: SideData, current: SideData): [Float64Array, Float64Array] {
  if (reference instanceof Float64Array) {
    const [a, b] = sharedBinCounts(reference, current as Float64Array)
    return [shares(a), shares(b)]
  }
  const aligned = alignCounts(reference, current as CategoryCounts)
  return [shares(aligned.reference), shares(aligned.current)]
}

/**
 * The p-quantile of sorted values by numpy's default ('linear') method, with numpy's
 * virtual index and lerp, so that bin edges match np.quantile bit for bit.
 */
export function quantile(sorted: Float64Array, p: number): number {
  const n = sorted.length
  const virtual = n * p + (1 - p) - 1
  const below = Math.min(Math.max(Math.floor(virtual), 0), n - 1)
  const above = Math.min(below + 1, n - 1)
  const t = virtual - below
  const a = sorted[below]!
  const b = sorted[above]!
  const gap = b - a
  return t >= 0.5 ? b - gap * (1 - t) : a + gap * t
}
