import { UserError } from '../errors/index.js'
import { evaluateGate, MetricThreshold, type Baseline, type BootstrapSettings, type GateResult } from '../gate/index.js'
import { applicableMetrics, confusionMatrix, type ConfusionMatrix, type MetricInput, type Task } from '../metrics/index.js'
import type { ProgressReporter } from '../progress/index.js'
import { loadTable, type Table } from '../table/index.js'
import { baselineSource, readMetricsFile } from './baseline.js'
import { readPredictions, unnormalisedError, unnormalisedWarning, type TaskChoice, type Unnormalised } from './predictions.js'
import { sliceMetrics, type SliceColumnSummary, type SliceResult } from './slices.js'

/** How a model directory is turned into predictions on a table; see model-scorer.ts. */
export type ModelScorer = (modelDir: string, table: Table, target: string | undefined, input: string) => Promise<ScoredModel>

export interface ScoredModel {
  input: MetricInput
  target: string
  latency?: { p50Ms: number; p95Ms: number; rows: number }
  sizeBytes?: number
}

export interface EvaluationOptions {
  modelDir?: string
  predictions?: string
  data?: string[]
  target?: string
  baseline?: string
  thresholds: MetricThreshold[]
  task: TaskChoice
  bootstrap: BootstrapSettings
  slices: string[]
  threads?: number
  /** Told how many threads the bootstrap uses. */
  onThreads?: (threads: number) => void
  /** Told the bootstrap's resamples as they are claimed. */
  progress?: ProgressReporter
  /**
   * Fetches a registry baseline (`champion` or a models:/ URI) into a model directory; undefined
   * when `champion` does not exist yet, which makes this a first run.
   */
  fetchRegistryBaseline?: (value: string) => Promise<{ dir: string; name: string } | undefined>
}

export interface Evaluation {
  task: Task
  rows: number
  candidateName: string
  baselineName?: string
  gate: GateResult
  thresholds: MetricThreshold[]
  confusion?: { candidate: ConfusionMatrix; baseline?: ConfusionMatrix }
  slices: SliceResult[]
  sliceColumns: SliceColumnSummary[]
  latency?: ScoredModel['latency']
  modelSizeBytes?: number
  /** Problems in the inputs that did not stop the evaluation, one line each, for annotations. */
  warnings: string[]
}

/** Without thresholds the gate fails only on evidence that the main metric got worse. */
export function defaultThresholds(task: Task): MetricThreshold[] {
  const metric = task === 'classification' ? 'accuracy' : 'rmse'
  return [new MetricThreshold(metric, { notWorse: { margin: 0 } })]
}

/** Scores the candidate (and a baseline on the same rows), then runs the gate, the slices and the confusion matrices. */
export async function evaluateCandidate(options: EvaluationOptions, scoreModel: ModelScorer): Promise<Evaluation> {
  const candidate = await loadCandidate(options, scoreModel)
  const baseline = options.baseline ? await loadBaseline(options.baseline, candidate, scoreModel, options.fetchRegistryBaseline) : undefined
  const task = candidate.input.task
  const thresholds = options.thresholds.length > 0 ? options.thresholds : defaultThresholds(task)
  // scikit-learn refuses roc_auc_ovr on rows that are not probabilities; the other metrics are computed as it computes them.
  const unnormalised = [candidate.unnormalised, baseline?.unnormalised].filter((problem): problem is Unnormalised => problem !== undefined)
  if (unnormalised.length > 0 && thresholds.some((t) => t.metric === 'roc_auc_ovr')) throw unnormalisedError(unnormalised[0]!)
  const report = applicableMetrics(candidate.input)
    .map((metric) => metric.name)
    .filter((name) => unnormalised.length === 0 || name !== 'roc_auc_ovr')
  const gate = await evaluateGate(thresholds, candidate.input, baseline?.baseline, { ...options.bootstrap, report, threads: options.threads, onThreads: options.onThreads, progress: options.progress })
  const baselineRows = baseline && 'task' in baseline.baseline ? baseline.baseline : undefined
  const sliceNames = thresholds.map((t) => t.metric).filter((name) => name in gate.candidateValues && (!baselineRows || name in (gate.baselineValues ?? {})))
  const { slices, columns } = options.slices.length > 0 ? sliceMetrics(candidate.table, options.slices, sliceNames, candidate.input, baselineRows) : { slices: [], columns: [] }
  return {
    task,
    rows: candidate.table.rows,
    candidateName: candidate.name,
    ...(baseline && { baselineName: baseline.name }),
    gate,
    thresholds,
    ...confusionOf(candidate.input, baselineRows),
    slices,
    sliceColumns: columns,
    ...(candidate.latency && { latency: candidate.latency }),
    ...(candidate.sizeBytes !== undefined && { modelSizeBytes: candidate.sizeBytes }),
    warnings: unnormalised.map((problem) => unnormalisedWarning(problem, candidate.input.task === 'classification' ? candidate.input.classes.length : 0)),
  }
}

