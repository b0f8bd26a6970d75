import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UserError } from '../errors/index.js'
import { compileSchema, validateData } from '../validate/index.js'
import { DEFAULT_MISSING_VALUES, detectFormat, readDataset, resolveDataFiles } from './index.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-files-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name)
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, content)
  return path
}

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex')

async function validate(data: string, yaml?: string) {
  const schema = yaml === undefined ? undefined : compileSchema(yaml, 'schema.yml')
  return validateData({
    files: await resolveDataFiles(data),
    schema,
    missingValues: DEFAULT_MISSING_VALUES,
    infer: false,
  })
}

async function userError(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  )
  expect(error).toBeInstanceOf(UserError)
  return (error as UserError).message
}

describe('data formats by file name', () => {
  it.each([
    ['a.csv', 'csv', false],
    ['a.CSV', 'csv', false],
    ['a.txt', 'csv', false],
    ['a.tsv', 'tsv', false],
    ['a.tab', 'tsv', false],
    ['a.jsonl', 'jsonl', false],
    ['a.ndjson', 'jsonl', false],
    ['a.json', 'json', false],
    ['a.parquet', 'parquet', false],
    ['a.pq', 'parquet', false],
    ['dir.v2/a.csv.gz', 'csv', true],
    ['a.tsv.gz', 'tsv', true],
    ['a.jsonl.gz', 'jsonl', true],
  ])('reads %s as %s (gzip: %s)', (path, format, gzip) => {
    expect(detectFormat(path)).toEqual({ format, gzip })
  })

  it('rejects an unknown extension, listing the known ones', () => {
    expect(() => detectFormat('data/sales.xlsx')).toThrow(
      new UserError("data/sales.xlsx: unknown data format '.xlsx'; expected .csv, .tsv, .jsonl, .ndjson, .json or .parquet, optionally gzip-compressed (.gz)."),
    )
  })
})

describe('gzip-compressed CSV', () => {
  it('validates the decompressed rows and hashes the stored bytes', async () => {
    const text = 'id,score\n1,0.5\n2,"multi\nline"\n3,x\n'
    const compressed = gzipSync(text)
    const path = write('scores.csv.gz', compressed)
    const result = await validate(path, 'columns: {id: {type: integer}, score: {type: number}}')
    expect(result.rows).toBe(3)
    expect(result.dataHash).toBe(sha256(compressed))
    expect(result.files).toEqual([{ path, format: 'csv', sha256: sha256(compressed) }])
    expect(result.findings).toEqual([
      { check: 'type', severity: 'error', column: 'score', file: path, line: 3, message: "'multi\nline' is not a number" },
      { check: 'type', severity: 'error', column: 'score', file: path, line: 5, message: "'x' is not a number" },
    ])
  })

  it('reads a large gzip file in many chunks with the right row count and last line', async () => {
    const rows = 150_000
    let text = 'id,value\n'
    for (let i = 1; i <= rows; i++) text += `${i},${i % 97 === 0 ? 'oops' : i / 4}\n`
    const path = write('big.csv.gz', gzipSync(text))
    const result = await validate(path, 'columns: {id: {type: integer, unique: true}, value: {type: number}}')
    expect(result.rows).toBe(rows)
    expect(result.errors).toBe(Math.floor(rows / 97))
    const lines = result.findings.filter((finding) => finding.line !== undefined).map((finding) => finding.line)
    expect(lines.slice(0, 3)).toEqual([98, 195, 292])
  })

  it('rejects corrupt gzip data, naming the file', async () => {
    const good = gzipSync('a\n1\n'.repeat(1000))
    const path = write('corrupt.csv.gz', Buffer.concat([good.subarray(0, 20), Buffer.alloc(40, 0xff)]))
    expect(await userError(validate(path))).toMatch(new RegExp(`^${path}: corrupt gzip data \\(.+\\)\\.$`))
  })
})

