import { isFirstRun, type GateReportView } from './gate-view.js'
import { groupedBarChart } from './mermaid.js'

/**
 * Metrics whose values always lie in [0, 1], so they share one axis. Unbounded ones (log_loss,
 * mae, r2 below 0) would squash the others and are left out of the chart.
 */
const UNIT_SCALE_METRICS = new Set([
  'accuracy',
  'balanced_accuracy',
  'precision_macro',
  'recall_macro',
  'f1_macro',
  'f1_weighted',
  'roc_auc',
  'roc_auc_ovr',
  'average_precision',
  'brier',
])

/** Shorter x labels for the long names; the table above has the full ones. */
const SHORT_NAMES: Readonly<Record<string, string>> = {
  balanced_accuracy: 'bal_acc',
  precision_macro: 'precision',
  recall_macro: 'recall',
  average_precision: 'avg_prec',
}

/** A bar chart of the thresholded metrics on the [0, 1] scale, baseline beside candidate; undefined when none is. */
export function gateChart(view: GateReportView): string | undefined {
  const firstRun = isFirstRun(view)
  const drawn = view.gate.verdicts.filter(({ metric, candidate, baseline }) => UNIT_SCALE_METRICS.has(metric) && onUnitScale(candidate) && (firstRun || onUnitScale(baseline)))
  if (drawn.length === 0) return undefined
  const candidate = { tag: 'C', values: drawn.map((v) => v.candidate!) }
  return groupedBarChart({
    title: firstRun ? 'Candidate (C)' : 'Baseline (B) and candidate (C)',
    groups: drawn.map((v) => SHORT_NAMES[v.metric] ?? v.metric),
    series: firstRun ? [candidate] : [{ tag: 'B', values: drawn.map((v) => v.baseline!) }, candidate],
    yAxis: { title: 'value', min: 0, max: 1 },
  })
}

function onUnitScale(value: number | undefined): value is number {
  return value !== undefined && value >= 0 && value <= 1
}
