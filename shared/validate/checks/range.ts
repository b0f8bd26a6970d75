import { SchemaError } from '../schema/errors.js'
import { boundValue, formatValue } from './shared.js'
import type { ColumnCheck } from './types.js'

const RANGE_TYPES = ['number', 'integer', 'datetime'] as const

/** Settings: the bound in the column's own units (epoch ms for datetime columns). */
function rangeCheck(key: 'min' | 'max'): ColumnCheck<number | string, number> {
  const below = key === 'min'
  return {
    key,
    description: `${below ? 'Smallest' : 'Largest'} allowed value (a date for datetime columns).`,
    schema: { type: ['number', 'string'] },
    defaultSeverity: 'error',
    cost: 1,
    types: RANGE_TYPES,
    settings(raw, context) {
      const bound = boundValue(raw, context.type, context.path)
      const other = context.column.min
      if (!below && other !== undefined) {
        const low = boundValue(other, context.type, context.path.replace(/max$/, 'min'))
        if (low > bound) throw new SchemaError(context.path, `min (${formatValue(low, context.type)}) is greater than max (${formatValue(bound, context.type)})`)
      }
      return bound
    },
    create(bound, context, sink) {
      const shown = formatValue(bound, context.type)
      return {
        passes: below ? { min: bound, max: Infinity } : { min: -Infinity, max: bound },
        value(value, at) {
          const v = value as number
          if (below ? v < bound : v > bound) {
            sink.report(() => `${formatValue(v, context.type)} is ${below ? 'below the minimum' : 'above the maximum'} ${shown}`, at)
          }
        },
      }
    },
  }
}

export const min = rangeCheck('min')
export const max = rangeCheck('max')
