import { formatValue } from './shared.js'
import type { DatasetCheck, DatasetCheckRun } from './types.js'

/** Extra columns fail when the schema is strict. */
export const strict: DatasetCheck<boolean> = {
  key: 'strict',
  description: 'When true, columns that the schema does not list are errors.',
  schema: { type: 'boolean' },
  defaultSeverity: 'error',
  cost: 0,
  create(enabled, context, sink): DatasetCheckRun {
    if (!enabled) return {}
    const known = new Set(Object.keys(context.schema.columns))
    return {
      header(columns, file) {
        for (const name of columns) {
          if (!known.has(name)) sink.report(`column ${formatValue(name, 'string')} is not in the schema (the schema is strict)`, { file, line: 1 })
        }
      },
    }
  },
}

/** Schema columns must appear in the schema's order. */
export const ordered: DatasetCheck<boolean> = {
  key: 'ordered',
  description: "When true, the data's columns must appear in the schema's order.",
  schema: { type: 'boolean' },
  defaultSeverity: 'error',
  cost: 0,
  create(enabled, context, sink): DatasetCheckRun {
    if (!enabled) return {}
    const expected = Object.keys(context.schema.columns)
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
