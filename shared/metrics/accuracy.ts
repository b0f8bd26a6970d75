import { classTally } from './class-tally.js'
import type { ClassificationMetric } from './types.js'

/** sklearn accuracy_score: weighted share of rows predicted right. */
export const accuracy: ClassificationMetric = {
  name: 'accuracy',
  task: 'classification',
  greaterIsBetter: true,
  needs: 'labels',
  compute(input) {
    const tally = classTally(input, 'accuracy')
    let right = 0
    for (const weight of tally.truePositive) right += weight
    return right / tally.total
  },
}