describe('globs and lists of files', () => {
  it('sums rows over the matched files and names the right file in findings', async () => {
    write('parts/a.csv', 'id,price\n1,10\n2,-1\n')
    write('parts/b.csv', 'id,price\n3,5\n4,7\n5,-2\n')
    write('parts/c.csv', 'id,price\n6,-3\n')
    write('parts/ignored.json', '{}')
    const pattern = join(dir, 'parts/*.csv')
    const result = await validate(pattern, 'columns: {id: {type: integer, unique: true}, price: {type: number, min: 0}}')
    // Globs report paths relative to the working directory.
    const [a, b, c] = ['a', 'b', 'c'].map((name) => relative(process.cwd(), join(dir, `parts/${name}.csv`)))
    expect(result.rows).toBe(6)
    expect(result.files.map((file) => file.path)).toEqual([a, b, c])
    expect(result.findings.map((finding) => [finding.file, finding.line, finding.message])).toEqual([
      [a, 3, '-1 is below the minimum 0'],
      [b, 4, '-2 is below the minimum 0'],
      [c, 2, '-3 is below the minimum 0'],
    ])
  })

  it('hashes one file as sha256sum does and several files as sha256 over sorted "<sha256>  <path>" lines', async () => {
    const one = write('hash/one.csv', 'a\n1\n')
    const two = write('hash/two.csv', 'a\n2\n')
    const single = await validate(one)
    expect(single.dataHash).toBe(sha256(readFileSync(one)))

    const both = await validate(`${two}, ${one}`)
    expect(both.rows).toBe(2)
    expect(both.files.map((file) => file.path)).toEqual([two, one])
    const lines = [`${sha256('a\n1\n')}  ${one}\n`, `${sha256('a\n2\n')}  ${two}\n`].sort().join('')
    expect(both.dataHash).toBe(sha256(lines))
    // The order the files are given in does not change the dataset hash.
    expect((await validate(`${one},${two}`)).dataHash).toBe(both.dataHash)
  })

  it('reads a file named twice once', async () => {
    const path = write('twice.csv', 'a\n1\n')
    const result = await validate(`${path},${path}`)
    expect(result.rows).toBe(1)
    expect(result.files).toHaveLength(1)
  })

  it('reports files whose columns differ from the first when there is no schema', async () => {
    write('mixed/1.csv', 'id,name\n1,a\n')
    write('mixed/2.csv', 'id,title\n2,b\n')
    const result = await validate(join(dir, 'mixed/*.csv'))
    const second = relative(process.cwd(), join(dir, 'mixed/2.csv'))
    const first = relative(process.cwd(), join(dir, 'mixed/1.csv'))
    expect(result.findings).toEqual([
      { check: 'columns', severity: 'error', file: second, line: 1, message: `columns differ from ${first}: [id, title] vs [id, name]` },
    ])
  })

  it('rejects a glob that matches nothing', async () => {
    const pattern = join(dir, 'nothing/*.csv')
    expect(await userError(resolveDataFiles(pattern))).toBe(`Input 'data': no file matches '${pattern}'.`)
  })

  it('rejects a path that does not exist', async () => {
    const path = join(dir, 'missing.csv')
    expect(await userError(resolveDataFiles(`${write('exists.csv', 'a\n1\n')},${path}`))).toBe(`Input 'data': no file matches '${path}'.`)
  })

  it('rejects a directory, suggesting a glob', async () => {
    const folder = join(dir, 'folder')
    mkdirSync(folder, { recursive: true })
    expect(await userError(resolveDataFiles(folder))).toBe(`Input 'data': '${folder}' is a directory; give a file or a glob such as '${folder}/*.csv'.`)
  })

  it('names a FIFO or a device by its kind and refuses it as data, and a glob passes over it', async () => {
    const fifo = join(dir, 'special/pipe.csv')
    mkdirSync(join(dir, 'special'), { recursive: true })
    execFileSync('mkfifo', [fifo])
    const refused = `Input 'data': '${fifo}' is a FIFO, not a regular file; data is read from files only.`
    expect(await userError(resolveDataFiles(fifo))).toBe(refused)
    // A glob matches regular files only.
    expect(await userError(resolveDataFiles(join(dir, 'special/*.csv')))).toBe(`Input 'data': no file matches '${join(dir, 'special/*.csv')}'.`)
    expect(await userError(resolveDataFiles('/dev/null'))).toBe("Input 'data': '/dev/null' is a character device, not a regular file; data is read from files only.")
  })

  it('streams every file to the visitor in order, announcing each file first', async () => {
    write('order/x1.tsv', 'k\tv\n1\t2\n')
    write('order/x2.jsonl', '{"k": 3, "v": 4}\n')
    const events: string[] = []
    const files = await resolveDataFiles(`${join(dir, 'order/x1.tsv')},${join(dir, 'order/x2.jsonl')}`)
    const read = await readDataset(files, DEFAULT_MISSING_VALUES, {
      file: (index, file) => void events.push(`file ${index} ${file.format}`),
      header: (columns) => void events.push(`header ${columns.join('|')}`),
      row: (row, line) => void events.push(`row ${line} ${row.text(0)}|${row.text(1)}`),
      ragged: () => undefined,
    })
    expect(events).toEqual(['file 0 tsv', 'header k|v', 'row 2 1|2', 'file 1 jsonl', 'header k|v', 'row 1 3|4'])
    expect(read.files.map((file) => file.format)).toEqual(['tsv', 'jsonl'])
  })
})
