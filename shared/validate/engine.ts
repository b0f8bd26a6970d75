import { CheckRuns, type CheckRunsState } from './check-runs.js'
import type { Finding, FindingSink, Location } from './checks/types.js'
import { assertHasRows, readDataset, type ByteRange, type DataFile, type DatasetRead, type Row } from '../data/index.js'
import { createTemporaryDir, removeTemporary } from '../output/index.js'
import { ColumnSniffer, inferenceNotes, inferSchema } from './schema/infer.js'
import type { CompiledSchema } from './schema/compile.js'
import type { DataSchema } from './schema/types.js'
import { FindingCollector, type SinkState } from './findings.js'
import type { ProfileJson } from './profile.js'
import { DuplicateCounter } from '../stats/index.js'
import type { ProgressReporter } from '../progress/index.js'
import type { Hash } from 'node:crypto'
import { statSync } from 'node:fs'

export interface ValidateOptions {
  files: DataFile[]
  /** Checked in full by `compileSchema`: the run starts its checks from the compiled settings. */
  schema?: CompiledSchema
  missingValues: readonly string[]
  /** Infer a schema from the data as well. */
  infer: boolean
  /** Run only these columns and dataset checks (one part of a parallel run). */
  part?: ValidationPart
  /** Read only this byte range of the one file (one part of a parallel run). */
  range?: ByteRange
}

/** What a run over one byte range hands over to the run that merges; plain data, so it can cross threads. */
export interface RangeState extends CheckRunsState {
  rows: number
  lineBreaks: number
  sinks: SinkState[]
  /** Holds spilled entries that the merging run reads; removed after the merge. */
  tempRoot: string | null
}

export interface ValidationPart {
  columns: string[]
  datasetChecks: string[]
  /** The primary part also hashes the data and reports the row shape and header. */
  primary: boolean
}

export interface ValidationResult {
  rows: number
  files: { path: string; format: string; sha256: string }[]
  dataHash: string
  errors: number
  warnings: number
  findings: Finding[]
  profile: Record<string, ProfileJson>
  inferred?: DataSchema
  /** What `inferred` was inferred from, for comments in the written file. */
  inferenceNotes?: string[]
}

/** Reads the data once, streaming, and runs every check of the schema (or of one part of it). */
export async function validatePart(options: ValidateOptions, progress?: ProgressReporter): Promise<ValidationResult> {
  const run = new ValidationRun(options, progress)
  try {
    return await run.execute()
  } finally {
    run.cleanup()
  }
}

/**
 * Reads one byte range and returns its state, without concluding. Its temporary files stay for
 * mergeRanges. `hash`, when given, is updated with the range's bytes.
 */
export async function validateRange(options: ValidateOptions, hash?: Hash): Promise<RangeState> {
  const run = new ValidationRun(options)
  try {
    const read = await run.read(hash)
    return run.snapshot(read.lineBreaks ?? 0)
  } catch (error) {
    run.cleanup()
    throw error
  }
}

/** Concludes a validation from the states of its byte ranges, in file order. */
export async function mergeRanges(options: ValidateOptions, states: RangeState[], files: ValidationResult['files'], dataHash: string): Promise<ValidationResult> {
  const run = new ValidationRun(options)
  try {
    run.absorb(states)
    return await run.conclude(files, dataHash)
  } finally {
    run.cleanup()
    for (const state of states) if (state.tempRoot) removeTemporary(state.tempRoot)
  }
}

class ValidationRun {
  private readonly collector: FindingCollector
  private readonly checks: CheckRuns
  private readonly sniffers: ColumnSniffer[] = []
  private readonly sniffersByName = new Map<string, ColumnSniffer>()
  private readonly headerSink: FindingSink
  private readonly shapeSink: FindingSink
  private fileNames: string[] = []
  private fileIndex = 0
  private header: string[] = []
  private headerPositions = new Map<string, number>()
  private rows = 0
  private tempRoot: string | null = null
  /** Measures the duplicate-row share when inferring a schema. */
  private duplicateProbe: DuplicateCounter | null = null
  private readonly pair = new Uint32Array(2)

  constructor(
    private readonly options: ValidateOptions,
    /** Told the bytes and rows read after every window of the file, never per row. */
    private readonly progress?: ProgressReporter,
  ) {
    this.collector = new FindingCollector((index) => this.fileNames[index] ?? '')
    const severities = options.schema?.schema.severity ?? {}
    this.headerSink = this.collector.sink('columns', severities.columns ?? 'error')
    this.shapeSink = this.collector.sink('row-shape', 'error')
    this.checks = new CheckRuns(options.schema, options.part, { collector: this.collector, tempDir: this.tempDir, fileName: this.fileName })
  }

  /** Spill files of the checks; removed by `cleanup`, or when the process exits or is killed. */
  private tempDir = (): string => (this.tempRoot ??= createTemporaryDir('mlops-validate-'))

  cleanup(): void {
    if (this.tempRoot) removeTemporary(this.tempRoot)
  }

  private get primary(): boolean {
    return this.options.part?.primary ?? true
  }

  private fileName = (index: number): string => this.fileNames[index] ?? ''

  async execute(): Promise<ValidationResult> {
    const read = await this.read()
    return this.conclude(read.files, read.hash)
  }

