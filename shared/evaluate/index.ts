export { baselineSource, championUnavailable, METRICS_FILE, MODEL_FILE, readMetricsFile, type BaselineSource } from './baseline.js'
export { defaultThresholds, evaluateCandidate, type Evaluation, type EvaluationOptions, type ModelScorer, type ScoredModel } from './evaluate.js'
export { predictionsInput, readPredictions, TASK_CHOICES, type Predictions, type TaskChoice } from './predictions.js'
export { MAX_SLICE_VALUES, sliceMetrics, type SliceColumnSummary, type SliceResult } from './slices.js'
