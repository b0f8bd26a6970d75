import { hashBytes, hashBytesPair, hashString } from '../hash/index.js'
import type { DateParser } from './datetime.js'
import { parseNumberBytes, parseSlow } from './numbers.js'
import type { Row } from './row.js'
import type { MissingTokens } from './missing.js'
import { shortAscii } from './ascii.js'
import type { TextCounter } from './text-counter.js'
import type { TextPool } from './text-pool.js'

const QUOTE = 34

/** Buffer's undocumented-in-types fast decoders, present in every supported Node. */
interface FastSlices {
  latin1Slice(start: number, end: number): string
  utf8Slice(start: number, end: number): string
}

/** Field tables: where each field starts and ends, and 1 where a quoted field holds doubled quotes to unescape. */
export interface FieldTables {
  starts: Int32Array
  ends: Int32Array
  escaped: Uint8Array
}

/**
 * A record as field offsets into the current buffer, read from field tables in place: the
 * row's own, which the parser's loop fills, or the scanner's, where the record's fields start
 * at `first`.
 */
export class CsvRow implements Row {
  buf: Buffer = Buffer.alloc(0)
  ascii = true
  size = 0
  first = 0
  starts: Int32Array
  ends: Int32Array
  escaped: Uint8Array
  /** Over `buf`; made on first use after `buf` changes. */
  view: DataView | null = null
  /** True when a field of the record was quoted. */
  quoted = false
  /** True when hashA and hashB hold the record's hashRecord, as the scanner computed them. */
  hashed = false
  hashA = 0
  hashB = 0
  private own: FieldTables = { starts: new Int32Array(64), ends: new Int32Array(64), escaped: new Uint8Array(64) }
  /** Scratch for a quoted record's unquoted values, reused across records. */
  private record = Buffer.alloc(1024)
  private recordView = new DataView(this.record.buffer, this.record.byteOffset, this.record.byteLength)

  constructor(
    private readonly tokens: MissingTokens,
    private readonly delimiter: number,
  ) {
    this.starts = this.own.starts
    this.ends = this.own.ends
    this.escaped = this.own.escaped
  }

  /** Reads records of `buf` from `tables`, or from the row's own tables, which the parser's loop fills. */
  use(buf: Buffer, tables: FieldTables = this.own): void {
    if (buf !== this.buf) {
      this.buf = buf
      this.view = null
    }
    this.starts = tables.starts
    this.ends = tables.ends
    this.escaped = tables.escaped
    this.first = 0
  }

  /** Doubles the row's own tables, which must be the ones in use. */
  grow(): void {
    const cap = this.own.starts.length * 2
    const starts = new Int32Array(cap)
    starts.set(this.own.starts)
    const ends = new Int32Array(cap)
    ends.set(this.own.ends)
    const escaped = new Uint8Array(cap)
    escaped.set(this.own.escaped)
    this.own = { starts, ends, escaped }
    this.use(this.buf)
  }

  missing(index: number): boolean {
    if (index >= this.size) return true
    const start = this.starts[this.first + index]
    const end = this.ends[this.first + index]
    return end === start || (end - start <= this.tokens.maxLength && this.tokens.matchesBytes(this.buf, start, end))
  }

  text(index: number): string {
    const at = this.first + index
    const start = this.starts[at]
    const end = this.ends[at]
    const buf = this.buf as unknown as FastSlices
    const raw = this.ascii ? (shortAscii(this.buf, start, end - start) ?? buf.latin1Slice(start, end)) : buf.utf8Slice(start, end)
    return this.escaped[at] ? raw.replaceAll('""', '"') : raw
  }

  pooledText(index: number, pool: TextPool): string {
    const at = this.first + index
    if (!this.ascii || this.escaped[at]) {
      const text = this.text(index)
      pool.hash = hashString(text, 0)
      pool.asciiText = false
      return text
    }
    // hashBytes over ASCII equals hashString over the same text.
    return pool.ascii(this.buf, this.starts[at], this.ends[at])
  }

  countText(index: number, counter: TextCounter): void {
    const at = this.first + index
    if (!this.ascii || this.escaped[at]) return counter.addText(this.text(index))
    const start = this.starts[at]
    const end = this.ends[at]
    counter.addAscii(this.buf, start, end, hashBytes(this.buf, start, end, 0))
  }

  number(index: number): number {
    const at = this.first + index
    if (this.escaped[at] || !this.ascii) return parseSlow(this.text(index))
    return parseNumberBytes(this.buf, this.starts[at], this.ends[at])
  }

  date(index: number, parser: DateParser): number {
    const at = this.first + index
    if (this.ascii && !this.escaped[at]) {
      const epoch = parser.bytes(this.buf, this.starts[at], this.ends[at])
      if (!Number.isNaN(epoch)) return epoch
    }
    return parser.text(this.text(index).trim())
  }

  hashCell(index: number, seed: number): number {
    const at = this.first + index
    if (this.ascii && !this.escaped[at]) return hashBytes(this.buf, this.starts[at], this.ends[at], seed)
    return hashString(this.text(index), seed)
  }

  /** Hashes the record as its unquoted values joined by the delimiter, so quoting does not matter. */
  hashRecord(out: Uint32Array): void {
    if (this.hashed) {
      out[0] = this.hashA
      out[1] = this.hashB
      return
    }
    if (!this.quoted) {
      this.view ??= new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength)
      hashBytesPair(this.buf, this.starts[this.first], this.ends[this.first + this.size - 1], out, this.view)
      return
    }
    // The unquoted bytes are the UTF-8 of the values (the data is checked to be UTF-8), so no strings are made.
    const length = this.unquotedRecord()
    hashBytesPair(this.record, 0, length, out, this.recordView)
  }

  /** Copies the record's values, unescaped and joined by the delimiter, into `record`; returns their length. */
  private unquotedRecord(): number {
    const { buf, starts, ends, escaped, first } = this
    let needed = this.size
    for (let i = first; i < first + this.size; i++) needed += ends[i] - starts[i]
    if (needed > this.record.length) {
      this.record = Buffer.alloc(Math.max(needed, this.record.length * 2))
      this.recordView = new DataView(this.record.buffer, this.record.byteOffset, this.record.byteLength)
    }
    const record = this.record
    let at = 0
    for (let i = first; i < first + this.size; i++) {
      if (i > first) record[at++] = this.delimiter
      const end = ends[i]
      // Byte by byte: cells are short, and Buffer#copy costs a native call each.
      if (!escaped[i]) {
        for (let p = starts[i]; p < end; p++) record[at++] = buf[p]
        continue
      }
      for (let p = starts[i]; p < end; p++) {
        record[at++] = buf[p]
        // A doubled quote stands for one.
        if (buf[p] === QUOTE && p + 1 < end && buf[p + 1] === QUOTE) p++
      }
    }
    return at
  }
}
