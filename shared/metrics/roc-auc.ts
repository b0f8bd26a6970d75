import { UserError } from '../errors/index.js'
import { showLabel } from './labels.js'
import { ranking, rocArea } from './ranking.js'
import type { ClassificationMetric } from './types.js'

/** sklearn roc_auc_score on the positive class's probability. Tied scores share one ROC point. */
export const rocAuc: ClassificationMetric = {
  name: 'roc_auc',
  task: 'classification',
  greaterIsBetter: true,
  needs: 'scores',
  classCount: 'binary',
  compute: (input) => rocArea(ranking(input), input.sample),
}

/** sklearn roc_auc_score(multi_class="ovr", average="macro"): unweighted mean of each class against the rest. */
export const rocAucOvr: ClassificationMetric = {
  name: 'roc_auc_ovr',
  task: 'classification',
  greaterIsBetter: true,
  needs: 'scores',
  classCount: 'multiclass',
  compute(input) {
    // sklearn refuses scores that are not probabilities here, where log_loss renormalises.
    if (input.unnormalisedRow >= 0) {
      const row = input.unnormalisedRow
      const sum = input.scores!.reduce((total, column) => total + column[row]!, 0)
      throw new UserError(`roc_auc_ovr needs probabilities that sum to 1 in each row; row ${row + 1} sums to ${sum} (classes ${input.classes.map(showLabel).join(', ')})`)
    }
    let sum = 0
    for (let c = 0; c < input.classes.length; c++) sum += rocArea(ranking(input, c), input.sample)
    return sum / input.classes.length
  },
}
