import { UserError } from '../errors/index.js'
import type { ClassificationInput, Label, MetricInput } from '../metrics/index.js'

/** A candidate's and a baseline's predictions on the same rows, checked once. */
export interface Pair {
  readonly candidate: MetricInput
  readonly baseline: MetricInput
}

const SAME_ROWS = 'the candidate and the baseline must be evaluated on the same rows'

/**
 * Checks that the two inputs share y_true (row by row, as labels), sample weights and, for
 * binary metrics, the positive class. Paired statistics mean nothing otherwise.
 */
export function pairInputs(candidate: MetricInput, baseline: MetricInput): Pair {
  if (candidate.task !== baseline.task) throw new UserError(`${SAME_ROWS}: the candidate's data is for ${candidate.task} and the baseline's for ${baseline.task}`)
  const rows = candidate.yTrue.length
  if (baseline.yTrue.length !== rows) throw new UserError(`${SAME_ROWS}: the candidate has ${rows} rows and the baseline ${baseline.yTrue.length}`)
  const row = candidate.task === 'classification' ? firstLabelDifference(candidate, baseline as ClassificationInput) : firstDifference(candidate.yTrue, baseline.yTrue)
  if (row >= 0) {
    throw new UserError(`${SAME_ROWS}: y_true differs at row ${row + 1} (candidate ${show(trueLabel(candidate, row))}, baseline ${show(trueLabel(baseline, row))})`)
  }
  checkWeights(candidate, baseline)
  if (candidate.task === 'classification') checkPositive(candidate, baseline as ClassificationInput)
  if (candidate === baseline || candidate.yTrue !== baseline.yTrue) return { candidate, baseline }
  // Metrics cache per-dataset work (score orderings) under the y_true array, so two models
  // sharing one array would read each other's: give each its own.
  return { candidate: { ...candidate, yTrue: candidate.yTrue.slice() } as MetricInput, baseline: { ...baseline, yTrue: baseline.yTrue.slice() } as MetricInput }
}

function firstLabelDifference(a: ClassificationInput, b: ClassificationInput): number {
  const same = sameOrder(a.classes, b.classes)
  for (let i = 0; i < a.yTrue.length; i++) {
    if (same ? a.yTrue[i] !== b.yTrue[i] : a.classes[a.yTrue[i]!] !== b.classes[b.yTrue[i]!]) return i
  }
  return -1
}

function firstDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i
  return -1
}

function checkWeights(candidate: MetricInput, baseline: MetricInput): void {
  const a = candidate.sample
  const b = baseline.sample
  if (a.weighted !== b.weighted) throw new UserError(`${SAME_ROWS}: only the ${a.weighted ? 'candidate' : 'baseline'} has sample weights`)
  if (!a.weighted) return
  const row = firstDifference(a.weight, b.weight)
  if (row >= 0) throw new UserError(`${SAME_ROWS}: the sample weight differs at row ${row + 1} (candidate ${a.weight[row]}, baseline ${b.weight[row]})`)
}

function checkPositive(candidate: ClassificationInput, baseline: ClassificationInput): void {
  if (candidate.classes.length !== 2 || baseline.classes.length !== 2) return
  const a = candidate.classes[candidate.positive]!
  const b = baseline.classes[baseline.positive]!
  if (a !== b) throw new UserError(`the candidate and the baseline must share the positive class: the candidate's is ${show(a)} and the baseline's ${show(b)}`)
}

function sameOrder(a: readonly Label[], b: readonly Label[]): boolean {
  return a.length === b.length && a.every((label, i) => label === b[i])
}

function trueLabel(input: MetricInput, row: number): Label {
  return input.task === 'classification' ? input.classes[input.yTrue[row]!]! : input.yTrue[row]!
}

const show = (label: Label): string => (typeof label === 'string' ? JSON.stringify(label) : String(label))
