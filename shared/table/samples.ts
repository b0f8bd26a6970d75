import { assertHasRows, DEFAULT_MISSING_VALUES, readDataset, resolveDataFiles, TextCounter, type DataFile, type Row } from '../data/index.js'
import { UserError } from '../errors/index.js'
import { RandomStream } from '../random/index.js'
import { sortFinite } from '../stats/index.js'

/**
 * One column as comparisons take it, without a value per row kept as an object: numbers as
 * their finite values, sorted ascending; text as a count per distinct value.
 */
export type SampledColumn =
  | {
      readonly name: string
      readonly kind: 'number'
      /** Rows read, present or not. */
      readonly rows: number
      /** Finite values, sorted ascending. Empty cells, missing-value tokens, NaN and ±Infinity are left out. */
      readonly values: Float64Array
      /** Sum of every finite value read (sampled or not; in ascending order when kept whole), for the mean. */
      readonly sum: number
      /** Finite values read: more than `values.length` when `values` is a sample of them (`numberBudget`). */
      readonly present: number
    }
  | {
      readonly name: string
      readonly kind: 'string'
      readonly rows: number
      /** Count per distinct text; missing cells are not counted. */
      readonly counts: Map<string, number>
    }

/** Some columns of a dataset, read in one pass with memory set by their values, not by the file's width. */
export interface ColumnSamples {
  readonly rows: number
  readonly columns: readonly SampledColumn[]
  readonly files: readonly { path: string; format: string }[]
}

export interface ReadColumnSamplesOptions {
  /** Only these columns, in this order; every column by default. Each must be in the header. */
  columns?: readonly string[]
  /** Without `columns`: only these, those of them the header has. */
  keepOnly?: readonly string[]
  /** Without `columns`: columns not read, when the header has them. */
  skip?: readonly string[]
  /**
   * Most numbers kept, shared evenly by the columns read: a number column with more finite
   * values keeps a seeded uniform sample of its share (reservoir sampling), so memory stays
   * bounded whatever the row count. Every value by default.
   */
  numberBudget?: number
  missingValues?: readonly string[]
  /** Input named in messages. */
  input?: string
}

/**
 * Reads the chosen columns of every file (one header shared by all) in one streaming pass.
 * A column is numbers while every present cell is a number, as loadTable decides; a column
 * that meets text after numbers counts those numbers by their shortest text (`1.50` as `1.5`).
 * Memory grows with the values kept, not with the file's width: 8 bytes per finite number of
 * a number column (16 while its chunks are joined at the end, one column at a time), one
 * scratch array as long as the longest number column for the radix sort, and one entry per
 * distinct text of a text column. Other columns are skipped cell by cell and cost nothing.
 */
export async function readColumnSamples(spec: string | readonly string[] | DataFile[], options: ReadColumnSamplesOptions = {}): Promise<ColumnSamples> {
  const input = options.input ?? 'data'
  const files = Array.isArray(spec) && typeof spec[0] === 'object' ? (spec as DataFile[]) : await resolveDataFiles(spec as string | readonly string[], input)
  const reader = new SampleReader(input, options.columns, options.keepOnly, options.skip, options.numberBudget)
  const read = await readDataset(
    files,
    options.missingValues ?? DEFAULT_MISSING_VALUES,
    {
      file: (_index, file) => reader.startFile(file.path),
      header: (columns) => reader.header(columns),
      row: (row) => reader.row(row),
      ragged: (line, fields, expected) => {
        throw new UserError(`${reader.currentFile}:${line}: ${fields} fields where the header has ${expected}.`)
      },
    },
    { hash: false },
  )
  assertHasRows(reader.rows, files)
  return { rows: reader.rows, columns: reader.finish(), files: read.files.map(({ path, format }) => ({ path, format })) }
}

/** Seeds the reservoir samples, one stream per column position: the same file gives the same sample. */
const SAMPLE_SEED = 0x5a3b1e

/** Numbers are kept in chunks of this many, so a column never holds a half-empty doubled array. */
const CHUNK = 1 << 15

/** One column being read: numbers into chunks until a cell is text, then counts per text. */
class ColumnReader {
  private chunks: Float64Array[] = []
  private chunk = new Float64Array(CHUNK)
  private filled = 0
  private counts: TextCounter | null = null
  /** Finite numbers read, and their sum. */
  private seen = 0
  private sum = 0
  private random: RandomStream | undefined

