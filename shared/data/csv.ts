import { isAscii, isUtf8 } from 'node:buffer'
import { UserError } from '../errors/index.js'
import { CsvRow } from './csv-row.js'
import { csvScanner, ScanStatus, type CsvScanner } from './csv-scan.js'
import type { RowVisitor } from './row.js'
import type { MissingTokens } from './missing.js'

const QUOTE = 34
const LF = 10
const CR = 13
const BOM = Buffer.from([0xef, 0xbb, 0xbf])

export interface CsvOptions {
  delimiter: number
  file: string
  tokens: MissingTokens
  /** Parse a byte range from the middle of a file: the header is given, not read. */
  header?: string[]
  /** The line break byte when known, as for a byte range from the middle of a file; else found from the data. */
  lineBreak?: number
  /**
   * The data ends at a cut made at a line break, which may sit inside a quoted field: then
   * stop with QuotedDataError, as that field is never closed, rather than report it.
   */
  cutAtLineBreak?: boolean
}

/** Quoted fields may hold line breaks: a cut at a line break fell inside one, so the cut is no record boundary. */
export class QuotedDataError extends Error {
  override readonly name = 'QuotedDataError'
}

/**
 * Streaming RFC 4180 parser over byte chunks: quoted fields, doubled quotes, embedded
 * newlines, CRLF, lone CR, BOM. Records split across chunks are carried over, so memory stays
 * bounded by the chunk size and the longest record.
 */
export class CsvParser {
  private carry: Buffer | null = null
  private line = 1
  private header: string[] | null = null
  private readonly row: CsvRow
  private firstChunk = true
  /** LF (also for CRLF), or CR for old Mac files; decided once, at the first line break. */
  private newline: number | undefined

  constructor(
    private readonly options: CsvOptions,
    private readonly visitor: RowVisitor,
  ) {
    this.row = new CsvRow(options.tokens, options.delimiter)
    this.newline = options.lineBreak
    if (options.header) {
      this.header = options.header
      this.firstChunk = false
      visitor.header(options.header)
    }
  }

  /** Line breaks consumed so far. */
  get lineBreaks(): number {
    return this.line - 1
  }

  /** Parses a chunk; an incomplete last record is kept (copied) until the next chunk. */
  push(chunk: Buffer): void {
    const buf = this.carry ? Buffer.concat([this.carry, chunk]) : chunk
    const consumed = this.window(buf, false)
    this.carry = consumed < buf.length ? Buffer.from(buf.subarray(consumed)) : null
  }

  end(): void {
    if (this.carry) this.window(this.carry, true)
    this.carry = null
    this.finish()
  }

  /**
   * Parses the whole records at the start of buf and returns how many bytes they took; the
   * caller keeps the rest for the next call. With `final`, the rest is the last record.
   */
  window(buf: Buffer, final: boolean): number {
    if (!this.firstChunk) return this.parse(buf, final)
    // A byte order mark may arrive split across the first chunks.
    if (buf.length < 3 && BOM.subarray(0, buf.length).equals(buf)) return final ? buf.length : 0
    this.firstChunk = false
    if (!buf.subarray(0, 3).equals(BOM)) return this.parse(buf, final)
    return 3 + this.parse(buf.subarray(3), final)
  }

  /** After the last window: a file needs at least its header. */
  finish(): void {
    if (!this.header) throw new UserError(`${this.options.file}: the file is empty (expected a header line).`)
  }

  /** An incomplete record is parsed again with the next chunk, from its first line. */
  private rewind(recordStart: number, recordLine: number): number {
    this.line = recordLine
    return recordStart
  }

