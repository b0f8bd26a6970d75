import { scoreColumns } from './ranking.js'
import { perDataset, weightedMean } from './sample.js'
import type { ClassificationInput, ClassificationMetric } from './types.js'

// scikit-learn 1.2 clips to [eps, 1 - eps], eps the float64 machine epsilon, then divides
// each row by its sum, so rows need not sum to 1.
const EPS = Number.EPSILON
const clip = (p: number): number => Math.min(Math.max(p, EPS), 1 - EPS)

function rowLosses(input: ClassificationInput): Float64Array {
  const scores = scoreColumns(input)
  const losses = new Float64Array(input.yTrue.length)
  for (let i = 0; i < losses.length; i++) {
    let sum = 0
    for (const column of scores) sum += clip(column[i]!)
    losses[i] = -Math.log(clip(scores[input.yTrue[i]!]![i]!) / sum)
  }
  return losses
}

/** sklearn log_loss with the score columns as its labels. */
export const logLoss: ClassificationMetric = {
  name: 'log_loss',
  task: 'classification',
  greaterIsBetter: false,
  needs: 'scores',
  compute: (input) => weightedMean(perDataset(input, rowLosses), input.sample.weight),
}
