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
  create(source, context, sink) {
    let regex: RegExp
    try {
      new RegExp(source, 'u')
      regex = new RegExp(`^(?:${source})$`, 'u')
    } catch (error) {
      const reason = (error as Error).message.replace(/^Invalid regular expression: \/.*\/u?: /, '')
      throw new SchemaError(context.path, `invalid regular expression /${source}/: ${reason}`)
    }
    return {
      value(value, at) {
        if (!regex.test(value as string)) sink.report(() => `${formatValue(value, 'string')} does not match the pattern /${source}/`, at)
      },
    }
  },
}
