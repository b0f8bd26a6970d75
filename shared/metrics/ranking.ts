import { UserError } from '../errors/index.js'
import { ascendingOrder } from './order.js'
import { perDataset } from './sample.js'
import type { ClassificationInput } from './types.js'

/**
 * One class against the rest, rows from the highest score down, built once per dataset so
 * each sample only walks it. Rows with equal scores form one threshold, as in sklearn's
 * _binary_clf_curve.
 */
export interface Ranking {
  rows: Int32Array
  /** Per position: bit 1 set when the row is of the class, bit 2 on the last row of a threshold. */
  flags: Uint8Array
}

const OF_CLASS = 1
const LAST_OF_THRESHOLD = 2

function buildRanking(scores: Float64Array, yTrue: Int32Array, c: number): Ranking {
  const ascending = ascendingOrder(scores)
  const n = ascending.length
  const rows = new Int32Array(n)
  const flags = new Uint8Array(n)
  for (let j = 0; j < n; j++) {
    const row = ascending[n - 1 - j]!
    rows[j] = row
    const last = j === n - 1 || scores[ascending[n - 2 - j]!] !== scores[row]
    flags[j] = (yTrue[row] === c ? OF_CLASS : 0) | (last ? LAST_OF_THRESHOLD : 0)
  }
  return { rows, flags }
}

const rankings = (input: ClassificationInput): (Ranking | undefined)[] => new Array(input.classes.length)

/** Class `c` (the positive class by default) against the rest. */
export function ranking(input: ClassificationInput, c = input.positive): Ranking {
  const built = perDataset(input, rankings)
  return (built[c] ??= buildRanking(scoreColumns(input)[c]!, input.yTrue, c))
}

// The walks below avoid branching on the class: resampled weights come in random order.

/** Trapezoidal area under the ROC curve; NaN without both positive and negative weight. */
export function rocArea({ rows, flags }: Ranking, weight: Float64Array): number {
  let tp = 0
  let fp = 0
  let lastTp = 0
  let lastFp = 0
  let area = 0
  for (let j = 0; j < rows.length; j++) {
    const w = weight[rows[j]!]!
    const positive = flags[j]! & OF_CLASS
    tp += positive * w
    fp += (1 - positive) * w
    if (flags[j]! & LAST_OF_THRESHOLD) {
      area += (fp - lastFp) * (tp + lastTp)
      lastTp = tp
      lastFp = fp
    }
  }
  return tp > 0 && fp > 0 ? area / (2 * tp * fp) : NaN
}

/**
 * sklearn's step-wise average precision: the sum over thresholds of recall gain times
 * precision. With no positive weight sklearn sets recall to 1 everywhere, which scores 0.
 */
export function averagePrecision({ rows, flags }: Ranking, weight: Float64Array): number {
  let tp = 0
  let all = 0
  let lastTp = 0
  let sum = 0
  for (let j = 0; j < rows.length; j++) {
    const w = weight[rows[j]!]!
    tp += (flags[j]! & OF_CLASS) * w
    all += w
    if (flags[j]! & LAST_OF_THRESHOLD && tp > lastTp) {
      sum += ((tp - lastTp) * tp) / all
      lastTp = tp
    }
  }
  return tp > 0 ? sum / tp : 0
}

export function scoreColumns(input: ClassificationInput): readonly Float64Array[] {
  if (!input.scores) throw new UserError('this metric needs class probabilities (scores)')
  return input.scores
}