interface Candidate extends Partial<ScoredModel> {
  input: MetricInput
  table: Table
  name: string
  target?: string
  unnormalised?: Unnormalised
}

async function loadCandidate(options: EvaluationOptions, scoreModel: ModelScorer): Promise<Candidate> {
  if (options.modelDir && options.predictions) throw new UserError("Inputs 'model-dir' and 'predictions' exclude each other: give the candidate one way.")
  if (options.predictions) {
    const { input, table, unnormalised } = await readPredictions(options.predictions, 'predictions', options.task)
    return { input, table, name: options.predictions, ...(unnormalised && { unnormalised }) }
  }
  if (!options.modelDir) throw new UserError("Give the candidate as 'model-dir' (with 'data') or as 'predictions'.")
  if (!options.data || options.data.length === 0) throw new UserError("Input 'data' is required with 'model-dir': the model is scored on it.")
  const table = await loadTable(options.data, { input: 'data' })
  const scored = await scoreModel(options.modelDir, table, options.target, 'model-dir')
  return { ...scored, table, name: options.modelDir }
}

async function loadBaseline(
  value: string,
  candidate: Candidate,
  scoreModel: ModelScorer,
  fetchRegistryBaseline: EvaluationOptions['fetchRegistryBaseline'],
): Promise<{ baseline: Baseline; name: string; unnormalised?: Unnormalised } | undefined> {
  const source = baselineSource(value)
  switch (source.kind) {
    case 'registry': {
      if (!fetchRegistryBaseline) throw new UserError(`Input 'baseline': '${value}' resolves through the model registry; give the model's 'name' too.`)
      if (!candidate.target) throw new UserError(`Input 'baseline': a registered model as baseline needs the candidate given as 'model-dir' with 'data', to score both on the same rows.`)
      const fetched = await fetchRegistryBaseline(value)
      if (!fetched) return undefined
      const scored = await scoreModel(fetched.dir, candidate.table, candidate.target, 'baseline')
      return { baseline: scored.input, name: fetched.name }
    }
    case 'metrics':
      return { baseline: { values: readMetricsFile(source.path) }, name: value }
    case 'predictions': {
      const task = candidate.input.task
      const { input, unnormalised } = await readPredictions(source.path, 'baseline', task)
      return { baseline: input, name: value, ...(unnormalised && { unnormalised }) }
    }
    case 'model-dir': {
      if (!candidate.target) throw new UserError("Input 'baseline': a model directory as baseline needs the candidate given as 'model-dir' with 'data', to score both on the same rows.")
      const scored = await scoreModel(source.path, candidate.table, candidate.target, 'baseline')
      return { baseline: scored.input, name: value }
    }
  }
}

function confusionOf(candidate: MetricInput, baseline: MetricInput | undefined): Pick<Evaluation, 'confusion'> {
  if (candidate.task !== 'classification' || !candidate.yPred) return {}
  const base = baseline?.task === 'classification' && baseline.yPred ? confusionMatrix(baseline) : undefined
  return { confusion: { candidate: confusionMatrix(candidate), ...(base && { baseline: base }) } }
}
