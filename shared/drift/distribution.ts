import type { Distribution, SideSummary } from './dataset-types.js'
import { topEntries } from './findings.js'
import { POOLED, type SideColumn } from './reference.js'

/** Equal-width bins of a numeric column's chart. */
export const CHART_BINS = 10

/** Categories a chart shows; the rest are pooled in one bar. */
export const CHART_CATEGORIES = 8

/** Most frequent categories in a side's summary. */
export const TOP_CATEGORIES = 5

/** Count, missing cells, the mean of numbers and, for columns compared as categories, the most frequent ones. */
export function sideSummary(side: SideColumn, counts?: ReadonlyMap<string, number>): SideSummary {
  const summary: SideSummary = { stored: side.stored, count: side.present, missing: side.rows - side.present }
  if (side.stored === 'number') summary.mean = side.mean
  const categories = counts ?? (side.stored === 'string' ? side.counts : undefined)
  if (categories) summary.top = topEntries(withoutPooled(categories), TOP_CATEGORIES).map(([value, count]) => ({ value, count }))
  return summary
}

function* withoutPooled(counts: ReadonlyMap<string, number>): Iterable<[string, number]> {
  for (const entry of counts) if (entry[0] !== POOLED) yield entry
}

/** Shares of both sides in CHART_BINS equal-width bins over the range of both (widened by 0.5 each way when constant). */
export function binnedDistribution(reference: Float64Array, current: Float64Array): Distribution {
  let low = Math.min(reference[0]!, current[0]!)
  let high = Math.max(reference[reference.length - 1]!, current[current.length - 1]!)
  if (low === high) [low, high] = [low - 0.5, high + 0.5]
  const edges = Array.from({ length: CHART_BINS + 1 }, (_, i) => (i === CHART_BINS ? high : low + ((high - low) * i) / CHART_BINS))
  return { kind: 'bins', edges, reference: binShares(reference, edges), current: binShares(current, edges) }
}

/** Shares per bin of sorted values: [edges[i], edges[i+1]), the last bin closed. */
function binShares(sorted: Float64Array, edges: readonly number[]): number[] {
  const shares: number[] = []
  let start = 0
  for (let bin = 1; bin < edges.length; bin++) {
    const end = bin === edges.length - 1 ? sorted.length : lowerBound(sorted, edges[bin]!)
    shares.push((end - start) / sorted.length)
    start = end
  }
  return shares
}

/** Index of the first value not below `target`. */
function lowerBound(sorted: Float64Array, target: number): number {
  let [lo, hi] = [0, sorted.length]
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid]! < target) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Shares of the CHART_CATEGORIES categories most frequent over both sides, and of the rest. */
export function categoryDistribution(reference: ReadonlyMap<string, number>, current: ReadonlyMap<string, number>): Distribution {
  const [totalRef, totalCur] = [sum(reference), sum(current)]
  const combined = new Map<string, number>()
  for (const [side, total] of [[reference, totalRef], [current, totalCur]] as const) {
    for (const [category, count] of side) if (category !== POOLED) combined.set(category, (combined.get(category) ?? 0) + count / total)
  }
  const categories = topEntries(combined, CHART_CATEGORIES).map(([category]) => category)
  const listed = (side: ReadonlyMap<string, number>) => categories.reduce((total, c) => total + (side.get(c) ?? 0), 0)
  return {
    kind: 'categories',
    categories,
    reference: categories.map((c) => (reference.get(c) ?? 0) / totalRef),
    current: categories.map((c) => (current.get(c) ?? 0) / totalCur),
    rest: { reference: (totalRef - listed(reference)) / totalRef, current: (totalCur - listed(current)) / totalCur },
  }
}

function sum(counts: ReadonlyMap<string, number>): number {
  let total = 0
  for (const count of counts.values()) total += count
  return total
}
