import { classTally } from './class-tally.js'
import type { ClassificationInput, Label } from './types.js'

export interface ConfusionMatrix {
  /** Classes in y_true or y_pred, sorted as sklearn sorts them. */
  labels: Label[]
  /** `matrix[t][p]`: weight of rows of true class `labels[t]` predicted as `labels[p]`. */
  matrix: number[][]
}

/** sklearn confusion_matrix: rows are true classes, columns predicted ones. */
export function confusionMatrix(input: ClassificationInput): ConfusionMatrix {
  const { cells, present } = classTally(input, 'the confusion matrix')
  const k = input.classes.length
  const kept = input.classes.flatMap((_, c) => (present[c] ? [c] : []))
  return {
    labels: kept.map((c) => input.classes[c]!),
    matrix: kept.map((t) => kept.map((p) => cells[t * k + p]!)),
  }
}
