import { UserError } from '../errors/index.js'
import { compareLabels } from '../metrics/index.js'
import { column, type Column, type Table } from '../table/index.js'

/** Missing values become the training median, then (x - mean) / scale. */
export interface NumericStep {
  readonly name: string
  readonly kind: 'number'
  readonly median: number
  readonly mean: number
  readonly scale: number
}

/** One column per training category, sorted, then one for unseen, missing or pooled values. */
export interface CategoryStep {
  readonly name: string
  readonly kind: 'category'
  readonly categories: readonly string[]
  /**
   * Present when the training rows held more categories than `maxCategories`: the rarer ones
   * were left out of `categories`, so they encode as unknown when training and when serving.
   */
  readonly pooled?: PooledCategories
}

/** Training categories beyond the most frequent `maxCategories`, which share the unknown column. */
export interface PooledCategories {
  readonly maxCategories: number
  /** Distinct categories pooled. */
  readonly categories: number
  /** Training rows holding one of them. */
  readonly rows: number
}

export type FeatureStep = NumericStep | CategoryStep

/** How feature columns become model inputs. Plain JSON: saved beside the model and reapplied when serving. */
export interface Preprocessing {
  readonly steps: readonly FeatureStep[]
}

export interface Matrix {
  /** Row-major, `rows` x `width`. */
  readonly matrix: Float32Array
  readonly rows: number
  readonly width: number
}

export const UNKNOWN_CATEGORY = '<unknown>'

/** Categories per text feature that get a column of their own unless `maxCategories` says otherwise. */
export const DEFAULT_MAX_CATEGORIES = 100

/**
 * Fits every statistic on the training rows only, so validation and serving data never leak in.
 * A text feature keeps its `maxCategories` most frequent categories; the rest share the unknown column.
 */
export function fitPreprocessing(table: Table, features: readonly string[], trainRows: Int32Array, maxCategories = DEFAULT_MAX_CATEGORIES): Preprocessing {
  if (features.length === 0) throw new UserError(`Input 'features': name at least one feature column.`)
  const repeated = features.find((name, i) => features.indexOf(name) !== i)
  if (repeated !== undefined) throw new UserError(`Input 'features': column '${repeated}' is listed twice.`)
  if (trainRows.length === 0) throw new UserError(`Input 'data': there are no training rows to fit on.`)
  return { steps: features.map((name) => fitStep(column(table, name, 'features'), trainRows, maxCategories)) }
}

function fitStep(col: Column, rows: Int32Array, maxCategories: number): FeatureStep {
  return col.kind === 'number' ? fitNumeric(col.name, col.values, rows) : fitCategories(col.name, col.values, rows, maxCategories)
}

// Median, not mean, so a few extreme values do not set what a missing value becomes. The
// scaler then sees the imputed column, as in scikit-learn's SimpleImputer + StandardScaler.
function fitNumeric(name: string, values: Float64Array, rows: Int32Array): NumericStep {
  const present = presentValues(values, rows)
  const median = present.length === 0 ? 0 : medianOf(present)
  const missing = rows.length - present.length
  let sum = missing * median
  for (const value of present) sum += value
  const mean = sum / rows.length
  // Two passes keep the variance exact for large, nearly constant values. Population
  // variance (divide by n), as StandardScaler.
  let squares = missing * (median - mean) ** 2
  for (const value of present) squares += (value - mean) ** 2
  const std = Math.sqrt(squares / rows.length)
  // A constant column keeps scale 1, as StandardScaler does below 10 machine epsilons.
  return { name, kind: 'number', median, mean, scale: std < 10 * Number.EPSILON ? 1 : std }
}

function presentValues(values: Float64Array, rows: Int32Array): Float64Array {
  const present = new Float64Array(rows.length)
  let count = 0
  for (const row of rows) {
    const value = values[row]!
    if (!Number.isNaN(value)) present[count++] = value
  }
  return present.subarray(0, count)
}

/** The median, as numpy computes it, by selection (linear time) rather than a full sort. Reorders `values`. */
export function medianOf(values: Float64Array): number {
  const half = values.length >> 1
  const upper = select(values, half)
  if (values.length % 2 === 1) return upper
  // After selecting `half`, everything left of it is smaller: its maximum is the lower middle.
  let lower = -Infinity
  for (let i = 0; i < half; i++) if (values[i]! > lower) lower = values[i]!
  return (lower + upper) / 2
}

/** The k-th smallest value (Hoare's quickselect, middle pivot), leaving smaller values before it. */
function select(values: Float64Array, k: number): number {
  let low = 0
  let high = values.length - 1
  while (low < high) {
    const pivot = values[(low + high) >> 1]!
    let i = low
    let j = high
    while (i <= j) {
      while (values[i]! < pivot) i++
      while (values[j]! > pivot) j--
      if (i <= j) {
        const swap = values[i]!
        values[i++] = values[j]!
        values[j--] = swap
      }
    }
    if (k <= j) high = j
    else if (k >= i) low = i
    else break
  }
  return values[k]!
}

