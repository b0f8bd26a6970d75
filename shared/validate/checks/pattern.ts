import { SchemaError } from '../schema/errors.js'
import { formatValue } from './shared.js'
import type { ColumnCheck } from './types.js'

export const pattern: ColumnCheck<string> = {
  key: 'pattern',
  description: 'A regular expression (JavaScript syntax) that every value must match in full.',
  schema: { type: 'string', minLength: 1 },
  defaultSeverity: 'error',
  cost: 2,
  types: ['string', 'category'],
  settings(source, context) {
    try {
      new RegExp(source, 'u')
      fullMatch(source)
    } catch (error) {
      const reason = (error as Error).message.replace(/^Invalid regular expression: \/.*\/u?: /, '')
      throw new SchemaError(context.path, `invalid regular expression /${source}/: ${reason}`)
    }
    return source
  },
  // A RegExp does not cross threads: each run compiles the source its settings checked.
  create(source, _context, sink) {
    const regex = fullMatch(source)
    return {
      value(value, at) {
        if (!regex.test(value as string)) sink.report(() => `${formatValue(value, 'string')} does not match the pattern /${source}/`, at)
      },
    }
  },
}

function fullMatch(source: string): RegExp {
  return new RegExp(`^(?:${source})$`, 'u')
}
