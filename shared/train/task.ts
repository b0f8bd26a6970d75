import type { Task } from '../metrics/index.js'
import type { Column } from '../table/index.js'

/** Whole-number targets with at most this many values are read as classes by `auto`. */
export const MAX_AUTO_CLASSES = 20

/** `auto`: text targets and few whole numbers are classes; other numbers are regression. */
export function inferTask(target: Column): Task {
  if (target.kind === 'string') return 'classification'
  const distinct = new Set<number>()
  for (const value of target.values) {
    if (Number.isNaN(value)) continue
    if (!Number.isInteger(value)) return 'regression'
    distinct.add(value)
    if (distinct.size > MAX_AUTO_CLASSES) return 'regression'
  }
  return 'classification'
}
