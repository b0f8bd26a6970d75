import { UserError } from '../../errors/index.js'

/** A schema problem at a key path such as "columns.age.min". */
export class SchemaError extends UserError {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`)
  }
}
