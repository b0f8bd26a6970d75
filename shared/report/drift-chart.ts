import type { ColumnDrift, Distribution } from '../drift/index.js'
import { formatStat } from './markdown.js'
import { groupedBarChart } from './mermaid.js'

/** Columns charted, the most drifted first. */
export const CHARTED_COLUMNS = 3

const STATUS_ORDER: Readonly<Record<ColumnDrift['status'], number>> = { 'kind changed': 0, compared: 1, 'insufficient data': 2, 'missing in current': 3 }

/**
 * How far past its threshold a compared column is: threshold ÷ p-value for p-value tests (the
 * adjusted one), statistic ÷ threshold for distances. Above 1 is drifted for both, so p-values
 * and distances sort on one scale.
 */
export function severity(column: ColumnDrift): number {
  if (column.status === 'kind changed') return Infinity
  if (column.status !== 'compared' || column.threshold === null || column.statistic === null) return -Infinity
  if (column.p_adjusted !== null) return column.threshold / Math.max(column.p_adjusted, Number.MIN_VALUE)
  return column.statistic / column.threshold
}

/** Drifted first, then compared columns by severity, then those not compared; ties keep the report's order. */
export function bySeverity(columns: readonly ColumnDrift[]): ColumnDrift[] {
  const keyed = columns.map((column, index) => ({ column, index, severity: severity(column) }))
  keyed.sort(
    (a, b) =>
      Number(b.column.drifted) - Number(a.column.drifted) ||
      STATUS_ORDER[a.column.status] - STATUS_ORDER[b.column.status] ||
      b.severity - a.severity ||
      a.index - b.index,
  )
  return keyed.map(({ column }) => column)
}

/** Bar charts of reference (R) against current (C) shares for the most drifted columns that have a distribution. */
export function distributionCharts(sorted: readonly ColumnDrift[]): string[] {
  return sorted
    .filter((column) => column.drifted && column.distribution)
    .slice(0, CHARTED_COLUMNS)
    .map((column) => distributionChart(column.column, column.distribution!))
}

function distributionChart(name: string, distribution: Distribution): string {
  const groups = distribution.kind === 'bins' ? binLabels(distribution.edges) : distribution.categories.map(inertLabel)
  const reference = [...distribution.reference]
  const current = [...distribution.current]
  if (distribution.kind === 'categories' && (distribution.rest.reference > 0 || distribution.rest.current > 0)) {
    groups.push('other')
    reference.push(distribution.rest.reference)
    current.push(distribution.rest.current)
  }
  const top = Math.max(...reference, ...current)
  return groupedBarChart({
    title: `${inertLabel(name)}: share of values, reference (R) and current (C)`,
    groups,
    series: [
      { tag: 'R', values: reference },
      { tag: 'C', values: current },
    ],
    yAxis: { title: 'share', min: 0, max: top > 0 ? Math.min(1, Number((top * 1.1).toPrecision(2))) : 1 },
  })
}

function binLabels(edges: readonly number[]): string[] {
  return edges.slice(0, -1).map((edge, i) => `${formatStat(edge)}–${formatStat(edges[i + 1]!)}`)
}

/**
 * Data in a chart label: Mermaid shows it as text, but a zero-width space after `@` and `#` and
 * inside `://` keeps the source from reading as a mention, an issue reference or a link.
 */
export function inertLabel(text: string): string {
  return text
    .replace(/@/g, '@\u200b')
    .replace(/#/g, '#\u200b')
    .replace(/:\/\//g, ':\u200b//')
    .replace(/\b(www)\./gi, '$1\u200b.')
    .replace(/\bGH-/gi, (match) => `${match}\u200b`)
}
