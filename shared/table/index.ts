import { assertHasRows, DEFAULT_MISSING_VALUES, readDataset, resolveDataFiles, type DataFile, type Row } from '../data/index.js'
import { UserError } from '../errors/index.js'
export { TableTextWriter, writeTableFile, type TableFileFormat, type TableFileOptions } from './write.js'
export { TableParquetWriter, type ParquetColumnType } from './parquet-write.js'
export { readColumnSamples, type ColumnSamples, type ReadColumnSamplesOptions, type SampledColumn } from './samples.js'
export { readColumnSamplesAtOnce, type SamplesJob } from './samples-threads.js'

/** A column held in memory: numbers when every present cell is a number, else strings. */
export type Column =
  | { readonly name: string; readonly kind: 'number'; readonly values: Float64Array }
  | { readonly name: string; readonly kind: 'string'; readonly values: readonly (string | null)[] }

/** A dataset read whole into memory, for training and evaluation. Missing cells are NaN or null. */
export interface Table {
  readonly columns: readonly Column[]
  readonly rows: number
  /** Source line of each row, for messages. */
  readonly lines: Int32Array
  /** Which file each row came from, as an index into `files`. */
  readonly fileOfRow: Uint16Array
  readonly files: readonly { path: string; format: string; sha256: string }[]
  /** sha256 identifying the data version, as data-validate reports it. */
  readonly hash: string
  /** Per text column that held numbers until a cell did not: that first cell, and how many were not numbers. */
  readonly textBecause?: Readonly<Record<string, TextCause>>
}

export interface TextCause {
  readonly text: string
  readonly line: number
  readonly file: string
  /** Present cells that are not numbers, and all present cells. */
  readonly notNumbers: number
  readonly present: number
}

export interface LoadTableOptions {
  missingValues?: readonly string[]
  /** Input named in messages. */
  input?: string
}

/** Reads every row of the data into columns. All files must share one header. */
export async function loadTable(spec: string | readonly string[] | DataFile[], options: LoadTableOptions = {}): Promise<Table> {
  const input = options.input ?? 'data'
  const files = isFileList(spec) ? spec : await resolveDataFiles(spec, input)
  const builder = new TableBuilder(input)
  const read = await readDataset(files, options.missingValues ?? DEFAULT_MISSING_VALUES, {
    file: (index, file) => builder.startFile(index, file.path),
    header: (columns) => builder.header(columns),
    row: (row, line) => builder.row(row, line),
    ragged: (line, fields, expected) => {
      throw new UserError(`${builder.currentFile}:${line}: ${fields} fields where the header has ${expected}.`)
    },
  })
  assertHasRows(builder.rows, files)
  return builder.finish(read.files, read.hash)
}

function isFileList(spec: string | readonly string[] | DataFile[]): spec is DataFile[] {
  return Array.isArray(spec) && spec.length > 0 && typeof spec[0] === 'object'
}

/** Column by name, or a UserError naming the input and the columns there are. */
export function column(table: Table, name: string, input: string): Column {
  const found = table.columns.find((candidate) => candidate.name === name)
  if (!found) throw new UserError(`Input '${input}': no column '${name}' in the data; its columns are ${table.columns.map((c) => c.name).join(', ')}.`)
  return found
}

/** Cell as text, or null when missing. */
export function cellText(col: Column, row: number): string | null {
  if (col.kind === 'string') return col.values[row]
  const value = col.values[row]
  return Number.isNaN(value) ? null : String(value)
}

class TableBuilder {
  rows = 0
  currentFile = ''
  private names: string[] | undefined
  private numbers: number[][] = []
  private texts: (string | null)[][] = []
  private numeric: boolean[] = []
  private causes: ({ text: string; line: number; file: string; notNumbers: number } | undefined)[] = []
  private present: number[] = []
  private lines: number[] = []
  private fileOfRow: number[] = []
  private fileIndex = 0

  constructor(private readonly input: string) {}

  startFile(index: number, path: string): void {
    this.fileIndex = index
    this.currentFile = path
  }

  header(columns: string[]): void {
    if (!this.names) {
      this.names = columns
      this.numbers = columns.map(() => [])
      this.texts = columns.map(() => [])
      this.numeric = columns.map(() => true)
      this.present = columns.map(() => 0)
      return
    }
    if (columns.join('\u0000') !== this.names.join('\u0000')) {
      throw new UserError(`Input '${this.input}': ${this.currentFile} has columns ${columns.join(', ')}, unlike the first file's ${this.names.join(', ')}.`)
    }
  }

  row(row: Row, line: number): void {
    const width = this.names!.length
    for (let i = 0; i < width; i++) {
      if (i >= row.size || row.missing(i)) {
        this.numbers[i].push(NaN)
        this.texts[i].push(null)
        continue
      }
      const text = row.text(i)
      this.texts[i].push(text)
      this.present[i]++
      const cause = this.causes[i]
      if (this.numeric[i]) {
        const value = row.number(i)
        if (Number.isNaN(value)) {
          this.numeric[i] = false
          // Only a column that held numbers so far can have been meant as numbers.
          if (this.numbers[i].length > 0) this.causes[i] = { text, line, file: this.currentFile, notNumbers: 1 }
        } else this.numbers[i].push(value)
      } else if (cause && Number.isNaN(row.number(i))) cause.notNumbers++
    }
    this.lines.push(line)
    this.fileOfRow.push(this.fileIndex)
    this.rows++
  }

  finish(files: Table['files'], hash: string): Table {
    const columns: Column[] = this.names!.map((name, i) =>
      this.numeric[i] ? { name, kind: 'number', values: Float64Array.from(this.numbers[i]) } : { name, kind: 'string', values: this.texts[i] },
    )
    const textBecause: Record<string, TextCause> = {}
    this.names!.forEach((name, i) => {
      const cause = this.causes[i]
      if (cause) textBecause[name] = { ...cause, present: this.present[i]! }
    })
    return { columns, rows: this.rows, lines: Int32Array.from(this.lines), fileOfRow: Uint16Array.from(this.fileOfRow), files, hash, textBecause }
  }
}

/** The given rows of a table, as a table of their own. */
export function takeRows(table: Table, rows: ArrayLike<number>): Table {
  const pick = <T>(get: (row: number) => T) => Array.from(rows, get)
  const columns: Column[] = table.columns.map((col) =>
    col.kind === 'number' ? { name: col.name, kind: 'number', values: Float64Array.from(rows, (row) => col.values[row]!) } : { name: col.name, kind: 'string', values: pick((row) => col.values[row]!) },
  )
  return { ...table, columns, rows: rows.length, lines: Int32Array.from(rows, (row) => table.lines[row]!), fileOfRow: Uint16Array.from(rows, (row) => table.fileOfRow[row]!) }
}
