import { readFileSync } from 'node:fs'
import AjvModule from 'ajv'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { COLUMN_CHECKS, DATASET_CHECKS } from '../checks/registry.js'
import { DEFAULT_MISSING_VALUES, resolveDataFiles } from '../../data/index.js'
import { validateData } from '../index.js'
import { dataSchemaJsonSchema, schemaToYaml } from './index.js'

const Ajv = AjvModule.default ?? AjvModule
const COMMITTED = new URL('../../schema/data-schema.json', import.meta.url)
const SEATTLE = 'node_modules/vega-datasets/data/seattle-weather.csv'

function editorValidator() {
  return new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(JSON.parse(readFileSync(COMMITTED, 'utf8')) as object)
}

describe('the committed JSON Schema of data schemas', () => {
  it('is the one generated from the check registry', () => {
    expect(readFileSync(COMMITTED, 'utf8')).toBe(JSON.stringify(dataSchemaJsonSchema(), null, 2) + '\n')
  })

  it('offers every registered check to editors', () => {
    const schema = dataSchemaJsonSchema() as {
      properties: Record<string, unknown> & { columns: { additionalProperties: { properties: Record<string, unknown> } } }
    }
    const columnKeys = Object.keys(schema.properties.columns.additionalProperties.properties)
    for (const check of COLUMN_CHECKS) expect(columnKeys).toContain(check.key)
    for (const check of DATASET_CHECKS) expect(Object.keys(schema.properties)).toContain(check.key)
  })

  it('accepts a schema inferred from seattle-weather.csv, as written to YAML', async () => {
    const result = await validateData({ files: await resolveDataFiles(SEATTLE), missingValues: DEFAULT_MISSING_VALUES, infer: true })
    const written = parseYaml(schemaToYaml(result.inferred!)) as unknown
    const validate = editorValidator()
    expect(validate(written), JSON.stringify(validate.errors)).toBe(true)
  })

  it('rejects a misspelt check, so editors flag it', () => {
    const validate = editorValidator()
    expect(validate({ columns: { price: { type: 'number', mni: 0 } } })).toBe(false)
    expect(validate.errors).toContainEqual(
      expect.objectContaining({ instancePath: '/columns/price', keyword: 'additionalProperties', params: { additionalProperty: 'mni' } }),
    )
  })
})
