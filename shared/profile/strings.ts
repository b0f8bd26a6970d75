import { categoryCounts } from './categories.js'
import { cutText } from '../stats/index.js'
import type { CategoryCounts, StringColumnProfile } from './types.js'

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
    categories: cutCategories(categoryCounts(counts, count)),
    sample: Array.from(sampleRows, (row) => cutOrNull(values[row])),
  }
}

/** Values are kept to TEXT_CUT code points (then '…'), so one huge cell cannot swell profile.json. */
function cutCategories(categories: CategoryCounts<string>): CategoryCounts<string> {
  for (const entry of categories.values) entry.value = cutText(entry.value)
  return categories
}

function cutOrNull(value: string | null): string | null {
  return value === null ? null : cutText(value)
}