  constructor(
    readonly name: string,
    readonly index: number,
    /** Most numbers kept; beyond, a uniform sample of this many. */
    private readonly cap = Infinity,
  ) {}

  cell(row: Row): void {
    const i = this.index
    if (row.missing(i)) return
    if (this.counts === null) {
      const value = row.number(i)
      if (value - value === 0) {
        this.seen++
        this.sum += value
        if (this.seen > this.cap) return this.replaceAtRandom(value)
        if (this.filled === CHUNK) this.nextChunk()
        this.chunk[this.filled++] = value
        return
      }
      // ±Infinity (inf, 1e400) is left out, as comparisons leave it out of loadTable's columns; text (NaN) turns the column to text.
      if (!Number.isNaN(value)) return
      this.counts = this.numbersAsText()
    }
    row.countText(i, this.counts)
  }

  /** Reservoir sampling (Vitter's algorithm R): the value replaces a kept one with probability cap / seen. */
  private replaceAtRandom(value: number): void {
    this.random ??= new RandomStream(SAMPLE_SEED, this.index)
    const slot = Math.floor(this.random.nextFloat() * this.seen)
    if (slot >= this.cap) return
    const chunk = Math.floor(slot / CHUNK)
    ;(chunk < this.chunks.length ? this.chunks[chunk]! : this.chunk)[slot % CHUNK] = value
  }

  private nextChunk(): void {
    this.chunks.push(this.chunk)
    this.chunk = new Float64Array(CHUNK)
    this.filled = 0
  }

  get length(): number {
    return this.chunks.length * CHUNK + this.filled
  }

  private numbersAsText(): TextCounter {
    const counts = new TextCounter()
    for (const value of this.takeValues()) counts.addText(String(value))
    return counts
  }

  /** The numbers read, in one array; the chunks are let go. */
  private takeValues(): Float64Array {
    const values = new Float64Array(this.length)
    this.chunks.forEach((chunk, i) => values.set(chunk, i * CHUNK))
    values.set(this.chunk.subarray(0, this.filled), this.chunks.length * CHUNK)
    this.chunks = []
    this.chunk = new Float64Array(0)
    this.filled = 0
    return values
  }

  /** `scratch`: at least `length` long, shared by the columns so that sorting allocates nothing. */
  finish(rows: number, scratch: Float64Array): SampledColumn {
    if (this.counts) return { name: this.name, kind: 'string', rows, counts: this.counts.toMap() }
    const values = sortFinite(this.takeValues(), scratch)
    // Kept whole, the values are summed in ascending order, as a table's column is.
    let sum = this.sum
    if (values.length === this.seen) {
      sum = 0
      for (let i = 0; i < values.length; i++) sum += values[i]!
    }
    return { name: this.name, kind: 'number', rows, values, sum, present: this.seen }
  }
}

class SampleReader {
  rows = 0
  currentFile = ''
  private names: string[] | undefined
  private readers: ColumnReader[] = []

  constructor(
    private readonly input: string,
    private readonly wanted: readonly string[] | undefined,
    private readonly keepOnly: readonly string[] | undefined,
    private readonly skip: readonly string[] = [],
    private readonly numberBudget = Infinity,
  ) {}

  startFile(path: string): void {
    this.currentFile = path
  }

  header(columns: string[]): void {
    if (this.names) {
      if (columns.join('\u0000') === this.names.join('\u0000')) return
      throw new UserError(`Input '${this.input}': ${this.currentFile} has columns ${columns.join(', ')}, unlike the first file's ${this.names.join(', ')}.`)
    }
    this.names = columns
    const wanted = this.wanted ?? columns.filter((name) => (!this.keepOnly || this.keepOnly.includes(name)) && !this.skip.includes(name))
    for (const name of wanted) {
      const index = columns.indexOf(name)
      if (index < 0) throw new UserError(`Input '${this.input}': no column '${name}' in ${this.currentFile}; its columns are ${columns.join(', ')}.`)
      this.readers.push(new ColumnReader(name, index, Math.max(1, Math.floor(this.numberBudget / wanted.length))))
    }
  }

  row(row: Row): void {
    for (const reader of this.readers) reader.cell(row)
    this.rows++
  }

  finish(): SampledColumn[] {
    const scratch = new Float64Array(Math.max(0, ...this.readers.map((reader) => reader.length)))
    return this.readers.map((reader) => reader.finish(this.rows, scratch))
  }
}
