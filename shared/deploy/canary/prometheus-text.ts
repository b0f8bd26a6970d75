import { UserError } from '../../errors/index.js'
import { addValueBuckets, emptyFigures, histogramQuantile, type VersionFigures, type WindowFigures } from './figures.js'

/** The model server's metric names (shared/serve/metrics.ts). */
export const SERIES = {
  requests: 'mlops_requests_total',
  errors: 'mlops_request_errors_total',
  latency: 'mlops_request_duration_seconds_bucket',
  classes: 'mlops_predictions_total',
  values: 'mlops_prediction_value_bucket',
} as const

/** The counters of one version at one moment; histograms as cumulative counts per `le` bound. */
interface VersionCounters {
  requests: number
  errors: number
  latency: Map<number, number>
  classes: Map<string, number>
  values: Map<number, number>
}

export type CounterSnapshot = Map<number, VersionCounters>

interface Sample {
  name: string
  labels: Record<string, string>
  value: number
}

/** Lines of the Prometheus text format as samples; comments and other lines skipped. */
export function parseSamples(text: string): Sample[] {
  const samples: Sample[] = []
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)/.exec(line)
    if (!match) continue
    const labels: Record<string, string> = {}
    for (const pair of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[pair[1]!] = pair[2]!.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c))
    samples.push({ name: match[1]!, labels, value: match[3] === '+Inf' ? Infinity : Number(match[3]) })
  }
  return samples
}

/** The server's counters for `model`, per version, from its /metrics text. */
export function countersOf(text: string, model: string, source: string): CounterSnapshot {
  const snapshot: CounterSnapshot = new Map()
  const samples = parseSamples(text)
  // A server that has answered nothing yet still declares its series.
  if (!/^# TYPE mlops_/m.test(text)) throw new UserError(`Input 'metrics-source': ${source} answered no mlops_ series; is it the model server's /metrics?`)
  for (const { name, labels, value } of samples) {
    if (labels.model !== undefined && labels.model !== model) continue
    const version = Number(labels.version)
    if (!Number.isSafeInteger(version)) continue
    let counters = snapshot.get(version)
    if (!counters) snapshot.set(version, (counters = { requests: 0, errors: 0, latency: new Map(), classes: new Map(), values: new Map() }))
    if (name === SERIES.requests) counters.requests = value
    else if (name === SERIES.errors) counters.errors = value
    else if (name === SERIES.latency) counters.latency.set(Number(labels.le === '+Inf' ? Infinity : labels.le), value)
    else if (name === SERIES.classes && labels.class !== undefined) counters.classes.set(labels.class, value)
    else if (name === SERIES.values) counters.values.set(Number(labels.le === '+Inf' ? Infinity : labels.le), value)
  }
  return snapshot
}

/** What happened between two snapshots: counters subtracted (a version absent before counts from 0). */
export function figuresBetween(before: CounterSnapshot, after: CounterSnapshot): WindowFigures {
  const figures = new Map<number, VersionFigures>()
  for (const [version, now] of after) {
    const then = before.get(version)
    const minus = <K>(map: Map<K, number>, key: K, value: number) => value - (map.get(key) ?? 0)
    const latency = [...now.latency].map(([bound, count]) => [bound, then ? minus(then.latency, bound, count) : count] as const)
    const result = emptyFigures()
    result.requests = now.requests - (then?.requests ?? 0)
    result.errors = now.errors - (then?.errors ?? 0)
    const p95 = histogramQuantile(0.95, latency)
    if (p95 !== undefined) result.p95 = p95
    for (const [label, count] of now.classes) {
      const delta = then ? minus(then.classes, label, count) : count
      if (delta > 0) result.predictions.set(label, delta)
    }
    addValueBuckets(result.predictions, [...now.values].map(([bound, count]) => [bound, then ? minus(then.values, bound, count) : count] as const))
    figures.set(version, result)
  }
  return figures
}
