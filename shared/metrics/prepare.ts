import { UserError } from '../errors/index.js'
import { checkLength, describeValue, numberColumn, rowCount, weightColumn } from './columns.js'
import { showLabel, showLabels, sortLabels } from './labels.js'
import { fullSample } from './sample.js'
import type { ClassificationData, ClassificationInput, Label, RegressionData, RegressionInput } from './types.js'

/** Checks classification data once, at the boundary, and encodes labels as class indexes. */
export function prepareClassification(data: ClassificationData): ClassificationInput {
  const rows = rowCount(data.yTrue)
  if (data.yPred) checkLength('y_pred', data.yPred, rows)
  const sampleWeight = data.sampleWeight === undefined ? undefined : weightColumn(data.sampleWeight, rows)
  const truth = firstSeenCodes('y_true', data.yTrue)
  const predicted = data.yPred && firstSeenCodes('y_pred', data.yPred)
  const scoreLabels = data.scores && checkScoreLabels(data.scores.labels, data.scores.columns.length)
  checkOneKind([...truth.labels, ...(predicted?.labels ?? []), ...(scoreLabels ?? [])])

  const classes = sortLabels(scoreLabels ?? new Set([...truth.labels, ...(predicted?.labels ?? [])]))
  const index = new Map(classes.map((label, i) => [label, i]))
  const yTrue = recode('y_true', truth, index)
  const yPred = predicted && recode('y_pred', predicted, index)
  const scores = data.scores && classes.map((label) => probabilityColumn(label, data.scores!.columns[data.scores!.labels.indexOf(label)]!, rows))
  return {
    task: 'classification',
    classes,
    yTrue,
    ...(yPred && { yPred }),
    ...(scores && { scores }),
    positive: positiveIndex(data.positiveLabel, index, classes),
    unnormalisedRow: scores ? firstUnnormalisedRow(scores, rows) : -1,
    sample: fullSample(rows, sampleWeight),
  }
}

export function prepareRegression(data: RegressionData): RegressionInput {
  const rows = rowCount(data.yTrue)
  return {
    task: 'regression',
    yTrue: numberColumn('y_true', data.yTrue, rows),
    yPred: numberColumn('y_pred', data.yPred, rows),
    sample: fullSample(rows, data.sampleWeight === undefined ? undefined : weightColumn(data.sampleWeight, rows)),
  }
}

interface FirstSeenCodes {
  codes: Int32Array
  /** Distinct labels in order of first appearance: `labels[codes[i]]` is row i's label. */
  labels: Label[]
}

function firstSeenCodes(name: string, values: ArrayLike<Label>): FirstSeenCodes {
  const seen = new Map<Label, number>()
  const labels: Label[] = []
  const codes = new Int32Array(values.length)
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!
    let code = seen.get(value)
    if (code === undefined) {
      code = labels.push(checkLabel(name, value, i)) - 1
      seen.set(value, code)
    }
    codes[i] = code
  }
  return { codes, labels }
}

// sklearn reads non-integer numbers as a continuous target and refuses to classify them.
function checkLabel(name: string, value: unknown, row: number): Label {
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isInteger(value)) return value
  if (typeof value === 'number' && Number.isFinite(value)) {
    throw new UserError(`${name} has the non-integer label ${value} at row ${row + 1}: class labels are integers or strings (is this a regression task?)`)
  }
  throw new UserError(`${name} has ${describeValue(value)} at row ${row + 1}: class labels are integers or strings`)
}

function checkScoreLabels(labels: readonly Label[], columns: number): readonly Label[] {
  if (labels.length !== columns) throw new UserError(`scores name ${labels.length} classes but have ${columns} probability columns`)
  if (labels.length < 2) throw new UserError(`scores need a probability column for each class, at least two; got ${labels.length}`)
  const seen = new Set<Label>()
  labels.forEach((label, j) => {
    checkLabel('scores.labels', label, j)
    if (seen.has(label)) throw new UserError(`scores have two probability columns for class ${showLabel(label)}`)
    seen.add(label)
  })
  return labels
}

// sklearn refuses to compare numbers with strings; '1' and 1 would be two classes here.
function checkOneKind(labels: readonly Label[]): void {
  const number = labels.find((label) => typeof label === 'number')
  const string = labels.find((label) => typeof label === 'string')
  if (number !== undefined && string !== undefined) {
    throw new UserError(`labels mix numbers and strings (${showLabel(number)} and ${showLabel(string)}): give y_true, y_pred and the score columns one kind`)
  }
}

function recode(name: string, values: FirstSeenCodes, index: ReadonlyMap<Label, number>): Int32Array {
  const final = new Int32Array(values.labels.length)
  values.labels.forEach((label, code) => {
    const target = index.get(label)
    if (target === undefined) {
      const row = values.codes.indexOf(code) + 1
      throw new UserError(`${name} has class ${showLabel(label)} (row ${row}) with no probability column; the columns are for ${showLabels([...index.keys()])}`)
    }
    final[code] = target
  })
  return values.codes.map((code) => final[code]!)
}

function probabilityColumn(label: Label, values: ArrayLike<number>, rows: number): Float64Array {
  const name = `the probability column for class ${showLabel(label)}`
  const column = numberColumn(name, values, rows)
  for (let i = 0; i < rows; i++) {
    if (column[i]! < 0 || column[i]! > 1) throw new UserError(`${name} has ${column[i]} at row ${i + 1}, outside [0, 1]`)
  }
  return column
}

function positiveIndex(label: Label | undefined, index: ReadonlyMap<Label, number>, classes: readonly Label[]): number {
  if (label === undefined) return classes.length - 1
  const found = index.get(label)
  if (found === undefined) throw new UserError(`the positive label ${showLabel(label)} is not a class; the classes are ${showLabels(classes)}`)
  return found
}

/** numpy.allclose(1, sum): |1 - sum| <= 1e-8 + 1e-5 * |sum|, which sklearn's roc_auc_ovr requires of each row of probabilities. */
export function sumsToOne(sum: number): boolean {
  return Math.abs(1 - sum) <= 1e-8 + 1e-5 * Math.abs(sum)
}

function firstUnnormalisedRow(scores: readonly Float64Array[], rows: number): number {
  for (let i = 0; i < rows; i++) {
    let sum = 0
    for (const column of scores) sum += column[i]!
    if (!sumsToOne(sum)) return i
  }
  return -1
}
