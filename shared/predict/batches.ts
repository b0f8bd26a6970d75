import type { DatasetVisitor, DataFile, Row } from '../data/index.js'
import { UserError } from '../errors/index.js'
import type { Column, Table } from '../table/index.js'

/**
 * How a column is kept: numbers or text as the model's manifest types it, or, for a model
 * without a manifest, inferred per batch as loadTable infers it (numbers when every present cell is one).
 */
export type ColumnKind = 'number' | 'text' | 'infer'

export interface KeptColumn {
  name: string
  /** How the model reads it; absent for a column only copied to the output. */
  kind?: ColumnKind
  /** Copied to the output as the text it was read as. */
  id: boolean
}

/** One batch: the model's input columns, and the id columns as text. */
export interface Batch {
  table: Table
  ids: Column[]
}

/**
 * A dataset visitor that keeps only the named columns and cuts the rows into tables of
 * `batchRows` rows, handed to `onBatch` one at a time: reading waits (through `drain`) while
 * a batch is predicted, so at most one batch and one read window of rows are held.
 */
export class BatchCollector implements DatasetVisitor {
  private readonly files: Table['files'][number][] = []
  private fileIndex = 0
  private path = ''
  private indexes: number[] = []
  private batch: BatchColumns
  private full: BatchColumns[] = []

  constructor(
    private readonly columns: readonly KeptColumn[],
    private readonly batchRows: number,
    private readonly onBatch: (batch: Batch) => Promise<void>,
    private readonly input = 'data',
  ) {
    this.batch = new BatchColumns(columns, batchRows)
  }

  file(index: number, file: DataFile): void {
    this.fileIndex = index
    this.path = file.path
    this.files.push({ path: file.path, format: file.format, sha256: '' })
  }

  /** Every file must hold every kept column; their order and the other columns may differ. */
  header(names: string[]): void {
    this.indexes = this.columns.map((kept) => {
      const index = names.indexOf(kept.name)
      const reason = kept.kind ? 'the model reads it' : "input 'id-columns' names it"
      if (index < 0) throw new UserError(`Input '${this.input}': '${this.path}' has no column '${kept.name}' (${reason}); its columns are ${names.join(', ')}.`)
      return index
    })
  }

  row(row: Row, line: number): void {
    const { batch } = this
    const at = batch.rows
    for (let c = 0; c < this.columns.length; c++) {
      const index = this.indexes[c]!
      const missing = index >= row.size || row.missing(index)
      const numbers = batch.numbers[c]
      const texts = batch.texts[c]
      if (numbers) {
        const value = missing ? NaN : row.number(index)
        if (!missing && Number.isNaN(value) && this.columns[c]!.kind === 'number') {
          throw new UserError(`Input '${this.input}': column '${this.columns[c]!.name}' holds text (${JSON.stringify(row.text(index))} on line ${line} of ${this.path}), but the model reads numbers from it.`)
        }
        numbers[at] = value
      }
      if (texts) texts[at] = missing ? null : row.text(index)
    }
    batch.lines[at] = line
    batch.fileOfRow[at] = this.fileIndex
    batch.rows++
    if (batch.rows === this.batchRows) {
      this.full.push(batch)
      this.batch = new BatchColumns(this.columns, this.batchRows)
    }
  }

  ragged(line: number, fields: number, expected: number): void {
    throw new UserError(`${this.path}:${line}: ${fields} fields where the header has ${expected}.`)
  }

  /** Predicts the batches filled since the last read. */
  async drain(): Promise<void> {
    while (this.full.length > 0) await this.onBatch(this.full.shift()!.batch(this.columns, this.files))
  }

  /** Predicts the rows left once the reading is over. */
  async finish(): Promise<void> {
    await this.drain()
    if (this.batch.rows > 0) await this.onBatch(this.batch.batch(this.columns, this.files))
    this.batch = new BatchColumns(this.columns, 0)
  }
}

/** One batch's cells, in arrays sized for a full batch: numbers for what the model may read as numbers, text for the rest and for ids. */
class BatchColumns {
  rows = 0
  readonly numbers: (Float64Array | undefined)[]
  readonly texts: ((string | null)[] | undefined)[]
  readonly lines: Int32Array
  readonly fileOfRow: Uint16Array

  constructor(columns: readonly KeptColumn[], size: number) {
    this.numbers = columns.map((kept) => (kept.kind === 'number' || kept.kind === 'infer' ? new Float64Array(size) : undefined))
    this.texts = columns.map((kept) => (kept.kind === 'text' || kept.kind === 'infer' || kept.id ? new Array<string | null>(size) : undefined))
    this.lines = new Int32Array(size)
    this.fileOfRow = new Uint16Array(size)
  }

  batch(columns: readonly KeptColumn[], files: Table['files']): Batch {
    const rows = this.rows
    const text = (c: number) => (this.texts[c]!.length === rows ? this.texts[c]! : this.texts[c]!.slice(0, rows))
    const features: Column[] = []
    const ids: Column[] = []
    columns.forEach((kept, c) => {
      const numbers = this.numbers[c]?.subarray(0, rows)
      if (kept.kind === 'number' || (kept.kind === 'infer' && allNumbers(numbers!, this.texts[c]!, rows))) features.push({ name: kept.name, kind: 'number', values: numbers! })
      else if (kept.kind) features.push({ name: kept.name, kind: 'string', values: text(c) })
      if (kept.id) ids.push({ name: kept.name, kind: 'string', values: text(c) })
    })
    const table: Table = { columns: features, rows, lines: this.lines.subarray(0, rows), fileOfRow: this.fileOfRow.subarray(0, rows), files: [...files], hash: '' }
    return { table, ids }
  }
}

/** True when every present cell parsed as a number, as loadTable decides a column's kind. */
function allNumbers(numbers: Float64Array, texts: readonly (string | null)[], rows: number): boolean {
  for (let i = 0; i < rows; i++) if (Number.isNaN(numbers[i]!) && texts[i] !== null) return false
  return true
}
