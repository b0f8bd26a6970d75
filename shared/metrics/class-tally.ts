import { UserError } from '../errors/index.js'
import { perDataset } from './sample.js'
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

/**
 * Weight of the rows predicted right, and of all rows: accuracy's numbers. Unweighted, only
 * the rows predicted wrong are summed: the weights are whole draw counts, so the sample's size
 * (their sum) less those is exact, and so the same to the last bit as the tally's sums.
 */
export function rightAndTotal(input: ClassificationInput, metric: string): { right: number; total: number } {
  const tally = tallies.get(input)
  if (tally || input.sample.weighted) return rightOfTally(tally ?? classTally(input, metric))
  if (!input.yPred) throw new UserError(`${metric} needs predicted labels (y_pred)`)
  const k = input.classes.length
  const { rows, starts } = perDataset(input, groupByCell)
  let wrong = 0
  for (let c = 0; c < k * k; c++) if (c % (k + 1) !== 0) wrong += sumOfCounts(input.sample.weight, rows, starts[c]!, starts[c + 1]!)
  return { right: input.sample.size - wrong, total: input.sample.size }
}

function rightOfTally({ truePositive, total }: ClassTally): { right: number; total: number } {
  let right = 0
  for (const weight of truePositive) right += weight
  return { right, total }
}

/**
 * The rows of each confusion cell, built once per dataset: `rows` holds cell t * k + p's rows
 * from `starts[t * k + p]` up to the next cell's start, in row order.
 */
interface CellRows {
  rows: Int32Array
  starts: Int32Array
  /** The cell with the most rows. */
  largest: number
}

function groupByCell({ yTrue, yPred, classes }: ClassificationInput): CellRows {
  const k = classes.length
  const starts = new Int32Array(k * k + 1)
  for (let i = 0; i < yTrue.length; i++) starts[yTrue[i]! * k + yPred![i]! + 1]++
  for (let c = 0; c < k * k; c++) starts[c + 1] += starts[c]!
  const next = starts.slice(0, k * k)
  const rows = new Int32Array(yTrue.length)
  for (let i = 0; i < yTrue.length; i++) rows[next[yTrue[i]! * k + yPred![i]!]!++] = i
  let largest = 0
  for (let c = 1; c < k * k; c++) if (starts[c + 1]! - starts[c]! > starts[largest + 1]! - starts[largest]!) largest = c
  return { rows, starts, largest }
}

// Each cell sums its own rows, with the running sum in registers rather than in an array cell
// that random row order would make every add wait on. Weighted, a cell adds its rows in row
// order, the order one pass over the rows would take. Unweighted, the weights are whole draw
// counts, whose sums are exact in any order: four running sums share the work, and the cell
// with the most rows is what the others leave of the sample's size (the counts' sum).
function countClasses(input: ClassificationInput, metric: string): ClassTally {
  const { classes, sample } = input
  if (!input.yPred) throw new UserError(`${metric} needs predicted labels (y_pred)`)
  const k = classes.length
  const { rows, starts, largest } = perDataset(input, groupByCell)
  const cells = new Float64Array(k * k)
  // A class is present when a sampled row has it, even a row of weight 0: `drawn` counts rows
  // per cell. Unweighted, the weights are those counts.
  const drawn = sample.weighted ? new Float64Array(k * k) : cells
  let others = 0
  for (let c = 0; c < k * k; c++) {
    const from = starts[c]!
    const to = starts[c + 1]!
    if (sample.weighted) {
      cells[c] = sumInOrder(sample.weight, rows, from, to)
      drawn[c] = sumInOrder(sample.drawn, rows, from, to)
    } else if (c !== largest) {
      cells[c] = sumOfCounts(sample.weight, rows, from, to)
      others += cells[c]!
    }
  }
  if (!sample.weighted) cells[largest] = sample.size - others
  const truePositive = new Float64Array(k)
  const predicted = new Float64Array(k)
  const actual = new Float64Array(k)
  const seen = new Float64Array(k)
  let total = 0
  for (let t = 0; t < k; t++) {
    truePositive[t] = cells[t * k + t]!
    for (let p = 0; p < k; p++) {
      actual[t] += cells[t * k + p]!
      predicted[p] += cells[t * k + p]!
      total += cells[t * k + p]!
      seen[t] += drawn[t * k + p]!
      seen[p] += drawn[t * k + p]!
    }
  }
  return { cells, truePositive, predicted, actual, present: Uint8Array.from(seen, (n) => (n > 0 ? 1 : 0)), total }
}

/** values[rows[j]] summed over j from `from` to `to` (exclusive), in that order. */
function sumInOrder(values: Float64Array, rows: Int32Array, from: number, to: number): number {
  let sum = 0
  for (let j = from; j < to; j++) sum += values[rows[j]!]!
  return sum
}

/** sumInOrder for whole numbers, in four independent running sums. */
function sumOfCounts(counts: Float64Array, rows: Int32Array, from: number, to: number): number {
  let a = 0
  let b = 0
  let c = 0
  let d = 0
  let j = from
  for (; j + 3 < to; j += 4) {
    a += counts[rows[j]!]!
    b += counts[rows[j + 1]!]!
    c += counts[rows[j + 2]!]!
    d += counts[rows[j + 3]!]!
  }
  for (; j < to; j++) a += counts[rows[j]!]!
  return a + b + (c + d)
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
