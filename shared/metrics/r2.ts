import type { RegressionMetric } from './types.js'

/**
 * sklearn r2_score with force_finite: NaN under two rows, 1 for perfect predictions,
 * 0 when y_true is constant but predictions are not.
 */
export const r2: RegressionMetric = {
  name: 'r2',
  task: 'regression',
  greaterIsBetter: true,
  needs: 'labels',
  compute({ yTrue, yPred, sample: { weight, size } }) {
    if (size < 2) return NaN
    let total = 0
    let sum = 0
    let residual = 0
    let min = Infinity
    let max = -Infinity
    for (let i = 0; i < yTrue.length; i++) {
      const w = weight[i]!
      if (w === 0) continue
      const y = yTrue[i]!
      total += w
      sum += w * y
      residual += w * (y - yPred[i]!) ** 2
      if (y < min) min = y
      if (y > max) max = y
    }
    if (total === 0) return NaN
    if (residual === 0) return 1
    // A constant y_true has no spread; its rounded mean would leave a tiny false one.
    if (min === max) return 0
    const mean = sum / total
    let spread = 0
    for (let i = 0; i < yTrue.length; i++) spread += weight[i]! * (yTrue[i]! - mean) ** 2
    return 1 - residual / spread
  },
}
