import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_MISSING_VALUES, resolveDataFiles } from '../data/index.js'
import { UserError } from '../errors/index.js'
import { compileSchema } from './schema/index.js'
import { validateData } from './index.js'

let dir: string
let count = 0
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-types-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** One column of values, one per line from line 2; returns [line, message] of each finding. */
async function typeFindings(column: string, values: string[], yaml: string) {
  const path = join(dir, `data-${++count}.csv`)
  writeFileSync(path, `${column}\n${values.join('\n')}\n`)
  const schema = compileSchema(yaml, 'schema.yml')
  const result = await validateData({ files: await resolveDataFiles(path), schema, missingValues: schema.schema['missing-values'] ?? DEFAULT_MISSING_VALUES, infer: false })
  for (const finding of result.findings) expect(finding).toMatchObject({ file: path, column })
  return { findings: result.findings.map((finding) => [finding.line, finding.check, finding.severity, finding.message]), result }
}

async function schemaError(yaml: string): Promise<string> {
  const error = await typeFindings('x', ['1'], yaml).then(
    () => undefined,
    (thrown: unknown) => thrown,
  )
  expect(error).toBeInstanceOf(UserError)
  return (error as UserError).message
}

describe('integer and number columns', () => {
  it('accepts whole numbers in an integer column, rejecting fractions and text', async () => {
    const { findings } = await typeFindings('n', ['1', '-20', '+3', '1e3', '1.5', 'abc', '0x1F', ' 7 '], 'columns: {n: {type: integer}}')
    expect(findings).toEqual([
      [6, 'type', 'error', "'1.5' is not an integer"],
      [7, 'type', 'error', "'abc' is not an integer"],
      [8, 'type', 'error', "'0x1F' is not an integer"],
    ])
  })

  it('accepts decimals and exponents in a number column', async () => {
    const { findings, result } = await typeFindings('n', ['1.5', '-2', '3e-2', '.25', '"1,5"', 'twelve'], 'columns: {n: {type: number}}')
    expect(findings).toEqual([
      [6, 'type', 'error', "'1,5' is not a number"],
      [7, 'type', 'error', "'twelve' is not a number"],
    ])
    expect(result.profile.n).toMatchObject({ type: 'number', count: 4, invalid: 2, min: -2, max: 1.5 })
  })

  it('cuts long invalid values in messages after 200 characters, counting a surrogate pair once', async () => {
    const long = '😀'.repeat(150) + 'x'.repeat(150)
    const { findings } = await typeFindings('n', [long, 'y'.repeat(200)], 'columns: {n: {type: number}}')
    expect(findings).toEqual([
      [2, 'type', 'error', `'${'😀'.repeat(150)}${'x'.repeat(50)}…' is not a number`],
      [3, 'type', 'error', `'${'y'.repeat(200)}' is not a number`],
    ])
  })

  it('rejects inf, Infinity, NaN and overflowing literals in number and integer columns as not finite numbers', async () => {
    const cells = ['1', 'inf', '-Infinity', 'NaN', '1e400', '-1e400', '3']
    const yaml = "missing-values: ['']\ncolumns: {n: {type: number, mean: {min: 1, max: 3}, std: {min: 0, max: 2}}}"
    const { findings, result } = await typeFindings('n', cells, yaml)
    expect(findings).toEqual(
      ['inf', '-Infinity', 'NaN', '1e400', '-1e400'].map((cell, i) => [3 + i, 'type', 'error', `'${cell}' is not a finite number`]),
    )
    expect(result.profile.n).toMatchObject({ count: 2, invalid: 5, min: 1, max: 3, mean: 2 })
    const integers = await typeFindings('i', ['1', 'Infinity', '2'], "missing-values: ['']\ncolumns: {i: {type: integer}}")
    expect(integers.findings).toEqual([[3, 'type', 'error', "'Infinity' is not a finite number"]])
  })

  it('warns on type errors when the column sets their severity', async () => {
    const { findings, result } = await typeFindings('n', ['1', 'x'], 'columns: {n: {type: integer, severity: {type: warning}}}')
    expect(findings).toEqual([[3, 'type', 'warning', "'x' is not an integer"]])
    expect([result.errors, result.warnings]).toEqual([0, 1])
  })
})

describe('boolean columns', () => {
  it('accepts true/false words in any case, yes/no, t/f, y/n and 1/0', async () => {
    const values = ['true', 'FALSE', 'True', 'yes', 'No', 't', 'F', 'y', 'n', '1', '0', 'maybe', '2']
    const { findings, result } = await typeFindings('flag', values, 'columns: {flag: {type: boolean}}')
    expect(findings).toEqual([
      [13, 'type', 'error', "'maybe' is not a boolean"],
      [14, 'type', 'error', "'2' is not a boolean"],
    ])
    expect(result.profile.flag).toMatchObject({ count: 11, invalid: 2, min: 0, max: 1 })
    expect(result.profile.flag.mean).toBeCloseTo(6 / 11, 12)
  })
})

