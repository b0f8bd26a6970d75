/** One record of a dataset, read lazily cell by cell. */
export interface Row {
  readonly size: number
  /** True for an absent cell or one of the missing-value tokens. */
  missing(index: number): boolean
  text(index: number): string
  /** NaN when the cell is not a number. */
  number(index: number): number
  /** Epoch milliseconds when the source stores a native timestamp, else undefined. */
  timestamp(index: number): number | undefined
  /** 32-bit hash of one cell with the given seed; equal values hash equal. */
  hashCell(index: number, seed: number): number
  /** 32-bit hash of the whole record with the given seed. */
  hashRecord(seed: number): number
}

export interface RowVisitor {
  /** Called once per file, before its rows. */
  header(columns: string[]): void
  row(row: Row, line: number): void
  /** A record with the wrong number of fields; it is not passed to row(). */
  ragged(line: number, fields: number, expected: number): void
}
