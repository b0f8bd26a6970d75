import { UserError } from '../errors/index.js'
import { compareLabels, type Label, type Task } from '../metrics/index.js'
import { column, type Column, type Table } from '../table/index.js'
import { assertFinite, firstText } from './preprocess.js'

/** How a regression target was standardized: the model predicts (y - mean) / scale. */
export interface TargetScaling {
  readonly mean: number
  readonly scale: number
}

/** The target as the network learns it: a class index, or the standardized value, per row. */
export interface EncodedTarget {
  /** Sorted as scikit-learn sorts classes_: numbers numerically, text by code point. */
  readonly classes?: Label[]
  readonly scaling?: TargetScaling
  readonly train: Float32Array
  readonly validation: Float32Array
}

export function encodeTarget(table: Table, target: string, task: Task, trainRows: Int32Array, validationRows: Int32Array): EncodedTarget {
  const col = column(table, target, 'target')
  assertNoMissing(col, table, [trainRows, validationRows])
  if (col.kind === 'number') assertFinite(col, table, joined(trainRows, validationRows), 'data', `the target column '${col.name}'`)
  return task === 'classification' ? encodeClasses(col, trainRows, validationRows) : encodeValues(col, table, trainRows, validationRows)
}

function joined(first: Int32Array, second: Int32Array): Int32Array {
  const rows = new Int32Array(first.length + second.length)
  rows.set(first)
  rows.set(second, first.length)
  return rows
}

function isMissing(col: Column, row: number): boolean {
  return col.kind === 'number' ? Number.isNaN(col.values[row]!) : col.values[row] === null
}

function assertNoMissing(col: Column, table: Table, rowSets: Int32Array[]): void {
  let first = -1
  let count = 0
  for (const rows of rowSets) {
    for (const row of rows) {
      if (!isMissing(col, row)) continue
      count++
      if (first < 0 || row < first) first = row
    }
  }
  if (count === 0) return
  const file = table.files[table.fileOfRow[first]!]?.path ?? 'the data'
  const more = count > 1 ? ` and ${count - 1} more row${count > 2 ? 's' : ''}` : ''
  throw new UserError(`Input 'target': column '${col.name}' has no value on line ${table.lines[first]} of ${file}${more}. Rows used for training or validation need a target; fill them in or drop them.`)
}

// Classes come from the training and validation rows, so a class seen only in validation
// still has an output and the validation loss is defined; its probability learns to stay low.
function encodeClasses(col: Column, trainRows: Int32Array, validationRows: Int32Array): EncodedTarget {
  const label = (row: number): Label => col.values[row]!
  const seen = new Set<Label>()
  for (const row of trainRows) seen.add(label(row))
  if (seen.size < 2) {
    const only = seen.size === 1 ? ` (${JSON.stringify([...seen][0])})` : ''
    throw new UserError(`Input 'target': column '${col.name}' has ${seen.size} class${only} in the training rows; classification needs at least two.`)
  }
  for (const row of validationRows) seen.add(label(row))
  const classes = [...seen].sort(compareLabels)
  const index = new Map(classes.map((value, i) => [value, i]))
  const encode = (rows: Int32Array): Float32Array => Float32Array.from(rows, (row) => index.get(label(row))!)
  return { classes, train: encode(trainRows), validation: encode(validationRows) }
}

// Standardizing the target lets one learning rate suit targets in grams and in millions.
function encodeValues(col: Column, table: Table, trainRows: Int32Array, validationRows: Int32Array): EncodedTarget {
  if (col.kind !== 'number') {
    const { value, line } = firstText(col, table)
    throw new UserError(`Input 'target': column '${col.name}' holds text (${JSON.stringify(value)} on line ${line}), so it cannot be a regression target; use task 'classification' or clean the column.`)
  }
  const values = col.values
  let sum = 0
  for (const row of trainRows) sum += values[row]!
  const mean = sum / trainRows.length
  let squares = 0
  for (const row of trainRows) squares += (values[row]! - mean) ** 2
  const std = Math.sqrt(squares / trainRows.length)
  const scaling = { mean, scale: std < 10 * Number.EPSILON ? 1 : std }
  const encode = (rows: Int32Array): Float32Array => Float32Array.from(rows, (row) => (values[row]! - scaling.mean) / scaling.scale)
  return { scaling, train: encode(trainRows), validation: encode(validationRows) }
}
