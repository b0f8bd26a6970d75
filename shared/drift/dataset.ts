import { UserError } from '../errors/index.js'
import type { ReferenceProfile } from '../profile/index.js'
import { compareColumn } from './compare-column.js'
import { adjustPValues } from './correction.js'
import type { ColumnDrift, DatasetVerdict, DriftFinding, DriftReport } from './dataset-types.js'
import { resolveCompareOptions, type CompareOptions, type ResolvedOptions } from './options.js'
import { referenceSource, tableSide, type DataSide, type ReferenceSource } from './reference.js'
import { DRIFT_TESTS_BY_NAME } from './registry.js'

/**
 * Compares every column the reference and the current data share, each with its test, and
 * gives the dataset's verdict: drifted when the share of drifted columns among those compared
 * reaches `driftShare`. The reference is data (a table, or column samples from
 * readColumnSamples, which hold far less) or a training profile.
 */
export function compareDatasets(reference: DataSide | ReferenceProfile, current: DataSide, options: CompareOptions = {}): DriftReport {
  const settings = resolveCompareOptions(options)
  const source = referenceSource(reference)
  const currentColumns = new Map<string, DataSide['columns'][number]>(current.columns.map((column) => [column.name, column]))
  const names = selectedColumns(source, currentColumns, settings)
  const columns: ColumnDrift[] = []
  const findings: DriftFinding[] = []
  for (const name of names) {
    const column = currentColumns.get(name)
    // One column at a time: its sorted copies are garbage before the next one is read.
    const outcome = compareColumn(source.column(name), column && tableSide(column, source.kind === 'profile'), {
      choice: settings.tests.get(name),
      referenceRows: source.rows,
      minSamples: settings.minSamples,
    })
    columns.push(outcome.drift)
    findings.push(...outcome.findings)
  }
  applyCorrection(columns, settings)
  const counted = columns.filter((column) => column.status === 'compared' || column.status === 'kind changed')
  const driftedColumns = counted.filter((column) => column.drifted).map((column) => column.column)
  const driftShare = counted.length > 0 ? driftedColumns.length / counted.length : 0
  const enough = current.rows >= settings.minSamples && counted.length > 0
  const verdict: DatasetVerdict = !enough ? 'insufficient data' : driftShare >= settings.driftShare ? 'drifted' : 'not drifted'
  return {
    reference: { kind: source.kind, rows: source.rows, ...(source.sampleRows === undefined ? {} : { sampleRows: source.sampleRows }) },
    current: { rows: current.rows },
    verdict,
    driftShare,
    driftShareThreshold: settings.driftShare,
    comparedColumns: counted.length,
    driftedColumns: enough ? driftedColumns : [],
    correction: settings.correction,
    minSamples: settings.minSamples,
    columns,
    findings,
  }
}

/** The reference's columns after `columns` and `ignore`; at least one must be in current. */
function selectedColumns(source: ReferenceSource, current: ReadonlyMap<string, unknown>, settings: ResolvedOptions): string[] {
  const known = new Set(source.names)
  for (const name of settings.columns ?? []) {
    if (!known.has(name)) throw new UserError(`Input 'columns': no column '${name}' in the reference; its columns are ${nameList(source.names)}.`)
  }
  for (const name of settings.tests.keys()) {
    if (!known.has(name)) throw new UserError(`Input 'tests': no column '${name}' in the reference; its columns are ${nameList(source.names)}.`)
  }
  const wanted = settings.columns ? new Set(settings.columns) : known
  const names = source.names.filter((name) => wanted.has(name) && !settings.ignore.has(name))
  if (!names.some((name) => current.has(name))) {
    throw new UserError(
      `Inputs 'reference' and 'current' have no column in common to compare: the reference has ${nameList(source.names)}; current has ${nameList([...current.keys()])}.`,
    )
  }
  return names
}

/** Names for a one-line message: the first few, then how many more. */
function nameList(names: readonly string[], shown = 20): string {
  const listed = names.slice(0, shown).map((name) => `'${name}'`).join(', ')
  return names.length > shown ? `${listed} and ${names.length - shown} more` : listed || 'none'
}

/** Adjusts the p-values of the compared p-value tests together; a column then drifts when its adjusted p-value is below its threshold. */
function applyCorrection(columns: ColumnDrift[], settings: ResolvedOptions): void {
  if (settings.correction === 'none') return
  const tested = columns.filter((column) => column.status === 'compared' && column.p_value !== null && DRIFT_TESTS_BY_NAME.get(column.test!)?.direction === 'below')
  const adjusted = adjustPValues(
    tested.map((column) => column.p_value!),
    settings.correction,
  )
  tested.forEach((column, i) => {
    column.p_adjusted = adjusted[i]!
    column.drifted = adjusted[i]! < column.threshold!
  })
}
