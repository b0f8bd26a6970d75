import { UserError } from '../errors/index.js'
import { evaluateRows, selectMetrics, type MetricInput, type MetricValues } from '../metrics/index.js'
import { cellText, column, type Table } from '../table/index.js'

/** More distinct values than this in a slice column are cut to the most frequent. */
export const MAX_SLICE_VALUES = 200

export interface SliceResult {
  column: string
  value: string
  rows: number
  candidate: MetricValues
  baseline?: MetricValues
}

export interface SliceColumnSummary {
  column: string
  values: number
  /** Values beyond MAX_SLICE_VALUES, least frequent first to go. */
  omitted: number
}

/** The metrics on the rows of each value of each slice column; missing cells form the value "(missing)". */
export function sliceMetrics(
  table: Table,
  columns: readonly string[],
  metrics: readonly string[],
  candidate: MetricInput,
  baseline?: MetricInput,
): { slices: SliceResult[]; columns: SliceColumnSummary[] } {
  const candidateMetrics = selectMetrics(candidate, metrics)
  const baselineMetrics = baseline && selectMetrics(baseline, metrics)
  const slices: SliceResult[] = []
  const summaries: SliceColumnSummary[] = []
  for (const name of columns) {
    const groups = rowsByValue(table, column(table, name, 'slices'))
    const kept = [...groups].sort((a, b) => b[1].length - a[1].length).slice(0, MAX_SLICE_VALUES)
    summaries.push({ column: name, values: groups.size, omitted: groups.size - kept.length })
    for (const [value, list] of kept) {
      const rows = Int32Array.from(list)
      slices.push({
        column: name,
        value,
        rows: rows.length,
        candidate: evaluateRows(candidate, rows, candidateMetrics),
        ...(baseline && baselineMetrics && { baseline: evaluateRows(baseline, rows, baselineMetrics) }),
      })
    }
  }
  return { slices, columns: summaries }
}

function rowsByValue(table: Table, col: ReturnType<typeof column>): Map<string, number[]> {
  const groups = new Map<string, number[]>()
  for (let row = 0; row < table.rows; row++) {
    const value = cellText(col, row) ?? '(missing)'
    let list = groups.get(value)
    if (!list) groups.set(value, (list = []))
    list.push(row)
  }
  if (groups.size === 0) throw new UserError(`Input 'slices': column '${col.name}' has no values.`)
  return groups
}
