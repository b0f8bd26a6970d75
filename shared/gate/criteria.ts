import type { MetricValues } from '../metrics/index.js'
import type { DeltaInterval } from './bootstrap.js'
import type { ChangeCriterion, MetricThreshold } from './thresholds.js'

/**
 * `inconclusive`: the data cannot tell (a not-worse interval that straddles the margin, or
 * none could be computed). It does not fail the gate; reports should show it.
 * `skipped`: a change criterion with no baseline to compare with (a first run).
 */
export type Outcome = 'pass' | 'fail' | 'inconclusive' | 'skipped'
export type Verdict = 'pass' | 'fail' | 'inconclusive'

export interface CriterionResult {
  readonly criterion: 'missing' | 'threshold' | ChangeCriterion
  readonly outcome: Outcome
  readonly reason: string
}

export interface MetricVerdict {
  readonly metric: string
  /** `fail` if any criterion fails, else `inconclusive` if any is, else `pass`. */
  readonly verdict: Verdict
  /** The reasons of the criteria that decided the verdict, joined. */
  readonly reason: string
  readonly criteria: readonly CriterionResult[]
  readonly candidate?: number
  readonly baseline?: number
  readonly interval?: DeltaInterval
}

export interface Evidence {
  readonly candidate: MetricValues
  /** Undefined on a first run: change criteria are then skipped. */
  readonly baseline?: MetricValues
  /** Bootstrap intervals by metric, for not-worse. */
  readonly intervals?: Readonly<Record<string, DeltaInterval>>
  /** Why a metric missing from the candidate's values could not be computed, for the reason text. */
  readonly unavailable?: Readonly<Record<string, string>>
}

/** Each metric's verdict under its thresholds. */
export function judge(thresholds: readonly MetricThreshold[], evidence: Evidence): MetricVerdict[] {
  return thresholds.map((threshold) => judgeMetric(threshold, evidence))
}

export function judgeMetric(threshold: MetricThreshold, { candidate, baseline, intervals, unavailable }: Evidence): MetricVerdict {
  const { metric } = threshold
  const value = candidate[metric]
  const base = baseline?.[metric]
  const interval = intervals?.[metric]
  const facts = { metric, ...(value !== undefined && { candidate: value }), ...(base !== undefined && { baseline: base }), ...(interval && { interval }) }
  // MLflow checks nothing else for a metric the candidate lacks.
  if (value === undefined) {
    const why = unavailable?.[metric]
    return verdictOf(facts, [{ criterion: 'missing', outcome: 'fail', reason: `${metric} is missing from the candidate's metrics${why ? ` (${why})` : ''}` }])
  }
  const results: CriterionResult[] = []
  if (threshold.threshold !== undefined) results.push(valueThreshold(threshold, value))
  if (threshold.changeCriteria.length > 0) results.push(...changeCriteria(threshold, value, baseline, interval))
  return verdictOf(facts, results)
}

function verdictOf(facts: Omit<MetricVerdict, 'verdict' | 'reason' | 'criteria'>, criteria: CriterionResult[]): MetricVerdict {
  const verdict: Verdict = criteria.some((c) => c.outcome === 'fail') ? 'fail' : criteria.some((c) => c.outcome === 'inconclusive') ? 'inconclusive' : 'pass'
  const deciding = verdict === 'pass' ? criteria : criteria.filter((c) => c.outcome === verdict)
  return { ...facts, verdict, reason: deciding.map((c) => c.reason).join('; '), criteria }
}

// Comparisons are written as "fail unless better", so a NaN value always fails.

function valueThreshold({ metric, threshold, greaterIsBetter }: MetricThreshold, value: number): CriterionResult {
  const limit = threshold!
  const ok = greaterIsBetter ? value >= limit : value <= limit
  const relation = ok ? (greaterIsBetter ? '>=' : '<=') : greaterIsBetter ? 'is below' : 'is above'
  return { criterion: 'threshold', outcome: ok ? 'pass' : 'fail', reason: `${metric} = ${show(value)} ${relation} the threshold ${show(limit)}` }
}

