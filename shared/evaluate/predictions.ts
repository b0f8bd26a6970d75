import { UserError } from '../errors/index.js'
import { prepareClassification, prepareRegression, sortLabels, type Label, type MetricInput } from '../metrics/index.js'
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
}

/** A predictions file: `y_true`, `y_pred` and, for probabilistic classifiers, `proba_<class>` columns. */
export async function readPredictions(path: string, inputName: string, task: TaskChoice): Promise<Predictions> {
  const table = await loadTable(path, { input: inputName })
  return { input: predictionsInput(table, `${inputName} '${path}'`, task), table, source: path }
}

export function predictionsInput(table: Table, where: string, task: TaskChoice): MetricInput {
  const truth = named(table, 'y_true')
  if (!truth) throw new UserError(`Input ${where}: no 'y_true' column; a predictions file has y_true, y_pred and optionally proba_<class> columns.`)
  const predicted = named(table, 'y_pred')
  const probabilities = table.columns.filter((c) => c.name.startsWith(PROBABILITY_PREFIX))
  const weight = named(table, 'sample_weight')
  const resolved = task !== 'auto' ? task : probabilities.length > 0 ? 'classification' : inferTask(truth, ...(predicted ? [predicted] : []))
  const lineOf = (row: number) => table.lines[row]
  if (resolved === 'regression') {
    if (!predicted) throw new UserError(`Input ${where}: regression predictions need a 'y_pred' column.`)
    return prepareRegression({ yTrue: numbers(truth, where, lineOf), yPred: numbers(predicted, where, lineOf), ...(weight && { sampleWeight: numbers(weight, where, lineOf) }) })
  }
  const yTrue = labels(truth, where, lineOf)
  const yPred = predicted && labels(predicted, where, lineOf)
  const scores = probabilities.length > 0 ? probabilityColumns(probabilities, truth.kind, yTrue, yPred, where, lineOf) : undefined
  if (!yPred && !scores) throw new UserError(`Input ${where}: classification predictions need a 'y_pred' column or proba_<class> columns.`)
  return prepareClassification({
    yTrue,
    yPred: yPred ?? argmax(scores!),
    ...(scores && { scores }),
    ...(weight && { sampleWeight: numbers(weight, where, lineOf) }),
  })
}

function named(table: Table, name: string): Column | undefined {
  return table.columns.find((c) => c.name === name)
}

/** A column of numbers with none missing, or a UserError naming the column and line. */
export function numbers(column: Column, where: string, lineOf: (row: number) => number): Float64Array {
  if (column.kind !== 'number') throw new UserError(`Input ${where}: column '${column.name}' must hold numbers; it holds text such as '${column.values.find((v) => v !== null && Number.isNaN(Number(v)))}'.`)
  const missing = column.values.findIndex((value) => Number.isNaN(value))
  if (missing >= 0) throw new UserError(`Input ${where}: column '${column.name}' is missing a value on line ${lineOf(missing)}.`)
  return column.values
}

/** A column of class labels with none missing, or a UserError naming the column and line. */
export function labels(column: Column, where: string, lineOf: (row: number) => number): Label[] {
  const out: Label[] = new Array(column.values.length)
  for (let row = 0; row < out.length; row++) {
    const value = column.kind === 'number' ? column.values[row] : column.values[row]
    if (value === null || (typeof value === 'number' && Number.isNaN(value))) throw new UserError(`Input ${where}: column '${column.name}' is missing a value on line ${lineOf(row)}.`)
    out[row] = value
  }
  return out
}

/** `proba_<class>` columns; for two classes one column is enough, the other is its complement. */
function probabilityColumns(columns: Column[], labelKind: Column['kind'], yTrue: Label[], yPred: Label[] | undefined, where: string, lineOf: (row: number) => number) {
  const labelsOf = columns.map((c) => {
    const suffix = c.name.slice(PROBABILITY_PREFIX.length)
    const label = labelKind === 'number' ? Number(suffix) : suffix
    if (labelKind === 'number' && (suffix === '' || Number.isNaN(label))) throw new UserError(`Input ${where}: column '${c.name}' does not name a class; y_true holds numbers, so it should be like proba_1.`)
    return label
  })
  const values = columns.map((c) => numbers(c, where, lineOf))
  if (columns.length > 1) return { labels: labelsOf, columns: values }
  const classes = sortLabels(new Set([...yTrue, ...(yPred ?? []), labelsOf[0]!]))
  if (classes.length !== 2) throw new UserError(`Input ${where}: one probability column (${columns[0]!.name}) is enough only for two classes; the data has ${classes.length}. Add a proba_<class> column per class.`)
  const other = classes.find((label) => label !== labelsOf[0])!
  return { labels: [other, labelsOf[0]!], columns: [values[0]!.map((p) => 1 - p), values[0]!] }
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
