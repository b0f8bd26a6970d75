import { categoryCounts } from './categories.js'
import type { StringColumnProfile } from './types.js'

/** Profile of a string column over `rows` (all rows when null). */
export function stringColumnProfile(name: string, values: readonly (string | null)[], rows: Int32Array | null, sampleRows: Int32Array): StringColumnProfile {
  const counts = new Map<string, number>()
  const total = rows ? rows.length : values.length
  let missing = 0
  for (let i = 0; i < total; i++) {
    const value = values[rows ? rows[i] : i]
    if (value === null) missing++
    else counts.set(value, (counts.get(value) ?? 0) + 1)
  }
  const count = total - missing
  return {
    name,
    kind: 'string',
    count,
    missing,
    distinct: counts.size,
    categories: categoryCounts(counts, count),
    sample: Array.from(sampleRows, (row) => values[row]),
  }
}
