import { describe, expect, it } from 'vitest'
import { hashBytesPair } from '../hash/index.js'
import { CsvParser } from './csv.js'
import { csvScanner } from './csv-scan.js'
import { MissingTokens, type Row } from './index.js'

type Parsed = { line: number; cells: string[]; hash: number[] }

/** Every record of `bytes` as its line, cells and record hash, pushed in chunks of `chunk` bytes. */
function parse(bytes: Buffer, chunk = bytes.length, during?: (row: Row) => void): { header: string[]; rows: Parsed[] } {
  let header: string[] = []
  const rows: Parsed[] = []
  const pair = new Uint32Array(2)
  const parser = new CsvParser(
    { delimiter: 44, file: 'scan.csv', tokens: new MissingTokens() },
    {
      header: (columns) => (header = columns),
      ragged: (line) => rows.push({ line, cells: ['ragged'], hash: [] }),
      row: (row, line) => {
        row.hashRecord(pair)
        rows.push({ line, cells: Array.from({ length: row.size }, (_, i) => row.text(i)), hash: [...pair] })
        during?.(row)
      },
    },
  )
  for (let pos = 0; pos < bytes.length; pos += chunk) parser.push(bytes.subarray(pos, pos + chunk))
  parser.end()
  return { header, rows }
}

/** hashRecord's definition: the two hashes of the values joined by commas, as UTF-8. */
function joinedHash(cells: string[]): number[] {
  const joined = Buffer.from(cells.join(','), 'utf8')
  const out = new Uint32Array(2)
  hashBytesPair(joined, 0, joined.length, out)
  return [...out]
}

const quote = (value: string) => `"${value.replaceAll('"', '""')}"`

describe('the WebAssembly record scanner', () => {
  it('splits data larger than one scan, records and quoted line breaks straddling the cuts, as written', () => {
    const input = csvScanner()!.inputBytes
    const expected: Parsed[] = []
    const lines = ['id,text,amount']
    let line = 2
    for (let i = 0, length = 0; length < 2.5 * input; i++) {
      const text = i % 3 === 0 ? `note ${i}, "quoted"\nsecond line ${'x'.repeat(i % 200)}` : `plain ${i}`
      const cells = [String(i), text, i % 5 === 0 ? '' : (i * 1.25).toFixed(2)]
      lines.push([cells[0], i % 3 === 0 ? quote(text) : text, cells[2]].join(','))
      length += lines[lines.length - 1].length + 2
      expected.push({ line, cells, hash: joinedHash(cells) })
      line += 1 + (text.match(/\n/g)?.length ?? 0)
    }
    const bytes = Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')
    const whole = parse(bytes)
    expect(whole.header).toEqual(['id', 'text', 'amount'])
    expect(whole.rows).toEqual(expected)
    expect(parse(bytes, 65_537).rows).toEqual(expected)
  })

  it('leaves a record longer than one scan to the parser, with the same values, lines and hash', () => {
    const long = `a "long" value\n${'y'.repeat(csvScanner()!.inputBytes + 1000)}`
    const bytes = Buffer.from(`k,v\n1,first\n2,${quote(long)}\n3,"after"\n`)
    const { rows } = parse(bytes)
    expect(rows.map((row) => [row.line, row.cells[0], row.cells[1].length])).toEqual([
      [2, '1', 5],
      [3, '2', long.length],
      [5, '3', 5],
    ])
    expect(rows[1].cells[1]).toBe(long)
    for (const row of rows) expect(row.hash).toEqual(joinedHash(row.cells))
  })

  it('leaves a record with more fields than its tables to the parser', () => {
    const width = 300_000
    const header = Array.from({ length: width }, (_, i) => `c${i}`).join(',')
    const record = Array.from({ length: width }, (_, i) => (i % 7 === 0 ? '"q,7"' : String(i))).join(',')
    const { rows } = parse(Buffer.from(`${header}\n${record}\n1,2\n`))
    expect(rows).toHaveLength(2)
    expect(rows[0].cells).toHaveLength(width)
    expect(rows[0].cells.slice(0, 3)).toEqual(['q,7', '1', '2'])
    expect(rows[0].hash).toEqual(joinedHash(rows[0].cells))
    expect(rows[1]).toEqual({ line: 3, cells: ['ragged'], hash: [] })
  })

  it('lets a parser started while another reads its tables use its own loop', () => {
    const inner: string[][] = []
    const { rows } = parse(Buffer.from('a,b\n1,"x,y"\n2,z\n'), undefined, (row) => {
      inner.push(...parse(Buffer.from(`p,q\n${row.text(0)},"${row.text(0)}!"\n`)).rows.map((parsed) => parsed.cells))
    })
    expect(rows.map((row) => row.cells)).toEqual([
      ['1', 'x,y'],
      ['2', 'z'],
    ])
    expect(inner).toEqual([
      ['1', '1!'],
      ['2', '2!'],
    ])
  })
})
