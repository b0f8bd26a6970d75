import { existsSync } from 'node:fs'
import { predictionInput, readMetricsFile } from '../../evaluate/index.js'
import { bootstrapSettings, singleBootstrap, type BootstrapSettings } from '../../gate/index.js'
import { applicableMetrics, evaluateMetrics, type Metric, type MetricInput, type MetricValues } from '../../metrics/index.js'
import { loadModelDir, modelDirFile } from '../../model/index.js'
import { takeRows, type Table } from '../../table/index.js'

/** The intervals of the current metrics: the gate's defaults, fixed so that runs compare. */
export const PERFORMANCE_BOOTSTRAP: BootstrapSettings = bootstrapSettings({ resamples: 1000, confidence: 0.95, seed: 0 })

export interface MetricDrift {
  metric: string
  greaterIsBetter: boolean
  /** From the model's metrics.json (its validation metrics at training); null when it has none. */
  reference: number | null
  current: number
  /** Percentile bootstrap interval of the current value; null when no resample defined it. */
  ci: [number, number] | null
  /** The reference lies beyond the whole interval, on the worse side. */
  degraded: boolean
}

export interface PerformanceDrift {
  /** `compared`; `insufficient data` (fewer labelled rows than min-samples); `no labels` (no target column in current). */
  status: 'compared' | 'insufficient data' | 'no labels'
  model: string
  target: string
  /** Current rows with a label: the only ones scored. */
  labelledRows: number
  degraded: boolean
  degradedMetrics: string[]
  bootstrap: BootstrapSettings
  metrics: MetricDrift[]
}

export interface PerformanceInput {
  /** The model directory scored, and its name for the report. */
  modelDir: string
  modelName: string
  /** The input that named the model, for messages. */
  modelInput: string
  target: string
  minSamples: number
}

/**
 * Scores the labelled current rows through the model's flavor, computes every metric that
 * applies, and holds each against the model's own metrics.json: a metric is degraded when its
 * reference value lies outside the bootstrap interval of the current value, on the worse side.
 */
export async function measurePerformance(current: Table, input: PerformanceInput): Promise<PerformanceDrift> {
  const base = { model: input.modelName, target: input.target, degraded: false, degradedMetrics: [], bootstrap: PERFORMANCE_BOOTSTRAP, metrics: [] }
  const truth = current.columns.find((column) => column.name === input.target)
  if (!truth) return { ...base, status: 'no labels', labelledRows: 0 }
  // Labels arrive later than predictions: score the rows that have one.
  const labelled: number[] = []
  for (let row = 0; row < current.rows; row++) if (truth.kind === 'number' ? Number.isFinite(truth.values[row]) : truth.values[row] !== null) labelled.push(row)
  if (labelled.length < input.minSamples) return { ...base, status: 'insufficient data', labelledRows: labelled.length }
  const model = await loadModelDir(input.modelDir, input.modelInput)
  const scored = await predictionInput(model, takeRows(current, labelled), input.target, 'target')
  const reference = referenceMetrics(input.modelDir, input.modelInput)
  const metrics = applicableMetrics(scored)
  const values = evaluateMetrics(scored, metrics)
  const compared = metrics.filter((metric) => reference[metric.name] !== undefined)
  const intervals = singleBootstrap(scored, compared, PERFORMANCE_BOOTSTRAP)
  const rows = metrics.map((metric) => metricDrift(metric, values[metric.name]!, reference[metric.name], intervals.get(metric.name)))
  const degradedMetrics = rows.filter((row) => row.degraded).map((row) => row.metric)
  return { ...base, status: 'compared', labelledRows: labelled.length, degraded: degradedMetrics.length > 0, degradedMetrics, metrics: rows }
}

function metricDrift(metric: Metric, current: number, reference: number | undefined, ci: [number, number] | undefined): MetricDrift {
  const interval = ci && Number.isFinite(ci[0]) && Number.isFinite(ci[1]) ? ci : null
  const degraded = reference !== undefined && interval !== null && (metric.greaterIsBetter ? reference > interval[1] : reference < interval[0])
  return { metric: metric.name, greaterIsBetter: metric.greaterIsBetter, reference: reference ?? null, current, ci: interval, degraded }
}

/** The model's metrics.json, or none: a model without one gets current metrics and no verdict. */
function referenceMetrics(modelDir: string, input: string): MetricValues {
  const path = modelDirFile(modelDir, 'metrics')
  return existsSync(path) ? readMetricsFile(path, input) : {}
}