function fitCategories(name: string, values: readonly (string | null)[], rows: Int32Array, maxCategories: number): CategoryStep {
  const counts = new Map<string, number>()
  for (const row of rows) {
    const value = values[row]
    if (value !== null && value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1)
  }
  if (counts.size <= maxCategories) return { name, kind: 'category', categories: [...counts.keys()].sort(compareLabels) }
  // Most frequent first, ties in code point order, so the same rows always keep the same categories.
  const ranked = [...counts].sort(([a, countA], [b, countB]) => countB - countA || compareLabels(a, b))
  let pooledRows = 0
  for (let i = maxCategories; i < ranked.length; i++) pooledRows += ranked[i]![1]
  const categories = ranked.slice(0, maxCategories).map(([category]) => category).sort(compareLabels)
  return { name, kind: 'category', categories, pooled: { maxCategories, categories: ranked.length - maxCategories, rows: pooledRows } }
}

/** Columns each step produces. */
export function stepWidth(step: FeatureStep): number {
  return step.kind === 'number' ? 1 : step.categories.length + 1
}

/** The encoded input columns, in matrix order: `name` for numbers, `name=category` and `name=<unknown>` for text. */
export function featureNames(prep: Preprocessing): string[] {
  return prep.steps.flatMap((step) => (step.kind === 'number' ? [step.name] : [...step.categories, UNKNOWN_CATEGORY].map((category) => `${step.name}=${category}`)))
}

/**
 * Encodes rows of any table holding the feature columns (training, validation or serving
 * data), found by name. `input` names that data in messages.
 */
export function transform(prep: Preprocessing, table: Table, rows?: Int32Array, input = 'data'): Matrix {
  const count = rows ? rows.length : table.rows
  const width = prep.steps.reduce((total, step) => total + stepWidth(step), 0)
  const matrix = new Float32Array(count * width)
  let offset = 0
  for (const step of prep.steps) {
    const col = column(table, step.name, input)
    if (step.kind === 'number') writeNumeric(step, finiteValues(col, table, rows, input), rows, count, matrix, width, offset)
    else writeCategories(step, col, rows, count, matrix, width, offset)
    offset += stepWidth(step)
  }
  return { matrix, rows: count, width }
}

function finiteValues(col: Column, table: Table, rows: Int32Array | undefined, input: string): Float64Array {
  if (col.kind === 'number') {
    assertFinite(col, table, rows, input)
    return col.values
  }
  const { value, line } = firstText(col, table)
  throw new UserError(`Input '${input}': column '${col.name}' holds text (${JSON.stringify(value)} on line ${line}), but the model was trained on it as numbers.`)
}

/**
 * Numbers are finite: inf, Infinity or a literal that overflows (1e400) is not a valid number,
 * and would turn every statistic and weight it touches into Infinity or NaN. Missing values
 * (NaN) pass. `what` names the column in the message, e.g. "the target column 'price'".
 */
export function assertFinite(col: Extract<Column, { kind: 'number' }>, table: Table, rows: ArrayLike<number> | undefined, input: string, what = `column '${col.name}'`): void {
  const size = rows ? rows.length : table.rows
  let first = -1
  for (let i = 0; i < size; i++) {
    const row = rows ? rows[i]! : i
    const value = col.values[row]!
    if ((value === Infinity || value === -Infinity) && (first < 0 || row < first)) first = row
  }
  if (first < 0) return
  const file = table.files[table.fileOfRow[first]!]?.path ?? 'the data'
  throw new UserError(
    `Input '${input}': ${what} holds ${col.values[first]} on line ${table.lines[first]} of ${file}; numbers must be finite (inf, Infinity and literals that overflow, such as 1e400, are not valid numbers). Fix or drop the row.`,
  )
}

function writeNumeric(step: NumericStep, values: Float64Array, rows: Int32Array | undefined, count: number, out: Float32Array, width: number, offset: number): void {
  const { median, mean, scale } = step
  for (let i = 0; i < count; i++) {
    const value = values[rows ? rows[i]! : i]!
    out[i * width + offset] = ((Number.isNaN(value) ? median : value) - mean) / scale
  }
}

// Missing and unseen values share the unknown column: at training time it marks the missing
// ones, so the model has learnt something for "value not known" that serving reuses.
function writeCategories(step: CategoryStep, col: Column, rows: Int32Array | undefined, count: number, out: Float32Array, width: number, offset: number): void {
  const index = new Map(step.categories.map((category, i) => [category, i]))
  const unknown = step.categories.length
  for (let i = 0; i < count; i++) {
    const text = categoryText(col, rows ? rows[i]! : i)
    out[i * width + offset + (text === null ? unknown : (index.get(text) ?? unknown))] = 1
  }
}

function categoryText(col: Column, row: number): string | null {
  if (col.kind === 'string') return col.values[row] ?? null
  const value = col.values[row]!
  return Number.isNaN(value) ? null : String(value)
}

/** The first cell of a text column that is not a number, for messages. */
export function firstText(col: Extract<Column, { kind: 'string' }>, table: Table): { value: string; line: number } {
  const row = col.values.findIndex((value) => value !== null && Number.isNaN(Number(value)))
  const at = row >= 0 ? row : col.values.findIndex((value) => value !== null)
  return { value: col.values[at] ?? '', line: table.lines[at] ?? 0 }
}
