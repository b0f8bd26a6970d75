/**
 * numpy.quantile(x, p) with the default method 'linear' (Hyndman & Fan type 7), on values
 * sorted ascending. Mirrors numpy's arithmetic step by step, so results agree bit for bit.
 */
export function linearQuantile(sorted: Float64Array, p: number): number {
  const n = sorted.length
  if (n === 0) return NaN
  const position = (n - 1) * p
  if (position >= n - 1) return sorted[n - 1]
  if (position <= 0) return sorted[0]
  const below = Math.floor(position)
  return lerp(sorted[below], sorted[below + 1], position - below)
}

/** numpy's _lerp: interpolates from the nearer end, so p = 1 gives b exactly. */
function lerp(a: number, b: number, t: number): number {
  const diff = b - a
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t
}
