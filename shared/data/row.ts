import type { DateParser } from './datetime.js'
import type { TextCounter } from './text-counter.js'
import type { TextPool } from './text-pool.js'

/** One record of a dataset, read lazily cell by cell. */
export interface Row {
  readonly size: number
  /** True for an absent cell or one of the missing-value tokens. */
  missing(index: number): boolean
  text(index: number): string
  /** text(index), reused from the pool when it holds the same text; sets pool.hash to hashString(text, 0), and pool.asciiText. */
  pooledText(index: number, pool: TextPool): string
  /** Adds the cell's text to the counter; ASCII cells without making a string once their text was seen. */
  countText(index: number, counter: TextCounter): void
  /** NaN when the cell is not a number. */
  number(index: number): number
  /** Epoch milliseconds of a date cell (native timestamps pass through), or NaN. */
  date(index: number, parser: DateParser): number
  /** 32-bit hash of one cell with the given seed; equal values hash equal. */
  hashCell(index: number, seed: number): number
  /** Two independent 32-bit hashes of the whole record, into out[0] and out[1]. */
  hashRecord(out: Uint32Array): void
}

export interface RowVisitor {
  /** Called once per file, before its rows. */
  header(columns: string[]): void
  row(row: Row, line: number): void
  /** A record with the wrong number of fields; it is not passed to row(). */
  ragged(line: number, fields: number, expected: number): void
  /**
   * Called between reads (after each window, chunk or Parquet row group, and after each file);
   * reading waits for the promise it returns, so a visitor that hands rows to asynchronous
   * work (a model) holds a bounded number of them.
   */
  drain?(): void | Promise<void>
}
