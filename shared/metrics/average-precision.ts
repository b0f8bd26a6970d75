import { averagePrecision as stepwiseAveragePrecision, ranking } from './ranking.js'
import type { ClassificationMetric } from './types.js'

/** sklearn average_precision_score on the positive class: the step-wise sum, not the trapezoid. */
export const averagePrecision: ClassificationMetric = {
  name: 'average_precision',
  task: 'classification',
  greaterIsBetter: true,
  needs: 'scores',
  classCount: 'binary',
  compute: (input) => stepwiseAveragePrecision(ranking(input), input.sample),
}
