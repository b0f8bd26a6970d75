import { evaluateGate, MetricThreshold, type Baseline, type BootstrapSettings, type GateResult } from '../gate/index.js'
import { applicableMetrics, confusionMatrix, type ConfusionMatrix, type MetricInput, type Task } from '../metrics/index.js'
import type { ProgressReporter } from '../progress/index.js'
import { loadTable, type Table } from '../table/index.js'
import { readMetricsFile, type BaselineSource, type RegistryBaseline } from './baseline.js'
import { readPredictions, unnormalisedError, unnormalisedWarning, type TaskChoice, type Unnormalised } from './predictions.js'
import { sliceMetrics, type SliceColumnSummary, type SliceResult } from './slices.js'

/** A registry version as the gate's outputs name it: `3` and `models:/churn/3`. */
export interface RegisteredVersion {
  version: number
  uri: string
}

/** How a model directory is turned into predictions on a table; see model-scorer.ts. */
export type ModelScorer = (modelDir: string, table: Table, target: string | undefined, input: string) => Promise<ScoredModel>

export interface ScoredModel {
  input: MetricInput
  target: string
  latency?: { p50Ms: number; p95Ms: number; rows: number }
  sizeBytes?: number
}

/** The candidate, one way or the other; which inputs go together is settled when the inputs are parsed. */
export type CandidateSource =
  | { kind: 'model-dir'; dir: string; data: string[]; target?: string }
  | { kind: 'predictions'; path: string; task: TaskChoice }

export interface EvaluationOptions {
  candidate: CandidateSource
  baseline: BaselineSource
  thresholds: MetricThreshold[]
  bootstrap: BootstrapSettings
  slices: string[]
  threads?: number
  /** Told how many threads the bootstrap uses. */
  onThreads?: (threads: number) => void
  /** Told the bootstrap's resamples as they are claimed. */
  progress?: ProgressReporter
  /** Fetches a registry baseline into a model directory; undefined when a `champion` does not exist yet, which makes this a first run. */
  fetchRegistryBaseline: (baseline: RegistryBaseline) => Promise<FetchedBaseline | undefined>
}

/** A registry version fetched into a model directory. */
export interface FetchedBaseline {
  dir: string
  name: string
  version: RegisteredVersion
}

export interface Evaluation {
  task: Task
  rows: number
  candidateName: string
  baselineName?: string
  /** The registry version compared with, when the baseline is one. */
  baselineVersion?: RegisteredVersion
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
  const candidate = await loadCandidate(options.candidate, scoreModel)
  const baseline = await loadBaseline(options.baseline, candidate, scoreModel, options.fetchRegistryBaseline)
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
    ...(baseline?.version && { baselineVersion: baseline.version }),
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
  unnormalised?: Unnormalised
}

async function loadCandidate(source: CandidateSource, scoreModel: ModelScorer): Promise<Candidate> {
  switch (source.kind) {
    case 'predictions': {
      const { input, table, unnormalised } = await readPredictions(source.path, 'predictions', source.task)
      return { input, table, name: source.path, ...(unnormalised && { unnormalised }) }
    }
    case 'model-dir': {
      const table = await loadTable(source.data, { input: 'data' })
      const scored = await scoreModel(source.dir, table, source.target, 'model-dir')
      return { ...scored, table, name: source.dir }
    }
  }
}

/** A model baseline is scored on the candidate's rows against its target; parsing refuses one beside a predictions candidate. */
async function loadBaseline(
  source: BaselineSource,
  candidate: Candidate,
  scoreModel: ModelScorer,
  fetchRegistryBaseline: EvaluationOptions['fetchRegistryBaseline'],
): Promise<{ baseline: Baseline; name: string; version?: RegisteredVersion; unnormalised?: Unnormalised } | undefined> {
  switch (source.kind) {
    case 'none':
      return undefined
    case 'registry': {
      const fetched = await fetchRegistryBaseline(source)
      if (!fetched) return undefined
      const scored = await scoreModel(fetched.dir, candidate.table, candidate.target, 'baseline')
      return { baseline: scored.input, name: fetched.name, version: fetched.version }
    }
    case 'metrics':
      return { baseline: { values: readMetricsFile(source.path) }, name: source.name }
    case 'predictions': {
      const { input, unnormalised } = await readPredictions(source.path, 'baseline', candidate.input.task)
      return { baseline: input, name: source.name, ...(unnormalised && { unnormalised }) }
    }
    case 'model-dir': {
      const scored = await scoreModel(source.dir, candidate.table, candidate.target, 'baseline')
      return { baseline: scored.input, name: source.name }
    }
  }
}

function confusionOf(candidate: MetricInput, baseline: MetricInput | undefined): Pick<Evaluation, 'confusion'> {
  if (candidate.task !== 'classification' || !candidate.yPred) return {}
  const base = baseline?.task === 'classification' && baseline.yPred ? confusionMatrix(baseline) : undefined
  return { confusion: { candidate: confusionMatrix(candidate), ...(base && { baseline: base }) } }
}
