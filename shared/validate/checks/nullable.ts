import type { ColumnCheck } from './types.js'

export const nullable: ColumnCheck<boolean> = {
  key: 'nullable',
  description: 'Whether the column may have missing values (default true).',
  schema: { type: 'boolean' },
  defaultSeverity: 'error',
  cost: 1,
  create(allowed, _context, sink) {
    if (allowed) return {}
    return { missing: (at) => sink.report('missing value in a column that is not nullable', at) }
  },
}
