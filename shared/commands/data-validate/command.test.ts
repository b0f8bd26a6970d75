import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCommand } from '../../../test/helpers/host.js'
import { loadSchemaFile } from '../../validate/index.js'
import { validateCommand } from '../index.js'

let dir: string
let count = 0
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-command-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function write(name: string, content: string | Buffer): string {
  const path = join(dir, `${++count}-${name}`)
  writeFileSync(path, content)
  return path
}

interface Report {
  valid: boolean
  failOn: string
  data: { rows: number; hash: string; files: { path: string; format: string; sha256: string }[] }
  summary: { errors: number; warnings: number }
  findings: { file: string | null; line: number | null; column: string | null; check: string; severity: string; message: string }[]
}

/** Runs the command against a recording host, as the action and the CLI do. */
async function run(inputs: Record<string, string>) {
  const report = inputs.report ?? join(dir, `report-${++count}.json`)
  const host = await runCommand(validateCommand, { report, ...inputs })
  const written = existsSync(report) ? (JSON.parse(readFileSync(report, 'utf8')) as Report) : undefined
  return { ...host, report: written }
}

/** A bad input fails the run with one line naming what is wrong, and no outputs. */
async function badInput(inputs: Record<string, string>): Promise<string> {
  const { outcome, outputs, failures, report } = await run(inputs)
  expect(outcome).toBeUndefined()
  expect(outputs).toEqual({})
  expect(report).toBeUndefined()
  expect(failures).toHaveLength(1)
  expect(failures[0]).not.toMatch(/\n\s+at /)
  return failures[0]
}

const SCHEMA = 'columns:\n  id: {type: integer, unique: true}\n  price: {type: number, min: 0}\n  note: {type: string}\n'

