import { alignCounts, total } from './frequencies.js'
import { chiSquareSurvival } from './special.js'
import type { CategoryCounts, DriftTest } from './types.js'

/**
 * Goodness of fit of the current counts to the reference frequencies, as Evidently's `chisquare`
 * test: scipy.stats.chisquare(current, expected = reference share × current total).
 * Categories the reference never saw would have an expected count of 0 and an infinite
 * statistic; they are left out (reported as unseen categories, a finding of their own), and
 * the expected counts are scaled to the current rows of the categories the reference knows.
 */
export const chi2Gof: DriftTest = {
  name: 'chi2_gof',
  kinds: ['categorical', 'binary'],
  defaultThreshold: 0.05,
  direction: 'below',
  thresholdRange: [0, 1],
  compare(reference, current, threshold) {
    const { reference: a, current: b } = alignCounts(reference as CategoryCounts, current as CategoryCounts)
    const seen = [...a.keys()].filter((c) => a[c]! > 0)
    const referenceTotal = total(a)
    const currentTotal = seen.reduce((sum, c) => sum + b[c]!, 0)
    // No current row in a known category: nothing to fit, and nothing to call drift here.
    if (seen.length < 2 || currentTotal === 0) return { statistic: 0, pValue: 1, drifted: false }
    let statistic = 0
    for (const c of seen) {
      const expected = (a[c]! / referenceTotal) * currentTotal
      statistic += (b[c]! - expected) ** 2 / expected
    }
    const pValue = chiSquareSurvival(statistic, seen.length - 1)
    return { statistic, pValue, drifted: pValue < threshold }
  },
}
