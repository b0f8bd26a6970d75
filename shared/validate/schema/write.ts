import { stringify } from 'yaml'
import { writeOutputFile } from '../../output/index.js'
import type { DataSchema } from './types.js'

export const SCHEMA_URL_COMMENT = '# yaml-language-server: $schema=https://raw.githubusercontent.com/mlops-actions/mlops-actions/main/shared/schema/data-schema.json'

/** `notes` say what the schema was inferred from; each becomes a comment line. */
export function schemaToYaml(schema: DataSchema, notes: readonly string[] = []): string {
  const body = stringify(schema, { lineWidth: 0, flowCollectionPadding: false })
  const comments = notes.map((note) => `# ${note.replace(/[\r\n]+/g, ' ')}\n`).join('')
  return `${SCHEMA_URL_COMMENT}\n# Inferred by mlops-actions data-validate. Edit freely: bounds have a margin.\n${comments}${body}`
}

/** Writes the schema as YAML through the one output writer: atomic, through symlinks, never onto a device or folder. */
export function writeSchemaFile(path: string, schema: DataSchema, input = 'write-schema', notes: readonly string[] = []): void {
  writeOutputFile(input, path, schemaToYaml(schema, notes))
}
