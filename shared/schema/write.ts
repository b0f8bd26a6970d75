import { stringify } from 'yaml'
import { writeOutputFile } from '../output/index.js'
import type { DataSchema } from './types.js'

export const SCHEMA_URL_COMMENT = '# yaml-language-server: $schema=https://raw.githubusercontent.com/mlops-actions/mlops-actions/main/shared/schema/data-schema.json'

export function schemaToYaml(schema: DataSchema): string {
  const body = stringify(schema, { lineWidth: 0, flowCollectionPadding: false })
  return `${SCHEMA_URL_COMMENT}\n# Inferred by mlops-actions data-validate. Edit freely: bounds have a margin.\n${body}`
}

/** Writes the schema as YAML through the one output writer: atomic, through symlinks, never onto a device or folder. */
export function writeSchemaFile(path: string, schema: DataSchema, input = 'write-schema'): void {
  writeOutputFile(input, path, schemaToYaml(schema))
}
