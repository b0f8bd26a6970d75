import type { NumericColumnProfile, ReferenceProfile, StringColumnProfile } from '../profile/index.js'
import { cutText, sortFinite } from '../stats/index.js'
import type { Column, ColumnSamples, SampledColumn, Table } from '../table/index.js'
import type { ReferenceKind } from './dataset-types.js'

/**
 * One column of one side in the shape the comparison needs: numbers as one sorted
 * Float64Array, text as counts per category. Built column by column, so only one column's
 * copy is alive at a time, and without an object per row.
 */
export type SideColumn = NumberSide | TextSide

interface SideBase {
  readonly name: string
  /** Rows of the side, present or not. */
  readonly rows: number
  /** Present values: finite numbers, or text. */
  readonly present: number
}

export interface NumberSide extends SideBase {
  readonly stored: 'number'
  /** Finite values sorted ascending: all of a table's; a profile's sample. */
  readonly sorted: Float64Array
  /** True when `sorted` is a sample rather than every value: a profile's, or one read within a number budget. */
  readonly sampled: boolean
  readonly mean: number | null
  readonly distinct: number
  /** Count per value (as text), when known: a table's always, a profile's up to MAX_CATEGORIES distinct values. */
  counts(): Map<string, number> | null
}

export interface TextSide extends SideBase {
  readonly stored: 'string'
  readonly counts: Map<string, number>
  /** Categories a profile kept only as one count (beyond MAX_CATEGORIES), under POOLED in `counts`. */
  readonly pooled: { readonly count: number; readonly distinct: number } | null
}

/** Key of a profile's pooled categories. No reader yields a NUL, so no category of the data can equal it. */
export const POOLED = '\u0000pooled'

/** The reference, column by column, and what it was. */
export interface ReferenceSource {
  readonly kind: ReferenceKind
  readonly rows: number
  readonly sampleRows?: number
  readonly names: readonly string[]
  column(name: string): SideColumn
}

/** Data to compare: a table read whole, or only the compared columns read as samples (readColumnSamples). */
export type DataSide = Table | ColumnSamples

export function isProfile(reference: DataSide | ReferenceProfile): reference is ReferenceProfile {
  return 'version' in reference && 'sample' in reference && 'dataHash' in reference
}

export function referenceSource(reference: DataSide | ReferenceProfile): ReferenceSource {
  if (isProfile(reference)) {
    const byName = new Map(reference.columns.map((column) => [column.name, column]))
    return {
      kind: 'profile',
      rows: reference.rows,
      sampleRows: reference.sample.rows.length,
      names: reference.columns.map((column) => column.name),
      column: (name) => profileSide(byName.get(name)!, reference.rows),
    }
  }
  const byName = new Map<string, Column | SampledColumn>(reference.columns.map((column) => [column.name, column]))
  return { kind: 'data', rows: reference.rows, names: reference.columns.map((column) => column.name), column: (name) => tableSide(byName.get(name)!, false) }
}

/**
 * A table's column, or a sampled one. `cutLongText` cuts text as a profile stores it
 * (TEXT_CUT code points and '…'), so that long values match the profile's categories.
 */
export function tableSide(column: Column | SampledColumn, cutLongText: boolean): SideColumn {
  if (isSampledColumn(column)) return sampledSide(column, cutLongText)
  if (column.kind === 'string') {
    const counts = new Map<string, number>()
    let present = 0
    for (const raw of column.values) {
      if (raw === null) continue
      const value = cutLongText ? cutText(raw) : raw
      counts.set(value, (counts.get(value) ?? 0) + 1)
      present++
    }
    return { name: column.name, stored: 'string', rows: column.values.length, present, counts, pooled: null }
  }
  const sorted = finiteSorted(column.values)
  let sum = 0
  for (let i = 0; i < sorted.length; i++) sum += sorted[i]!
  return numberSide(column.name, column.values.length, sorted, sum)
}

const isSampledColumn = (column: Column | SampledColumn): column is SampledColumn => 'rows' in column

/** A sampled column is already in the side's shape: its sorted values are used as they are, not copied. */
function sampledSide(column: SampledColumn, cutLongText: boolean): SideColumn {
  if (column.kind === 'number') return numberSide(column.name, column.rows, column.values, column.sum, column.present)
  let counts = column.counts
  if (cutLongText) {
    counts = new Map()
    for (const [text, count] of column.counts) counts.set(cutText(text), (counts.get(cutText(text)) ?? 0) + count)
  }
  let present = 0
  for (const count of counts.values()) present += count
  return { name: column.name, stored: 'string', rows: column.rows, present, counts, pooled: null }
}

/** `present`: the finite values read, more than `sorted` holds when it is a sample of them. */
function numberSide(name: string, rows: number, sorted: Float64Array, sum: number, present = sorted.length): NumberSide {
  return {
    name,
    stored: 'number',
    rows,
    present,
    sorted,
    sampled: present > sorted.length,
    mean: present > 0 ? sum / present : null,
    distinct: distinctSorted(sorted),
    counts: () => countRuns(sorted),
  }
}

function profileSide(column: NumericColumnProfile | StringColumnProfile, rows: number): SideColumn {
  if (column.kind === 'string') {
    const counts = new Map(column.categories.values.map(({ value, count }) => [value, count]))
    const { other } = column.categories
    if (other.count > 0) counts.set(POOLED, other.count)
    return { name: column.name, stored: 'string', rows, present: column.count, counts, pooled: other.count > 0 ? { count: other.count, distinct: other.distinct } : null }
  }
  const sample = sortFinite(new Float64Array(column.sample.filter((value): value is number => value !== null && Number.isFinite(value))))
  const categories = column.categories
  return {
    name: column.name,
    stored: 'number',
    rows,
    present: column.count,
    sorted: sample,
    sampled: true,
    mean: column.mean,
    distinct: column.distinct,
    counts: () => (categories ? new Map(categories.values.map(({ value, count }) => [String(value), count])) : null),
  }
}

/** The finite values, copied once into a typed array and sorted. */
function finiteSorted(values: Float64Array): Float64Array {
  let finite = 0
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i]!)) finite++
  const out = new Float64Array(finite)
  let j = 0
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!
    if (Number.isFinite(value)) out[j++] = value
  }
  return sortFinite(out)
}

function distinctSorted(sorted: Float64Array): number {
  let distinct = sorted.length > 0 ? 1 : 0
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]) distinct++
  return distinct
}

/** Count per value from runs of equal values in sorted data. */
function countRuns(sorted: Float64Array): Map<string, number> {
  const counts = new Map<string, number>()
  for (let start = 0; start < sorted.length; ) {
    let end = start + 1
    while (end < sorted.length && sorted[end] === sorted[start]) end++
    counts.set(String(sorted[start]), end - start)
    start = end
  }
  return counts
}
