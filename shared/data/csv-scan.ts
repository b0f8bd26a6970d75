import { CSV_SCAN_WASM } from './csv-scan-wasm.js'

/**
 * How a scan stopped. `Incomplete`: the last record needs more bytes. `Full`: the tables are
 * full, scan the rest again. `Unterminated`: a quoted field is never closed (final data only).
 * `TooWide`: one record has more fields than the tables hold.
 */
export const ScanStatus = { Done: 0, Incomplete: 1, Full: 2, Unterminated: 3, TooWide: 4 } as const
export type ScanStatus = (typeof ScanStatus)[keyof typeof ScanStatus]

// The global WebAssembly object, as far as it is used here (the compiler's libraries leave it out).
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object
  Instance: new (module: object, imports: object) => { exports: unknown }
}

interface ScannerExports {
  memory: { buffer: ArrayBuffer }
  scan(len: number, final: number, delimiter: number, newline: number, trimCr: number, line: number): number
  input(): number
  inputBytes(): number
  starts(): number
  ends(): number
  escaped(): number
  recordFirst(): number
  recordLine(): number
  recordQuoted(): number
  recordHash(): number
  result(): number
}

const FIELDS = 1 << 18
const RECORDS = 1 << 16

/**
 * The CSV record scanner compiled from csv-scan.c (rebuilt by `node .github/scripts/csv-scan.mjs`,
 * which needs clang and wasm-ld). Bytes copied into `input` are split into records and fields
 * with SIMD, and each record hashed, several times faster than a loop in JavaScript; the
 * tables are read in place. One per thread, made on first use.
 */
export class CsvScanner {
  /** Where the bytes to scan are copied; the rows read their cells from it too. */
  readonly input: Buffer
  /** Most bytes one scan takes. */
  readonly inputBytes: number
  readonly starts: Int32Array
  readonly ends: Int32Array
  readonly escaped: Uint8Array
  readonly recordFirst: Int32Array
  readonly recordLine: Int32Array
  readonly recordQuoted: Uint8Array
  readonly recordHash: Uint32Array
  /** After a scan: the records found, the bytes they took, and the line after them. */
  readonly result: Int32Array
  /** Set while a parser reads the tables, so that a parser started meanwhile uses its own loop. */
  busy = false
  private readonly exports: ScannerExports

  constructor() {
    const module = new WebAssembly.Module(Buffer.from(CSV_SCAN_WASM, 'base64'))
    this.exports = new WebAssembly.Instance(module, {}).exports as ScannerExports
    // The module's memory never grows, so these views stay valid.
    const memory = this.exports.memory.buffer
    const e = this.exports
    this.inputBytes = e.inputBytes()
    this.input = Buffer.from(memory, e.input(), this.inputBytes)
    this.starts = new Int32Array(memory, e.starts(), FIELDS)
    this.ends = new Int32Array(memory, e.ends(), FIELDS)
    this.escaped = new Uint8Array(memory, e.escaped(), FIELDS)
    this.recordFirst = new Int32Array(memory, e.recordFirst(), RECORDS + 1)
    this.recordLine = new Int32Array(memory, e.recordLine(), RECORDS)
    this.recordQuoted = new Uint8Array(memory, e.recordQuoted(), RECORDS)
    this.recordHash = new Uint32Array(memory, e.recordHash(), 2 * RECORDS)
    this.result = new Int32Array(memory, e.result(), 3)
  }

  /** Scans the first `length` bytes of `input`; `line` is the line of the first record. */
  scan(length: number, final: boolean, delimiter: number, newline: number, trimCr: boolean, line: number): ScanStatus {
    return this.exports.scan(length, final ? 1 : 0, delimiter, newline, trimCr ? 1 : 0, line) as ScanStatus
  }
}

let scanner: CsvScanner | undefined

/** This thread's scanner, or undefined while another parser reads its tables. */
export function csvScanner(): CsvScanner | undefined {
  scanner ??= new CsvScanner()
  return scanner.busy ? undefined : scanner
}
