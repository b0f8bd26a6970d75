import { alignCounts, total } from './frequencies.js'
import { chiSquareSurvival } from './special.js'
import type { CategoryCounts, DriftTest } from './types.js'

/**
 * Chi-square test of the 2 × k contingency table (reference, current) × categories, as
 * scipy.stats.chi2_contingency with its default Yates correction at one degree of freedom.
 * A category seen on one side only is a column of the table like any other.
 */
export const chi2: DriftTest = {
  name: 'chi2',
  kinds: ['categorical', 'binary'],
  defaultThreshold: 0.05,
  direction: 'below',
  thresholdRange: [0, 1],
  compare(reference, current, threshold) {
    const { reference: a, current: b } = alignCounts(reference as CategoryCounts, current as CategoryCounts)
    const degreesOfFreedom = a.length - 1
    // One category on both sides: SciPy reports statistic 0, p-value 1.
    if (degreesOfFreedom === 0) return { statistic: 0, pValue: 1, drifted: false }
    const rowTotals = [total(a), total(b)]
    const grandTotal = rowTotals[0]! + rowTotals[1]!
    let statistic = 0
    for (const [row, observedRow] of [a, b].entries()) {
      for (let c = 0; c < a.length; c++) {
        const expected = (rowTotals[row]! * (a[c]! + b[c]!)) / grandTotal
        let observed = observedRow[c]!
        if (degreesOfFreedom === 1) {
          const gap = expected - observed
          observed += Math.sign(gap) * Math.min(0.5, Math.abs(gap))
        }
        statistic += (observed - expected) ** 2 / expected
      }
    }
    const pValue = chiSquareSurvival(statistic, degreesOfFreedom)
    return { statistic, pValue, drifted: pValue < threshold }
  },
}
