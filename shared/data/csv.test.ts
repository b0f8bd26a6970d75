import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UserError } from '../errors/index.js'
import { compileSchema, validateData, type ValidateOptions } from '../validate/index.js'
import { planRanges } from '../validate/parallel.js'
import { hashBytesPair } from '../hash/index.js'
import { CsvParser } from './csv.js'
import { DEFAULT_MISSING_VALUES, MissingTokens, readDataset, resolveDataFiles, type Row } from './index.js'

type Event = (string | number | boolean | null)[]

/** What a parser reports, in order: header, rows as [line, ...cells], ragged records. */
function collector() {
  const events: Event[] = []
  const cells = (row: Row) => Array.from({ length: row.size }, (_, i) => (row.missing(i) ? null : row.text(i)))
  return {
    events,
    header: (columns: string[]) => void events.push(['header', ...columns]),
    row: (row: Row, line: number) => void events.push([line, ...cells(row)]),
    ragged: (line: number, fields: number, expected: number) => void events.push(['ragged', line, fields, expected]),
  }
}

function parseChunks(bytes: Buffer, chunkSizes: () => number, delimiter = 44): Event[] {
  const visitor = collector()
  const parser = new CsvParser({ delimiter, file: 'chunks.csv', tokens: new MissingTokens() }, visitor)
  for (let pos = 0; pos < bytes.length; ) {
    const size = Math.max(1, chunkSizes())
    parser.push(bytes.subarray(pos, pos + size))
    pos += size
  }
  parser.end()
  return visitor.events
}

const whole = (bytes: Buffer, delimiter = 44) => parseChunks(bytes, () => bytes.length, delimiter)

/** Deterministic pseudo-random sizes, so a failure can be replayed. */
function randomSizes(seed: number, max: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0
    return 1 + (state % max)
  }
}

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-csv-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

async function read(path: string, missingValues: readonly string[] = DEFAULT_MISSING_VALUES): Promise<Event[]> {
  const visitor = collector()
  await readDataset(await resolveDataFiles(path), missingValues, { ...visitor, file: () => undefined })
  return visitor.events
}

async function validate(path: string, yaml: string) {
  const schema = compileSchema(yaml, 'schema.yml')
  return validateData({ files: await resolveDataFiles(path), schema, missingValues: DEFAULT_MISSING_VALUES, infer: false })
}

// Header on line 1; a record with an embedded CRLF on lines 2-3; a blank line 4;
// a record on 5 and 6; a three-line record on 7-9; a last record on 10 without a newline.
const CORPUS = Buffer.from(
  '\uFEFFid,name,note,amount\r\n' +
    '1,"Zoë ""Z"" Ångström","first\r\nsecond",12.5\r\n' +
    '\r\n' +
    '2,plain,,NA\r\n' +
    '3,日本語,"a,b",-3\n' +
    '4,"x","multi\nline\nnote","7"\n' +
    '5,€uro,last,1e3',
)

const CORPUS_EVENTS: Event[] = [
  ['header', 'id', 'name', 'note', 'amount'],
  [2, '1', 'Zoë "Z" Ångström', 'first\r\nsecond', '12.5'],
  [5, '2', 'plain', null, null],
  [6, '3', '日本語', 'a,b', '-3'],
  [7, '4', 'x', 'multi\nline\nnote', '7'],
  [10, '5', '€uro', 'last', '1e3'],
]

describe('CSV parsing of a whole buffer', () => {
  it('reads quoted fields, doubled quotes, embedded newlines, CRLF, BOM, blank lines and a last line without newline', () => {
    expect(whole(CORPUS)).toEqual(CORPUS_EVENTS)
  })

  it('keeps text after a closing quote as part of the field and strips a CR before LF', () => {
    expect(whole(Buffer.from('a,b\r\n"x"y,"z"\r\n'))).toEqual([
      ['header', 'a', 'b'],
      [2, 'x', 'z'],
    ])
  })

  it('reads a quoted empty field as missing and a quoted delimiter as text', () => {
    expect(whole(Buffer.from('a,b\n"",","\n'))).toEqual([
      ['header', 'a', 'b'],
      [2, null, ','],
    ])
  })

  it('reports records with the wrong number of fields at their first line', () => {
    expect(whole(Buffer.from('a,b\n1,2,3\n"x\ny"\n4,5\n'))).toEqual([
      ['header', 'a', 'b'],
      ['ragged', 2, 3, 2],
      ['ragged', 3, 1, 2],
      [5, '4', '5'],
    ])
  })

  it('parses numbers from quoted, padded and exponent forms', () => {
    const numbers: number[] = []
    const parser = new CsvParser(
      { delimiter: 44, file: 'n.csv', tokens: new MissingTokens() },
      { header: () => undefined, ragged: () => undefined, row: (row) => void numbers.push(row.number(0)) },
    )
    parser.push(Buffer.from('n\n"1.5"\n 42 \n-0.25\n1e3\n+7\n.5\nabc\n12345678901234567890\n'))
    parser.end()
    expect(numbers).toEqual([1.5, 42, -0.25, 1000, 7, 0.5, NaN, 12345678901234567000])
  })
})

