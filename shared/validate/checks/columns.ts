import { formatValue } from './shared.js'
import type { DatasetCheck, DatasetCheckRun } from './types.js'

/** Extra columns fail when the schema is strict. Settings: the schema's column names when strict, null when not. */
export const strict: DatasetCheck<boolean, string[] | null> = {
  key: 'strict',
  description: 'When true, columns that the schema does not list are errors.',
  schema: { type: 'boolean' },
  defaultSeverity: 'error',
  cost: 0,
  settings: (enabled, context) => (enabled ? Object.keys(context.schema.columns) : null),
  create(columns, _context, sink): DatasetCheckRun {
    if (!columns) return {}
    const known = new Set(columns)
    return {
      header(columns, file) {
        for (const name of columns) {
          if (!known.has(name)) sink.report(`column ${formatValue(name, 'string')} is not in the schema (the schema is strict)`, { file, line: 1 })
        }
      },
    }
  },
}

/** Schema columns must appear in the schema's order. Settings: the schema's column names in order when ordered, null when not. */
export const ordered: DatasetCheck<boolean, string[] | null> = {
  key: 'ordered',
  description: "When true, the data's columns must appear in the schema's order.",
  schema: { type: 'boolean' },
  defaultSeverity: 'error',
  cost: 0,
  settings: (enabled, context) => (enabled ? Object.keys(context.schema.columns) : null),
  create(expected, _context, sink): DatasetCheckRun {
    if (!expected) return {}
    return {
      header(columns, file) {
        const present = columns.filter((name) => expected.includes(name))
        const order = expected.filter((name) => present.includes(name))
        const mismatch = present.findIndex((name, index) => name !== order[index])
        if (mismatch >= 0) {
          sink.report(`column ${formatValue(present[mismatch], 'string')} is out of order: expected '${order[mismatch]}' at that place (order: ${order.join(', ')})`, { file, line: 1 })
        }
      },
    }
  },
}
