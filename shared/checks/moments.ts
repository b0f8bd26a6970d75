import { assertOrderedBounds, boundsSchema, outsideBounds, type Bounds } from './shared.js'
import type { ColumnCheck } from './types.js'

function momentCheck(key: 'mean' | 'std', description: string): ColumnCheck<Bounds> {
  return {
    key,
    description,
    schema: boundsSchema(description),
    // Sample statistics move with every new batch of data, so they warn unless told otherwise.
    defaultSeverity: 'warning',
    types: ['number', 'integer'],
    create(bounds, context, sink) {
      assertOrderedBounds(bounds, context.path)
      return {
        finish(profile) {
          if (profile.moments.count === 0) return
          const value = key === 'mean' ? profile.moments.mean : profile.moments.std
          const outside = Number.isNaN(value) ? undefined : outsideBounds(value, bounds)
          if (outside) sink.report(`${key} ${outside}`)
        },
      }
    },
  }
}

export const mean = momentCheck('mean', 'Bounds on the column mean: {min, max}.')
export const std = momentCheck('std', 'Bounds on the sample standard deviation (ddof = 1, as pandas): {min, max}.')
