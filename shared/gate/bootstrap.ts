import { UserError } from '../errors/index.js'
import { evaluateMetrics, selectMetrics, type Metric, type MetricInput, type MetricValues, type Sample } from '../metrics/index.js'
import { pairInputs, type Pair } from './pair.js'
import { RandomStream } from '../random/index.js'

export interface BootstrapOptions {
  /** Resamples drawn (default 1000). */
  resamples?: number
  /** Confidence level of the intervals (default 0.95). */
  confidence?: number
  /** Seed of the resamples (default 0): the same seed gives the same intervals. */
  seed?: number
}

export interface BootstrapSettings {
  readonly resamples: number
  readonly confidence: number
  readonly seed: number
}

/** A metric on both models and the bootstrap distribution of candidate - baseline. */
export interface DeltaInterval {
  readonly metric: string
  readonly candidate: number
  readonly baseline: number
  /** candidate - baseline on the whole data. */
  readonly delta: number
  /** Percentile interval of the resampled deltas at `confidence`. */
  readonly ci: readonly [low: number, high: number]
  /** Standard deviation of the resampled deltas (ddof 1), as scipy.stats.bootstrap reports it. */
  readonly standardError: number
  readonly confidence: number
  /** Resamples where the metric is defined for both models; only these enter the interval. */
  readonly resamples: number
}

/** The options checked once, with defaults filled in. */
export function bootstrapSettings(options: BootstrapOptions = {}): BootstrapSettings {
  const { resamples = 1000, confidence = 0.95, seed = 0 } = options
  if (!Number.isSafeInteger(resamples) || resamples < 2) throw new UserError(`bootstrap.resamples: must be a whole number of at least 2; got ${resamples}`)
  if (typeof confidence !== 'number' || !(confidence > 0 && confidence < 1)) throw new UserError(`bootstrap.confidence: must be between 0 and 1 (exclusive); got ${confidence}`)
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > 0xffffffff) throw new UserError(`bootstrap.seed: must be a whole number from 0 to 4294967295; got ${seed}`)
  return { resamples, confidence, seed }
}

/**
 * Paired bootstrap of candidate - baseline for each named metric: every resample draws rows
 * with replacement once and evaluates both models on those same rows, so the variation the
 * models share cancels in the delta.
 */
export function pairedBootstrap(candidate: MetricInput, baseline: MetricInput, metrics: readonly string[], options: BootstrapOptions = {}): DeltaInterval[] {
  const settings = bootstrapSettings(options)
  const pair = pairInputs(candidate, baseline)
  const whole = wholeDataValues(pair, metrics)
  const deltas = metrics.map(() => new Float64Array(settings.resamples))
  new Resampler(pair, metrics, settings.seed).run(0, settings.resamples, deltas)
  return summarise(whole, deltas, settings.confidence)
}

/** The metrics as both models can compute them; a UserError names any that cannot be. */
export function pairMetrics(pair: Pair, names: readonly string[]): Metric[] {
  selectMetrics(pair.baseline, names)
  return selectMetrics(pair.candidate, names)
}

/** Evaluates both models on resamples of one pair. Resample r draws from stream r of the seed. */
export class Resampler {
  private readonly metrics: Metric[]
  private readonly drawn: Float64Array
  private readonly weight: Float64Array
  private readonly candidate: MetricInput
  private readonly baseline: MetricInput

  constructor(
    private readonly pair: Pair,
    names: readonly string[],
    private readonly seed: number,
  ) {
    this.metrics = pairMetrics(pair, names)
    const rows = pair.candidate.yTrue.length
    const { weighted } = pair.candidate.sample
    // Drawing a row k times is weighting it by k: both models read one count array, never a copy.
    this.drawn = new Float64Array(rows)
    this.weight = weighted ? new Float64Array(rows) : this.drawn
    const sample: Sample = { weight: this.weight, drawn: this.drawn, size: rows, weighted }
    this.candidate = { ...pair.candidate, sample } as MetricInput
    this.baseline = { ...pair.baseline, sample } as MetricInput
  }