  /** Parses whole records from buf and returns how many bytes were consumed. */
  private parse(buf: Buffer, final: boolean): number {
    const newline = this.newline ?? this.detectNewline(buf, final)
    if (newline === undefined) return 0
    // With lone CR line breaks there is no CRLF to trim.
    const trimCr = newline === LF
    const lastNewline = buf.lastIndexOf(newline)
    const scanEnd = final ? buf.length : lastNewline + 1
    if (scanEnd <= 0) return 0
    this.checkEncoding(buf, scanEnd, newline)
    this.row.ascii = isAscii(buf.subarray(0, scanEnd))
    const scanner = csvScanner()
    if (!scanner) return this.parseRecords(buf, 0, final, newline, trimCr)
    scanner.busy = true
    try {
      return this.scanRecords(scanner, buf, final, newline, trimCr)
    } finally {
      scanner.busy = false
    }
  }

  /** Parses with the WebAssembly scanner, a part of buf at a time; its own loop takes over where the scanner cannot. */
  private scanRecords(scanner: CsvScanner, buf: Buffer, final: boolean, newline: number, trimCr: boolean): number {
    const length = buf.length
    let pos = 0
    while (pos < length) {
      const part = Math.min(length - pos, scanner.inputBytes)
      const last = pos + part === length
      this.row.use(scanner.input, scanner)
      scanner.input.set(buf.subarray(pos, pos + part))
      // The scanner counts lines from 0 in each part.
      const line = this.line
      const status = scanner.scan(part, final && last, this.options.delimiter, newline, trimCr, 0)
      this.emitScanned(scanner, line)
      const consumed = scanner.result[1]
      this.line = line + scanner.result[2]
      if (status === ScanStatus.Unterminated) this.unterminated(this.line)
      if (status === ScanStatus.Incomplete && last) return pos + consumed
      // A record longer than the scanner's input, or with more fields than its tables hold.
      if (status === ScanStatus.TooWide || (status === ScanStatus.Incomplete && consumed === 0)) return this.parseRecords(buf, pos + consumed, final, newline, trimCr)
      pos += consumed
    }
    return length
  }

  /** Hands the scanned records to the visitor, read in place from the scanner's tables, their lines moved by `line`. */
  private emitScanned(scanner: CsvScanner, line: number): void {
    const row = this.row
    const { recordFirst, recordLine, recordQuoted, recordHash } = scanner
    const records = scanner.result[0]
    for (let r = 0; r < records; r++) {
      row.first = recordFirst[r]
      row.size = recordFirst[r + 1] - row.first
      row.quoted = recordQuoted[r] === 1
      row.hashed = true
      row.hashA = recordHash[2 * r]
      row.hashB = recordHash[2 * r + 1]
      this.emit(line + recordLine[r])
    }
  }

  private unterminated(line: number): never {
    if (this.options.cutAtLineBreak) throw new QuotedDataError()
    throw new UserError(`${this.options.file}:${line}: unterminated quoted field (a '"' opened here is never closed).`)
  }

