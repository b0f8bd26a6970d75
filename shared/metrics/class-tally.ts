import { UserError } from '../errors/index.js'
import type { ClassificationInput } from './types.js'

/** Weighted per-class counts of one sample: what every label metric is computed from. */
export interface ClassTally {
  /** `cells[t * k + p]`: weight of rows of true class t predicted as p (k classes). */
  cells: Float64Array
  truePositive: Float64Array
  /** Weight of rows predicted as the class. */
  predicted: Float64Array
  /** Weight of rows whose true class it is. */
  actual: Float64Array
  /** Classes in y_true or y_pred among the sampled rows, even with weight 0: sklearn's unique_labels. */
  present: Uint8Array
  total: number
}

// Precision, recall and F1 read the same tally: count each sample once.
const tallies = new WeakMap<ClassificationInput, ClassTally>()

export function classTally(input: ClassificationInput, metric: string): ClassTally {
  let tally = tallies.get(input)
  if (!tally) tallies.set(input, (tally = countClasses(input, metric)))
  return tally
}

// Passes without data-dependent branches: resampled rows come in random order.
function countClasses(input: ClassificationInput, metric: string): ClassTally {
  const { yTrue, yPred, classes, sample } = input
  if (!yPred) throw new UserError(`${metric} needs predicted labels (y_pred)`)
  const k = classes.length
  const cells = new Float64Array(k * k)
  const { weight } = sample
  for (let i = 0; i < yTrue.length; i++) cells[yTrue[i]! * k + yPred[i]!] += weight[i]!
  const truePositive = new Float64Array(k)
  const predicted = new Float64Array(k)
  const actual = new Float64Array(k)
  let total = 0
  for (let t = 0; t < k; t++) {
    truePositive[t] = cells[t * k + t]!
    for (let p = 0; p < k; p++) {
      actual[t] += cells[t * k + p]!
      predicted[p] += cells[t * k + p]!
      total += cells[t * k + p]!
    }
  }
  return { cells, truePositive, predicted, actual, present: presentClasses(input, actual, predicted), total }
}

// A class is present when a sampled row has it, even a row of weight 0. Unweighted, weight is
// the times drawn, so the weights tell.
function presentClasses({ yTrue, yPred, sample }: ClassificationInput, actual: Float64Array, predicted: Float64Array): Uint8Array {
  const drawn = new Float64Array(actual.length)
  if (sample.weighted) {
    for (let i = 0; i < yTrue.length; i++) {
      drawn[yTrue[i]!] += sample.drawn[i]!
      drawn[yPred![i]!] += sample.drawn[i]!
    }
  } else {
    for (let c = 0; c < drawn.length; c++) drawn[c] = actual[c]! + predicted[c]!
  }
  return Uint8Array.from(drawn, (n) => (n > 0 ? 1 : 0))
}

/** Mean of `value` over the classes sklearn averages over: those present in the sample. */
export function macroAverage(tally: ClassTally, value: (c: number) => number): number {
  let sum = 0
  let classes = 0
  for (let c = 0; c < tally.present.length; c++) {
    if (!tally.present[c]) continue
    sum += value(c)
    classes++
  }
  return sum / classes
}
