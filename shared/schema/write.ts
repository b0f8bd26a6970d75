import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { stringify } from 'yaml'
import type { DataSchema } from './types.js'

export const SCHEMA_URL_COMMENT = '# yaml-language-server: $schema=https://raw.githubusercontent.com/mlops-actions/mlops-actions/main/shared/schema/data-schema.json'

export function schemaToYaml(schema: DataSchema): string {
  const body = stringify(schema, { lineWidth: 0, flowCollectionPadding: false })
  return `${SCHEMA_URL_COMMENT}\n# Inferred by mlops-actions data-validate. Edit freely: bounds have a margin.\n${body}`
}

export function writeSchemaFile(path: string, schema: DataSchema): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, schemaToYaml(schema))
}
