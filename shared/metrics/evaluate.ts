import { UserError } from '../errors/index.js'
import { METRICS, METRICS_BY_NAME } from './registry.js'
import { withRows } from './sample.js'
import type { Metric, MetricInput, MetricValues } from './types.js'

/** Why `metric` cannot be computed on `input`, or undefined when it can. */
function inapplicable(metric: Metric, input: MetricInput): string | undefined {
  if (metric.task !== input.task) return `${metric.name} is a ${metric.task} metric and the data is for ${input.task}`
  if (input.task === 'regression') return undefined
  if (metric.needs === 'labels' && !input.yPred) return `${metric.name} needs predicted labels (y_pred)`
  if (metric.needs === 'scores' && !input.scores) return `${metric.name} needs class probabilities (scores)`
  const classes = input.classes.length
  if (metric.classCount === 'binary' && classes !== 2) return `${metric.name} needs exactly two classes and the data has ${classes}${classes > 2 ? '; use roc_auc_ovr for ROC AUC' : ''}`
  if (metric.classCount === 'multiclass' && classes <= 2) return `${metric.name} needs more than two classes and the data has ${classes}${classes === 2 ? '; use roc_auc' : ''}`
  return undefined
}

/** Every registered metric that applies to the data's task, columns and class count. */
export function applicableMetrics(input: MetricInput): Metric[] {
  return METRICS.filter((metric) => inapplicable(metric, input) === undefined)
}

/** The named metrics, checked against the data once, before any are computed. */
export function selectMetrics(input: MetricInput, names: readonly string[]): Metric[] {
  return names.map((name) => {
    const metric = METRICS_BY_NAME.get(name)
    if (!metric) throw new UserError(`unknown metric "${name}"; the ${input.task} metrics are ${METRICS.filter((m) => m.task === input.task).map((m) => m.name).join(', ')}`)
    const reason = inapplicable(metric, input)
    if (reason) throw new UserError(reason)
    return metric
  })
}

/** Each metric's value on the whole data. */
export function evaluateMetrics(input: MetricInput, metrics: readonly Metric[] = applicableMetrics(input)): MetricValues {
  const values: MetricValues = {}
  for (const metric of metrics) values[metric.name] = computeMetric(metric, input)
  return values
}

/**
 * Each metric's value on the rows at `rows` (indexes into the data, repeats allowed), as if
 * those rows had been copied out. Nothing is copied or sorted again, so a bootstrap can call
 * this once per resample.
 */
export function evaluateRows(input: MetricInput, rows: Int32Array, metrics: readonly Metric[] = applicableMetrics(input)): MetricValues {
  return evaluateMetrics(withRows(input, rows), metrics)
}

function computeMetric(metric: Metric, input: MetricInput): number {
  const reason = inapplicable(metric, input)
  if (reason) throw new UserError(reason)
  // inapplicable() has matched the metric's task to the input's.
  return (metric.compute as (input: MetricInput) => number)(input)
}
