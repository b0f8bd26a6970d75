import type { DriftReport } from '../../drift/index.js'
import { formatCount, formatStat, linkTarget, md, mdCode, mdText, renderDriftIssueBody, renderDriftSummary, table, type Cell } from '../../report/index.js'
import type { PerformanceDrift } from './performance.js'
import type { ReferenceSource } from './reference.js'

/** The check's outcome: the data comparison, and performance when labels and a model were given. */
export interface DriftCheck {
  data: DriftReport
  source: ReferenceSource
  currentFiles: string[]
  performance: PerformanceDrift | null
  /** The data drifted, or a metric degraded. */
  drifted: boolean
}

/** What the tracking issue is told: drift, clear, or too little data to judge. */
export function checkStatus(check: DriftCheck): 'drifted' | 'clear' | 'insufficient data' {
  if (check.drifted) return 'drifted'
  return check.data.verdict === 'insufficient data' ? 'insufficient data' : 'clear'
}

/** The JSON report: the data comparison as computed, which reference was used, and the performance section. */
export function driftJson(check: DriftCheck) {
  const { data } = check
  return {
    tool: 'mlops-actions/monitor-drift',
    drifted: check.drifted,
    ...data,
    reference: { ...data.reference, source: check.source },
    current: { ...data.current, files: check.currentFiles },
    performance: check.performance,
  }
}

/** One line: what drifted, for the dispatch's `reason`, the log and the failure. */
export function driftReason(check: DriftCheck, key: string): string {
  const parts: string[] = []
  if (check.data.verdict === 'drifted') parts.push(`${check.data.driftedColumns.length} of ${check.data.comparedColumns} columns drifted (${check.data.driftedColumns.join(', ')})`)
  if (check.performance?.degraded) parts.push(`${check.performance.degradedMetrics.join(', ')} degraded on ${check.performance.labelledRows} labelled rows`)
  return `Drift in ${key}: ${parts.join('; ')}`
}

export interface RenderContext {
  /** What is checked: the model's name or the reference, as in the tracking key. */
  key: string
  runUrl?: string
}

/** The heading's subject in the summary and the issue alike. */
function headingTitle(context: RenderContext): string {
  return `Data drift in ${context.key}`
}

/** The job summary: the drift report, then performance and the sources, then the run's link. */
export function driftSummary(check: DriftCheck, context: RenderContext): string {
  return [renderDriftSummary(check.data, { title: headingTitle(context) }).trimEnd(), ...extraSections(check, context)].join('\n\n') + '\n'
}

/**
 * The issue body or comment, without the marker (the tracking issue puts it first): the drift
 * report fitted to GitHub's limit, then performance and the sources, which are short.
 */
export function driftIssueBody(check: DriftCheck, context: RenderContext, marker: string): string {
  const body = renderDriftIssueBody(check.data, { marker, title: headingTitle(context) }).slice(marker.length).replace(/^\n/, '')
  return [body.trimEnd(), ...extraSections(check, context)].join('\n\n') + '\n'
}

function extraSections(check: DriftCheck, context: RenderContext): string[] {
  const footer = linkTarget(context.runUrl)
  return [performanceSection(check.performance), sourcesLine(check), footer && `---\n[workflow run](${footer})`].filter((part): part is string => !!part)
}

function sourcesLine(check: DriftCheck): string {
  const { source } = check
  const reference =
    source.kind === 'registry'
      ? `${mdCode(source.version)} (${mdCode(source.uri)}, sha256 ${mdCode(source.digest.slice(0, 12))}), its training profile`
      : source.kind === 'model-dir'
        ? `the training profile ${mdCode(source.profile)}`
        : `${mdCode(source.path)} (${formatCount(source.files.length)} file${source.files.length === 1 ? '' : 's'})`
  return `Sources: reference ${reference} · current ${check.currentFiles.slice(0, 3).map((file) => mdCode(file)).join(', ')}${check.currentFiles.length > 3 ? ` and ${formatCount(check.currentFiles.length - 3)} more` : ''}`
}

function performanceSection(performance: PerformanceDrift | null): string | undefined {
  if (!performance) return undefined
  const model = `${mdCode(performance.model)}, target ${mdCode(performance.target)}`
  if (performance.status === 'no labels') return `### Performance\n\nNot measured: the current data has no ${mdCode(performance.target)} column yet (${model}).`
  if (performance.status === 'insufficient data') return `### Performance\n\n⚪ Insufficient data: ${formatCount(performance.labelledRows)} labelled rows, fewer than min-samples (${model}).`
  const { confidence, resamples } = performance.bootstrap
  const verdict = performance.degraded ? `🔴 degraded: ${performance.degradedMetrics.map((name) => mdText(name)).join(', ')}` : '🟢 no metric degraded'
  const rows: Cell[][] = performance.metrics.map((metric) => [
    metric.metric,
    metric.reference === null ? '' : formatStat(metric.reference),
    Number.isFinite(metric.current) ? formatStat(metric.current) : '—',
    metric.ci ? `${formatStat(metric.ci[0])} to ${formatStat(metric.ci[1])}` : '',
    metric.reference === null ? 'no reference' : !Number.isFinite(metric.current) ? 'undefined on these rows' : metric.degraded ? md('🔴 degraded') : 'no',
  ])
  const head = `### Performance: ${verdict}\n\n${formatCount(performance.labelledRows)} labelled rows scored by ${model}. Reference: the model's metrics.json. A metric is degraded when its reference lies outside the ${formatStat(confidence * 100)}% bootstrap interval of the current value (${formatCount(resamples)} resamples), on the worse side.`
  return `${head}\n\n${table(['Metric', 'Reference', 'Current', `${formatStat(confidence * 100)}% CI`, 'Degraded'], rows, ['left', 'right', 'right', 'right', 'left'])}`
}
