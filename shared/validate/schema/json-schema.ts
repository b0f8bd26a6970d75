import { COLUMN_CHECKS, DATASET_CHECKS } from '../checks/registry.js'
import { COLUMN_TYPES } from './types.js'

const severityMap = (keys: string[]) => ({
  type: 'object',
  description: 'Overrides the severity of checks by key, e.g. {mean: error}.',
  propertyNames: { enum: keys },
  additionalProperties: { enum: ['error', 'warning'] },
})

/** JSON Schema (draft-07) of the data schema format, generated from the check registry. */
export function dataSchemaJsonSchema(): object {
  const columnProperties: Record<string, object> = {
    type: { enum: [...COLUMN_TYPES], description: 'Value type of the column.' },
    description: { type: 'string' },
    format: { type: 'string', description: 'strftime-style format of a datetime column, e.g. "%Y-%m-%d %H:%M:%S". Default: ISO 8601.' },
    severity: severityMap(['type', ...COLUMN_CHECKS.map((check) => check.key)]),
  }
  for (const check of COLUMN_CHECKS) columnProperties[check.key] = { description: check.description, ...check.schema }
  const properties: Record<string, object> = {
    $schema: { type: 'string' },
    version: { const: 1, description: 'Format version.' },
    'missing-values': {
      type: 'array',
      items: { type: 'string' },
      description: 'Cell values read as missing, in addition to empty cells. Replaces the default list.',
    },
    columns: {
      type: 'object',
      description: 'Expected columns by name. A listed column missing from the data is an error.',
      additionalProperties: {
        type: 'object',
        required: ['type'],
        additionalProperties: false,
        properties: columnProperties,
      },
    },
    severity: severityMap(['columns', ...DATASET_CHECKS.map((check) => check.key)]),
  }
  for (const check of DATASET_CHECKS) properties[check.key] = { description: check.description, ...check.schema }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/mlops-actions/mlops-actions/schemas/data-schema.json',
    title: 'mlops-actions data schema',
    type: 'object',
    required: ['columns'],
    additionalProperties: false,
    properties,
  }
}
