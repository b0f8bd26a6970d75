import { MAX_CATEGORIES, type CategoryCounts } from './types.js'

/**
 * The MAX_CATEGORIES most frequent values, most frequent first, and the rest pooled.
 * `counts` must iterate in the order ties are to be broken (a Map: first appearance).
 */
export function categoryCounts<T extends number | string>(counts: Map<T, number>, present: number): CategoryCounts<T> {
  const kept = mostFrequent(counts)
  const share = (count: number): number => (present > 0 ? count / present : 0)
  const keptTotal = kept.reduce((sum, [, count]) => sum + count, 0)
  return {
    values: kept.map(([value, count]) => ({ value, count, frequency: share(count) })),
    other: { count: present - keptTotal, frequency: share(present - keptTotal), distinct: counts.size - kept.length },
  }
}

/** Top entries by count, ties in iteration order, without sorting every distinct value. */
function mostFrequent<T>(counts: Map<T, number>): [T, number][] {
  let entries = [...counts]
  if (entries.length > MAX_CATEGORIES) {
    const sorted = Float64Array.from(entries, ([, count]) => count).sort()
    const cutoff = sorted[sorted.length - MAX_CATEGORIES]
    let above = 0
    while (sorted[sorted.length - 1 - above] > cutoff) above++
    let tiesKept = MAX_CATEGORIES - above
    entries = entries.filter(([, count]) => count > cutoff || (count === cutoff && tiesKept-- > 0))
  }
  // Array sort is stable, so equal counts keep their iteration order.
  return entries.sort((a, b) => b[1] - a[1])
}
