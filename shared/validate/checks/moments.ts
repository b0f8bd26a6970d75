import { assertOrderedBounds, boundsSchema, outsideBounds, type Bounds } from './shared.js'
import type { ColumnCheck } from './types.js'

function momentCheck(key: 'mean' | 'std', description: string): ColumnCheck<Bounds> {
  return {
    key,
    description,
    schema: boundsSchema(description),
    // Sample statistics move with every new batch of data, so they warn unless told otherwise.
    defaultSeverity: 'warning',
    cost: 0,
    types: ['number', 'integer'],
    settings(bounds, context) {
      assertOrderedBounds(bounds, context.path)
      return bounds
    },
    create(bounds, _context, sink) {
      return {
        finish(profile) {
          const { count } = profile.moments
          const value = key === 'mean' ? profile.moments.mean : profile.moments.std
          if (count > 0 && Number.isFinite(value)) {
            const outside = outsideBounds(value, bounds)
            if (outside) sink.report(`${key} ${outside}`)
            return
          }
          // A column absent from the data is reported by the header check.
          if (profile.count + profile.missing + profile.invalid === 0) return
          // A bound must never pass because its statistic is NaN.
          sink.report(`${key} could not be computed: ${whyNotComputed(key, count)}`)
        },
      }
    },
  }
}

export const mean = momentCheck('mean', 'Bounds on the column mean: {min, max}.')
export const std = momentCheck('std', 'Bounds on the sample standard deviation (ddof = 1, as pandas): {min, max}.')

function whyNotComputed(key: 'mean' | 'std', count: number): string {
  if (count === 0) return 'the column has no valid values'
  if (key === 'std' && count === 1) return 'it needs at least 2 valid values, and the column has 1'
  return 'the values overflow floating point'
}