describe('CSV records split across chunk boundaries', () => {
  it('gives the same rows and line numbers with 1-byte chunks', () => {
    expect(parseChunks(CORPUS, () => 1)).toEqual(CORPUS_EVENTS)
  })

  it('gives the same rows and line numbers with random chunk sizes', () => {
    for (let seed = 1; seed <= 300; seed++) {
      expect(parseChunks(CORPUS, randomSizes(seed, 1 + (seed % 40))), `seed ${seed}`).toEqual(CORPUS_EVENTS)
    }
  })

  it('keeps line numbers after a record whose quoted newline lands before a chunk boundary', () => {
    // The boundary falls after the closing quote of "a\nb" and before the record ends.
    const bytes = Buffer.from('id,text,z\n1,"a\nb",c\n2,plain,d\n')
    const expected = [['header', 'id', 'text', 'z'], [2, '1', 'a\nb', 'c'], [4, '2', 'plain', 'd']]
    expect(whole(bytes)).toEqual(expected)
    expect(parseChunks(bytes, () => 18)).toEqual(expected)
  })

  it('strips a BOM split over the first chunks', () => {
    const bytes = Buffer.from('\uFEFF"id",name\n1,x\n')
    expect(parseChunks(bytes, () => 1)).toEqual([['header', 'id', 'name'], [2, '1', 'x']])
  })

  it('splits TSV records the same way', () => {
    const bytes = Buffer.from('a\tb\n"x\ty"\t"1\n2"\n3\t4')
    const expected = [['header', 'a', 'b'], [2, 'x\ty', '1\n2'], [4, '3', '4']]
    expect(whole(bytes, 9)).toEqual(expected)
    for (let seed = 1; seed <= 50; seed++) expect(parseChunks(bytes, randomSizes(seed, 7), 9), `seed ${seed}`).toEqual(expected)
  })
})

