import { SchemaError } from '../schema/errors.js'
import { formatNumber, formatValue, percent } from './shared.js'
import type { DatasetCheck } from './types.js'

interface LabelBalance {
  column: string
  'min-class-share'?: number
  'max-class-ratio'?: number
}

export const labelBalance: DatasetCheck<LabelBalance> = {
  key: 'label-balance',
  description:
    'Class balance of a label column: {column, min-class-share (smallest class share, 0-1), max-class-ratio (largest class count over smallest)}.',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['column'],
    minProperties: 2,
    properties: {
      column: { type: 'string' },
      'min-class-share': { type: 'number', minimum: 0, maximum: 1 },
      'max-class-ratio': { type: 'number', minimum: 1 },
    },
  },
  defaultSeverity: 'error',
  cost: 1,
  settings(config, context) {
    if (!(config.column in context.schema.columns)) {
      throw new SchemaError(`${context.path}.column`, `column '${config.column}' is not defined under columns`)
    }
    return config
  },
  create(config, _context, sink) {
    return {
      finish(summary) {
        const profile = summary.profiles.get(config.column)
        if (!profile || profile.count === 0) return
        if (!profile.distinct.exact) {
          sink.report(`column '${config.column}' has more than 10,000 distinct values; it does not look like a label`)
          return
        }
        const classes = profile.distinct.entries().sort((a, b) => a[1] - b[1])
        const [smallest, smallestCount] = classes[0]
        const largestCount = classes[classes.length - 1][1]
        const share = smallestCount / profile.count
        const minShare = config['min-class-share']
        if (minShare !== undefined && share < minShare) {
          sink.report(`class ${formatValue(String(smallest), 'string')} of '${config.column}' has ${percent(share)} of labelled rows (${smallestCount}); at least ${percent(minShare)} required`)
        }
        const maxRatio = config['max-class-ratio']
        const ratio = largestCount / smallestCount
        if (maxRatio !== undefined && ratio > maxRatio) {
          sink.report(`largest to smallest class ratio of '${config.column}' is ${formatNumber(ratio)}; at most ${formatNumber(maxRatio)} allowed`)
        }
      },
    }
  },
}
