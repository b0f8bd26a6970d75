export { baselineFromPath, readMetricsFile, type BaselineSource, type RegistryBaseline } from './baseline.js'
export {
  defaultThresholds,
  evaluateCandidate,
  type CandidateSource,
  type Evaluation,
  type EvaluationOptions,
  type FetchedBaseline,
  type ModelScorer,
  type RegisteredVersion,
  type ScoredModel,
} from './evaluate.js'
export { predictionsInput, readPredictions, TASK_CHOICES, type Predictions, type TaskChoice } from './predictions.js'
export { MAX_SLICE_VALUES, sliceMetrics, type SliceColumnSummary, type SliceResult } from './slices.js'
export { predictionInput, scoreModelDir } from './model-scorer.js'
export { inferTask, MAX_AUTO_CLASSES } from './task.js'
export { selectCandidate, type CandidateSelection, type CandidateSummary } from './candidates.js'