function changeCriteria(threshold: MetricThreshold, value: number, baseline: MetricValues | undefined, interval: DeltaInterval | undefined): CriterionResult[] {
  const results: CriterionResult[] = []
  const named = threshold.changeCriteria
  // With no baseline at all (a first run) change criteria are skipped and value thresholds
  // alone decide, as TFX does; MLflow instead fails them.
  if (!baseline) return named.map((criterion) => ({ criterion, outcome: 'skipped', reason: `no baseline to compare ${threshold.metric} with (first run): ${criterion} skipped` }))
  const base = baseline[threshold.metric]
  // A baseline that lacks the metric fails the comparison, as in MLflow.
  if (base === undefined) return named.map((criterion) => ({ criterion, outcome: 'fail', reason: `${threshold.metric} is missing from the baseline's metrics` }))
  if (threshold.minAbsoluteChange !== undefined) results.push(absoluteChange(threshold, value, base))
  if (threshold.minRelativeChange !== undefined) results.push(relativeChange(threshold, value, base))
  if (threshold.notWorse !== undefined) results.push(notWorse(threshold, interval))
  return results
}

/** MLflow: candidate >= baseline + change when greater is better, else candidate <= baseline - change. */
function absoluteChange({ metric, minAbsoluteChange, greaterIsBetter }: MetricThreshold, value: number, base: number): CriterionResult {
  const needed = greaterIsBetter ? base + minAbsoluteChange! : base - minAbsoluteChange!
  const ok = greaterIsBetter ? value >= needed : value <= needed
  const reason = `${metric} = ${show(value)} against the baseline's ${show(base)}: ${ok ? 'meets' : 'misses'} the required change of ${show(minAbsoluteChange!)} (${greaterIsBetter ? '>=' : '<='} ${show(needed)})`
  return { criterion: 'min-absolute-change', outcome: ok ? 'pass' : 'fail', reason }
}

/**
 * MLflow: the improvement over the baseline, as a share of it, must reach the minimum. We
 * divide by |baseline| where MLflow divides by the baseline itself, which inverts the check
 * when the baseline is negative (an r2 below 0). A baseline of 0 falls back, as in MLflow, to
 * beating it by 1e-10.
 */
function relativeChange({ metric, minRelativeChange, greaterIsBetter }: MetricThreshold, value: number, base: number): CriterionResult {
  const criterion = 'min-relative-change'
  if (base === 0) {
    const needed = greaterIsBetter ? base + 1e-10 : base - 1e-10
    const ok = greaterIsBetter ? value >= needed : value <= needed
    return { criterion, outcome: ok ? 'pass' : 'fail', reason: `the baseline's ${metric} is 0, so ${metric} = ${show(value)} must simply be ${greaterIsBetter ? 'above' : 'below'} it` }
  }
  const change = (greaterIsBetter ? value - base : base - value) / Math.abs(base)
  const ok = change >= minRelativeChange!
  const reason = `${metric} = ${show(value)} ${change >= 0 ? 'improves on' : 'falls behind'} the baseline's ${show(base)} by ${percent(Math.abs(change))}; the minimum is ${percent(minRelativeChange!)}`
  return { criterion, outcome: ok ? 'pass' : 'fail', reason }
}

/**
 * Fails only when the interval of candidate - baseline shows a regression larger than the
 * margin: wholly below -margin when greater is better, wholly above +margin when lower is.
 * Passes when the interval lies wholly on the good side; in between the data cannot tell.
 */
function notWorse({ metric, notWorse, greaterIsBetter }: MetricThreshold, interval: DeltaInterval | undefined): CriterionResult {
  const criterion = 'not-worse'
  if (!interval) return { criterion, outcome: 'inconclusive', reason: `no bootstrap interval for the change in ${metric}` }
  const [low, high] = interval.ci
  if (Number.isNaN(low) || Number.isNaN(high)) {
    return { criterion, outcome: 'inconclusive', reason: `no confidence interval for the change in ${metric}: it is undefined on every resample` }
  }
  const margin = notWorse!.margin
  const limit = greaterIsBetter ? -margin : margin
  const span = `the ${show(interval.confidence * 100)}% interval of the change in ${metric}, [${show(low)}, ${show(high)}],`
  const [worse, better] = greaterIsBetter ? [high < limit, low >= limit] : [low > limit, high <= limit]
  if (worse) return { criterion, outcome: 'fail', reason: `${span} lies wholly ${greaterIsBetter ? 'below' : 'above'} ${show(limit)}: a regression larger than the margin` }
  if (better) return { criterion, outcome: 'pass', reason: `${span} stays ${greaterIsBetter ? 'at or above' : 'at or below'} ${show(limit)}` }
  return { criterion, outcome: 'inconclusive', reason: `${span} straddles ${show(limit)}: cannot tell whether it regressed by more than the margin` }
}

const show = (value: number): string => (Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6))))
const percent = (share: number): string => `${Number((share * 100).toPrecision(4))}%`
