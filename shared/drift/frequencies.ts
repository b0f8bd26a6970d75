import type { CategoryCounts } from './types.js'

/** Counts of both sides over the union of their categories, in code-point order. */
export interface AlignedCounts {
  readonly categories: readonly string[]
  readonly reference: Float64Array
  readonly current: Float64Array
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

export function alignCounts(reference: CategoryCounts, current: CategoryCounts): AlignedCounts {
  const categories = [...new Set([...reference.keys(), ...current.keys()])].sort(byCodePoint)
  return {
    categories,
    reference: Float64Array.from(categories, (c) => reference.get(c) ?? 0),
    current: Float64Array.from(categories, (c) => current.get(c) ?? 0),
  }
}

export function total(values: ArrayLike<number>): number {
  let sum = 0
  for (let i = 0; i < values.length; i++) sum += values[i]!
  return sum
}

/** Each count over the sum, as a frequency vector. */
export function shares(counts: Float64Array): Float64Array {
  const sum = total(counts)
  return counts.map((c) => c / sum)
}

/** Index of the first element greater than x in sorted edges (np.searchsorted side='right'). */
export function binIndex(edges: ArrayLike<number>, x: number): number {
  let low = 0
  let high = edges.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (edges[mid]! <= x) low = mid + 1
    else high = mid
  }
  return low
}
