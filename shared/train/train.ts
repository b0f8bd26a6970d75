import { copyFileSync, existsSync } from 'node:fs'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { UserError } from '../errors/index.js'
import { inferTask, predictionInput, readMetricsFile } from '../evaluate/index.js'
import { evaluateMetrics, type MetricValues, type Task } from '../metrics/index.js'
import {
  assertFinite,
  loadBuiltInTrainer,
  loadModelDir,
  MODEL_FORMAT,
  modelDirFile,
  parseTrainParams,
  writeModelRecords,
  type Lineage,
  type ModelKind,
  type ModelMetadata,
} from '../model/index.js'
import { dataFilePaths, type NamedPath } from '../output/index.js'
import { buildReferenceProfile } from '../profile/index.js'
import type { Logger } from '../log/index.js'
import { TOOL_VERSION } from '../version/index.js'
import { cellText, column, loadTable, takeRows, type Table } from '../table/index.js'
import { runExternalTrainer } from './external.js'
import { paramsHash } from './metadata.js'
import { checkOutputDir, writeModelDir } from './model-dir.js'
import { splitRows } from './split.js'
import { warnStrayText } from './text-columns.js'

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
  metrics: MetricValues
  metricsFile: string
  dataHash: string
  metadata: ModelMetadata
  history?: { epoch: number; loss: number; valLoss: number }[]
}

/** Trains with the built-in trainer or the user's command, and writes the model directory. */
export async function trainModelDir(options: TrainOptions, log: Logger): Promise<TrainResult> {
  const reads = [...(await dataFilePaths('data', options.data)), ...(await dataFilePaths('validation-data', options.validationData)), ...(options.otherReads ?? [])]
  checkOutputDir(options.outputDir, reads)
  return options.command ? trainWithCommand(options, log) : trainBuiltIn(options, log)
}

async function trainBuiltIn(options: TrainOptions, log: Logger): Promise<TrainResult> {
  const started = Date.now()
  const params = parseTrainParams(options.params)
  const { trainModel, saveModel, tfVersion } = await loadBuiltInTrainer()
  const table = await loadTable(options.data, { input: 'data' })
  const target = column(table, options.target, 'target')
  const task = options.task === 'auto' ? inferTask(target) : options.task
  const features = chooseFeatures(table, options)
  warnStrayText(table, features, 'data', log)
  const validationTable = options.validationData.length > 0 ? await loadTable(options.validationData, { input: 'validation-data' }) : undefined
  // The trainer names its whole table 'data'; the validation file is checked here, under its own input.
  if (validationTable) assertFiniteColumns(validationTable, features, options.target, 'validation-data')
  const { train, validation, combined } = rowsFor(table, validationTable, options)
  log.info(`Training a ${options.model} ${task} model of ${options.target} on ${train.length} rows, ${features.length} features; validating on ${validation.length} rows.`)
  const trained = await trainModel({ table: combined, features, target: options.target, task, model: options.model, params, trainRows: train, validationRows: validation, seed: options.seed, log })
  let metrics: MetricValues = {}
  let metadata!: ModelMetadata
  await writeModelDir(options.outputDir, async (staging) => {
    await saveModel(staging, trained)
    // Scoring the saved model checks that it loads back exactly as serving will see it.
    const reloaded = await loadModelDir(staging, 'output-dir')
    metrics = evaluateMetrics(await predictionInput(reloaded, takeRows(combined, validation), options.target, 'validation'))
    metadata = {
      format: MODEL_FORMAT,
      version: 1,
      task,
      target: options.target,
      features,
      trainer: 'built-in',
      model: options.model,
      backend: trained.backend,
      params,
      paramsHash: paramsHash(params),
      dataHash: table.hash,
      ...(validationTable && { validationDataHash: validationTable.hash }),
      rows: { train: train.length, validation: validation.length },
      metrics,
      libraries: { 'mlops-actions': TOOL_VERSION, '@tensorflow/tfjs': tfVersion(), node: process.version },
      durationSeconds: (Date.now() - started) / 1000,
      createdAt: new Date().toISOString(),
      lineage: options.lineage,
      seed: options.seed,
    }
    writeCommonFiles(staging, combined, train, metrics, metadata, options.seed)
  })
  return { modelDir: options.outputDir, metrics, metricsFile: modelDirFile(options.outputDir, 'metrics'), dataHash: table.hash, metadata, history: trained.history }
}