describe('datetime columns', () => {
  it('reads ISO 8601 dates and date-times by default', async () => {
    const values = ['2024-02-29', '2024-02-29T10:20:30Z', '2024-02-29 10:20', '2024-02-29T10:20:30.5+02:00', '2023-02-29', '29/02/2024', '2024-13-01']
    const { findings } = await typeFindings('at', values, 'columns: {at: {type: datetime}}')
    expect(findings).toEqual([
      [6, 'type', 'error', "'2023-02-29' is not an ISO 8601 date-time"],
      [7, 'type', 'error', "'29/02/2024' is not an ISO 8601 date-time"],
      [8, 'type', 'error', "'2024-13-01' is not an ISO 8601 date-time"],
    ])
  })

  it('reads dates in the %Y-%m-%d format, rejecting impossible dates', async () => {
    const values = ['2021-02-28', '2021-02-30', '2020-02-29', '2021-04-31', '2021-12-31', '2021-00-10', '2021-02-28 10:00:00', '21-02-28']
    const { findings } = await typeFindings('day', values, 'columns: {day: {type: datetime, format: "%Y-%m-%d"}}')
    const wrong = (line: number, value: string) => [line, 'type', 'error', `'${value}' does not match the date format %Y-%m-%d`]
    expect(findings).toEqual([wrong(3, '2021-02-30'), wrong(5, '2021-04-31'), wrong(7, '2021-00-10'), wrong(8, '2021-02-28 10:00:00'), wrong(9, '21-02-28')])
  })

  it('reads date-times in the %Y-%m-%d %H:%M:%S format, rejecting impossible times', async () => {
    const values = ['2021-02-28 23:59:59', '2021-02-28 24:00:00', '2021-02-28 10:60:00', '2021-02-30 10:00:00', '2021-02-28', '2021-02-28T10:00:00']
    const { findings, result } = await typeFindings('at', values, 'columns: {at: {type: datetime, format: "%Y-%m-%d %H:%M:%S"}}')
    const wrong = (line: number, value: string) => [line, 'type', 'error', `'${value}' does not match the date format %Y-%m-%d %H:%M:%S`]
    expect(findings).toEqual([wrong(3, '2021-02-28 24:00:00'), wrong(4, '2021-02-28 10:60:00'), wrong(5, '2021-02-30 10:00:00'), wrong(6, '2021-02-28'), wrong(7, '2021-02-28T10:00:00')])
    expect(result.profile.at).toMatchObject({ min: '2021-02-28T23:59:59Z', max: '2021-02-28T23:59:59Z' })
  })

  it('reads other strftime formats, with offsets', async () => {
    const { findings, result } = await typeFindings(
      'at',
      ['31/12/2023 23:30 +0100', '1/2/2024 00:00 Z', '2024-01-01 00:00 Z'],
      'columns: {at: {type: datetime, format: "%d/%m/%Y %H:%M %z"}}',
    )
    expect(findings).toEqual([[4, 'type', 'error', "'2024-01-01 00:00 Z' does not match the date format %d/%m/%Y %H:%M %z"]])
    expect(result.profile.at).toMatchObject({ min: '2023-12-31T22:30:00Z', max: '2024-02-01' })
  })

  it('rejects an unknown format directive and a format on a non-datetime column', async () => {
    expect(await schemaError('columns: {x: {type: datetime, format: "%Y-%m-%d %Q"}}')).toBe(
      "schema.yml:1:39: columns.x.format: unknown directive '%Q' (known: %Y %m %d %H %M %S %f %z %%).",
    )
    expect(await schemaError('columns: {x: {type: datetime, format: "%H:%M"}}')).toBe('schema.yml:1:39: columns.x.format: a date format needs %Y, %m and %d.')
    expect(await schemaError('columns: {x: {type: integer, format: "%Y"}}')).toBe(
      'schema.yml:1:38: columns.x.format: only datetime columns take a format (this column is integer).',
    )
  })
})

describe('string and category columns', () => {
  it('accept any text and profile its lengths', async () => {
    const { findings, result } = await typeFindings('s', ['a', 'abc', '12', 'NA'], 'columns: {s: {type: string}}')
    expect(findings).toEqual([])
    expect(result.profile.s).toMatchObject({ type: 'string', count: 3, missing: 1, minLength: 1, maxLength: 3 })
  })
})