describe('CSV files through readDataset', () => {
  it('reads a file with BOM, CRLF and non-ASCII text', async () => {
    expect(await read(write('corpus.csv', CORPUS))).toEqual(CORPUS_EVENTS)
  })

  it('reads a TSV file, keeping commas inside fields', async () => {
    const path = write('data.tsv', 'city\tnote\nParis\ta, b\n"Zürich"\t"tab\there"\n')
    expect(await read(path)).toEqual([
      ['header', 'city', 'note'],
      [2, 'Paris', 'a, b'],
      [3, 'Zürich', 'tab\there'],
    ])
  })

  it('skips blank lines but counts them in line numbers', async () => {
    const path = write('blank.csv', 'a\n\n1\n\n\n2\n\n')
    expect(await read(path)).toEqual([['header', 'a'], [3, '1'], [6, '2']])
  })

  it('reads the last record of a file without a trailing newline', async () => {
    const path = write('no-newline.csv', 'a,b\n1,2\n3,4')
    expect(await read(path)).toEqual([['header', 'a', 'b'], [2, '1', '2'], [3, '3', '4']])
  })

  it('names the lines of findings after embedded newlines', async () => {
    const path = write('lines.csv', 'id,comment,score\n1,"two\nlines",5\n2,"three\n\nlines",x\n3,plain,7\n4,"a ""quoted"" word",y\n')
    const result = await validate(path, 'columns: {id: {type: integer}, comment: {type: string}, score: {type: integer}}')
    expect(result.rows).toBe(4)
    expect(result.findings).toEqual([
      { check: 'type', severity: 'error', column: 'score', file: path, line: 4, message: "'x' is not an integer" },
      { check: 'type', severity: 'error', column: 'score', file: path, line: 8, message: "'y' is not an integer" },
    ])
  })

  it('keeps line numbers right when a record with an embedded newline straddles the 1 MiB read chunk', async () => {
    // Header of 13 bytes, then 56-byte records: the first chunk ends inside the tail field of record 18725.
    const records = 20_000
    let text = 'id,text,tail\n'
    for (let i = 1; i < records; i++) text += `${String(i).padStart(7, '0')},"a\nb",${'t'.repeat(40)}\n`
    text += `bad0000,"a\nb",${'t'.repeat(40)}\n`
    const offsetInRecord = ((1 << 20) - 13) % 56
    expect(offsetInRecord).toBeGreaterThan(15)
    const path = write('straddle.csv', text)
    const result = await validate(path, 'columns: {id: {type: integer}, text: {type: string}, tail: {type: string}}')
    expect(result.rows).toBe(records)
    expect(result.findings).toEqual([
      { check: 'type', severity: 'error', column: 'id', file: path, line: 2 + 2 * (records - 1), message: "'bad0000' is not an integer" },
    ])
  })

  it('counts characters, not bytes, of non-ASCII text', async () => {
    const path = write('names.csv', 'name\nZoë\nÅngström\n👍👍\n')
    const result = await validate(path, 'columns: {name: {type: string, length: {max: 3}}}')
    expect(result.findings.map((finding) => [finding.line, finding.message])).toEqual([[3, 'length 8 is above the maximum 3']])
  })

  it('reads a number the same way whether or not the file has non-ASCII text', async () => {
    const schema = 'columns: {n: {type: number}, t: {type: string}}'
    const ascii = await validate(write('hex-ascii.csv', 'n,t\n0x10,cafe\n5,x\n'), schema)
    const unicode = await validate(write('hex-unicode.csv', 'n,t\n0x10,café\n5,x\n'), schema)
    expect(ascii.findings.map((finding) => finding.message)).toEqual(["'0x10' is not a number"])
    expect(unicode.findings.map((finding) => finding.message)).toEqual(["'0x10' is not a number"])
  })
})

describe('CSV input the reader rejects', () => {
  async function readError(path: string): Promise<UserError> {
    const error = await read(path).then(
      () => undefined,
      (thrown: unknown) => thrown,
    )
    expect(error).toBeInstanceOf(UserError)
    return error as UserError
  }

  it('rejects an empty file', async () => {
    const path = write('empty.csv', '')
    expect((await readError(path)).message).toBe(`${path}: the file is empty (expected a header line).`)
  })

  it('rejects an unterminated quote, naming the line where it opens', async () => {
    const path = write('unterminated.csv', 'a,b\n1,2\n3,"never closed\n4,5\n')
    expect((await readError(path)).message).toBe(`${path}:3: unterminated quoted field (a '"' opened here is never closed).`)
  })

  it('rejects invalid UTF-8, naming the line', async () => {
    const path = write('latin1.csv', Buffer.concat([Buffer.from('name\nok\n"multi\nline"\n'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])]))
    expect((await readError(path)).message).toBe(`${path}:5: invalid UTF-8 byte sequence; the file must be UTF-8 encoded (convert it, e.g. with iconv).`)
  })

  it('rejects duplicate column names', async () => {
    const path = write('dup-header.csv', 'id,name,id\n1,a,2\n')
    expect((await readError(path)).message).toBe(`${path}:1: duplicate column name 'id' (columns 1 and 3).`)
  })

  it('rejects a header with an unnamed column', async () => {
    const path = write('unnamed.csv', 'id,,name\n1,2,3\n')
    expect((await readError(path)).message).toBe(`${path}:1: column 2 of the header has no name.`)
  })
})