async function trainWithCommand(options: TrainOptions, log: Logger): Promise<TrainResult> {
  const started = Date.now()
  const table = await loadTable(options.data, { input: 'data' })
  column(table, options.target, 'target')
  const task = options.task === 'auto' ? inferTask(column(table, options.target, 'target')) : options.task
  const features = chooseFeatures(table, options)
  const outputDir = resolve(options.outputDir)
  let result: TrainResult | undefined
  // The command writes into a staging folder that replaces the model only when it succeeds, so a
  // failed run keeps the previous model whole.
  await writeModelDir(options.outputDir, async (staging) => {
    const env = {
      MLOPS_DATA: options.data.join(','),
      MLOPS_TARGET: options.target,
      MLOPS_OUTPUT_DIR: staging,
      MLOPS_PARAMS: JSON.stringify(options.params),
      MLOPS_SEED: String(options.seed),
      MLOPS_VALIDATION_DATA: options.validationData.join(','),
    }
    await log.group(`Running ${options.command}`, () => runExternalTrainer({ command: options.command!, cwd: process.cwd(), env, log }))
    const metricsPath = stagedPath(options.metricsFile ? resolve(options.metricsFile) : modelDirFile(outputDir, 'metrics'), outputDir, staging)
    if (!existsSync(metricsPath)) {
      throw new UserError(`Input 'metrics-file': the command succeeded but wrote no metrics at '${options.metricsFile ?? modelDirFile(options.outputDir, 'metrics')}'; write a JSON object of metric names to numbers there (the model directory is $MLOPS_OUTPUT_DIR while the command runs).`)
    }
    const metrics = readMetricsFile(metricsPath, 'metrics-file')
    const metadata: ModelMetadata = {
      format: MODEL_FORMAT,
      version: 1,
      task,
      target: options.target,
      features,
      trainer: 'command',
      command: options.command,
      params: options.params,
      paramsHash: paramsHash(options.params),
      dataHash: table.hash,
      rows: { train: table.rows, validation: 0 },
      metrics,
      libraries: { 'mlops-actions': TOOL_VERSION, node: process.version },
      durationSeconds: (Date.now() - started) / 1000,
      createdAt: new Date().toISOString(),
      lineage: options.lineage,
      seed: options.seed,
    }
    if (metricsPath !== modelDirFile(staging, 'metrics')) copyFileSync(metricsPath, modelDirFile(staging, 'metrics'))
    writeCommonFiles(staging, table, undefined, metrics, metadata, options.seed)
    result = { modelDir: options.outputDir, metrics, metricsFile: modelDirFile(options.outputDir, 'metrics'), dataHash: table.hash, metadata }
  })
  return result!
}

/** A path inside the model directory, as it is while the command runs: inside the staging folder. */
function stagedPath(path: string, outputDir: string, staging: string): string {
  const inside = relative(outputDir, path)
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? join(staging, inside) : path
}

function writeCommonFiles(dir: string, table: Table, rows: Int32Array | undefined, metrics: MetricValues, metadata: ModelMetadata, seed: number): void {
  writeModelRecords(dir, { metrics, metadata, profile: buildReferenceProfile(table, { ...(rows && { rows }), seed }) })
}

/** `features`, or every column but the target and `ignore`; each must exist. */
function chooseFeatures(table: Table, options: TrainOptions): string[] {
  for (const name of [...options.features, ...options.ignore]) column(table, name, options.features.includes(name) ? 'features' : 'ignore')
  if (options.features.includes(options.target)) throw new UserError(`Input 'features': '${options.target}' is the target and cannot be a feature.`)
  const features = options.features.length > 0 ? options.features : table.columns.map((c) => c.name).filter((name) => name !== options.target && !options.ignore.includes(name))
  if (features.length === 0) throw new UserError(`Input 'features': no feature columns are left besides the target '${options.target}'.`)
  return features
}

function assertFiniteColumns(table: Table, features: readonly string[], target: string, input: string): void {
  for (const name of [...features, target]) {
    const col = column(table, name, input)
    if (col.kind === 'number') assertFinite(col, table, undefined, input, name === target ? `the target column '${name}'` : `column '${name}'`)
  }
}

/** Training and validation rows, in one table: a random split, or the validation data appended. */
function rowsFor(table: Table, validationTable: Table | undefined, options: TrainOptions) {
  if (!validationTable) return { ...splitRows(table.rows, options.validationSplit, options.seed), combined: table }
  const combined = appendTable(table, validationTable)
  const train = Int32Array.from({ length: table.rows }, (_, i) => i)
  const validation = Int32Array.from({ length: validationTable.rows }, (_, i) => table.rows + i)
  return { train, validation, combined }
}

function appendTable(first: Table, second: Table): Table {
  const columns = first.columns.map((col) => {
    const other = column(second, col.name, 'validation-data')
    if (col.kind === 'number' && other.kind === 'number') {
      const values = new Float64Array(first.rows + second.rows)
      values.set(col.values)
      values.set(other.values, first.rows)
      return { name: col.name, kind: 'number' as const, values }
    }
    return { name: col.name, kind: 'string' as const, values: [...Array.from({ length: first.rows }, (_, r) => cellText(col, r)), ...Array.from({ length: second.rows }, (_, r) => cellText(other, r))] }
  })
  const lines = new Int32Array(first.rows + second.rows)
  lines.set(first.lines)
  lines.set(second.lines, first.rows)
  // Each row keeps its file, so messages about validation rows name the validation file.
  const fileOfRow = new Uint16Array(first.rows + second.rows)
  fileOfRow.set(first.fileOfRow)
  fileOfRow.set(second.fileOfRow.map((file) => file + first.files.length), first.rows)
  return { ...first, columns, rows: first.rows + second.rows, lines, fileOfRow, files: [...first.files, ...second.files] }
}
