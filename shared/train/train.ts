import type { Logger } from '../log/index.js'
import { predictionInput } from '../evaluate/index.js'
import { evaluateMetrics, type MetricValues, type Task } from '../metrics/index.js'
import { loadModelDir, MODEL_FORMAT, modelDirFile, readManifest, writeModelRecords, type Lineage, type ModelInput, type ModelKind, type ModelManifest, type ModelMetadata } from '../model/index.js'
import { dataFilePaths, type NamedPath } from '../output/index.js'
import { buildReferenceProfile } from '../profile/index.js'
import { column, takeRows, type Table } from '../table/index.js'
import { TOOL_VERSION } from '../version/index.js'
import { trainBuiltIn } from './built-in.js'
import { trainWithCommand } from './command.js'
import type { TrainingData } from './data.js'
import { paramsHash } from './metadata.js'
import { checkOutputDir } from './model-dir.js'

export interface TrainOptions {
  data: string[]
  target: string
  features: string[]
  ignore: string[]
  task: Task | 'auto'
  model: ModelKind
  /** Parsed YAML or JSON, checked by the trainer. */
  params: Record<string, unknown>
  validationSplit: number
  validationData: string[]
  /** Written only when new, empty or a model directory train wrote: see `checkOutputDir`. */
  outputDir: string
  /** Files read besides the data (params, config), which `outputDir` may not hold. */
  otherReads?: NamedPath[]
  seed: number
  command?: string
  metricsFile?: string
  lineage: Lineage
}

export interface TrainResult {
  modelDir: string
  /** The validation metrics, computed by train from the model's predictions whoever trained it. */
  metrics: MetricValues
  metricsFile: string
  dataHash: string
  manifest: ModelManifest
  metadata: ModelMetadata
  /** How long training took; kept out of metadata.json, which holds nothing that changes from run to run. */
  durationSeconds: number
  history?: { epoch: number; loss: number; valLoss: number }[]
}

/** Trains with the built-in trainer or the user's command, and writes the model directory. */
export async function trainModelDir(options: TrainOptions, log: Logger): Promise<TrainResult> {
  const reads = [...(await dataFilePaths('data', options.data)), ...(await dataFilePaths('validation-data', options.validationData)), ...(options.otherReads ?? [])]
  checkOutputDir(options.outputDir, reads)
  return options.command ? trainWithCommand(options, log) : trainBuiltIn(options, log)
}

/** The columns a model reads, typed as the data holds them. */
export function modelInputs(table: Table, features: readonly string[]): ModelInput[] {
  return features.map((name) => ({ name, type: column(table, name, 'data').kind === 'number' ? 'number' : 'text' }))
}

/** How the model was trained, for metadata.json. */
export type TrainerFacts = Pick<ModelMetadata, 'trainer' | 'params' | 'libraries'> & Partial<Pick<ModelMetadata, 'model' | 'command' | 'backend'>>

/**
 * What every model directory gets, whoever trained the model in `staging` (its manifest
 * written): the model is loaded back through its flavor and predicts the validation rows, so
 * metrics.json is computed the same way for every flavor; then metadata.json and the
 * reference profile of the training rows.
 */
export async function recordModel(staging: string, data: TrainingData, options: TrainOptions, trainer: TrainerFacts, started: number, input: string): Promise<Omit<TrainResult, 'history'>> {
  const manifest = readManifest(staging, input)!
  const reloaded = await loadModelDir(staging, input)
  const metrics = evaluateMetrics(await predictionInput(reloaded, takeRows(data.combined, data.validation), options.target, 'validation'))
  const metadata: ModelMetadata = {
    format: MODEL_FORMAT,
    version: 1,
    ...trainer,
    paramsHash: paramsHash(trainer.params),
    dataHash: data.table.hash,
    ...(data.validationTable && { validationDataHash: data.validationTable.hash }),
    rows: { train: data.train.length, validation: data.validation.length },
    metrics,
    libraries: { 'mlops-actions': TOOL_VERSION, ...trainer.libraries, ...runtimeLibrary(reloaded.runtime), node: process.version },
    lineage: options.lineage,
    seed: options.seed,
  }
  const profile = buildReferenceProfile(data.combined, { rows: data.train, seed: options.seed })
  writeModelRecords(staging, { metrics, metadata, profile })
  return { modelDir: options.outputDir, metrics, metricsFile: modelDirFile(options.outputDir, 'metrics'), dataHash: data.table.hash, manifest, metadata, durationSeconds: (Date.now() - started) / 1000 }
}

/** 'onnxruntime-web 1.31.1' as a libraries entry. */
function runtimeLibrary(runtime: string | undefined): Record<string, string> {
  const match = runtime ? /^(\S+) (\S+)/.exec(runtime) : null
  return match ? { [match[1]!]: match[2]! } : {}
}
