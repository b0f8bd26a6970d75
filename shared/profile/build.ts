import { UserError } from '../errors/index.js'
import type { Table } from '../table/index.js'
import { numericColumnProfile } from './numeric.js'
import { reservoirSample } from './sample.js'
import { stringColumnProfile } from './strings.js'
import { PROFILE_VERSION, type ReferenceProfile } from './types.js'

export interface ProfileOptions {
  /** Table rows to profile, e.g. the training split; all rows by default. */
  rows?: Int32Array
  /** Most rows kept in the sample (default 5000). */
  sampleSize?: number
  /** Equal-width histogram bins per numeric column (default 20). */
  bins?: number
  /** Seed of the sample (default 0). */
  seed?: number
}

export const PROFILE_DEFAULTS = { sampleSize: 5000, bins: 20, seed: 0 } as const

/** The reference profile of a table's rows: what drift tests need from the training data. */
export function buildReferenceProfile(table: Table, options: ProfileOptions = {}): ReferenceProfile {
  const sampleSize = integerOption('sampleSize', options.sampleSize ?? PROFILE_DEFAULTS.sampleSize, 0, 10_000_000)
  const bins = integerOption('bins', options.bins ?? PROFILE_DEFAULTS.bins, 1, 10_000)
  const seed = integerOption('seed', options.seed ?? PROFILE_DEFAULTS.seed, 0, 0xffffffff)
  const rows = options.rows ?? null
  if (rows) assertRowsInTable(rows, table.rows)
  const count = rows ? rows.length : table.rows
  const positions = reservoirSample(count, sampleSize, seed)
  const sampleRows = rows ? Int32Array.from(positions, (position) => rows[position]).sort() : positions
  return {
    version: PROFILE_VERSION,
    rows: count,
    dataHash: table.hash,
    columns: table.columns.map((column) =>
      column.kind === 'number'
        ? numericColumnProfile(column.name, column.values, rows, bins, sampleRows)
        : stringColumnProfile(column.name, column.values, rows, sampleRows),
    ),
    sample: { limit: sampleSize, seed, rows: Array.from(sampleRows) },
  }
}

function integerOption(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UserError(`Profile option '${name}' must be an integer from ${min} to ${max}, got ${value}.`)
  }
  return value
}

function assertRowsInTable(rows: Int32Array, tableRows: number): void {
  for (let i = 0; i < rows.length; i++) {
    if (rows[i] < 0 || rows[i] >= tableRows) throw new RangeError(`Row ${rows[i]} at position ${i} is outside the table's ${tableRows} rows.`)
  }
}
