import { assertOrderedBounds, boundsSchema, outsideBounds, type Bounds } from './shared.js'
import type { ColumnCheck } from './types.js'

export const cardinality: ColumnCheck<Bounds> = {
  key: 'cardinality',
  description: 'Bounds on the number of distinct values: {min, max}. Exact up to 10,000 distinct values, then a HyperLogLog estimate.',
  schema: boundsSchema('Bounds on the number of distinct values.'),
  defaultSeverity: 'warning',
  cost: 0,
  settings(bounds, context) {
    assertOrderedBounds(bounds, context.path)
    return bounds
  },
  create(bounds, _context, sink) {
    return {
      finish(profile) {
        const outside = outsideBounds(profile.distinct.distinct, bounds)
        if (outside) sink.report(`${profile.distinct.exact ? '' : 'estimated '}distinct count ${outside}`)
      },
    }
  },
}
