import type { DeltaInterval, MetricVerdict } from '../gate/index.js'
import { mdText } from './escape.js'
import { formatDelta, formatInterval } from './gate-format.js'
import { verdictCell } from './gate-verdict.js'
import type { GateReportView } from './gate-view.js'
import { formatStat, md, table } from './markdown.js'

export const METRIC_TABLE_HEADERS = ['metric', 'baseline', 'candidate', 'Δ', 'CI of Δ', 'verdict']

interface MetricRow {
  metric: string
  baseline?: number
  candidate?: number
  interval?: DeltaInterval
  verdict?: MetricVerdict
}

/** Thresholded metrics first, in threshold order, then every other metric computed. */
export function metricTable(view: GateReportView): string {
  const rows = metricRows(view).map(({ metric, baseline, candidate, interval, verdict }) => {
    const delta = interval?.delta ?? (baseline !== undefined && candidate !== undefined ? candidate - baseline : undefined)
    return [metric, formatStat(baseline), formatStat(candidate), formatDelta(delta, metric), md(formatInterval(interval?.ci)), verdict ? md(verdictCell(verdict)) : '—']
  })
  return table(METRIC_TABLE_HEADERS, rows, ['left', 'right', 'right', 'right', 'right', 'left'])
}

/** How the intervals were made, e.g. `95% paired bootstrap, 1000 resamples (seed 0)`; undefined without any. */
export function intervalNote(view: GateReportView): string | undefined {
  const intervals = metricRows(view).flatMap((row) => (row.interval ? [row.interval] : []))
  const settings = view.gate.bootstrap
  const confidence = settings?.confidence ?? intervals[0]?.confidence
  if (confidence === undefined) return undefined
  const resamples = settings?.resamples ?? Math.max(...intervals.map((interval) => interval.resamples))
  const seed = settings ? ` (seed ${settings.seed})` : ''
  const short = intervals.filter((interval) => interval.resamples < resamples).map((interval) => `${mdText(interval.metric)} is defined on ${interval.resamples}`)
  const shortNote = short.length > 0 ? ` Only resamples where a metric is defined for both models count: ${short.join(', ')}.` : ''
  return `Δ = candidate − baseline. CI of Δ: ${formatStat(confidence * 100)}% paired bootstrap, ${resamples} resamples${seed}.${shortNote}`
}

function metricRows(view: GateReportView): MetricRow[] {
  const verdicts = new Map(view.gate.verdicts.map((verdict) => [verdict.metric, verdict]))
  const names = new Set([...verdicts.keys(), ...Object.keys(view.candidateMetrics), ...Object.keys(view.baselineMetrics ?? {})])
  return [...names].map((metric) => metricRow(view, metric, verdicts.get(metric)))
}

function metricRow(view: GateReportView, metric: string, verdict: MetricVerdict | undefined): MetricRow {
  const candidate = verdict?.candidate ?? view.candidateMetrics[metric]
  const baseline = verdict?.baseline ?? view.baselineMetrics?.[metric]
  const interval = verdict?.interval ?? view.intervals?.[metric]
  return {
    metric,
    ...(candidate !== undefined && { candidate }),
    ...(baseline !== undefined && { baseline }),
    ...(interval && { interval }),
    ...(verdict && { verdict }),
  }
}
