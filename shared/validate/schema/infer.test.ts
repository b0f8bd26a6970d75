import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_MISSING_VALUES, resolveDataFiles } from '../../data/index.js'
import { validateData } from '../index.js'
import { loadSchemaFile, writeSchemaFile, type DataSchema } from './index.js'

const SEATTLE = 'node_modules/vega-datasets/data/seattle-weather.csv'

let dir: string
let count = 0
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-infer-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function infer(data: string): Promise<DataSchema> {
  const result = await validateData({ files: await resolveDataFiles(data), missingValues: DEFAULT_MISSING_VALUES, infer: true })
  expect(result.inferred).toBeDefined()
  return result.inferred!
}

/** Infers a schema, writes it as YAML, loads it back and validates the same data against it. */
async function roundTrip(data: string) {
  const schema = await infer(data)
  const path = join(dir, `inferred-${++count}.yml`)
  writeSchemaFile(path, schema)
  const loaded = loadSchemaFile(path)
  const result = await validateData({
    files: await resolveDataFiles(data),
    schema: loaded,
    missingValues: loaded.schema['missing-values'] ?? DEFAULT_MISSING_VALUES,
    infer: false,
  })
  return { schema, yaml: readFileSync(path, 'utf8'), result }
}

function write(csv: string): string {
  const path = join(dir, `data-${++count}.csv`)
  writeFileSync(path, csv)
  return path
}

describe('inferring a schema from seattle-weather.csv', () => {
  it('infers each column type, with formats, domains and margins', async () => {
    const schema = await infer(SEATTLE)
    expect(schema.columns).toEqual({
      date: { type: 'datetime', nullable: false, format: '%Y-%m-%d', unique: true },
      precipitation: { type: 'number', nullable: false, min: 0, max: 62, mean: { min: 0, max: 6.37 }, std: { min: 3.34, max: 13.37 } },
      temp_max: { type: 'number', nullable: false, min: -5.4, max: 40, mean: { min: 12.76, max: 20.12 }, std: { min: 3.674, max: 14.7 } },
      temp_min: { type: 'number', nullable: false, min: -9.7, max: 21, mean: { min: 5.723, max: 10.75 }, std: { min: 2.511, max: 10.05 } },
      wind: { type: 'number', nullable: false, min: 0, max: 11, mean: { min: 2.522, max: 3.961 }, std: { min: 0.7189, max: 2.876 } },
      weather: { type: 'category', nullable: false, allowed: ['drizzle', 'fog', 'rain', 'snow', 'sun'] },
    })
    expect(schema).toMatchObject({ version: 1, strict: true, rows: { min: 1 }, 'duplicate-rows': { 'max-share': 0 }, 'missing-values': DEFAULT_MISSING_VALUES })
  })

  it('puts ranges outside what was seen, by a tenth of the spread', async () => {
    const schema = await infer(SEATTLE)
    // Observed: temp_max -1.6..35.6, temp_min -7.1..18.3, precipitation 0..55.9, wind 0.4..9.5.
    const observed: Record<string, [number, number]> = { temp_max: [-1.6, 35.6], temp_min: [-7.1, 18.3], precipitation: [0, 55.9], wind: [0.4, 9.5] }
    for (const [name, [low, high]] of Object.entries(observed)) {
      const margin = (high - low) / 10
      const column = schema.columns[name] as unknown as { min: number; max: number }
      expect(column.min, name).toBeLessThanOrEqual(Math.max(0, low - margin) + 1e-9)
      expect(column.max, name).toBeGreaterThanOrEqual(high + margin - 1e-9)
    }
  })

  it('writes YAML that points editors at the JSON Schema and validates the same data with no findings', async () => {
    const { yaml, result } = await roundTrip(SEATTLE)
    expect(yaml.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=https://raw.githubusercontent.com/mlops-actions/mlops-actions/main/shared/schema/data-schema.json',
    )
    expect(result.rows).toBe(1461)
    expect(result.findings).toEqual([])
    expect([result.errors, result.warnings]).toEqual([0, 0])
  })

  it('profiles the columns in the inferred types when there is no schema', async () => {
    const result = await validateData({ files: await resolveDataFiles(SEATTLE), missingValues: DEFAULT_MISSING_VALUES, infer: true })
    expect(Object.fromEntries(Object.entries(result.profile).map(([name, profile]) => [name, profile.type]))).toEqual({
      date: 'datetime',
      precipitation: 'number',
      temp_max: 'number',
      temp_min: 'number',
      wind: 'number',
      weather: 'category',
    })
    expect(result.profile.date).toMatchObject({ min: '2012-01-01', max: '2015-12-31', count: 1461 })
    expect(result.profile.precipitation).toMatchObject({ min: 0, max: 55.9, missing: 0 })
    expect(result.findings).toEqual([])
  })
})

