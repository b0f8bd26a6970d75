import { COLUMN_CHECKS_BY_KEY, DATASET_CHECKS_BY_KEY } from './checks/registry.js'
import type { ColumnCheckRun, DatasetCheckRun, Relocate } from './checks/types.js'
import { TypedColumn } from './columns.js'
import type { FindingCollector } from './findings.js'
import type { ColumnProfile, ProfileState } from './profile.js'
import type { CompiledSchema } from './schema/compile.js'

/** What a run's checks hand over from one byte range: plain data, in the order the checks were started. */
export interface CheckRunsState {
  profiles: ProfileState[]
  checks: unknown[]
}

/** What the runs may use of the run that holds them. */
export interface CheckRunsHost {
  collector: FindingCollector
  /** Makes the run's temporary directory, for checks that spill to disk. */
  tempDir(): string
  fileName(index: number): string
}

/**
 * The checks of one run, started from the settings `compileSchema` made (the configuration
 * as written is not read again): the engine feeds them rows; here they are finished, or their
 * states handed over from byte ranges and merged.
 */
export class CheckRuns {
  readonly columns: TypedColumn[] = []
  readonly datasetRuns: DatasetCheckRun[] = []
  /** The dataset checks that look at every row, bound once rather than probed per row. */
  readonly rowHooks: NonNullable<DatasetCheckRun['row']>[]

  /** Starts the checks of `compiled`, or of the columns and dataset checks of `part` alone. */
  constructor(compiled: CompiledSchema | undefined, part: { columns: string[]; datasetChecks: string[] } | undefined, host: CheckRunsHost) {
    if (compiled) this.start(compiled, part, host)
    this.rowHooks = this.datasetRuns.flatMap((run) => (run.row ? [run.row.bind(run)] : []))
  }

  private start({ schema, columns, datasetChecks }: CompiledSchema, part: { columns: string[]; datasetChecks: string[] } | undefined, host: CheckRunsHost): void {
    const { collector, tempDir, fileName } = host
    for (const { name, checks } of columns) {
      if (part && !part.columns.includes(name)) continue
      const column = schema.columns[name]
      const context = { name, type: column.type, tempDir, fileName }
      const runs = checks.map(({ key, severity, settings }) => COLUMN_CHECKS_BY_KEY.get(key)!.create(settings, context, collector.sink(key, severity, name)))
      this.columns.push(new TypedColumn(name, column, runs, collector.sink('type', column.severity?.type ?? 'error', name)))
    }
    for (const { key, severity, settings } of datasetChecks) {
      if (part && !part.datasetChecks.includes(key)) continue
      this.datasetRuns.push(DATASET_CHECKS_BY_KEY.get(key)!.create(settings, { tempDir, fileName }, collector.sink(key, severity)))
    }
  }

  /** Runs the checks that need every row; returns each column's profile. */
  async finish(rows: number): Promise<Map<string, ColumnProfile>> {
    const profiles = new Map<string, ColumnProfile>()
    for (const column of this.columns) {
      await column.finish()
      profiles.set(column.name, column.profile)
    }
    for (const run of this.datasetRuns) await run.finish?.({ rows, profiles })
    return profiles
  }

  private runs(): (ColumnCheckRun | DatasetCheckRun)[] {
    return [...this.columns.flatMap((column) => column.runs), ...this.datasetRuns]
  }

  snapshot(): CheckRunsState {
    return { profiles: this.columns.map((column) => column.profile.state()), checks: this.runs().map((run) => run.snapshot?.()) }
  }

  /** Takes over the states of the byte ranges, in file order. */
  absorb(states: CheckRunsState[], relocate: Relocate): void {
    this.columns.forEach((column, index) => {
      for (const state of states) column.profile.merge(state.profiles[index])
    })
    this.runs().forEach((run, index) => run.absorb?.(states.map((state) => state.checks[index]), relocate))
  }
}
