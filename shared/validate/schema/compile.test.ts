import { describe, expect, it } from 'vitest'
import { COLUMN_CHECKS, DATASET_CHECKS } from '../checks/registry.js'
import { compileSchema } from './compile.js'

/** Paths of the values in `value` that are not plain data: anything but numbers, strings, booleans, null, arrays and plain objects. */
function notPlain(value: unknown, at = '$'): string[] {
  if (value === null || ['number', 'string', 'boolean'].includes(typeof value)) return []
  if (Array.isArray(value)) return value.flatMap((item, index) => notPlain(item, `${at}[${index}]`))
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.entries(value).flatMap(([key, item]) => notPlain(item, `${at}.${key}`))
  }
  return [at]
}

const EVERY_CHECK = `columns:
  id: {type: integer, nullable: false, unique: true, min: 1, max: 1000, allowed: [1, 2, "3"], mean: {min: 0}, std: {max: 10}, cardinality: {min: 1}}
  day: {type: datetime, min: "2024-01-01", max: "2024-12-31", max-missing: 0.1}
  code: {type: string, pattern: "[a-z]+", length: {min: 1, max: 8}, allowed: {values: [a, b], max-unseen-share: 0.1}}
  label: {type: category}
strict: true
ordered: true
rows: {min: 1}
duplicate-rows: {max-share: 0}
unique: [[id, day]]
label-balance: {column: label, min-class-share: 0.1}
severity: {rows: warning}
`

describe('compiling a schema', () => {
  const compiled = compileSchema(EVERY_CHECK, 'schema.yml')

  it('keeps every check, in schema order, with its path and resolved severity', () => {
    expect(compiled.columns.map((column) => [column.name, column.checks.map((check) => check.key)])).toEqual([
      ['id', ['nullable', 'unique', 'min', 'max', 'allowed', 'mean', 'std', 'cardinality']],
      ['day', ['min', 'max', 'max-missing']],
      ['code', ['pattern', 'length', 'allowed']],
      ['label', []],
    ])
    const keys = new Set([...compiled.columns.flatMap((column) => column.checks), ...compiled.datasetChecks].map((check) => check.key))
    for (const check of [...COLUMN_CHECKS, ...DATASET_CHECKS]) expect(keys, check.key).toContain(check.key)
    expect(compiled.columns[2].checks[0]).toMatchObject({ path: 'columns.code.pattern', severity: 'error' })
    expect(compiled.columns[0].checks.find((check) => check.key === 'mean')).toMatchObject({ path: 'columns.id.mean', severity: 'warning' })
    expect(compiled.datasetChecks.find((check) => check.key === 'rows')).toMatchObject({ path: 'rows', severity: 'warning' })
  })

  it('converts settings to the column’s terms: dates to epoch ms, allowed values to the column type', () => {
    expect(compiled.columns[1].checks.slice(0, 2).map((check) => check.settings)).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2024, 11, 31)])
    expect(compiled.columns[0].checks.find((check) => check.key === 'allowed')!.settings).toEqual({ values: [1, 2, 3], tolerance: 0 })
  })

  it('makes every setting plain data, which crosses threads by structured clone unchanged', () => {
    expect(notPlain(compiled)).toEqual([])
    expect(structuredClone(compiled)).toEqual(compiled)
  })
})
