import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UserError } from '../errors/index.js'
import { compileSchema, validateData } from '../validate/index.js'
import { DEFAULT_MISSING_VALUES, MissingTokens, readDataset, resolveDataFiles, type Row } from './index.js'
import { JsonLinesParser } from './jsonl.js'

type Event = (string | number | null)[]

function collector() {
  const events: Event[] = []
  return {
    events,
    header: (columns: string[]) => void events.push(['header', ...columns]),
    row: (row: Row, line: number) =>
      void events.push([line, ...Array.from({ length: row.size }, (_, i) => (row.missing(i) ? null : row.text(i)))]),
    ragged: () => undefined,
    unknownKey: (line: number, key: string) => void events.push(['unknown', line, key]),
  }
}

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-jsonl-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

async function read(path: string): Promise<Event[]> {
  const visitor = collector()
  await readDataset(await resolveDataFiles(path), DEFAULT_MISSING_VALUES, { ...visitor, file: () => undefined })
  return visitor.events
}

async function validate(path: string, yaml: string) {
  const schema = compileSchema(yaml, 'schema.yml')
  return validateData({ files: await resolveDataFiles(path), schema, missingValues: DEFAULT_MISSING_VALUES, infer: false })
}

const LINES =
  '\uFEFF{"id": 1, "name": "Zoë", "tags": ["a"], "ok": true}\r\n' +
  '\n' +
  '{"id": 2, "name": null, "tags": {"k": 1}, "ok": false}\n' +
  '{"id": 3, "name": "NA", "ok": true, "extra": "x"}\n' +
  '  {"extra": "y", "id": 4.5, "name": "日本", "tags": [], "ok": "yes"}  '

const EVENTS: Event[] = [
  ['header', 'id', 'name', 'tags', 'ok'],
  [1, '1', 'Zoë', '["a"]', 'true'],
  [3, '2', null, '{"k":1}', 'false'],
  ['unknown', 4, 'extra'],
  [4, '3', null, null, 'true'],
  [5, '4.5', '日本', '[]', 'yes'],
]

describe('JSON Lines', () => {
  it('takes the columns from the first object and reads values, nulls and missing keys', async () => {
    expect(await read(write('data.jsonl', LINES))).toEqual(EVENTS)
  })

  it('gives the same rows when lines are split across chunks', () => {
    const bytes = Buffer.from(LINES)
    for (const size of [1, 2, 3, 7, 64]) {
      const visitor = collector()
      const parser = new JsonLinesParser('chunks.jsonl', new MissingTokens(), visitor)
      for (let pos = 0; pos < bytes.length; pos += size) parser.push(bytes.subarray(pos, pos + size))
      parser.end()
      expect(visitor.events, `chunks of ${size}`).toEqual(EVENTS)
    }
  })

  it('reads .ndjson and gzip-compressed JSON Lines', async () => {
    expect(await read(write('data.ndjson', LINES))).toEqual(EVENTS)
    expect(await read(write('data.jsonl.gz', gzipSync(LINES)))).toEqual(EVENTS)
  })

  it('validates typed values and reports findings at their line', async () => {
    const path = write('typed.jsonl', LINES)
    const result = await validate(
      path,
      'columns: {id: {type: integer}, name: {type: string, nullable: false}, tags: {type: string}, ok: {type: boolean}}',
    )
    expect(result.rows).toBe(4)
    expect(result.findings).toEqual([
      { check: 'nullable', severity: 'error', column: 'name', file: path, line: 3, message: 'missing value in a column that is not nullable' },
      { check: 'nullable', severity: 'error', column: 'name', file: path, line: 4, message: 'missing value in a column that is not nullable' },
      {
        check: 'row-shape',
        severity: 'error',
        file: path,
        line: 4,
        message: "key 'extra' is not in the first record, so it is not a column",
      },
      { check: 'type', severity: 'error', column: 'id', file: path, line: 5, message: "'4.5' is not an integer" },
    ])
  })

  it('reads JSON strings as numbers and dates where the schema says so', async () => {
    const path = write('strings.jsonl', '{"n": "12", "d": "2024-02-29"}\n{"n": "x", "d": "2023-02-29"}\n')
    const result = await validate(path, 'columns: {n: {type: number}, d: {type: datetime}}')
    expect(result.findings.map((finding) => [finding.column, finding.line, finding.message])).toEqual([
      ['d', 2, "'2023-02-29' is not an ISO 8601 date-time"],
      ['n', 2, "'x' is not a number"],
    ])
  })
})

describe('JSON Lines the reader rejects', () => {
  async function readError(path: string): Promise<string> {
    const error = await read(path).then(
      () => undefined,
      (thrown: unknown) => thrown,
    )
    expect(error).toBeInstanceOf(UserError)
    return (error as UserError).message
  }

  it('rejects an empty file', async () => {
    const path = write('empty.jsonl', '\n\n')
    expect(await readError(path)).toBe(`${path}: the file is empty (expected one JSON object per line).`)
  })

  it('rejects invalid JSON, naming the line', async () => {
    const path = write('broken.jsonl', '{"a": 1}\n\n{"a": 2,}\n')
    expect(await readError(path)).toMatch(new RegExp(`^${path}:3: invalid JSON: .+`))
  })

  it('rejects a line that is not an object', async () => {
    const path = write('array.jsonl', '{"a": 1}\n[1, 2]\n')
    expect(await readError(path)).toBe(`${path}:2: expected a JSON object per line.`)
  })

  it('rejects a value nested too deeply in one line, naming the line, in JSON Lines and JSON arrays', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`
    const lines = write('deep.jsonl', `{"a": 1}\n{"a": ${deep}}\n`)
    expect(await readError(lines)).toBe(`${lines}:2: a value nests arrays or objects more than 256 levels deep.`)
    const array = write('deep.json', `[\n{"a": 1},\n{"a": "[[[ in a string"},\n{"a": {"b": ${deep}}}\n]\n`)
    expect(await readError(array)).toBe(`${array}:4: a value nests arrays or objects more than 256 levels deep.`)
    const fine = `${'['.repeat(256)}${']'.repeat(256)}`
    expect(await read(write('nested.jsonl', `{"a": ${fine}}\n`))).toEqual([['header', 'a'], [1, JSON.stringify(JSON.parse(fine))]])
  })

  it('rejects invalid UTF-8, naming the line', async () => {
    const path = write('latin1.jsonl', Buffer.concat([Buffer.from('{"a": "ok"}\n{"a": "caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]))
    expect(await readError(path)).toBe(`${path}:2: invalid UTF-8 byte sequence; the file must be UTF-8 encoded.`)
  })

  it('reports numbers that are not finite, whether written as 1e400 or as text, without letting them into the mean', async () => {
    const path = write('infinite.jsonl', '{"v": 1}\n{"v": 1e400}\n{"v": "-Infinity"}\n{"v": 3}\n')
    const result = await validate(path, 'columns: {v: {type: number, mean: {min: 1.5, max: 2.5}}}')
    expect(result.findings.map((finding) => [finding.line, finding.message])).toEqual([
      [2, "'Infinity' is not a finite number"],
      [3, "'-Infinity' is not a finite number"],
    ])
    expect(result.profile.v).toMatchObject({ count: 2, invalid: 2, mean: 2 })
  })
})
