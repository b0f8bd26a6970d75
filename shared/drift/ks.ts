import { exactKolmogorovSmirnov, roundHalfEven } from './ks-exact.js'
import { kolmogorovSurvival } from './kolmogorov.js'
import type { DriftTest } from './types.js'

/** ks_2samp(method='auto') is exact while both samples have at most this many values. */
const MAX_EXACT_SIZE = 10_000

/** Largest gap between the two empirical CDFs, as ks_2samp computes it (the same divisions). */
export function kolmogorovSmirnovStatistic(reference: Float64Array, current: Float64Array): number {
  const n1 = reference.length
  const n2 = current.length
  let i = 0
  let j = 0
  let statistic = 0
  while (i < n1 || j < n2) {
    // Step past every copy of the next value on both sides: ties move the CDFs together.
    const next = Math.min(i < n1 ? reference[i]! : Infinity, j < n2 ? current[j]! : Infinity)
    while (i < n1 && reference[i] === next) i++
    while (j < n2 && current[j] === next) j++
    statistic = Math.max(statistic, Math.abs(i / n1 - j / n2))
  }
  return statistic
}

/** Two-sample Kolmogorov–Smirnov, as scipy.stats.ks_2samp(reference, current, method='auto'). */
export const ks: DriftTest = {
  name: 'ks',
  kinds: ['numeric'],
  defaultThreshold: 0.05,
  direction: 'below',
  thresholdRange: [0, 1],
  compare(reference, current, threshold) {
    const [a, b] = [reference as Float64Array, current as Float64Array]
    const d = kolmogorovSmirnovStatistic(a, b)
    const exact = Math.max(a.length, b.length) <= MAX_EXACT_SIZE ? exactKolmogorovSmirnov(a.length, b.length, d) : null
    const result = exact ?? { statistic: d, pValue: kolmogorovSurvival(roundHalfEven((a.length * b.length) / (a.length + b.length)), d) }
    const pValue = Math.min(1, Math.max(0, result.pValue))
    return { statistic: result.statistic, pValue, drifted: pValue < threshold }
  },
}
