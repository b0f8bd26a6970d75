import type { RegressionMetric } from './types.js'

/** Square root of sklearn mean_squared_error. */
export const rmse: RegressionMetric = {
  name: 'rmse',
  task: 'regression',
  greaterIsBetter: false,
  needs: 'labels',
  compute({ yTrue, yPred, sample: { weight } }) {
    let sum = 0
    let total = 0
    for (let i = 0; i < yTrue.length; i++) {
      const w = weight[i]!
      if (w === 0) continue
      const error = yTrue[i]! - yPred[i]!
      sum += w * error * error
      total += w
    }
    return Math.sqrt(sum / total)
  },
}
