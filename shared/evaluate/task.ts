import type { Task } from '../metrics/index.js'
import type { Column } from '../table/index.js'

/** Whole-number targets with at most this many values are read as classes by `auto`. */
export const MAX_AUTO_CLASSES = 20

/** `auto`: text labels and few whole numbers are classes; other numbers are regression. */
export function inferTask(...columns: Column[]): Task {
  if (columns.some((column) => column.kind === 'string')) return 'classification'
  const distinct = new Set<number>()
  for (const column of columns) {
    for (const value of column.values as Float64Array) {
      if (Number.isNaN(value)) continue
      if (!Number.isInteger(value)) return 'regression'
      distinct.add(value)
      if (distinct.size > MAX_AUTO_CLASSES) return 'regression'
    }
  }
  return 'classification'
}
