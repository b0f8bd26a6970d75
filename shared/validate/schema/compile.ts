import { COLUMN_CHECKS_BY_KEY, DATASET_CHECKS_BY_KEY } from '../checks/registry.js'
import { compileDateFormat } from '../../data/datetime.js'
import { UserError } from '../../errors/index.js'
import { readTextFile } from '../../fs/index.js'
import { SchemaError } from './errors.js'
import { checkSchemaShape } from './load.js'
import type { DataSchema } from './types.js'

/** A schema checked in full, shape and meaning: the engine and the planner take it as it is. */
export interface CompiledSchema {
  schema: DataSchema
  /** The file it came from, as messages name it. */
  source: string
}

/** Reads and compiles a schema file; every problem names the file, line and key path. */
export function loadSchemaFile(path: string): CompiledSchema {
  return compileSchema(readTextFile('schema', path), path)
}

/** The schema of a YAML text, checked in full; for callers that only need the schema itself. */
export function parseSchema(text: string, source: string): DataSchema {
  return compileSchema(text, source).schema
}

/**
 * Checks a schema once: its shape against the JSON Schema, then what JSON Schema cannot
 * express (a check on a column type it does not fit, a date format, each check's own
 * configuration), naming the file, line and key path at fault.
 */
export function compileSchema(text: string, source: string): CompiledSchema {
  const { schema, locate } = checkSchemaShape(text, source)
  try {
    checkMeaning(schema)
  } catch (error) {
    if (error instanceof SchemaError) throw new UserError(`${source}${locate(error.path)}: ${error.message}.`)
    throw error
  }
  return { schema, source }
}

function checkMeaning(schema: DataSchema): void {
  for (const [name, column] of Object.entries(schema.columns)) {
    if (column.format !== undefined) {
      if (column.type !== 'datetime') throw new SchemaError(`columns.${name}.format`, `only datetime columns take a format (this column is ${column.type})`)
      try {
        compileDateFormat(column.format)
      } catch (error) {
        throw new SchemaError(`columns.${name}.format`, (error as Error).message)
      }
    }
    for (const [key, config] of Object.entries(column)) {
      const check = COLUMN_CHECKS_BY_KEY.get(key)
      if (!check) continue
      const path = `columns.${name}.${key}`
      if (check.types && !check.types.includes(column.type)) {
        throw new SchemaError(path, `'${key}' does not apply to ${column.type} columns (it applies to ${check.types.join(', ')})`)
      }
      check.settings?.(config, { name, type: column.type, column, path })
    }
  }
  for (const [key, config] of Object.entries(schema)) {
    DATASET_CHECKS_BY_KEY.get(key)?.settings?.(config, { schema, path: key })
  }
}
