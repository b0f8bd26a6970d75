import { isUtf8 } from 'node:buffer'
import { UserError } from '../errors/index.js'
import { MAX_JSON_DEPTH, nestsTooDeeply } from './json-depth.js'
import type { MissingTokens } from './missing.js'
import type { RowVisitor } from './row.js'
import { ValueRow } from './value-row.js'

const LF = 10

/** JSON Lines: one object per line. The first object's keys name the columns. */
export class JsonLinesParser {
  private carry: Buffer | null = null
  private line = 1
  private columns: string[] | null = null
  private readonly row: ValueRow
  private readonly reportedKeys = new Set<string>()

  constructor(
    private readonly file: string,
    tokens: MissingTokens,
    private readonly visitor: RowVisitor & { unknownKey?(line: number, key: string): void },
  ) {
    this.row = new ValueRow(tokens)
  }

  push(chunk: Buffer): void {
    const buf = this.carry ? Buffer.concat([this.carry, chunk]) : chunk
    const last = buf.lastIndexOf(LF)
    if (last === -1) {
      this.carry = buf
      return
    }
    this.parseLines(buf.subarray(0, last + 1))
    this.carry = last + 1 < buf.length ? Buffer.from(buf.subarray(last + 1)) : null
  }

  end(): void {
    if (this.carry) this.parseLines(this.carry)
    this.carry = null
    if (!this.columns) throw new UserError(`${this.file}: the file is empty (expected one JSON object per line).`)
  }

  private parseLines(buf: Buffer): void {
    let start = 0
    if (this.line === 1 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) start = 3
    while (start < buf.length) {
      let end = buf.indexOf(LF, start)
      if (end === -1) end = buf.length
      this.parseLine(buf.subarray(start, end))
      this.line++
      start = end + 1
    }
  }

  private parseLine(bytes: Buffer): void {
    if (!isUtf8(bytes)) throw new UserError(`${this.file}:${this.line}: invalid UTF-8 byte sequence; the file must be UTF-8 encoded.`)
    const text = bytes.toString('utf8').trim()
    if (text === '') return
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (error) {
      throw new UserError(`${this.file}:${this.line}: invalid JSON: ${(error as Error).message}`)
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new UserError(`${this.file}:${this.line}: expected a JSON object per line.`)
    }
    if (nestsTooDeeply(value, MAX_JSON_DEPTH + 1)) {
      throw new UserError(`${this.file}:${this.line}: a value nests arrays or objects more than ${MAX_JSON_DEPTH} levels deep.`)
    }
    const record = value as Record<string, unknown>
    if (!this.columns) {
      this.columns = Object.keys(record)
      this.visitor.header(this.columns)
    }
    for (const key in record) {
      if (!this.columns.includes(key) && !this.reportedKeys.has(key)) {
        this.reportedKeys.add(key)
        this.visitor.unknownKey?.(this.line, key)
      }
    }
    this.row.values = this.columns.map((column) => record[column])
    this.visitor.row(this.row, this.line)
  }
}
