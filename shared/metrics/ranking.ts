import { UserError } from '../errors/index.js'
import { ascendingOrder } from './order.js'
import { perDataset } from './sample.js'
import type { ClassificationInput, Sample } from './types.js'

/**
 * One class against the rest, rows from the highest score down, built once per dataset so
 * each sample only walks it. Rows with equal scores form one threshold, as in sklearn's
 * _binary_clf_curve.
 */
export interface Ranking {
  rows: Int32Array
  /** Per position: bit 1 set when the row is of the class, bit 2 on the last row of a threshold. */
  flags: Uint8Array
  /** Distinct scores: the thresholds, numbered from the highest score down. */
  thresholds: number
  /**
   * Per row, in row order: 2 x its threshold's number, plus 1 when the row is of the class.
   * Only with up to 2^15 thresholds, which ties make common (scores rounded to a few digits).
   */
  bins?: Uint16Array
}

const OF_CLASS = 1
const LAST_OF_THRESHOLD = 2
/** Thresholds up to which a ranking keeps `bins`: 2 x 2^15 numbers fit in 16 bits. */
const MAX_BINNED_THRESHOLDS = 0x8000

function buildRanking(scores: Float64Array, yTrue: Int32Array, c: number): Ranking {
  const ascending = ascendingOrder(scores)
  const n = ascending.length
  const rows = new Int32Array(n)
  const flags = new Uint8Array(n)
  let thresholds = 0
  for (let j = 0; j < n; j++) {
    const row = ascending[n - 1 - j]!
    rows[j] = row
    const last = j === n - 1 || scores[ascending[n - 2 - j]!] !== scores[row]
    flags[j] = (yTrue[row] === c ? OF_CLASS : 0) | (last ? LAST_OF_THRESHOLD : 0)
    if (last) thresholds++
  }
  if (thresholds > MAX_BINNED_THRESHOLDS) return { rows, flags, thresholds }
  const bins = new Uint16Array(n)
  for (let j = 0, threshold = 0; j < n; j++) {
    bins[rows[j]!] = 2 * threshold + (flags[j]! & OF_CLASS)
    if (flags[j]! & LAST_OF_THRESHOLD) threshold++
  }
  return { rows, flags, thresholds, bins }
}

const rankings = (input: ClassificationInput): (Ranking | undefined)[] => new Array(input.classes.length)

/** Class `c` (the positive class by default) against the rest. */
export function ranking(input: ClassificationInput, c = input.positive): Ranking {
  const built = perDataset(input, rankings)
  return (built[c] ??= buildRanking(scoreColumns(input)[c]!, input.yTrue, c))
}

/**
 * Per threshold, the weight of rows not of the class (at 2t) and of it (at 2t + 1), when they
 * can be had in one pass in row order; undefined otherwise.
 *
 * Unweighted, the weights are whole draw counts, so these sums, and the running sums the walks
 * below take of them, are exact in any order: the same numbers a walk row by row reaches at
 * each threshold, hence the same result to the last bit. Weighted, sums depend on their order,
 * and the walk row by row is the definition.
 */
function thresholdWeights({ bins, thresholds }: Ranking, sample: Sample): Float64Array | undefined {
  if (!bins || sample.weighted) return undefined
  const { weight } = sample
  const sums = new Float64Array(2 * thresholds)
  const n = bins.length
  let i = 0
  // Eight rows a round, loads before adds, for about half the time of one by one: V8 checks
  // each array once a round, and the adds do not wait on each other's loads.
  for (; i + 7 < n; i += 8) {
    const b0 = bins[i]!
    const b1 = bins[i + 1]!
    const b2 = bins[i + 2]!
    const b3 = bins[i + 3]!
    const b4 = bins[i + 4]!
    const b5 = bins[i + 5]!
    const b6 = bins[i + 6]!
    const b7 = bins[i + 7]!
    const w0 = weight[i]!
    const w1 = weight[i + 1]!
    const w2 = weight[i + 2]!
    const w3 = weight[i + 3]!
    const w4 = weight[i + 4]!
    const w5 = weight[i + 5]!
    const w6 = weight[i + 6]!
    const w7 = weight[i + 7]!
    sums[b0] += w0
    sums[b1] += w1
    sums[b2] += w2
    sums[b3] += w3
    sums[b4] += w4
    sums[b5] += w5
    sums[b6] += w6
    sums[b7] += w7
  }
  for (; i < n; i++) sums[bins[i]!] += weight[i]!
  return sums
}

// The walks row by row avoid branching on the class: resampled weights come in random order.

/** Trapezoidal area under the ROC curve; NaN without both positive and negative weight. */
export function rocArea(ranking: Ranking, sample: Sample): number {
  const sums = thresholdWeights(ranking, sample)
  let tp = 0
  let fp = 0
  let lastTp = 0
  let lastFp = 0
  let area = 0
  if (sums) {
    for (let t = 0; t < ranking.thresholds; t++) {
      fp += sums[2 * t]!
      tp += sums[2 * t + 1]!
      area += (fp - lastFp) * (tp + lastTp)
      lastTp = tp
      lastFp = fp
    }
    return tp > 0 && fp > 0 ? area / (2 * tp * fp) : NaN
  }
  const { rows, flags } = ranking
  const { weight } = sample
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
export function averagePrecision(ranking: Ranking, sample: Sample): number {
  const sums = thresholdWeights(ranking, sample)
  let tp = 0
  let all = 0
  let lastTp = 0
  let sum = 0
  if (sums) {
    for (let t = 0; t < ranking.thresholds; t++) {
      tp += sums[2 * t + 1]!
      all += sums[2 * t]! + sums[2 * t + 1]!
      if (tp > lastTp) {
        sum += ((tp - lastTp) * tp) / all
        lastTp = tp
      }
    }
    return tp > 0 ? sum / tp : 0
  }
  const { rows, flags } = ranking
  const { weight } = sample
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
