import type { BootstrapSettings, CriterionResult, DeltaInterval, GateResult, McNemarResult, MetricVerdict } from '../../gate/index.js'
import type { ConfusionMatrix } from '../../metrics/index.js'
import type { CandidatesView, GateReportView, SliceView } from '../../report/index.js'
import { absent, anything, array, boolean, count, label, mapping, number, object, oneOf, optional, pair, text, type Check } from './checks.js'

/**
 * The gate's report view as a comment file carries it, checked field by field against the types the
 * renderer reads: a string where the renderer expects a number or one of a few words would reach the
 * Markdown unescaped, so nothing else gets through.
 */

const interval = object<DeltaInterval>({
  metric: text,
  candidate: number,
  baseline: number,
  delta: number,
  ci: pair(number),
  standardError: number,
  confidence: number,
  resamples: count,
})

const criterion = object<CriterionResult>({
  criterion: oneOf(['missing', 'threshold', 'min-absolute-change', 'min-relative-change', 'not-worse']),
  outcome: oneOf(['pass', 'fail', 'inconclusive', 'skipped']),
  reason: text,
})

const verdict = object<MetricVerdict>({
  metric: text,
  verdict: oneOf(['pass', 'fail', 'inconclusive']),
  reason: text,
  criteria: array(criterion),
  candidate: optional(number),
  baseline: optional(number),
  interval: optional(interval),
})

const mcnemar = object<McNemarResult>({ b: count, c: count, statistic: count, pValue: number, logPValue: number })

const bootstrap = object<BootstrapSettings>({ resamples: count, confidence: number, seed: count })

const metrics = mapping(number)

const gate = object<GateResult>({
  passed: boolean,
  verdicts: array(verdict),
  mcnemar: optional(mcnemar),
  bootstrap: optional(bootstrap),
  candidateValues: metrics,
  baselineValues: optional(metrics),
  intervals: mapping(interval),
})

const confusionMatrix = object<ConfusionMatrix>({ labels: array(label), matrix: array(array(number)) })

const slice = object<SliceView>({ column: text, value: text, rows: count, candidate: metrics, baseline: optional(metrics) })

const candidates = object<CandidatesView>({
  metric: text,
  greaterIsBetter: boolean,
  candidates: array(object<CandidatesView['candidates'][number]>({ name: text, params: anything, value: number, selected: boolean })),
})

const TRUSTED = 'the run that posts the comment links its own evidence'

const view = object<GateReportView>({
  passed: boolean,
  failOnRegression: boolean,
  task: oneOf(['classification', 'regression']),
  candidateName: text,
  baselineName: optional(text),
  gate,
  candidateMetrics: metrics,
  baselineMetrics: optional(metrics),
  intervals: optional(mapping(interval)),
  confusion: optional(object<NonNullable<GateReportView['confusion']>>({ candidate: confusionMatrix, baseline: optional(confusionMatrix) })),
  slices: optional(array(slice)),
  latency: optional(object<NonNullable<GateReportView['latency']>>({ p50Ms: number, p95Ms: number, rows: count })),
  modelSizeBytes: optional(count),
  rows: count,
  candidates: optional(candidates),
  runUrl: absent(TRUSTED),
  commit: absent(TRUSTED),
})

/** The report of a comment file, as the gate's renderer takes it; `at` is its key in the file. */
export const checkGateView: Check<GateReportView> = view

