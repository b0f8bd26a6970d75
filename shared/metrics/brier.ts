import { scoreColumns } from './ranking.js'
import type { ClassificationMetric } from './types.js'

/** sklearn brier_score_loss with the positive class: weighted mean squared error of its probability. */
export const brier: ClassificationMetric = {
  name: 'brier',
  task: 'classification',
  greaterIsBetter: false,
  needs: 'scores',
  classCount: 'binary',
  compute(input) {
    const { yTrue, positive, sample } = input
    const p = scoreColumns(input)[positive]!
    const { weight } = sample
    let sum = 0
    let total = 0
    for (let i = 0; i < yTrue.length; i++) {
      const w = weight[i]!
      const error = (yTrue[i] === positive ? 1 : 0) - p[i]!
      sum += w * error * error
      total += w
    }
    return sum / total
  },
}
