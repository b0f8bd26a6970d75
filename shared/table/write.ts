import { closeSync, openSync, writeSync } from 'node:fs'
import { fileError } from '../errors/index.js'
import type { Column, Table } from './index.js'

export type TableFileFormat = 'csv' | 'jsonl'

export interface TableFileOptions {
  format: TableFileFormat
  /** Columns to write, in this order; every column when absent. */
  columns?: readonly Column[]
  /** Rows to write, in this order; every row when absent. */
  rows?: ArrayLike<number>
  /** Input named when the file cannot be written. */
  input: string
}

/** Characters written per call: bounds memory whatever the table's size. */
const CHUNK_CHARS = 1 << 20

/**
 * Writes rows of a table as CSV (RFC 4180: a header, fields quoted when they hold a comma, a
 * quote or a line break; a missing value is an empty field) or as JSON Lines (one object per
 * row; a missing value is null). Numbers keep every digit: JavaScript's shortest round trip.
 */
export function writeTableFile(table: Table, path: string, options: TableFileOptions): void {
  const columns = options.columns ?? table.columns
  let fd: number
  try {
    fd = openSync(path, 'w', 0o600)
  } catch (error) {
    throw fileError(options.input, 'write', path, error)
  }
  try {
    const writer = new TableTextWriter(options.format, columns.map((col) => col.name), (text) => writeSync(fd, text))
    writer.append(columns, options.rows ?? table.rows)
    writer.end()
  } catch (error) {
    throw fileError(options.input, 'write', path, error)
  } finally {
    closeSync(fd)
  }
}

/**
 * Formats rows as writeTableFile does, batch after batch, handing the text to `write` in
 * chunks of about a megabyte: a file larger than memory is written with memory flat.
 */
export class TableTextWriter {
  private buffer: string
  private readonly keys: string[]

  constructor(private readonly format: TableFileFormat, names: readonly string[], private readonly write: (text: string) => void) {
    this.buffer = format === 'csv' ? `${names.map(csvField).join(',')}\n` : ''
    this.keys = names.map((name) => JSON.stringify(name))
  }

  /** Appends the given rows (every row `0..rows-1` for a count) of columns named as the constructor's names, in order. */
  append(columns: readonly Column[], rows: ArrayLike<number> | number): void {
    const count = typeof rows === 'number' ? rows : rows.length
    for (let i = 0; i < count; i++) {
      const row = typeof rows === 'number' ? i : rows[i]!
      this.buffer += this.format === 'csv' ? csvRow(columns, row) : jsonRow(columns, this.keys, row)
      if (this.buffer.length >= CHUNK_CHARS) this.flush()
    }
  }

  /** Writes what is left. */
  end(): void {
    this.flush()
  }

  private flush(): void {
    if (this.buffer) this.write(this.buffer)
    this.buffer = ''
  }
}

function csvRow(columns: readonly Column[], row: number): string {
  let line = ''
  for (let c = 0; c < columns.length; c++) {
    if (c > 0) line += ','
    const col = columns[c]!
    if (col.kind === 'number') {
      const value = col.values[row]!
      if (!Number.isNaN(value)) line += String(value)
    } else {
      const value = col.values[row]
      if (value !== null && value !== undefined) line += csvField(value)
    }
  }
  return line + '\n'
}

function csvField(text: string): string {
  // An empty text is quoted, so that it does not read back as a missing value.
  return text === '' || /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text
}

function jsonRow(columns: readonly Column[], keys: readonly string[], row: number): string {
  let line = '{'
  for (let c = 0; c < columns.length; c++) {
    const col = columns[c]!
    const value = col.values[row]
    // JSON has no NaN or Infinity: a missing or infinite number is null.
    const json = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : 'null') : JSON.stringify(value ?? null)
    line += `${c > 0 ? ',' : ''}${keys[c]}:${json}`
  }
  return line + '}\n'
}
