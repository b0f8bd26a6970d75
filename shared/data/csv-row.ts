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

/** A record as field offsets into the current buffer. */
export class CsvRow implements Row {
  buf: Buffer = Buffer.alloc(0)
  ascii = true
  size = 0
  starts = new Int32Array(64)
  ends = new Int32Array(64)
  /** Over `buf`; made on first use after `buf` changes. */
  view: DataView | null = null
  /** True when a field of the record was quoted. */
  quoted = false
  /** 1 when the field was quoted and holds doubled quotes to unescape. */
  escaped = new Uint8Array(64)
  /** Scratch for a quoted record's unquoted values, reused across records. */
  private record = Buffer.alloc(1024)
  private recordView = new DataView(this.record.buffer, this.record.byteOffset, this.record.byteLength)

  constructor(
    private readonly tokens: MissingTokens,
    private readonly delimiter: number,
  ) {}

  grow(): void {
    const cap = this.starts.length * 2
    const starts = new Int32Array(cap)
    starts.set(this.starts)
    const ends = new Int32Array(cap)
    ends.set(this.ends)
    const escaped = new Uint8Array(cap)
    escaped.set(this.escaped)
    this.starts = starts
    this.ends = ends
    this.escaped = escaped
  }

  missing(index: number): boolean {
    if (index >= this.size) return true
    const start = this.starts[index]
    const end = this.ends[index]
    return end === start || (end - start <= this.tokens.maxLength && this.tokens.matchesBytes(this.buf, start, end))
  }

  text(index: number): string {
    const start = this.starts[index]
    const end = this.ends[index]
    const buf = this.buf as unknown as FastSlices
    const raw = this.ascii ? (shortAscii(this.buf, start, end - start) ?? buf.latin1Slice(start, end)) : buf.utf8Slice(start, end)
    return this.escaped[index] ? raw.replaceAll('""', '"') : raw
  }

  pooledText(index: number, pool: TextPool): string {
    if (!this.ascii || this.escaped[index]) {
      const text = this.text(index)
      pool.hash = hashString(text, 0)
      return text
    }
    const start = this.starts[index]
    const end = this.ends[index]
    // hashBytes over ASCII equals hashString over the same text.
    return pool.ascii(this.buf, start, end, hashBytes(this.buf, start, end, 0))
  }

  countText(index: number, counter: TextCounter): void {
    if (!this.ascii || this.escaped[index]) return counter.addText(this.text(index))
    const start = this.starts[index]
    const end = this.ends[index]
    counter.addAscii(this.buf, start, end, hashBytes(this.buf, start, end, 0))
  }

  number(index: number): number {
    if (this.escaped[index] || !this.ascii) return parseSlow(this.text(index))
    return parseNumberBytes(this.buf, this.starts[index], this.ends[index])
  }

  date(index: number, parser: DateParser): number {
    if (this.ascii && !this.escaped[index]) {
      const epoch = parser.bytes(this.buf, this.starts[index], this.ends[index])
      if (!Number.isNaN(epoch)) return epoch
    }
    return parser.text(this.text(index).trim())
  }

  hashCell(index: number, seed: number): number {
    if (this.ascii && !this.escaped[index]) return hashBytes(this.buf, this.starts[index], this.ends[index], seed)
    return hashString(this.text(index), seed)
  }

  /** Hashes the record as its unquoted values joined by the delimiter, so quoting does not matter. */
  hashRecord(out: Uint32Array): void {
    if (!this.quoted) {
      this.view ??= new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength)
      hashBytesPair(this.buf, this.starts[0], this.ends[this.size - 1], out, this.view)
      return
    }
    // The unquoted bytes are the UTF-8 of the values (the data is checked to be UTF-8), so no strings are made.
    const length = this.unquotedRecord()
    hashBytesPair(this.record, 0, length, out, this.recordView)
  }

  /** Copies the record's values, unescaped and joined by the delimiter, into `record`; returns their length. */
  private unquotedRecord(): number {
    const { buf, starts, ends, escaped } = this
    let needed = this.size
    for (let i = 0; i < this.size; i++) needed += ends[i] - starts[i]
    if (needed > this.record.length) {
      this.record = Buffer.alloc(Math.max(needed, this.record.length * 2))
      this.recordView = new DataView(this.record.buffer, this.record.byteOffset, this.record.byteLength)
    }
    const record = this.record
    let at = 0
    for (let i = 0; i < this.size; i++) {
      if (i > 0) record[at++] = this.delimiter
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