  /**
   * Writes candidate - baseline for metric j on resample r to `deltas[j][r]`, for r from
   * `from` to `to` (exclusive); NaN where either model's metric is undefined on the resample.
   */
  run(from: number, to: number, deltas: readonly Float64Array[]): void {
    const { metrics, drawn, weight } = this
    for (let r = from; r < to; r++) {
      new RandomStream(this.seed, r).drawCounts(drawn)
      if (weight !== drawn) multiply(drawn, this.pair.candidate.sample.weight, weight)
      // Fresh objects each time: label metrics cache their tallies per input object.
      const a = evaluateMetrics({ ...this.candidate }, metrics)
      const b = evaluateMetrics({ ...this.baseline }, metrics)
      for (let j = 0; j < metrics.length; j++) deltas[j]![r] = a[metrics[j]!.name]! - b[metrics[j]!.name]!
    }
  }
}

/** Each metric on the whole data for both models, in the order named. */
export interface WholeDataValues {
  readonly metrics: readonly string[]
  readonly candidate: MetricValues
  readonly baseline: MetricValues
}

/** Computed before any resample, so data the metrics refuse is reported once, up front. */
export function wholeDataValues(pair: Pair, names: readonly string[]): WholeDataValues {
  const metrics = pairMetrics(pair, names)
  return { metrics: metrics.map((metric) => metric.name), candidate: evaluateMetrics(pair.candidate, metrics), baseline: evaluateMetrics(pair.baseline, metrics) }
}

/** Each metric's interval from its resampled deltas (`deltas[j]` for the j-th metric). */
export function summarise(whole: WholeDataValues, deltas: readonly Float64Array[], confidence: number): DeltaInterval[] {
  const tail = (1 - confidence) / 2
  return whole.metrics.map((metric, j) => {
    const defined = deltas[j]!.filter((delta) => !Number.isNaN(delta)).sort()
    const candidate = whole.candidate[metric]!
    const baseline = whole.baseline[metric]!
    return {
      metric,
      candidate,
      baseline,
      delta: candidate - baseline,
      ci: [percentile(defined, tail), percentile(defined, 1 - tail)],
      standardError: standardDeviation(defined),
      confidence,
      resamples: defined.length,
    }
  })
}

/** numpy.percentile's default (linear) on sorted values, q in [0, 1]; NaN when empty. */
export function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return NaN
  const index = (sorted.length - 1) * q
  const below = Math.floor(index)
  const a = sorted[below]!
  const b = sorted[Math.min(below + 1, sorted.length - 1)]!
  const t = index - below
  // numpy interpolates from the nearer end, which keeps the result within [a, b].
  return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t
}

/** Sample standard deviation (ddof 1); NaN below two values. */
export function standardDeviation(values: Float64Array): number {
  if (values.length < 2) return NaN
  let mean = 0
  for (const value of values) mean += value
  mean /= values.length
  let squares = 0
  for (const value of values) squares += (value - mean) ** 2
  return Math.sqrt(squares / (values.length - 1))
}

function multiply(a: Float64Array, b: Float64Array, out: Float64Array): void {
  for (let i = 0; i < a.length; i++) out[i] = a[i]! * b[i]!
}

/**
 * The percentile bootstrap of one model's metrics, as `pairedBootstrap` resamples a pair: resample r
 * draws stream r of the seed, each row weighted by the times it was drawn (the metrics' Sample
 * contract, so nothing is copied), and the interval is numpy's linear percentile of the
 * resamples where the metric is defined. Monitored rows carry no sample weight.
 */
export function singleBootstrap(input: MetricInput, metrics: readonly Metric[], settings: BootstrapSettings): Map<string, [number, number]> {
  const rows = input.yTrue.length
  const drawn = new Float64Array(rows)
  const sample: Sample = { weight: drawn, drawn, size: rows, weighted: false }
  const values = metrics.map(() => new Float64Array(settings.resamples))
  for (let r = 0; r < settings.resamples; r++) {
    new RandomStream(settings.seed, r).drawCounts(drawn)
    // A fresh object each time: label metrics cache their tallies per input object.
    const resampled = evaluateMetrics({ ...input, sample } as MetricInput, metrics)
    metrics.forEach((metric, j) => (values[j]![r] = resampled[metric.name]!))
  }
  const tail = (1 - settings.confidence) / 2
  return new Map(
    metrics.map((metric, j) => {
      const defined = values[j]!.filter((value) => !Number.isNaN(value)).sort()
      return [metric.name, [percentile(defined, tail), percentile(defined, 1 - tail)]]
    }),
  )
}

