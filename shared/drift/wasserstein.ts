import type { DriftTest } from './types.js'

/** Evidently's floor on the reference's standard deviation, so a constant reference divides by 1e-3, not 0. */
const MIN_SCALE = 1e-3

/** ∫|F_u − F_v|, as scipy.stats.wasserstein_distance(u, v); both sorted ascending. */
export function wassersteinDistance(u: Float64Array, v: Float64Array): number {
  let i = 0
  let j = 0
  let distance = 0
  let previous = Math.min(u[0]!, v[0]!)
  while (i < u.length || j < v.length) {
    const next = Math.min(i < u.length ? u[i]! : Infinity, j < v.length ? v[j]! : Infinity)
    distance += Math.abs(i / u.length - j / v.length) * (next - previous)
    while (i < u.length && u[i] === next) i++
    while (j < v.length && v[j] === next) j++
    previous = next
  }
  return distance
}

/** Standard deviation with ddof 0, as np.std. (Training profiles keep ddof 1: multiply by √((n−1)/n) to convert.) */
export function populationStd(values: Float64Array): number {
  let sum = 0
  for (const x of values) sum += x
  const mean = sum / values.length
  let squares = 0
  for (const x of values) squares += (x - mean) ** 2
  return Math.sqrt(squares / values.length)
}

/**
 * Wasserstein distance in units of the reference's spread, as Evidently's `wasserstein`:
 * wasserstein_distance(reference, current) / max(np.std(reference), 1e-3).
 */
export const wasserstein: DriftTest = {
  name: 'wasserstein',
  kinds: ['numeric'],
  defaultThreshold: 0.1,
  direction: 'above',
  thresholdRange: [0, Infinity],
  compare(reference, current, threshold) {
    const [a, b] = [reference as Float64Array, current as Float64Array]
    const statistic = wassersteinDistance(a, b) / Math.max(populationStd(a), MIN_SCALE)
    return { statistic, pValue: null, drifted: statistic >= threshold }
  },
}
