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
}

/**
 * The gate's statistics: the thresholded metrics on the candidate and, when there is a
 * baseline on the same rows, on the baseline too, with paired bootstrap intervals of every
 * delta and the McNemar test; then each metric's verdict. Without a baseline (a first run)
 * value thresholds alone decide.
 */
export async function evaluateGate(
  thresholds: readonly MetricThreshold[],
  candidate: MetricInput,
  baseline: MetricInput | undefined,
  options: ParallelBootstrapOptions = {},
): Promise<GateResult> {
  const settings = bootstrapSettings(options)
  const pair = baseline && pairInputs(candidate, baseline)
  const model = pair?.candidate ?? candidate
  const names = thresholds.map((threshold) => threshold.metric)
  const unavailable: Record<string, string> = {}
  const onCandidate = computable(model, names, unavailable)
  const candidateValues = evaluateMetrics(model, selectMetrics(model, onCandidate))
  if (!pair) {
    const verdicts = judge(thresholds, { candidate: candidateValues, unavailable })
    return { passed: verdicts.every((v) => v.verdict !== 'fail'), verdicts }
  }
  const onBoth = computable(pair.baseline, onCandidate, {})
  const baselineValues: MetricValues = evaluateMetrics(pair.baseline, selectMetrics(pair.baseline, onBoth))
  const intervals = onBoth.length > 0 ? await pairedBootstrapParallel(pair.candidate, pair.baseline, onBoth, options) : []
  const verdicts = judge(thresholds, { candidate: candidateValues, baseline: baselineValues, intervals: byMetric(intervals), unavailable })
  const mcnemar = pairedLabels(pair.candidate, pair.baseline)
  return { passed: verdicts.every((v) => v.verdict !== 'fail'), verdicts, ...(mcnemar && { mcnemar }), bootstrap: settings }
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
