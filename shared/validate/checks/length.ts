import { assertOrderedBounds, codePoints, countBoundsSchema, type Bounds } from './shared.js'
import type { ColumnCheck } from './types.js'

export const length: ColumnCheck<Bounds> = {
  key: 'length',
  description: 'Bounds on the string length in characters: {min, max}.',
  schema: countBoundsSchema,
  defaultSeverity: 'error',
  cost: 1,
  types: ['string', 'category'],
  settings(bounds, context) {
    assertOrderedBounds(bounds, context.path)
    return bounds
  },
  create(bounds, _context, sink) {
    return {
      passes: { min: bounds.min ?? 0, max: bounds.max ?? Infinity },
      value(value, at) {
        const size = codePoints(value as string)
        if (bounds.min !== undefined && size < bounds.min) sink.report(() => `length ${size} is below the minimum ${bounds.min}`, at)
        else if (bounds.max !== undefined && size > bounds.max) sink.report(() => `length ${size} is above the maximum ${bounds.max}`, at)
      },
    }
  },
}
