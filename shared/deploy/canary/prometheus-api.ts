import { UserError } from '../../errors/index.js'
import { addValueBuckets, emptyFigures, type MetricsSource, type VersionFigures, type WindowFigures, type WindowMark } from './figures.js'
import { SERIES } from './prometheus-text.js'
import { unreachable } from './server-target.js'

interface VectorSample {
  metric: Record<string, string>
  value: [number, string]
}

/**
 * The same figures read from Prometheus's HTTP API (`/api/v1/query`), as Flagger and Argo
 * Rollouts query: increase() of the counters and histogram_quantile() of the latency buckets'
 * rate() over the window, evaluated at its end. The range is the window rounded up to a second.
 */
export class PrometheusMetrics implements MetricsSource {
  readonly describe: string

  constructor(
    private readonly url: string,
    private readonly model: string,
  ) {
    this.describe = `Prometheus at ${url}`
  }

  async begin(): Promise<WindowMark> {
    return { startedAt: Date.now() }
  }

  async end(mark: WindowMark): Promise<WindowFigures> {
    const range = `${Math.max(1, Math.ceil((Date.now() - mark.startedAt) / 1000))}s`
    const selector = `{model=${JSON.stringify(this.model)}}`
    const [requests, errors, p95, classes, values] = await Promise.all([
      this.query(`sum by (version) (increase(${SERIES.requests}${selector}[${range}]))`),
      this.query(`sum by (version) (increase(${SERIES.errors}${selector}[${range}]))`),
      this.query(`histogram_quantile(0.95, sum by (version, le) (rate(${SERIES.latency}${selector}[${range}])))`),
      this.query(`sum by (version, class) (increase(${SERIES.classes}${selector}[${range}]))`),
      this.query(`sum by (version, le) (increase(${SERIES.values}${selector}[${range}]))`),
    ])
    const figures = new Map<number, VersionFigures>()
    const of = (sample: VectorSample) => {
      const version = Number(sample.metric.version)
      if (!figures.has(version)) figures.set(version, emptyFigures())
      return figures.get(version)!
    }
    const value = (sample: VectorSample) => Number(sample.value[1])
    for (const sample of requests) of(sample).requests = Math.round(value(sample))
    for (const sample of errors) of(sample).errors = Math.round(value(sample))
    for (const sample of p95) if (Number.isFinite(value(sample))) of(sample).p95 = value(sample)
    for (const sample of classes) if (value(sample) > 0) of(sample).predictions.set(sample.metric.class!, Math.round(value(sample)))
    const byVersion = new Map<string | undefined, VectorSample[]>()
    for (const sample of values) byVersion.set(sample.metric.version, [...(byVersion.get(sample.metric.version) ?? []), sample])
    for (const samples of byVersion.values())
      addValueBuckets(of(samples[0]!).predictions, samples.map((s) => [s.metric.le === '+Inf' ? Infinity : Number(s.metric.le), Math.round(value(s))] as const))
    figures.delete(NaN)
    return figures
  }

  private async query(promql: string): Promise<VectorSample[]> {
    const url = new URL('/api/v1/query', this.url)
    url.searchParams.set('query', promql)
    let response: Response
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(30_000) })
    } catch (error) {
      throw unreachable('prometheus-url', this.url, error)
    }
    const body = (await response.json().catch(() => undefined)) as { status?: string; error?: string; data?: { resultType?: string; result?: VectorSample[] } } | undefined
    if (!response.ok || body?.status !== 'success' || body.data?.resultType !== 'vector')
      throw new UserError(`Input 'prometheus-url': ${this.url} answered ${response.status} to ${promql}: ${body?.error ?? 'not a vector result'}.`)
    return body.data.result ?? []
  }
}
