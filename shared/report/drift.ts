import type { ColumnDrift, DriftFinding, DriftReport, SideSummary } from '../drift/index.js'
import { capSummary } from './cap.js'
import { COMMENT_BUDGET, stickyBody } from './comment.js'
import { bySeverity, distributionCharts } from './drift-chart.js'
import { mdText } from './escape.js'
import { cell, formatCount, formatStat, linkTarget, md, table, type Cell } from './markdown.js'

export interface DriftRenderContext {
  /** What is checked, e.g. the model's name; 'Data drift' by default. */
  title?: string
  /** This workflow run, linked at the end. */
  runUrl?: string
}

/** Columns listed in a job summary; the JSON report has every one. */
export const SUMMARY_COLUMNS = 1000
/** Findings listed in a job summary, and in an issue. */
const SUMMARY_FINDINGS = 500
const ISSUE_FINDINGS = 30
/** Room kept in an issue body for the note that says what is left out. */
const ISSUE_NOTE_ROOM = 400
/** Shortest a value is cut to in a table cell, so that thousands of rows stay readable. */
const CELL_TEXT = 60

/** The drift check for the job summary: verdict, every column up to SUMMARY_COLUMNS, charts, findings. */
export function renderDriftSummary(report: DriftReport, context: DriftRenderContext = {}): string {
  const sorted = bySeverity(report.columns)
  const parts = [heading(report, sorted, context.title), columnTable(sorted.slice(0, SUMMARY_COLUMNS)), moreColumns(sorted.length, SUMMARY_COLUMNS), ...distributionCharts(sorted), findingList(report.findings, SUMMARY_FINDINGS), footer(context.runUrl)]
  return capSummary(`${parts.filter(Boolean).join('\n\n')}\n`)
}

/**
 * The body of the drift issue or of a comment on it: the marker, the verdict, as many columns
 * (most drifted first) as fit in GitHub's 65,536 characters after the charts and findings, a
 * note of how many are left out, and the run's link.
 */
export function renderDriftIssueBody(report: DriftReport, context: DriftRenderContext & { marker: string }): string {
  const sorted = bySeverity(report.columns)
  const head = heading(report, sorted, context.title)
  const tail = [...distributionCharts(sorted), findingList(report.findings, ISSUE_FINDINGS), footer(context.runUrl)].filter(Boolean).join('\n\n')
  const room = COMMENT_BUDGET - context.marker.length - head.length - tail.length - ISSUE_NOTE_ROOM
  const rows = rowsThatFit(sorted, room)
  const body = [head, columnTable(sorted.slice(0, rows)), moreColumns(sorted.length, rows), tail].filter(Boolean).join('\n\n')
  return stickyBody(context.marker, `${body}\n`).text
}

function heading(report: DriftReport, sorted: readonly ColumnDrift[], title = 'Data drift'): string {
  const counts = `${formatCount(report.driftedColumns.length)} of ${formatCount(report.comparedColumns)} compared columns drifted (${percent(report.driftShare)}; drift-share ${percent(report.driftShareThreshold)})`
  const line =
    report.verdict === 'drifted'
      ? `## 🔴 ${mdText(title)}: drifted · ${counts}`
      : report.verdict === 'not drifted'
        ? `## 🟢 ${mdText(title)}: no drift · ${counts}`
        : `## ⚪ ${mdText(title)}: insufficient data · ${insufficientReason(report)}`
  const names = sorted.filter((column) => column.drifted).map((column) => mdText(column.column, CELL_TEXT))
  const drifted = names.length > 0 ? `\n\nDrifted: ${names.slice(0, 10).join(', ')}${names.length > 10 ? ` and ${formatCount(names.length - 10)} more` : ''}` : ''
  return `${line}\n\n${sources(report)}${drifted}`
}

function insufficientReason(report: DriftReport): string {
  if (report.current.rows < report.minSamples) return `the current data has ${formatCount(report.current.rows)} rows, fewer than min-samples (${formatCount(report.minSamples)})`
  return `no column has min-samples (${formatCount(report.minSamples)}) current values to compare`
}

function sources(report: DriftReport): string {
  const { reference } = report
  const used =
    reference.kind === 'profile'
      ? `the training profile of ${formatCount(reference.rows)} rows (category counts for categories; numeric tests on its seeded sample of ${formatCount(reference.sampleRows ?? 0)} rows)`
      : `data of ${formatCount(reference.rows)} rows`
  const correction = report.correction === 'none' ? 'no multiple-test correction' : report.correction === 'fdr' ? 'p-values corrected by Benjamini–Hochberg (fdr)' : 'p-values corrected by Bonferroni'
  // Data read within a memory budget keeps a seeded sample of a large number column's values.
  const sampled = reference.kind === 'profile' ? 0 : report.columns.filter((column) => column.sampled).length
  const budget = sampled > 0 ? ` · ${formatCount(sampled)} numeric ${sampled === 1 ? 'column' : 'columns'} tested on a seeded uniform sample of ${sampled === 1 ? 'its' : 'their'} values` : ''
  return `Reference: ${used} · current: ${formatCount(report.current.rows)} rows · ${correction} · min-samples ${formatCount(report.minSamples)}${budget}`
}