  /** The parser's own loop, from `from` to the end of buf: where the scanner cannot go. */
  private parseRecords(buf: Buffer, from: number, final: boolean, newline: number, trimCr: boolean): number {
    const row = this.row
    row.use(buf)
    const delimiter = this.options.delimiter
    const length = buf.length
    let pos = from
    while (pos < length) {
      const recordStart = pos
      const recordLine = this.line
      let field = 0
      let done = false
      row.quoted = false
      while (!done) {
        if (field === row.starts.length) row.grow()
        if (pos < length && buf[pos] === QUOTE) {
          // Quoted field: find the closing quote, skipping doubled quotes.
          let escaped = 0
          let p = pos + 1
          for (;;) {
            const q = buf.indexOf(QUOTE, p)
            if (q === -1) {
              if (!final) return this.rewind(recordStart, recordLine)
              this.unterminated(recordLine)
            }
            if (q + 1 < length && buf[q + 1] === QUOTE) {
              escaped = 1
              p = q + 2
              continue
            }
            if (q + 1 >= length && !final) return this.rewind(recordStart, recordLine)
            for (let i = pos + 1; i < q; i++) if (buf[i] === newline) this.line++
            row.starts[field] = pos + 1
            row.ends[field] = q
            row.escaped[field] = escaped
            pos = q + 1
            break
          }
          // After the closing quote: delimiter, end of record, or stray text (kept as-is by readers like pandas).
          while (pos < length && buf[pos] !== delimiter && buf[pos] !== newline) pos++
          if (pos >= length && !final) return this.rewind(recordStart, recordLine)
          row.quoted = true
        } else {
          const start = pos
          // One pass per byte in JavaScript beats a native search per record for short records.
          while (pos < length) {
            const byte = buf[pos]
            if (byte === delimiter || byte === newline) break
            pos++
          }
          if (pos >= length && !final) return this.rewind(recordStart, recordLine)
          let end = pos
          if (trimCr && end > start && buf[end - 1] === CR && (pos >= length || buf[pos] === newline)) end--
          row.starts[field] = start
          row.ends[field] = end
          row.escaped[field] = 0
        }
        field++
        if (pos >= length) {
          done = true
        } else if (buf[pos] === delimiter) {
          pos++
        } else {
          // The line break
          pos++
          this.line++
          done = true
        }
      }
      row.size = field
      row.hashed = false
      this.emit(recordLine)
    }
    return length
  }

  private emit(line: number): void {
    const row = this.row
    if (this.header === null) {
      this.header = readHeader(row, this.options.file)
      this.visitor.header(this.header)
      return
    }
    // A blank line is not a record.
    if (row.size === 1 && row.ends[row.first] === row.starts[row.first] && !row.escaped[row.first]) return
    if (row.size !== this.header.length) {
      this.visitor.ragged(line, row.size, this.header.length)
      return
    }
    this.visitor.row(row, line)
  }

  /**
   * Files whose first line break is a lone CR (old Mac) use CR throughout, as pandas reads them.
   * Deciding once keeps the common LF and CRLF paths to one native search per record.
   */
  private detectNewline(buf: Buffer, final: boolean): number | undefined {
    const newline = lineBreakOf(buf, final)
    if (newline !== undefined) this.newline = newline
    return newline
  }

  private checkEncoding(buf: Buffer, end: number, newline: number): void {
    const part = buf.subarray(0, end)
    if (isAscii(part) || isUtf8(part)) return
    const text = part.toString('utf8')
    const bad = text.indexOf('\uFFFD')
    let line = this.line
    for (let i = 0; i < bad; i++) if (text.charCodeAt(i) === newline) line++
    throw new UserError(`${this.options.file}:${line}: invalid UTF-8 byte sequence; the file must be UTF-8 encoded (convert it, e.g. with iconv).`)
  }
}

/**
 * The byte that ends lines in a file starting with `buf`: CR when its first line break is a
 * lone CR (old Mac), else LF (also for CRLF); undefined while `buf` cannot tell yet.
 */
export function lineBreakOf(buf: Buffer, final = true): number | undefined {
  const lf = buf.indexOf(LF)
  const cr = (lf < 0 ? buf : buf.subarray(0, lf)).indexOf(CR)
  if (cr < 0) return lf < 0 && !final ? undefined : LF
  // A CR at the end may yet be followed by an LF.
  if (cr + 1 === buf.length && !final) return undefined
  return buf[cr + 1] === LF ? LF : CR
}

function readHeader(row: CsvRow, file: string): string[] {
  const names: string[] = []
  const seen = new Map<string, number>()
  for (let i = 0; i < row.size; i++) {
    const name = row.text(i).trim()
    if (name === '') throw new UserError(`${file}:1: column ${i + 1} of the header has no name.`)
    const earlier = seen.get(name)
    if (earlier !== undefined) {
      throw new UserError(`${file}:1: duplicate column name '${name}' (columns ${earlier + 1} and ${i + 1}).`)
    }
    seen.set(name, i)
    names.push(name)
  }
  return names
}
