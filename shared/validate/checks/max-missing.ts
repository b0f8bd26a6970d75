import { percent } from './shared.js'
import type { ColumnCheck } from './types.js'

export const maxMissing: ColumnCheck<number> = {
  key: 'max-missing',
  description: 'Largest tolerated share of missing values, from 0 to 1.',
  schema: { type: 'number', minimum: 0, maximum: 1 },
  defaultSeverity: 'error',
  cost: 0,
  create(limit, _context, sink) {
    return {
      finish(profile) {
        const rows = profile.missing + profile.count + profile.invalid
        const share = profile.missingShare(rows)
        if (share > limit) sink.report(`${percent(share)} of values are missing (${profile.missing} of ${rows}); at most ${percent(limit)} allowed`)
      },
    }
  },
}
