import { accuracy } from './accuracy.js'
import { averagePrecision } from './average-precision.js'
import { balancedAccuracy } from './balanced-accuracy.js'
import { brier } from './brier.js'
import { logLoss } from './log-loss.js'
import { mae } from './mae.js'
import { mape } from './mape.js'
import { medianAe } from './median-ae.js'
import { f1Macro, f1Weighted, precisionMacro, recallMacro } from './precision-recall-f1.js'
import { r2 } from './r2.js'
import { rmse } from './rmse.js'
import { rocAuc, rocAucOvr } from './roc-auc.js'
import type { ClassificationMetric, Metric, RegressionMetric } from './types.js'

/** Classification metrics, in the order they are evaluated and reported. */
export const CLASSIFICATION_METRICS: readonly ClassificationMetric[] = [
  accuracy,
  balancedAccuracy,
  precisionMacro,
  recallMacro,
  f1Macro,
  f1Weighted,
  rocAuc,
  rocAucOvr,
  averagePrecision,
  logLoss,
  brier,
]

export const REGRESSION_METRICS: readonly RegressionMetric[] = [mae, rmse, r2, mape, medianAe]

export const METRICS: readonly Metric[] = [...CLASSIFICATION_METRICS, ...REGRESSION_METRICS]

export const METRICS_BY_NAME: ReadonlyMap<string, Metric> = new Map(METRICS.map((metric) => [metric.name, metric]))
