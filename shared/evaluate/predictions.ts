import { UserError } from '../errors/index.js'
import { prepareClassification, prepareRegression, sortLabels, sumsToOne, type Label, type MetricInput } from '../metrics/index.js'
import { loadTable, type Column, type Table } from '../table/index.js'
import { inferTask } from './task.js'

export const PROBABILITY_PREFIX = 'proba_'
export const TASK_CHOICES = ['auto', 'classification', 'regression'] as const
export type TaskChoice = (typeof TASK_CHOICES)[number]

export interface Predictions {
  input: MetricInput
  table: Table
  /** Where the predictions came from, for messages. */
  source: string
  /** Rows whose probabilities do not sum to 1; scored anyway, as scikit-learn does. */
  unnormalised?: Unnormalised
}

/** Rows of a predictions file whose proba_ columns do not sum to 1, within numpy's allclose. */
export interface Unnormalised {
  /** The input and file, as messages name them: `'predictions' ('p.csv')`. */
  where: string
  rows: number
  /** Where the first such row is: `line 5`. */
  first: string
  sum: number
}

/** A predictions file: `y_true`, `y_pred` and, for probabilistic classifiers, `proba_<class>` columns. */
export async function readPredictions(path: string, inputName: string, task: TaskChoice): Promise<Predictions> {
  const table = await loadTable(path, { input: inputName })
  return { ...predictionsInput(table, `'${inputName}' ('${path}')`, task), table, source: path }
}

/** Where a row came from, for messages: `line 5`, or `line 5 of data.csv` when `where` names no file. */
export type RowPlace = (row: number) => string

export function predictionsInput(table: Table, where: string, task: TaskChoice): { input: MetricInput; unnormalised?: Unnormalised } {
  const truth = named(table, 'y_true')
  if (!truth) throw new UserError(`Input ${where}: no 'y_true' column; a predictions file has y_true, y_pred and optionally proba_<class> columns.`)
  const predicted = named(table, 'y_pred')
  const probabilities = table.columns.filter((c) => c.name.startsWith(PROBABILITY_PREFIX))
  const weight = named(table, 'sample_weight')
  const resolved = task !== 'auto' ? task : probabilities.length > 0 ? 'classification' : inferTask(truth, ...(predicted ? [predicted] : []))
  const lineOf: RowPlace = (row) => `line ${table.lines[row]}`
  if (resolved === 'regression') {
    if (!predicted) throw new UserError(`Input ${where}: regression predictions need a 'y_pred' column.`)
    const input = prepareRegression({ yTrue: numbers(truth, where, lineOf), yPred: numbers(predicted, where, lineOf), ...(weight && { sampleWeight: numbers(weight, where, lineOf) }) })
    return { input }
  }
  const yTrue = labels(truth, where, lineOf)
  const yPred = predicted && labels(predicted, where, lineOf)
  const scores = probabilities.length > 0 ? probabilityColumns(probabilities, truth.kind, yTrue, yPred, where, lineOf) : undefined
  if (!yPred && !scores) throw new UserError(`Input ${where}: classification predictions need a 'y_pred' column or proba_<class> columns.`)
  const input = prepareClassification({
    yTrue,
    yPred: yPred ?? argmax(scores!),
    ...(scores && { scores }),
    ...(weight && { sampleWeight: numbers(weight, where, lineOf) }),
  })
  const unnormalised = probabilities.length > 1 && scores ? unnormalisedRows(scores.columns, where, lineOf) : undefined
  return { input, ...(unnormalised && { unnormalised }) }
}

function named(table: Table, name: string): Column | undefined {
  return table.columns.find((c) => c.name === name)
}

/** A column of finite numbers with none missing, or a UserError naming the column and line. */
export function numbers(column: Column, where: string, lineOf: RowPlace): Float64Array {
  if (column.kind !== 'number') {
    const row = firstText(column.values)
    throw new UserError(`Input ${where}: column '${column.name}' must hold numbers; it holds the text ${JSON.stringify(column.values[row])} on ${lineOf(row)}.`)
  }
  for (let row = 0; row < column.values.length; row++) {
    const value = column.values[row]!
    if (Number.isNaN(value)) throw new UserError(`Input ${where}: column '${column.name}' is missing a value on ${lineOf(row)}.`)
    if (!Number.isFinite(value)) throw notFinite(column.name, value, where, lineOf(row))
  }
  return column.values
}

// The table reads a column as text when one cell is not a number; that cell is the one to show.
function firstText(values: readonly (string | null)[]): number {
  const row = values.findIndex((value) => value !== null && !Number.isFinite(Number(value)))
  return row >= 0 ? row : values.findIndex((value) => value !== null)
}

function notFinite(name: string, value: number, where: string, place: string): UserError {
  return new UserError(`Input ${where}: column '${name}' holds ${value} on ${place}; numbers must be finite (inf, Infinity and literals that overflow, such as 1e400, are not valid numbers).`)
}

