import type { DeltaInterval, GateResult } from '../gate/index.js'
import type { ConfusionMatrix, MetricValues } from '../metrics/index.js'

/** Metrics on one slice of the rows, e.g. `region = EU`. */
export interface SliceView {
  column: string
  value: string
  rows: number
  candidate: MetricValues
  baseline?: MetricValues
}

/** Several candidates, the best of which by `metric` on its own validation rows was gated. */
export interface CandidatesView {
  metric: string
  greaterIsBetter: boolean
  /** In name order; `name` is the directory's own name. */
  candidates: { name: string; params?: unknown; value: number; selected: boolean }[]
}

/** Everything the evaluate-gate report shows: the gate's result and what was measured besides. */
export interface GateReportView {
  passed: boolean
  /** When false a failed gate is reported but does not fail the check. */
  failOnRegression: boolean
  task: 'classification' | 'regression'
  /** e.g. "model/ (this PR)". */
  candidateName: string
  /** e.g. "champion", "models:/churn/3", a path; undefined on a first run. */
  baselineName?: string
  /** Verdicts for the thresholded metrics, McNemar and the bootstrap settings. */
  gate: GateResult
  /** Every metric computed on the candidate. */
  candidateMetrics: MetricValues
  baselineMetrics?: MetricValues
  /** Bootstrap interval of the change in every metric, thresholded or not. */
  intervals?: Record<string, DeltaInterval>
  confusion?: { candidate: ConfusionMatrix; baseline?: ConfusionMatrix }
  slices?: SliceView[]
  /** Candidate inference. */
  latency?: { p50Ms: number; p95Ms: number; rows: number }
  modelSizeBytes?: number
  rows: number
  /** When `model-dir` named several: what was selected from. */
  candidates?: CandidatesView
  runUrl?: string
  commit?: string
}

/** A first run: there is no baseline to compare with. */
export function isFirstRun(view: GateReportView): boolean {
  return view.baselineMetrics === undefined
}
