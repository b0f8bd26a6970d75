import { SchemaError } from '../schema/errors.js'
import type { ColumnCheck } from './types.js'

export const pattern: ColumnCheck<string> = {
  key: 'pattern',
  description: 'A regular expression (JavaScript syntax) that every value must match in full.',
  schema: { type: 'string', minLength: 1 },
  defaultSeverity: 'error',
  types: ['string', 'category'],
  create(source, context, sink) {
    let regex: RegExp
    try {
      regex = new RegExp(`^(?:${source})$`, 'u')
    } catch (error) {
      throw new SchemaError(context.path, `invalid regular expression: ${(error as Error).message}`)
    }
    return {
      value(value, at) {
        if (!regex.test(value as string)) sink.report(`'${value}' does not match the pattern /${source}/`, at)
      },
    }
  },
}
