import type { ColumnProfile } from '../profile.js'
import type { Row } from '../../data/index.js'
import type { ColumnSchema, ColumnType, DataSchema, Severity } from '../schema/types.js'

export interface Finding {
  file?: string
  line?: number
  column?: string
  check: string
  severity: Severity
  message: string
  /** Set on the entry that counts a check's findings left out of the list. */
  omitted?: number
}

/** Where a value sits: file index into the dataset's files, and source line. The reader reuses one object: copy it to keep it. */
export interface Location {
  file: number
  line: number
}

/**
 * Collects one check's findings, keeping the first few and counting all. Checks that may find
 * a value per row pass a function that describes it: past the kept ones, findings are counted
 * without being described, so a run with millions of them costs little more than a clean one.
 */
export interface FindingSink {
  report(message: string | (() => string), at?: Location): void
}

/** A typed cell value: numbers for numeric, boolean (0/1) and datetime (epoch ms) columns, strings for text. */
export type CellValue = number | string

/** Maps a part's own line number to the line in the whole file. */
export type Relocate = (part: number, line: number) => number

/**
 * When the rows are split across threads, each part's run hands its `snapshot()` to one
 * run that `absorb`s them all, in row order, and then finishes. Runs whose only state is
 * their findings need neither.
 */
export interface SplitState {
  snapshot?(): unknown
  absorb?(snapshots: unknown[], relocate: Relocate): void
}

export interface ColumnCheckRun extends SplitState {
  value?(value: CellValue, at: Location): void
  /**
   * What `value` passes without a finding, from min to max inclusive: numbers in a numeric
   * column, lengths in characters in a text column. The column calls it only for the others.
   */
  passes?: { min: number; max: number }
  missing?(at: Location): void
  finish?(profile: ColumnProfile): void | Promise<void>
}

/** What a column check's `settings` sees: the column and where the check sits in the schema. */
export interface ColumnSettingsContext {
  name: string
  type: ColumnType
  column: ColumnSchema
  /** Key path of this check in the schema, for messages, e.g. "columns.age.min". */
  path: string
}

/** What a column check's run sees: its column, and the run's temporary directory and file names, never the raw configuration. */
export interface ColumnCheckContext {
  name: string
  type: ColumnType
  /** Makes a temporary directory for checks that spill to disk. */
  tempDir(): string
  fileName(index: number): string
}

/**
 * A check configured under a column, e.g. `min: 0`. One module per check. Its configuration
 * is checked and converted once, by `settings` when the schema is compiled; `create` takes
 * the result as it is, on whichever thread runs the check.
 */
export interface ColumnCheck<Config = unknown, Settings = Config> {
  key: string
  description: string
  /** JSON Schema of the key's value. */
  schema: object
  defaultSeverity: Severity
  /** Rough work per row, against the planner's other units, to balance threads: 0 when it only reads the profile at the end. */
  cost: number
  /** Column types the check applies to; all when absent. */
  types?: readonly ColumnType[]
  /**
   * Checks what JSON Schema cannot express and converts the configuration; throws SchemaError.
   * Returns plain data (numbers, strings, arrays, plain objects): the compiled schema crosses
   * threads by structured clone. Absent when the configuration is used as it is.
   */
  settings?(config: Config, context: ColumnSettingsContext): Settings
  /** Starts a run from settings already checked: it never validates. */
  create(settings: Settings, context: ColumnCheckContext, sink: FindingSink): ColumnCheckRun
}

export interface DatasetCheckRun extends SplitState {
  header?(columns: string[], file: number): void
  row?(row: Row, columnIndex: (name: string) => number, at: Location): void
  finish?(summary: DatasetSummary): void | Promise<void>
}

export interface DatasetSummary {
  rows: number
  profiles: Map<string, ColumnProfile>
}

/** What a dataset check's `settings` sees: the whole schema and the check's key path. */
export interface DatasetSettingsContext {
  schema: DataSchema
  path: string
}

export interface DatasetCheckContext {
  tempDir(): string
  fileName(index: number): string
}

/** A check configured at the top level of the schema, e.g. `rows: {min: 100}`; configured in two steps, as column checks are. */
export interface DatasetCheck<Config = unknown, Settings = Config> {
  key: string
  description: string
  schema: object
  defaultSeverity: Severity
  /** Rough work per row, as for column checks: a check that costs something gets its own share of a thread. */
  cost: number
  /** As for column checks: checks and converts the configuration, once, into plain data; throws SchemaError. */
  settings?(config: Config, context: DatasetSettingsContext): Settings
  create(settings: Settings, context: DatasetCheckContext, sink: FindingSink): DatasetCheckRun
}