/** A column of class labels with none missing, or a UserError naming the column and line. */
export function labels(column: Column, where: string, lineOf: RowPlace): Label[] {
  const out: Label[] = new Array(column.values.length)
  for (let row = 0; row < out.length; row++) {
    const value = column.values[row]
    if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))) throw new UserError(`Input ${where}: column '${column.name}' is missing a value on ${lineOf(row)}.`)
    if (typeof value === 'number' && !Number.isFinite(value)) throw notFinite(column.name, value, where, lineOf(row))
    out[row] = value
  }
  return out
}

/** `proba_<class>` columns; for two classes one column is enough, the other is its complement. */
function probabilityColumns(columns: Column[], labelKind: Column['kind'], yTrue: Label[], yPred: Label[] | undefined, where: string, lineOf: RowPlace) {
  const labelsOf = columns.map((c) => {
    const suffix = c.name.slice(PROBABILITY_PREFIX.length)
    const label = labelKind === 'number' ? Number(suffix) : suffix
    if (labelKind === 'number' && (suffix === '' || Number.isNaN(label))) throw new UserError(`Input ${where}: column '${c.name}' does not name a class; y_true holds numbers, so it should be like proba_1.`)
    return label
  })
  const values = columns.map((c) => probabilities(c, where, lineOf))
  if (columns.length > 1) return { labels: labelsOf, columns: values }
  const classes = sortLabels(new Set([...yTrue, ...(yPred ?? []), labelsOf[0]!]))
  if (classes.length !== 2) throw new UserError(`Input ${where}: one probability column (${columns[0]!.name}) is enough only for two classes; the data has ${classes.length}. Add a proba_<class> column per class.`)
  const other = classes.find((label) => label !== labelsOf[0])!
  return { labels: [other, labelsOf[0]!], columns: [values[0]!.map((p) => 1 - p), values[0]!] }
}

function probabilities(column: Column, where: string, lineOf: RowPlace): Float64Array {
  const values = numbers(column, where, lineOf)
  const row = values.findIndex((p) => p < 0 || p > 1)
  if (row >= 0) throw new UserError(`Input ${where}: column '${column.name}' holds ${values[row]} on ${lineOf(row)}; a probability lies between 0 and 1.`)
  return values
}

/**
 * The tolerance is numpy's allclose, the test scikit-learn's roc_auc_ovr applies, so a file is
 * flagged exactly when scikit-learn would refuse roc_auc_ovr on it. A file rounded to three
 * decimals is flagged; float32 softmax output (off by about 1e-7) is not.
 */
function unnormalisedRows(columns: readonly Float64Array[], where: string, lineOf: RowPlace): Unnormalised | undefined {
  let found: Unnormalised | undefined
  for (let row = 0; row < columns[0]!.length; row++) {
    let sum = 0
    for (const column of columns) sum += column[row]!
    if (sumsToOne(sum)) continue
    if (found) found.rows++
    else found = { where, rows: 1, first: lineOf(row), sum }
  }
  return found
}

/**
 * One warning per file. As in scikit-learn 1.2, log_loss divides each row by its sum, and
 * roc_auc and brier read the positive class's column as it is; roc_auc_ovr, which scikit-learn
 * refuses on such rows, is left out of the report.
 */
export function unnormalisedWarning(problem: Unnormalised, classes: number): string {
  const rows = problem.rows === 1 ? '1 row' : `${problem.rows.toLocaleString('en-US')} rows`
  const ovr = classes > 2 ? ', and roc_auc_ovr, which needs them to, is left out' : ''
  return `Input ${problem.where}: the proba_ columns of ${rows} do not sum to 1 (the first, on ${problem.first}, sums to ${Number(problem.sum.toPrecision(6))}); log_loss divides each row by its sum, as scikit-learn does${ovr}.`
}

/** roc_auc_ovr is asked for by a threshold but the rows are not probabilities. */
export function unnormalisedError(problem: Unnormalised): UserError {
  return new UserError(
    `Input ${problem.where}: roc_auc_ovr, named in 'thresholds', needs proba_ columns that sum to 1 in each row, and ${problem.rows.toLocaleString('en-US')} rows do not (the first, on ${problem.first}, sums to ${Number(problem.sum.toPrecision(6))}). Normalise the rows or leave roc_auc_ovr out of 'thresholds'.`,
  )
}

/** The most probable class per row; ties go to the first class in sorted order, as numpy's argmax. */
function argmax(scores: { labels: readonly Label[]; columns: readonly ArrayLike<number>[] }): Label[] {
  const order = sortLabels(scores.labels).map((label) => scores.labels.indexOf(label))
  const rows = scores.columns[0]!.length
  const out: Label[] = new Array(rows)
  for (let row = 0; row < rows; row++) {
    let best = order[0]!
    for (const j of order) if (scores.columns[j]![row]! > scores.columns[best]![row]!) best = j
    out[row] = scores.labels[best]!
  }
  return out
}
