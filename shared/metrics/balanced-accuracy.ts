import { classTally } from './class-tally.js'
import type { ClassificationMetric } from './types.js'

/** sklearn balanced_accuracy_score: mean recall over classes with weight in y_true (others are dropped, not zero). */
export const balancedAccuracy: ClassificationMetric = {
  name: 'balanced_accuracy',
  task: 'classification',
  greaterIsBetter: true,
  needs: 'labels',
  compute(input) {
    const { truePositive, actual } = classTally(input, 'balanced_accuracy')
    let sum = 0
    let classes = 0
    for (let c = 0; c < actual.length; c++) {
      if (actual[c] === 0) continue
      sum += truePositive[c]! / actual[c]!
      classes++
    }
    return sum / classes
  },
}