  async read(rangeHash?: Hash): Promise<DatasetRead> {
    const { options } = this
    if (options.infer) this.duplicateProbe = new DuplicateCounter(this.tempDir)
    const primary = this.primary
    return readDataset(
      options.files,
      options.missingValues,
      {
        file: (index, file) => {
          this.fileIndex = index
          this.fileNames[index] = file.path
        },
        header: (columns) => this.onHeader(columns),
        row: (row, line) => this.onRow(row, line),
        ragged: (line, fields, expected) => {
          if (primary) this.shapeSink.report(() => `row has ${fields} fields; the header has ${expected}`, { file: this.fileIndex, line })
        },
        unknownKey: (line, key) => {
          if (primary) this.shapeSink.report(`key '${key}' is not in the first record, so it is not a column`, { file: this.fileIndex, line })
        },
      },
      { hash: primary && !options.range, range: options.range, rangeHash, onRead: this.progressOnRead() },
    )
  }

  private progressOnRead(): ((bytes: number) => void) | undefined {
    const { progress, options } = this
    if (!progress) return undefined
    const total = options.range ? options.range.end - options.range.start : options.files.reduce((sum, file) => sum + statSync(file.path).size, 0)
    let done = 0
    return (bytes) => progress.update((done += bytes), total, 'bytes', { count: this.rows, unit: 'rows' })
  }

  /** Runs the checks that need every row, then builds the result. */
  async conclude(files: ValidationResult['files'], dataHash: string): Promise<ValidationResult> {
    const { options } = this
    assertHasRows(this.rows, options.files)
    const profiles = await this.checks.finish(this.rows)
    const duplicates = this.duplicateProbe ? (await this.duplicateProbe.finish(0)).duplicates : 0
    if (!options.schema) for (const sniffer of this.sniffers) profiles.set(sniffer.name, sniffer.toProfile())
    const profile: Record<string, ProfileJson> = {}
    for (const [name, columnProfile] of profiles) profile[name] = columnProfile.toJSON()
    return {
      rows: this.rows,
      files,
      dataHash,
      errors: this.collector.count('error'),
      warnings: this.collector.count('warning'),
      findings: this.collector.findings(),
      profile,
      inferred: options.infer ? inferSchema(this.sniffers, duplicates / this.rows, options.missingValues) : undefined,
      inferenceNotes: options.infer ? inferenceNotes(this.sniffers, this.rows, options.files.map((file) => file.path)) : undefined,
    }
  }

  /** Everything a run over one byte range learned, for the run that merges the ranges. */
  snapshot(lineBreaks: number): RangeState {
    return {
      rows: this.rows,
      lineBreaks,
      sinks: this.collector.states(),
      ...this.checks.snapshot(),
      tempRoot: this.tempRoot,
    }
  }

  /** Takes over the ranges' states, in file order; lines become lines of the whole file. */
  absorb(states: RangeState[]): void {
    const offsets: number[] = []
    let before = 0
    for (const state of states) {
      offsets.push(before)
      before += state.lineBreaks
    }
    const relocate = (part: number, line: number) => line + offsets[part]
    this.rows = states.reduce((sum, state) => sum + state.rows, 0)
    this.collector.absorb(
      states.map((state) => state.sinks),
      relocate,
    )
    this.checks.absorb(states, relocate)
    this.fileNames = this.options.files.map((file) => file.path)
  }

  private onHeader(columns: string[]): void {
    const at: Location = { file: this.fileIndex, line: 1 }
    // A byte range after the first is given the header: the first range reports on it.
    const reportsHeader = !this.options.range?.header
    if (this.primary && this.fileIndex > 0 && !this.options.schema && columns.join('\u0000') !== this.header.join('\u0000')) {
      this.headerSink.report(`columns differ from ${this.fileNames[0]}: [${columns.join(', ')}] vs [${this.header.join(', ')}]`, at)
    }
    this.header = columns
    this.headerPositions = new Map(columns.map((name, index) => [name, index]))
    for (const column of this.checks.columns) {
      column.index = this.headerPositions.get(column.name) ?? -1
      if (column.index < 0 && reportsHeader) this.headerSink.report(`column '${column.name}' is in the schema but not in the data`, at)
    }
    if (reportsHeader) for (const run of this.checks.datasetRuns) run.header?.(columns, this.fileIndex)
    if (this.options.infer) {
      for (const name of columns) {
        let sniffer = this.sniffersByName.get(name)
        if (!sniffer) {
          sniffer = new ColumnSniffer(name)
          this.sniffersByName.set(name, sniffer)
          this.sniffers.push(sniffer)
        }
      }
      for (const sniffer of this.sniffers) sniffer.index = this.headerPositions.get(sniffer.name) ?? -1
    }
  }

  private readonly columnIndex = (name: string): number => this.headerPositions.get(name) ?? -1

  private readonly at: Location = { file: 0, line: 0 }

  private onRow(row: Row, line: number): void {
    this.rows++
    const at = this.at
    at.file = this.fileIndex
    at.line = line
    const columns = this.checks.columns
    for (let i = 0; i < columns.length; i++) columns[i].consume(row, at)
    const hooks = this.checks.rowHooks
    for (let i = 0; i < hooks.length; i++) hooks[i](row, this.columnIndex, at)
    if (this.duplicateProbe) {
      row.hashRecord(this.pair)
      this.duplicateProbe.add(this.pair[0], this.pair[1], at.file, at.line)
    }
    const sniffers = this.sniffers
    for (let i = 0; i < sniffers.length; i++) sniffers[i].consume(row)
  }
}

