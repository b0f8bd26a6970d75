import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet'
import { compressors } from 'hyparquet-compressors'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UserError } from '../errors/index.js'
import { compileSchema, validateData } from '../validate/index.js'
import { DEFAULT_MISSING_VALUES, readDataset, resolveDataFiles } from './index.js'

const FLIGHTS = 'node_modules/vega-datasets/data/flights-3m.parquet'
/** Rows per row group in that file. */
const GROUP = 272_727

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-parquet-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

class Stop extends Error {}

describe('Parquet', () => {
  it('reads the header and typed values of the first row group, numbering rows from 1', async () => {
    let header: string[] = []
    const rows: unknown[][] = []
    const read = readDataset(await resolveDataFiles(FLIGHTS), DEFAULT_MISSING_VALUES, {
      file: () => undefined,
      header: (columns) => void (header = columns),
      ragged: () => undefined,
      row(row, line) {
        rows.push([line, row.text(0), row.number(1), row.number(2), row.text(3), row.text(4), row.missing(1)])
        // Reading stops in the first row group.
        if (rows.length === 3) throw new Stop()
      },
    })
    await expect(read).rejects.toBeInstanceOf(Stop)
    expect(header).toEqual(['date', 'delay', 'distance', 'origin', 'destination'])
    expect(rows).toEqual([
      [1, '2001-01-01T00:01:00.000Z', 33, 2176, 'LAS', 'PHL', false],
      [2, '2001-01-01T00:01:00.000Z', 19, 215, 'ATL', 'SAV', false],
      [3, expect.any(String), expect.any(Number), expect.any(Number), expect.any(String), expect.any(String), false],
    ])
  })

  it('validates every row group: rows, data hash, native timestamps and row numbers as lines', async () => {
    const schema = compileSchema(
      `columns:
  date: {type: datetime, min: "2001-01-01", max: "2001-03-31"}
  delay: {type: integer}
  distance: {type: integer, min: 0}
  origin: {type: string, length: {min: 3, max: 3}}
  destination: {type: category}
`,
      'flights.yml',
    )
    const result = await validateData({ files: await resolveDataFiles(FLIGHTS), schema, missingValues: DEFAULT_MISSING_VALUES, infer: false })
    expect(result.rows).toBe(3_000_000)
    expect(result.dataHash).toBe(createHash('sha256').update(readFileSync(FLIGHTS)).digest('hex'))
    expect(result.files).toEqual([{ path: FLIGHTS, format: 'parquet', sha256: result.dataHash }])
    expect(new Set(result.findings.map((finding) => finding.check))).toEqual(new Set(['max']))
    expect(result.profile.delay).toMatchObject({ type: 'integer', count: 3_000_000, missing: 0, invalid: 0 })
    expect(result.profile.date.min).toBe('2001-01-01T00:01:00Z')

    // The first finding's line is a row number past the first row groups; the row there is late.
    const located = result.findings.filter((finding) => finding.line !== undefined)
    expect(located).toHaveLength(100)
    const first = located[0]
    expect(first).toMatchObject({ check: 'max', severity: 'error', column: 'date', file: FLIGHTS })
    expect(first.line!).toBeGreaterThan(GROUP)
    const file = await asyncBufferFromFile(FLIGHTS)
    const [before, at] = (await parquetReadObjects({ file, compressors, rowStart: first.line! - 2, rowEnd: first.line! })) as { date: Date }[]
    expect(before.date.getTime()).toBeLessThanOrEqual(Date.UTC(2001, 2, 31))
    expect(at.date.getTime()).toBeGreaterThan(Date.UTC(2001, 2, 31))
    expect(first.message).toBe(`${at.date.toISOString().replace('.000Z', 'Z')} is above the maximum 2001-03-31`)
  })

  it('rejects a file that is not Parquet', async () => {
    const path = join(dir, 'fake.parquet')
    writeFileSync(path, 'id,name\n1,a\n')
    const error = await readDataset(await resolveDataFiles(path), DEFAULT_MISSING_VALUES, {
      file: () => undefined,
      header: () => undefined,
      row: () => undefined,
      ragged: () => undefined,
    }).catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(UserError)
    expect((error as UserError).message).toMatch(new RegExp(`^${path}: not a readable Parquet file \\(.+\\)\\.$`))
  })

  it('rejects gzip-compressed Parquet', async () => {
    const path = join(dir, 'data.parquet.gz')
    writeFileSync(path, '')
    await expect(resolveDataFiles(path)).rejects.toThrow(
      new UserError(`${path}: gzip-compressed Parquet is not supported; Parquet compresses its own pages.`),
    )
  })
})
