import { assertOrderedBounds, countBoundsSchema, outsideBounds, type Bounds } from './shared.js'
import type { DatasetCheck } from './types.js'

export const rows: DatasetCheck<Bounds> = {
  key: 'rows',
  description: 'Bounds on the number of data rows across all files: {min, max}.',
  schema: countBoundsSchema,
  defaultSeverity: 'error',
  cost: 0,
  settings(bounds, context) {
    assertOrderedBounds(bounds, context.path)
    return bounds
  },
  create(bounds, _context, sink) {
    return {
      finish(summary) {
        const outside = outsideBounds(summary.rows, bounds)
        if (outside) sink.report(`row count ${outside}`)
      },
    }
  },
}
