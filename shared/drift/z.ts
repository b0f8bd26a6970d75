import { alignCounts } from './frequencies.js'
import { normalSurvival } from './special.js'
import type { CategoryCounts, DriftTest } from './types.js'
import { UserError } from '../errors/index.js'

/**
 * Pooled two-proportion z-test, as statsmodels' proportions_ztest([k_ref, k_cur], [n_ref, n_cur]):
 * z = (p_ref − p_cur) / √(p(1−p)(1/n_ref + 1/n_cur)), two-sided p = 2 Φ̄(|z|). The proportion
 * is that of the greater category in code-point order. With one category in all (pooled p of
 * 0 or 1) the proportions are equal: z = 0, p = 1.
 */
export const z: DriftTest = {
  name: 'z',
  kinds: ['binary'],
  defaultThreshold: 0.05,
  direction: 'below',
  thresholdRange: [0, 1],
  compare(reference, current, threshold) {
    const { categories, reference: a, current: b } = alignCounts(reference as CategoryCounts, current as CategoryCounts)
    if (categories.length > 2) {
      throw new UserError(`Drift test 'z' compares two categories; the column has ${categories.length}: use 'chi2'.`)
    }
    const positive = categories.length - 1
    const [nRef, nCur] = [a[0]! + (a[1] ?? 0), b[0]! + (b[1] ?? 0)]
    const [pRef, pCur] = [a[positive]! / nRef, b[positive]! / nCur]
    const pooled = (a[positive]! + b[positive]!) / (nRef + nCur)
    const variance = pooled * (1 - pooled) * (1 / nRef + 1 / nCur)
    if (variance === 0) return { statistic: 0, pValue: 1, drifted: false }
    const statistic = (pRef - pCur) / Math.sqrt(variance)
    const pValue = 2 * normalSurvival(Math.abs(statistic))
    return { statistic, pValue, drifted: pValue < threshold }
  },
}
