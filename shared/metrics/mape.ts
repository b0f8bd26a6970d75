import type { RegressionMetric } from './types.js'

/** sklearn mean_absolute_percentage_error: a fraction, not a percentage; |y| below machine epsilon counts as epsilon. */
export const mape: RegressionMetric = {
  name: 'mape',
  task: 'regression',
  greaterIsBetter: false,
  needs: 'labels',
  compute({ yTrue, yPred, sample: { weight } }) {
    let sum = 0
    let total = 0
    for (let i = 0; i < yTrue.length; i++) {
      const w = weight[i]!
      if (w === 0) continue
      sum += (w * Math.abs(yPred[i]! - yTrue[i]!)) / Math.max(Math.abs(yTrue[i]!), Number.EPSILON)
      total += w
    }
    return sum / total
  },
}
