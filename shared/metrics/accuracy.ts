import { rightAndTotal } from './class-tally.js'
import type { ClassificationMetric } from './types.js'

/** sklearn accuracy_score: weighted share of rows predicted right. */
export const accuracy: ClassificationMetric = {
  name: 'accuracy',
  task: 'classification',
  greaterIsBetter: true,
  needs: 'labels',
  compute(input) {
    const { right, total } = rightAndTotal(input, 'accuracy')
    return right / total
  },
}
