import type { McNemarResult } from '../gate/index.js'
import type { ConfusionMatrix } from '../metrics/index.js'
import { mdText } from './escape.js'
import { countOf, formatBytes, formatPValue } from './gate-format.js'
import type { GateReportView } from './gate-view.js'
import { details, formatStat, md, table } from './markdown.js'

/** Wider matrices are left out: a table of hundreds of columns helps nobody read a comment. */
const CONFUSION_CLASSES = 30

/** The McNemar test in plain words. */
export function mcnemarLine({ b, c, pValue, logPValue }: McNemarResult): string {
  const p = `exact McNemar p = ${formatPValue(pValue, logPValue)}`
  const finding =
    b + c === 0
      ? 'both models are right and wrong on the same rows'
      : `the candidate is right on ${countOf(c, 'row')} the baseline gets wrong, and wrong on ${formatStat(b)} it gets right`
  return `**McNemar test** (b = ${formatStat(b)}, c = ${formatStat(c)}): ${finding}; ${p}.`
}

/** The candidate's confusion matrix and the baseline's, folded away. */
export function confusionSection(view: GateReportView): string | undefined {
  const { confusion } = view
  if (!confusion) return undefined
  const parts = [`**Candidate** (${mdText(view.candidateName)})`, '', confusionTable(confusion.candidate)]
  if (confusion.baseline) parts.push('', `**Baseline** (${mdText(view.baselineName ?? 'baseline')})`, '', confusionTable(confusion.baseline))
  return details('Confusion matrices (rows: true class, columns: predicted class)', parts.join('\n'))
}

/** True classes as rows, predicted as columns; the diagonal in bold. */
export function confusionTable({ labels, matrix }: ConfusionMatrix): string {
  if (labels.length > CONFUSION_CLASSES) return `${labels.length} classes: matrices with more than ${CONFUSION_CLASSES} are not shown.`
  const headers = ['true ↓ predicted →', ...labels]
  const rows = matrix.map((counts, t) => [labels[t], ...counts.map((count, p) => (p === t ? md(`**${formatStat(count)}**`) : formatStat(count)))])
  return table(headers, rows, ['left', ...labels.map(() => 'right' as const)])
}

/** Candidate latency and model size, when measured. */
export function costLine(view: GateReportView): string | undefined {
  const parts: string[] = []
  const { latency, modelSizeBytes } = view
  if (latency) parts.push(`inference p50 ${formatStat(latency.p50Ms)} ms · p95 ${formatStat(latency.p95Ms)} ms over ${countOf(latency.rows, 'row')}`)
  if (modelSizeBytes !== undefined) parts.push(`model size ${formatBytes(modelSizeBytes)}`)
  return parts.length > 0 ? `**Candidate cost**: ${parts.join(' · ')}` : undefined
}
