import type { MetricInput, Sample } from './types.js'

/** Every row once, with the user's weights or weight 1. */
export function fullSample(rows: number, sampleWeight?: Float64Array): Sample {
  const drawn = new Float64Array(rows).fill(1)
  return { weight: sampleWeight ?? drawn, drawn, size: rows, weighted: sampleWeight !== undefined }
}

// Keyed by the y_true array, which every sample of one dataset shares, then by the name of the
// function that makes the value, so that another thread can take the values over.
const derived = new WeakMap<object, Map<string, unknown>>()
const makers = new Map<string, Function>()

/**
 * A value that depends on the rows but not on which are sampled (a sort order, per-row
 * losses): computed on first use, then shared by every sample of the same data. `make` must be
 * a named function, the only one of its name that makes such values.
 */
export function perDataset<I extends MetricInput, T>(input: I, make: (input: I) => T): T {
  if (makers.get(make.name) !== make) {
    if (makers.has(make.name)) throw new Error(`perDataset: two functions named "${make.name}" make per-dataset values`)
    makers.set(make.name, make)
  }
  let values = derived.get(input.yTrue)
  if (!values) derived.set(input.yTrue, (values = new Map()))
  if (!values.has(make.name)) values.set(make.name, make(input))
  return values.get(make.name) as T
}

/** What perDataset has made so far for the input's data, by name: structured-cloneable. */
export type DatasetValues = ReadonlyMap<string, unknown>

export function datasetValues(input: MetricInput): DatasetValues {
  return new Map(derived.get(input.yTrue))
}

/**
 * Takes over values made for the same data elsewhere (`datasetValues` on another thread), so
 * they are not made again; values already made here stay.
 */
export function adoptDatasetValues(input: MetricInput, values: DatasetValues): void {
  const own = derived.get(input.yTrue) ?? new Map<string, unknown>()
  for (const [name, value] of values) if (!own.has(name)) own.set(name, value)
  derived.set(input.yTrue, own)
}

const scratch = new WeakMap<object, { drawn: Float64Array; weight: Float64Array }>()

/**
 * The input restricted to `rows` (indexes, repeats allowed) by weighting each row by how
 * often it was drawn. The view reuses buffers kept per dataset: use it before taking the next.
 */
export function withRows<I extends MetricInput>(input: I, rows: Int32Array): I {
  const n = input.yTrue.length
  if (rows.length === 0) throw new RangeError('rows is empty')
  const { weighted } = input.sample
  let buffers = scratch.get(input.yTrue)
  if (!buffers) {
    const drawn = new Float64Array(n)
    scratch.set(input.yTrue, (buffers = { drawn, weight: weighted ? new Float64Array(n) : drawn }))
  }
  if (input.sample.drawn === buffers.drawn) throw new Error('withRows takes the whole data, not a sample of it')
  const { drawn, weight } = buffers
  drawn.fill(0)
  for (let j = 0; j < rows.length; j++) {
    const row = rows[j]!
    if (row >>> 0 >= n) throw new RangeError(`row index ${row} is outside 0..${n - 1}`)
    drawn[row]++
  }
  if (weighted) {
    const base = input.sample.weight
    for (let i = 0; i < n; i++) weight[i] = drawn[i]! * base[i]!
  }
  return { ...input, sample: { weight, drawn, size: rows.length, weighted } }
}

/** Weighted mean of finite per-row values (rows left out add 0 x value); NaN when the sample has no weight. */
export function weightedMean(values: Float64Array, weight: Float64Array): number {
  let sum = 0
  let total = 0
  for (let i = 0; i < values.length; i++) {
    sum += weight[i]! * values[i]!
    total += weight[i]!
  }
  return sum / total
}
