import { Counter, Histogram, Registry } from 'prom-client'
import type { Label } from '../metrics/index.js'
import type { Prediction } from '../model/index.js'

/** Latency buckets in seconds: from a fast in-process model (1 ms) to a slow command (10 s). */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

/**
 * Regression predictions' buckets: 1, 2.5 and 5 per decade from 0.001 to 1e6, both signs, since
 * the target's scale is not known in advance. Comparing two versions' histograms only needs the same buckets.
 */
const VALUE_BUCKETS = (() => {
  const positive = [-3, -2, -1, 0, 1, 2, 3, 4, 5].flatMap((exponent) => [1, 2.5, 5].map((step) => step * 10 ** exponent)).concat(1e6)
  return [...positive.map((bound) => -bound).reverse(), 0, ...positive]
})()

interface VersionSeries {
  readonly requests: { inc(value?: number): void }
  readonly errors: { inc(value?: number): void }
  readonly latency: { observe(value: number): void }
  readonly values: { observe(value: number): void }
  classCount(label: Label): { inc(value?: number): void }
}

/**
 * The server's Prometheus metrics, in a registry of its own (not prom-client's global one), so
 * two servers in one process keep their own counts. Every series carries the `version` label.
 */
export class ServerMetrics {
  readonly registry = new Registry()
  private readonly requests: Counter<'version'>
  private readonly errors: Counter<'version'>
  private readonly latency: Histogram<'version'>
  private readonly classes: Counter<'version' | 'class'>
  private readonly values: Histogram<'version'>
  private readonly series = new Map<number, VersionSeries>()

  constructor(model: string) {
    this.registry.setDefaultLabels({ model })
    const registers = [this.registry]
    this.requests = new Counter({ name: 'mlops_requests_total', help: 'Prediction requests routed to a version, shadow copies included.', labelNames: ['version'], registers })
    this.errors = new Counter({ name: 'mlops_request_errors_total', help: 'Prediction requests the version failed to answer (the model failed: status 500).', labelNames: ['version'], registers })
    this.latency = new Histogram({ name: 'mlops_request_duration_seconds', help: 'Time from routing a request to its answer, in seconds.', labelNames: ['version'], buckets: LATENCY_BUCKETS, registers })
    this.classes = new Counter({ name: 'mlops_predictions_total', help: 'Predicted rows by class (classifiers).', labelNames: ['version', 'class'], registers })
    this.values = new Histogram({ name: 'mlops_prediction_value', help: 'Predicted values (regressions).', labelNames: ['version'], buckets: VALUE_BUCKETS, registers })
  }

  /** A request the version answered or failed: `seconds` from routing to answer. */
  observe(version: number, seconds: number, outcome: Prediction | 'error' | 'refused'): void {
    const series = this.seriesOf(version)
    series.requests.inc()
    series.latency.observe(seconds)
    if (outcome === 'refused') return
    if (outcome === 'error') {
      series.errors.inc()
      return
    }
    if (outcome.task === 'regression') {
      for (const value of outcome.values) if (Number.isFinite(value)) series.values.observe(value)
      return
    }
    if (outcome.labels.length === 1) {
      series.classCount(outcome.labels[0]!).inc()
      return
    }
    const counts = new Map<Label, number>()
    for (const label of outcome.labels) counts.set(label, (counts.get(label) ?? 0) + 1)
    for (const [label, count] of counts) series.classCount(label).inc(count)
  }

  /** A version's labelled series, looked up once: a lookup per request costs more than the count. */
  private seriesOf(version: number): VersionSeries {
    let series = this.series.get(version)
    if (series) return series
    const label = String(version)
    const classes = new Map<Label, { inc(value?: number): void }>()
    series = {
      requests: this.requests.labels(label),
      errors: this.errors.labels(label),
      latency: this.latency.labels(label),
      values: this.values.labels(label),
      classCount: (name) => {
        let counter = classes.get(name)
        if (!counter) classes.set(name, (counter = this.classes.labels(label, String(name))))
        return counter
      },
    }
    this.series.set(version, series)
    return series
  }

  text(): Promise<string> {
    return this.registry.metrics()
  }

  get contentType(): string {
    return this.registry.contentType
  }
}
