import { isUserError } from '../errors/index.js'
import { evaluateMetrics, selectMetrics, type MetricInput, type MetricValues } from '../metrics/index.js'
import { bootstrapSettings, type BootstrapSettings, type DeltaInterval } from './bootstrap.js'
import { judge, type MetricVerdict } from './criteria.js'
import { discordantPairs, mcnemarExact, type McNemarResult } from './mcnemar.js'
import { pairInputs } from './pair.js'
import { pairedBootstrapParallel, type ParallelBootstrapOptions } from './threads.js'
import type { MetricThreshold } from './thresholds.js'

export interface GateResult {
  /** No metric failed; inconclusive ones do not fail the gate. */
  readonly passed: boolean
  readonly verdicts: readonly MetricVerdict[]
  /** Exact McNemar test of the two models' accuracy, when both give predicted labels. */
  readonly mcnemar?: McNemarResult
  /** The bootstrap's settings, when there was a baseline to compare with. */
  readonly bootstrap?: BootstrapSettings
  /** Every metric computed, thresholded or not. */
  readonly candidateValues: MetricValues
  readonly baselineValues?: MetricValues
  /** Paired bootstrap intervals of candidate - baseline, by metric, when the baseline has rows. */
  readonly intervals: Readonly<Record<string, DeltaInterval>>
}

export interface GateOptions extends ParallelBootstrapOptions {
  /** Metrics to report besides the thresholded ones; they do not enter the verdict. */
  report?: readonly string[]
}

/** The baseline as rows (predictions on the same data), or as metric values alone. */
export type Baseline = MetricInput | { readonly values: MetricValues }

/**
 * The gate's statistics: the thresholded metrics on the candidate and, when there is a
 * baseline on the same rows, on the baseline too, with paired bootstrap intervals of every
 * delta and the McNemar test; then each metric's verdict. Without a baseline (a first run)
 * value thresholds alone decide.
 */
export async function evaluateGate(
  thresholds: readonly MetricThreshold[],
  candidate: MetricInput,
  baseline: Baseline | undefined,
  options: GateOptions = {},
): Promise<GateResult> {
  const settings = bootstrapSettings(options)
  const rows = baseline && !('values' in baseline) ? baseline : undefined
  const pair = rows && pairInputs(candidate, rows)
  const model = pair?.candidate ?? candidate
  const thresholded = thresholds.map((threshold) => threshold.metric)
  const names = [...new Set([...thresholded, ...(options.report ?? [])])]
  const unavailable: Record<string, string> = {}
  const onCandidate = computable(model, names, unavailable)
  const candidateValues = evaluateMetrics(model, selectMetrics(model, onCandidate))
  if (!pair) {
    const baselineValues = baseline && 'values' in baseline ? baseline.values : undefined
    const verdicts = judge(thresholds, { candidate: candidateValues, ...(baselineValues && { baseline: baselineValues }), unavailable })
    return { passed: verdicts.every((v) => v.verdict !== 'fail'), verdicts, candidateValues, ...(baselineValues && { baselineValues }), intervals: {} }
  }
  const onBoth = computable(pair.baseline, onCandidate, {})
  const baselineValues: MetricValues = evaluateMetrics(pair.baseline, selectMetrics(pair.baseline, onBoth))
  const intervals = byMetric(onBoth.length > 0 ? await pairedBootstrapParallel(pair.candidate, pair.baseline, onBoth, options) : [])
  const verdicts = judge(thresholds, { candidate: candidateValues, baseline: baselineValues, intervals, unavailable })
  const mcnemar = pairedLabels(pair.candidate, pair.baseline)
  return { passed: verdicts.every((v) => v.verdict !== 'fail'), verdicts, ...(mcnemar && { mcnemar }), bootstrap: settings, candidateValues, baselineValues, intervals }
}

/** The names the input can compute; the reasons for the others go to `reasons`. */
function computable(input: MetricInput, names: readonly string[], reasons: Record<string, string>): string[] {
  return names.filter((name) => {
    try {
      selectMetrics(input, [name])
      return true
    } catch (error) {
      if (!isUserError(error)) throw error
      reasons[name] = error.message
      return false
    }
  })
}

function pairedLabels(candidate: MetricInput, baseline: MetricInput): McNemarResult | undefined {
  if (candidate.task !== 'classification' || baseline.task !== 'classification' || !candidate.yPred || !baseline.yPred) return undefined
  const { b, c } = discordantPairs(candidate, baseline)
  return mcnemarExact(b, c)
}

function byMetric(intervals: readonly DeltaInterval[]): Record<string, DeltaInterval> {
  return Object.fromEntries(intervals.map((interval) => [interval.metric, interval]))
}
