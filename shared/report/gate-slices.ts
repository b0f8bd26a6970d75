import { compareLabels } from '../metrics/index.js'
import { htmlText, mdText } from './escape.js'
import { countOf, formatDelta } from './gate-format.js'
import type { GateReportView, SliceView } from './gate-view.js'
import { details, formatCount, formatStat, md, table } from './markdown.js'

/** Values listed per slice column; the largest slices come first. */
export const SLICE_VALUES = 50

/** One folded table per slice column: rows and the thresholded metrics, with their change. */
export function sliceSections(view: GateReportView): string[] {
  const slices = view.slices ?? []
  const columns = [...new Set(slices.map((slice) => slice.column))]
  const metrics = sliceMetrics(view, slices)
  return columns.map((column) => sliceSection(column, slices.filter((slice) => slice.column === column), metrics))
}

function sliceSection(column: string, slices: SliceView[], metrics: string[]): string {
  const compared = slices.some((slice) => slice.baseline !== undefined)
  const shown = [...slices].sort((a, b) => b.rows - a.rows || compareLabels(a.value, b.value)).slice(0, SLICE_VALUES)
  const headers = ['value', 'rows', ...metrics.flatMap((metric) => (compared ? [metric, md(`Δ ${mdText(metric)}`)] : [metric]))]
  const rows = shown.map((slice) => [
    slice.value,
    formatCount(slice.rows),
    ...metrics.flatMap((metric) => {
      const candidate = slice.candidate[metric]
      const baseline = slice.baseline?.[metric]
      const delta = candidate !== undefined && baseline !== undefined ? formatDelta(candidate - baseline, metric) : ''
      return compared ? [formatStat(candidate), delta] : [formatStat(candidate)]
    }),
  ])
  const body = [table(headers, rows, ['left', ...headers.slice(1).map(() => 'right' as const)])]
  const left = slices.length - shown.length
  if (left > 0) body.push('', `${countOf(left, 'more value')} with fewer rows ${left === 1 ? 'is' : 'are'} left out.`)
  return details(`Slices by ${htmlText(column)} (${countOf(slices.length, 'value')})`, body.join('\n'))
}

/** The thresholded metrics that slices have; every slice metric when none is thresholded. */
function sliceMetrics(view: GateReportView, slices: SliceView[]): string[] {
  const present = new Set(slices.flatMap((slice) => Object.keys(slice.candidate)))
  const thresholded = view.gate.verdicts.map((v) => v.metric).filter((metric) => present.has(metric))
  return thresholded.length > 0 ? thresholded : [...present]
}
