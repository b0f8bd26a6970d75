import { COLUMN_CHECKS_BY_KEY, DATASET_CHECKS_BY_KEY } from '../checks/registry.js'
import { compileDateFormat } from '../../data/datetime.js'
import { UserError } from '../../errors/index.js'
import { readTextFile } from '../../fs/index.js'
import { SchemaError } from './errors.js'
import { checkSchemaShape } from './load.js'
import type { DataSchema, Severity } from './types.js'

/** A check as the schema configures it, checked and converted once: the engine creates its runs from this alone. */
export interface CompiledCheck {
  key: string
  /** Key path in the schema, e.g. "columns.age.min". */
  path: string
  /** From the schema's `severity:` map, else the check's default. */
  severity: Severity
  /** What the check's `settings` returned (its configuration as written when it has none): plain data. */
  settings: unknown
}

export interface CompiledColumn {
  name: string
  /** In the order the column lists them. */
  checks: CompiledCheck[]
}

/** A schema checked in full, shape and meaning: the engine and the planner take it as it is. Plain data, so it crosses threads. */
export interface CompiledSchema {
  schema: DataSchema
  /** The file it came from, as messages name it. */
  source: string
  /** Every column, in schema order, with its checks. */
  columns: CompiledColumn[]
  /** The dataset checks, in schema order. */
  datasetChecks: CompiledCheck[]
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
 * configuration), naming the file, line and key path at fault. Keeps each check's converted
 * settings, so that no run checks or converts them again.
 */
export function compileSchema(text: string, source: string): CompiledSchema {
  const { schema, locate } = checkSchemaShape(text, source)
  try {
    return { schema, source, columns: compileColumns(schema), datasetChecks: compileDatasetChecks(schema) }
  } catch (error) {
    if (error instanceof SchemaError) throw new UserError(`${source}${locate(error.path)}: ${error.message}.`)
    throw error
  }
}

function compileColumns(schema: DataSchema): CompiledColumn[] {
  return Object.entries(schema.columns).map(([name, column]) => {
    if (column.format !== undefined) {
      if (column.type !== 'datetime') throw new SchemaError(`columns.${name}.format`, `only datetime columns take a format (this column is ${column.type})`)
      try {
        compileDateFormat(column.format)
      } catch (error) {
        throw new SchemaError(`columns.${name}.format`, (error as Error).message)
      }
    }
    const checks: CompiledCheck[] = []
    for (const [key, config] of Object.entries(column)) {
      const check = COLUMN_CHECKS_BY_KEY.get(key)
      if (!check) continue
      const path = `columns.${name}.${key}`
      if (check.types && !check.types.includes(column.type)) {
        throw new SchemaError(path, `'${key}' does not apply to ${column.type} columns (it applies to ${check.types.join(', ')})`)
      }
      const settings = check.settings ? check.settings(config, { name, type: column.type, column, path }) : config
      checks.push({ key, path, severity: column.severity?.[key] ?? check.defaultSeverity, settings })
    }
    return { name, checks }
  })
}

function compileDatasetChecks(schema: DataSchema): CompiledCheck[] {
  const checks: CompiledCheck[] = []
  for (const [key, config] of Object.entries(schema)) {
    const check = DATASET_CHECKS_BY_KEY.get(key)
    if (!check) continue
    const settings = check.settings ? check.settings(config, { schema, path: key }) : config
    checks.push({ key, path: key, severity: schema.severity?.[key] ?? check.defaultSeverity, settings })
  }
  return checks
}