describe('inferring from other data', () => {
  it('infers integers, booleans, strings, date-times, categories and tolerated missing values', async () => {
    const rows = Array.from({ length: 20 }, (_, i) => `${i - 5},${i % 2 === 0 ? 'true' : 'False'},name ${i},2024-01-${String(i + 1).padStart(2, '0')} 10:00:00,${i % 4 === 0 ? 'NA' : 'x'}`)
    const schema = await infer(write(`n,flag,name,at,sparse\n${rows.join('\n')}\n`))
    expect(schema.columns).toEqual({
      n: { type: 'integer', nullable: false, min: -7, max: 16, mean: { min: 1.541, max: 7.459 }, std: { min: 2.958, max: 11.84 }, unique: true },
      flag: { type: 'boolean', nullable: false },
      name: { type: 'string', nullable: false, length: { min: 6, max: 17 }, unique: true },
      at: { type: 'datetime', nullable: false, format: '%Y-%m-%d %H:%M:%S', unique: true },
      sparse: { type: 'category', 'max-missing': 0.385, allowed: ['x'] },
    })
  })

  it('sets a duplicate-rows share above the one seen', async () => {
    const schema = await infer(write('a,b\n1,x\n1,x\n2,y\n3,z\n'))
    expect(schema['duplicate-rows']).toEqual({ 'max-share': 0.376 })
  })

  it('infers a schema that passes on its own data when integers are written two ways', async () => {
    const { result } = await roundTrip(write('id,v\n1,a\n2.0,b\n3,c\n1.0,d\n'))
    expect(result.findings).toEqual([])
  })

  it('infers a schema that passes on its own data when dates are written two ways', async () => {
    const { result } = await roundTrip(write('d,v\n2024-01-01,1\n2024-01-01T00:00:00,2\n2024-01-02,3\n'))
    expect(result.findings).toEqual([])
  })

  it('infers string lengths in the characters the length check counts', async () => {
    const { schema, result } = await roundTrip(write('id,s\n1,👍\n2,ab\n3,cd\n4,efg\n'))
    expect((schema.columns.s as unknown as { length: { min: number } }).length.min).toBe(1)
    expect(result.findings).toEqual([])
  })

  it('infers a number column despite inf, Infinity and 1e400, which validation then reports', async () => {
    const data = write('n,x\n1,1.5\ninf,2.5\n3,-Infinity\n1e400,3.5\n5,4.5\n')
    const schema = await infer(data)
    expect(schema.columns.n).toMatchObject({ type: 'integer', min: 0, max: 6 })
    expect(schema.columns.x).toMatchObject({ type: 'number', min: 1.1, max: 4.8 })
    const { result } = await roundTrip(data)
    expect(result.findings.map((finding) => [finding.line, finding.column, finding.message])).toEqual([
      [3, 'n', "'inf' is not a finite number"],
      [4, 'x', "'-Infinity' is not a finite number"],
      [5, 'n', "'1e400' is not a finite number"],
    ])
    expect(result.profile.n).toMatchObject({ count: 3, invalid: 2, min: 1, max: 5, mean: 3, std: 2 })
  })

  it('keeps long values out of categories and cuts them in the profile', async () => {
    const long = 'y'.repeat(300)
    const data = write(`id,s\n${Array.from({ length: 8 }, (_, i) => `${i},${i % 2 ? long : 'short'}`).join('\n')}\n`)
    const { schema, result } = await roundTrip(data)
    expect(schema.columns.s.type).toBe('string')
    expect(result.findings).toEqual([])
    expect(result.profile.s.top).toEqual([
      { value: 'short', count: 4 },
      { value: 'y'.repeat(200) + '…', count: 4 },
    ])
  })

  it('infers mean bounds that contain the mean of large values', async () => {
    // Out of order (37 is prime to 100), or the column would be taken as an identifier, without a mean.
    const rows = Array.from({ length: 100 }, (_, i) => `${1_700_000_000 + ((i * 37) % 100) * 100}`)
    const { schema, result } = await roundTrip(write(`ts\n${rows.join('\n')}\n`))
    const mean = (schema.columns.ts as unknown as { mean: { min: number; max: number } }).mean
    expect(mean.min).toBeLessThanOrEqual(1_700_004_950)
    expect(mean.max).toBeGreaterThanOrEqual(1_700_004_950)
    expect(result.findings).toEqual([])
  })
})

describe('inferring from the head of a file', () => {
  it('takes an integer column that increases on every row as an identifier, which the rest of the file does not violate', async () => {
    const rows = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${from + i},${(from + i) % 7}`)
    const head = write(`id,score\n${rows(1, 300).join('\n')}\n`)
    const result = await validateData({ files: await resolveDataFiles(head), missingValues: DEFAULT_MISSING_VALUES, infer: true })
    expect(result.inferred!.columns.id).toEqual({ type: 'integer', nullable: false, unique: true })
    expect(result.inferred!.columns.score).toMatchObject({ min: 0, max: 7 })
    expect(result.inferenceNotes).toEqual([
      `Inferred from 300 rows of ${head}.`,
      "'id' increases on every row, so it is taken as an identifier: unique, with no range, mean or std.",
    ])
    const path = join(dir, 'head.yml')
    writeSchemaFile(path, result.inferred!, 'write-schema', result.inferenceNotes)
    expect(readFileSync(path, 'utf8').split('\n').slice(2, 4)).toEqual(result.inferenceNotes!.map((note) => `# ${note}`))

    const whole = write(`id,score\n${rows(1, 3000).join('\n')}\n`)
    const loaded = loadSchemaFile(path)
    const checked = await validateData({ files: await resolveDataFiles(whole), schema: loaded, missingValues: DEFAULT_MISSING_VALUES, infer: false })
    expect(checked.findings).toEqual([])
  })

  it('keeps the range of an integer column that does not increase on every row', async () => {
    const values = Array.from({ length: 300 }, (_, i) => (i === 150 ? 149 : i + 1))
    const schema = await infer(write(`n\n${values.join('\n')}\n`))
    expect(schema.columns.n).toMatchObject({ type: 'integer', min: 0, max: 330 })
    expect(schema.columns.n.unique).toBeUndefined()
  })
})
