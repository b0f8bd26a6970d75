import { UserError } from '../errors/index.js'

// Messages count rows from 1 and name arrays as scikit-learn does (y_true, y_pred, sample_weight).

export function rowCount(yTrue: ArrayLike<unknown>): number {
  if (yTrue.length === 0) throw new UserError('y_true is empty: metrics need at least one row')
  return yTrue.length
}

export function checkLength(name: string, values: ArrayLike<unknown>, rows: number): void {
  if (values.length !== rows) throw new UserError(`${name} has ${values.length} values but y_true has ${rows}`)
}

/** A copy as doubles; every value must be a finite number. */
export function numberColumn(name: string, values: ArrayLike<number>, rows: number): Float64Array {
  checkLength(name, values, rows)
  const column = new Float64Array(rows)
  for (let i = 0; i < rows; i++) {
    const value = values[i]
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new UserError(`${name} has ${describeValue(value)} at row ${i + 1}`)
    column[i] = value
  }
  return column
}

export function weightColumn(values: ArrayLike<number>, rows: number): Float64Array {
  const weight = numberColumn('sample_weight', values, rows)
  let total = 0
  for (let i = 0; i < rows; i++) {
    if (weight[i]! < 0) throw new UserError(`sample_weight has the negative weight ${weight[i]} at row ${i + 1}`)
    total += weight[i]!
  }
  if (total === 0) throw new UserError('sample_weight is zero on every row: at least one row needs a positive weight')
  return weight
}

/** How an unusable value reads in a message. */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return 'a missing value'
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value)
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`
  return `a ${typeof value}`
}