describe('the validate command', () => {
  it('sets exactly its documented outputs and writes the report', async () => {
    const data = write('ok.csv', 'id,price,note\n1,2.5,a\n2,3,b\n')
    const schema = write('schema.yml', SCHEMA)
    const { outputs, failures, report, summary } = await run({ data, schema })
    expect(Object.keys(outputs).sort()).toEqual(Object.keys(validateCommand.outputs).sort())
    expect(outputs).toEqual({
      valid: 'true',
      errors: '0',
      warnings: '0',
      rows: '2',
      'data-hash': createHash('sha256').update(readFileSync(data)).digest('hex'),
      report: expect.stringMatching(/report-\d+\.json$/),
    })
    expect(failures).toEqual([])
    expect(report).toMatchObject({ valid: true, failOn: 'error', data: { rows: 2, hash: outputs['data-hash'] }, summary: { errors: 0, warnings: 0 }, findings: [] })
    expect(summary).toContain('Data validation passed')
  })

  it('fails on error findings, annotating each at its file and line', async () => {
    const data = write('bad.csv', 'id,price,note\n1,-2,a\n1,3,b,extra\n1,4,c\n')
    const schema = write('schema.yml', SCHEMA)
    const { outputs, failures, annotations, report } = await run({ data, schema })
    expect(outputs).toMatchObject({ valid: 'false', errors: '3', warnings: '0', rows: '2' })
    expect(failures).toEqual([`Data validation failed: 3 findings at or above 'error' (see ${outputs.report}).`])
    expect(report!.findings).toEqual([
      { file: data, line: 2, column: 'price', check: 'min', severity: 'error', message: '-2 is below the minimum 0' },
      { file: data, line: 3, column: null, check: 'row-shape', severity: 'error', message: 'row has 4 fields; the header has 3' },
      { file: data, line: 4, column: 'id', check: 'unique', severity: 'error', message: 'duplicate value: the same value is at line 2' },
    ])
    expect(annotations).toEqual([
      { severity: 'error', message: 'price: -2 is below the minimum 0', title: 'data-validate: min', file: data, line: 2 },
      { severity: 'error', message: 'row has 4 fields; the header has 3', title: 'data-validate: row-shape', file: data, line: 3 },
      { severity: 'error', message: 'id: duplicate value: the same value is at line 2', title: 'data-validate: unique', file: data, line: 4 },
    ])
  })

  it('reports a finding per ragged row, with its line', async () => {
    const data = write('ragged.csv', 'a,b\n1,2\n3\n4,5,6\n"7\n8",9\n10,11,12\n')
    const { outputs, report } = await run({ data })
    expect(outputs).toMatchObject({ valid: 'false', errors: '3', rows: '2' })
    expect(report!.findings.map((finding) => [finding.line, finding.check, finding.message])).toEqual([
      [3, 'row-shape', 'row has 1 fields; the header has 2'],
      [4, 'row-shape', 'row has 3 fields; the header has 2'],
      [7, 'row-shape', 'row has 3 fields; the header has 2'],
    ])
  })

  it('reports a schema column missing from the data as a finding', async () => {
    const data = write('no-note.csv', 'id,price\n1,2\n')
    const schema = write('schema.yml', SCHEMA)
    const { outputs, report } = await run({ data, schema })
    expect(outputs).toMatchObject({ valid: 'false', errors: '1' })
    expect(report!.findings).toEqual([
      { file: data, line: 1, column: null, check: 'columns', severity: 'error', message: "column 'note' is in the schema but not in the data" },
    ])
  })

  it('fails the step on warnings only with fail-on warning, and never with fail-on never; valid says whether the data has errors', async () => {
    const data = write('warn.csv', 'n\n1\n2\n3\n')
    const schema = write('schema.yml', 'columns: {n: {type: integer, mean: {max: 1}}}\n')
    const byDefault = await run({ data, schema })
    expect(byDefault.outputs).toMatchObject({ valid: 'true', errors: '0', warnings: '1' })
    expect(byDefault.failures).toEqual([])
    expect(byDefault.annotations).toEqual([{ severity: 'warning', message: 'n: mean 2 is above the maximum 1', title: 'data-validate: mean', file: undefined, line: undefined }])

    expect(byDefault.summary).toMatch(/^## ✅ Data validation passed\n/)

    // Warnings alone leave the data valid; fail-on only decides that the step fails.
    const strict = await run({ data, schema, 'fail-on': 'warning' })
    expect(strict.outputs).toMatchObject({ valid: 'true', errors: '0', warnings: '1' })
    expect(strict.report).toMatchObject({ valid: true, failOn: 'warning' })
    expect(strict.failures).toEqual([`Data validation failed: 1 finding at or above 'warning' (see ${strict.outputs.report}).`])
    expect(strict.summary).toMatch(/^## ⚠️ Data validation passed \(the step fails on warnings\)\n\nThe data is valid, but the step fails on warnings \(`fail-on: warning`\)\./)

    const bad = write('bad-never.csv', 'n\nx\n')
    const never = await run({ data: bad, schema, 'fail-on': 'never' })
    expect(never.outputs).toMatchObject({ valid: 'false', errors: '1' })
    expect(never.report).toMatchObject({ valid: false, failOn: 'never', summary: { errors: 1 } })
    expect(never.failures).toEqual([])
    expect(never.summary).toMatch(/^## ⚠️ Data validation failed \(not enforced\)\n\nThe data has errors, but the step passes \(`fail-on: never`\)\./)
    expect(never.summary).not.toContain('passed')
  })

  it('heads the summary of invalid data that fails the step as failed', async () => {
    const data = write('bad.csv', 'n\nx\n')
    const schema = write('schema.yml', 'columns: {n: {type: integer}}\n')
    const failed = await run({ data, schema })
    expect(failed.outputs).toMatchObject({ valid: 'false', errors: '1' })
    expect(failed.summary).toMatch(/^## ❌ Data validation failed\n\n\*\*1 rows\*\*/)
  })

  it('writes an inferred schema that validates the same data', async () => {
    const data = write('infer.csv', 'id,kind,at\n1,a,2024-01-01\n2,b,2024-01-02\n3,a,2024-01-03\n4,a,2024-01-04\n5,b,2024-01-05\n')
    const target = join(dir, 'nested', 'inferred.yml')
    const inferred = await run({ data, 'write-schema': target })
    expect(inferred.outputs.valid).toBe('true')
    expect(inferred.logs).toContain(`Wrote the inferred schema to ${target}`)
    expect(loadSchemaFile(target).schema.columns).toMatchObject({ id: { type: 'integer', unique: true }, kind: { type: 'category', allowed: ['a', 'b'] }, at: { type: 'datetime' } })
    const again = await run({ data, schema: target })
    expect(again.outputs).toMatchObject({ valid: 'true', errors: '0', warnings: '0' })
  })

  it('takes its inputs from a config file, direct inputs winning', async () => {
    const data = write('cfg.csv', 'n\n1\nx\n')
    const schema = write('schema.yml', 'columns: {n: {type: integer}}\n')
    const config = write('config.yml', `data: ${data}\nschema: ${schema}\nfail-on: never\n`)
    const lenient = await run({ config })
    expect(lenient.outputs).toMatchObject({ valid: 'false', errors: '1' })
    expect(lenient.failures).toEqual([])
    const strict = await run({ config, 'fail-on': 'error' })
    expect(strict.outputs).toMatchObject({ valid: 'false', errors: '1' })
    expect(strict.failures).toHaveLength(1)
  })

  it('takes several data files as a YAML list', async () => {
    const a = write('a.csv', 'n\n1\n')
    const b = write('b.csv', 'n\n2\n3\n')
    expect((await run({ data: `- ${a}\n- ${b}\n` })).outputs).toMatchObject({ rows: '3', valid: 'true' })
  })
})

describe('bad input to the validate command', () => {
  it('an empty file', async () => {
    const data = write('empty.csv', '')
    expect(await badInput({ data })).toBe(`${data}: the file is empty (expected a header line).`)
  })

  it('a header without rows', async () => {
    const data = write('header.csv', 'id,price\n')
    expect(await badInput({ data })).toBe(`${data}: no data rows (the data has a header but no records).`)
  })

  it('an unterminated quote', async () => {
    const data = write('quote.csv', 'id,note\n1,ok\n2,"oops\n3,fine\n')
    expect(await badInput({ data })).toBe(`${data}:3: unterminated quoted field (a '"' opened here is never closed).`)
  })

  it('invalid UTF-8', async () => {
    const data = write('latin1.csv', Buffer.concat([Buffer.from('id,city\n1,Paris\n2,Z'), Buffer.from([0xfc]), Buffer.from('rich\n')]))
    expect(await badInput({ data })).toBe(`${data}:3: invalid UTF-8 byte sequence; the file must be UTF-8 encoded (convert it, e.g. with iconv).`)
  })

  it('duplicate column names', async () => {
    const data = write('dup.csv', 'id,price,price\n1,2,3\n')
    expect(await badInput({ data })).toBe(`${data}:1: duplicate column name 'price' (columns 2 and 3).`)
  })

  it('a path or glob that matches nothing', async () => {
    const path = join(dir, 'nope.csv')
    expect(await badInput({ data: path })).toBe(`Input 'data': no file matches '${path}'.`)
    const pattern = join(dir, 'nothing-*.csv')
    expect(await badInput({ data: pattern })).toBe(`Input 'data': no file matches '${pattern}'.`)
  })

  it('a schema with a YAML syntax error', async () => {
    const data = write('d.csv', 'a\n1\n')
    const schema = write('syntax.yml', 'columns:\n  a: {type: integer\n')
    expect(await badInput({ data, schema })).toMatch(new RegExp(`^${schema}:\\d+:\\d+: invalid YAML: .+`))
  })

  it('a schema with an unknown key', async () => {
    const data = write('d.csv', 'price\n1\n')
    const schema = write('unknown.yml', 'columns:\n  price:\n    type: number\n    mni: 0\n')
    expect(await badInput({ data, schema })).toBe(`${schema}:4:5: columns.price.mni: unknown key 'mni'.`)
  })

  it('a schema value of the wrong type', async () => {
    const data = write('d.csv', 'price\n1\n')
    const schema = write('type.yml', 'columns:\n  price:\n    type: number\n    max: [1]\n')
    expect(await badInput({ data, schema })).toMatch(new RegExp(`^${schema}:4:\\d+: columns\\.price\\.max: must be .+\\.$`))
  })

  it('a schema that cannot be read', async () => {
    const data = write('d.csv', 'a\n1\n')
    const schema = join(dir, 'absent.yml')
    expect(await badInput({ data, schema })).toBe(`Input 'schema': cannot read '${schema}' (no such file or directory).`)
  })

  it('a missing data input and an invalid fail-on', async () => {
    expect(await badInput({})).toBe("Input 'data' is required.")
    const data = write('d.csv', 'a\n1\n')
    expect(await badInput({ data, 'fail-on': 'sometimes' })).toBe("Input 'fail-on' has invalid value 'sometimes': expected one of error, warning, never.")
  })

  it('a config file with an unknown key', async () => {
    const config = write('config.yml', 'data: x.csv\nschemas: y.yml\n')
    expect(await badInput({ config })).toBe(
      `Input 'config': '${config}' has unknown key 'schemas'; allowed keys are the input names: data, schema, write-schema, fail-on, missing-values, report.`,
    )
  })

  it('a report or schema path that cannot be written', async () => {
    const data = write('ok.csv', 'id\n1\n')
    expect(await badInput({ data, report: join(data, 'report.json') })).toBe(
      `Input 'report': cannot write '${join(data, 'report.json')}' (a parent is not a directory).`,
    )
    expect(await badInput({ data, 'write-schema': join(data, 'schema.yml') })).toBe(
      `Input 'write-schema': cannot write '${join(data, 'schema.yml')}' (a parent is not a directory).`,
    )
  })
})