const HEADERS: Cell[] = ['Column', 'Kind', 'Test', 'Statistic', 'p-value', 'Threshold', 'Drifted', 'Reference', 'Current']

function columnTable(columns: readonly ColumnDrift[]): string | undefined {
  if (columns.length === 0) return undefined
  return table(HEADERS, columns.map(columnRow), ['left', 'left', 'left', 'right', 'right', 'right', 'left', 'left', 'left'])
}

function columnRow(column: ColumnDrift): Cell[] {
  const pValue = column.p_value === null ? '' : column.p_adjusted !== null && column.p_adjusted !== column.p_value ? `${formatP(column.p_value)} (adjusted ${formatP(column.p_adjusted)})` : formatP(column.p_value)
  return [
    md(mdText(column.column, CELL_TEXT)),
    column.kind ?? '',
    column.test ?? '',
    column.statistic === null ? '' : formatStat(column.statistic),
    pValue,
    column.threshold === null ? '' : formatStat(column.threshold),
    verdictCell(column),
    sideCell(column.reference),
    column.current ? sideCell(column.current) : '',
  ]
}

function verdictCell(column: ColumnDrift): string {
  if (column.status === 'compared') return column.drifted ? '🔴 yes' : 'no'
  return column.status === 'kind changed' ? '🔴 kind changed' : column.status
}

/** `1,234 values · 5 missing · mean 12.3` or `… · top rain`: short enough for a cell. */
function sideCell(side: SideSummary): Cell {
  const parts = [`${formatCount(side.count)} ${side.stored === 'number' ? 'numbers' : 'values'}`]
  if (side.missing > 0) parts.push(`${formatCount(side.missing)} missing`)
  if (side.top && side.top.length > 0) parts.push(`top ${mdText(side.top[0]!.value, 40)}`)
  else if (side.mean !== undefined && side.mean !== null) parts.push(`mean ${formatStat(side.mean)}`)
  return md(parts.join(' · '))
}

function moreColumns(total: number, shown: number): string | undefined {
  return total > shown ? `${formatCount(total - shown)} more columns are left out here; the JSON report has every column.` : undefined
}

/** As many table rows as fit in `room` characters, at least one. */
function rowsThatFit(columns: readonly ColumnDrift[], room: number): number {
  let used = table(HEADERS, []).length
  for (let i = 0; i < columns.length; i++) {
    used += `| ${columnRow(columns[i]!).map(cell).join(' | ')} |\n`.length
    if (used > room) return Math.max(1, i)
  }
  return columns.length
}

function findingList(findings: readonly DriftFinding[], limit: number): string | undefined {
  if (findings.length === 0) return undefined
  const items = findings.slice(0, limit).map((finding) => `- ${findingText(finding)}`)
  if (findings.length > limit) items.push(`- and ${formatCount(findings.length - limit)} more in the JSON report`)
  return `### Findings\n\n${items.join('\n')}`
}

function findingText(finding: DriftFinding): string {
  const column = `**${mdText(finding.column, CELL_TEXT)}**`
  switch (finding.type) {
    case 'missing in current':
      return `${column}: not in the current data.`
    case 'kind changed':
      return `${column}: ${finding.reference === 'number' ? 'numbers' : 'text'} in the reference, ${finding.current === 'number' ? 'numbers' : 'text'} now; counted as drifted.`
    case 'null rate':
      return `${column}: missing values went from ${percent(finding.reference)} to ${percent(finding.current)} of rows (p = ${formatP(finding.pValue)}).`
    case 'unseen categories': {
      const listed = finding.categories.map((category) => mdText(category, CELL_TEXT)).join(', ')
      const more = finding.distinct > finding.categories.length ? ` and ${formatCount(finding.distinct - finding.categories.length)} more` : ''
      const pooled = finding.pooledInReference > 0 ? ` The profile pooled ${formatCount(finding.pooledInReference)} rarer categories, which may include some of them.` : ''
      return `${column}: ${formatCount(finding.distinct)} categories the reference does not list, in ${formatCount(finding.rows)} rows: ${listed}${more}.${pooled}`
    }
  }
}

function footer(runUrl: string | undefined): string | undefined {
  const url = runUrl && linkTarget(runUrl)
  return url ? `---\n[workflow run](${url})` : undefined
}

function percent(share: number): string {
  return `${formatStat(Math.round(share * 1000) / 10)}%`
}

/** 3 significant digits, in scientific notation below 1e-4. */
function formatP(p: number): string {
  return p >= 1e-4 || p === 0 ? formatStat(p) : p.toExponential(2)
}