describe('lone CR (old Mac) line breaks', () => {
  // Header on line 1; a quoted CR on lines 2-3; a blank line 4; a last record on 5 without a line break.
  const MAC = Buffer.from('id,note,amount\r1,"two\rlines",2.5\r\r2,plain,NA\r3,last,7')
  const MAC_EVENTS: Event[] = [
    ['header', 'id', 'note', 'amount'],
    [2, '1', 'two\rlines', '2.5'],
    [5, '2', 'plain', null],
    [6, '3', 'last', '7'],
  ]

  it('reads records and line numbers as with LF, in any chunk sizes', () => {
    expect(whole(MAC)).toEqual(MAC_EVENTS)
    expect(parseChunks(MAC, () => 1)).toEqual(MAC_EVENTS)
    for (let seed = 1; seed <= 20; seed++) expect(parseChunks(MAC, randomSizes(seed, 7)), `seed ${seed}`).toEqual(MAC_EVENTS)
  })

  it('reads plain and gzip-compressed files, and names lines in findings', async () => {
    expect(await read(write('mac.csv', MAC))).toEqual(MAC_EVENTS)
    expect(await read(write('mac.csv.gz', gzipSync(MAC)))).toEqual(MAC_EVENTS)
    const path = write('mac-findings.csv', 'id,score\r1,5\r2,x\r\r3,y\r')
    const result = await validate(path, 'columns: {id: {type: integer}, score: {type: integer}}')
    expect(result.rows).toBe(3)
    expect(result.findings.map((finding) => [finding.line, finding.message])).toEqual([
      [3, "'x' is not an integer"],
      [5, "'y' is not an integer"],
    ])
  })

  it('keeps a stray CR inside a field of an LF or CRLF file as text', () => {
    expect(whole(Buffer.from('a,b\nx\ry,z\n'))).toEqual([['header', 'a', 'b'], [2, 'x\ry', 'z']])
    expect(whole(Buffer.from('a,b\r\nx\ry,z\r\n'))).toEqual([['header', 'a', 'b'], [2, 'x\ry', 'z']])
  })

  it('cuts a lone-CR file into byte ranges after line breaks, giving the rows and lines of one read', async () => {
    const lines = ['id,name,score', ...Array.from({ length: 3000 }, (_, i) => `${i + 1},name-${i % 7},${i % 13}`)]
    const path = write('mac-ranges.csv', lines.join('\r') + '\r')
    const files = await resolveDataFiles(path)
    const ranges = planRanges({ files, missingValues: DEFAULT_MISSING_VALUES } as unknown as ValidateOptions, 4)!
    expect(ranges).toHaveLength(4)
    const bytes = readFileSync(path)
    for (const range of ranges.slice(1)) expect(bytes[range.start - 1]).toBe(13)
    const events: Event[] = []
    let lineOffset = 0
    for (const range of ranges) {
      const visitor = collector()
      const read = await readDataset(files, DEFAULT_MISSING_VALUES, { ...visitor, file: () => undefined }, { range })
      events.push(...visitor.events.filter((event) => event[0] !== 'header' || range.start === 0).map((event) => (typeof event[0] === 'number' ? [event[0] + lineOffset, ...event.slice(1)] : event)))
      lineOffset += read.lineBreaks!
    }
    expect(events).toEqual(await read(path))
    expect(events).toHaveLength(3001)
  })
})

describe('record hashes', () => {
  /** Each record's two hashes, and those of its values joined by commas as plain UTF-8. */
  function hashes(text: string): { record: number[]; joined: number[] }[] {
    const out: { record: number[]; joined: number[] }[] = []
    const parser = new CsvParser(
      { delimiter: 44, file: 'hash.csv', tokens: new MissingTokens() },
      {
        header: () => {},
        ragged: () => {},
        row: (row) => {
          const pair = new Uint32Array(2)
          row.hashRecord(pair)
          const joined = Buffer.from(Array.from({ length: row.size }, (_, i) => row.text(i)).join(','), 'utf8')
          const expected = new Uint32Array(2)
          hashBytesPair(joined, 0, joined.length, expected)
          out.push({ record: [...pair], joined: [...expected] })
        },
      },
    )
    parser.push(Buffer.from(text, 'utf8'))
    parser.end()
    return out
  }

  it('hash a quoted record as its values joined, so quoting does not make rows differ', () => {
    const rows = hashes('a,b,c\n1,"x, ""y""",z\n"1","x, ""y""","z"\nété,"долг ""ий"" текст, ещё",\n"",,"a""b"\n')
    for (const { record, joined } of rows) expect(record).toEqual(joined)
    expect(rows[0].record).toEqual(rows[1].record)
    expect(rows[0].record).not.toEqual(rows[2].record)
  })
})
