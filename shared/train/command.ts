import { existsSync, renameSync } from 'node:fs'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { UserError } from '../errors/index.js'
import { readMetricsFile } from '../evaluate/index.js'
import { readTextFile } from '../fs/index.js'
import type { Logger } from '../log/index.js'
import type { Label } from '../metrics/index.js'
import { MODEL_DIR_FILES, modelDirFile, onnxGraphClasses, writeManifest, type ModelManifest } from '../model/index.js'
import { createTemporaryDir, removeTemporary, writeOutputFile } from '../output/index.js'
import { runUserCommand } from '../process/index.js'
import { column, writeTableFile, type Table } from '../table/index.js'
import { parseYaml } from '../yaml/index.js'
import { loadTrainingData, type TrainingData } from './data.js'
import { writeModelDir } from './model-dir.js'
import { modelInputs, recordModel, type TrainOptions, type TrainResult } from './train.js'

const NO_MODEL = `write ${MODEL_DIR_FILES.onnx} (an ONNX graph) or a ${MODEL_DIR_FILES.manifest} naming the model's flavor into $MLOPS_OUTPUT_DIR`

/**
 * Runs the user's training command on the rows train chose: the training rows in
 * $MLOPS_DATA and the validation rows in $MLOPS_VALIDATION_DATA, as CSV. The command writes a
 * model.onnx or a manifest.yaml into $MLOPS_OUTPUT_DIR, a staging folder that replaces the
 * model directory only when everything succeeds. train then completes the manifest, loads the
 * model through its flavor and computes the validation metrics itself.
 */
export async function trainWithCommand(options: TrainOptions, log: Logger): Promise<TrainResult> {
  const started = Date.now()
  const command = options.command!
  const data = await loadTrainingData(options, log)
  const outputDir = resolve(options.outputDir)
  const rowsDir = createTemporaryDir('mlops-train-')
  let result!: TrainResult
  try {
    const trainPath = join(rowsDir, 'train.csv')
    const validationPath = join(rowsDir, 'validation.csv')
    writeTableFile(data.combined, trainPath, { format: 'csv', rows: data.train, input: 'data' })
    writeTableFile(data.combined, validationPath, { format: 'csv', rows: data.validation, input: 'data' })
    log.info(`Running the training command on ${data.train.length} training rows and ${data.validation.length} validation rows, ${data.features.length} features.`)
    await writeModelDir(options.outputDir, async (staging) => {
      const env = {
        MLOPS_DATA: trainPath,
        MLOPS_VALIDATION_DATA: validationPath,
        MLOPS_TARGET: options.target,
        MLOPS_FEATURES: JSON.stringify(data.features),
        MLOPS_TASK: data.task,
        MLOPS_OUTPUT_DIR: staging,
        MLOPS_PARAMS: JSON.stringify(options.params),
        MLOPS_SEED: String(options.seed),
      }
      await log.group(`Running ${command}`, () => runUserCommand({ command, input: 'command', cwd: process.cwd(), env, onLine: (line) => log.info(line) }))
      // Messages about the model name the directory it becomes, not the staging folder.
      try {
        keepUserMetrics(options, staging, outputDir)
        completeManifest(staging, data, options)
        const trainer = { trainer: 'command' as const, command, params: options.params, libraries: {} }
        result = await recordModel(staging, data, options, trainer, started, 'command')
      } catch (error) {
        if (error instanceof UserError) throw new UserError(error.message.replaceAll(staging, options.outputDir))
        throw error
      }
    })
  } finally {
    removeTemporary(rowsDir)
  }
  return result
}

/** The metrics the command wrote (`metrics-file`, or metrics.json in the model directory), kept as user-metrics.json. */
function keepUserMetrics(options: TrainOptions, staging: string, outputDir: string): void {
  const given = options.metricsFile ? stagedPath(resolve(options.metricsFile), outputDir, staging) : undefined
  if (given && !existsSync(given)) {
    throw new UserError(`Input 'metrics-file': the command succeeded but wrote no metrics at '${options.metricsFile}'; write a JSON object of metric names to numbers there (the model directory is $MLOPS_OUTPUT_DIR while the command runs), or leave 'metrics-file' empty.`)
  }
  const path = given ?? (existsSync(modelDirFile(staging, 'metrics')) ? modelDirFile(staging, 'metrics') : undefined)
  if (!path) return
  readMetricsFile(path, 'metrics-file')
  const kept = modelDirFile(staging, 'userMetrics')
  if (path === modelDirFile(staging, 'metrics')) renameSync(path, kept)
  else writeOutputFile('metrics-file', kept, readTextFile('metrics-file', path))
}

/**
 * A bare model.onnx gets a manifest of train's facts; a manifest the command wrote gets the
 * facts it leaves out (task, target, inputs, a classifier's classes: the graph's, or the sorted
 * labels of the training rows). Inputs are the features
 * train chose, in file order: a single tensor input takes them in that order.
 */
function completeManifest(staging: string, data: TrainingData, options: TrainOptions): void {
  const manifestPath = modelDirFile(staging, 'manifest')
  const onnxPath = modelDirFile(staging, 'onnx')
  const written = existsSync(manifestPath) ? parseYaml(readTextFile('command', manifestPath), `Input 'command': '${manifestPath}'`) : undefined
  if (written === undefined && !existsSync(onnxPath)) throw new UserError(`Input 'command': '${options.command}' succeeded but wrote no model; ${NO_MODEL}.`)
  if (written !== undefined && (typeof written !== 'object' || written === null || Array.isArray(written))) {
    throw new UserError(`Input 'command': '${manifestPath}' is not a YAML mapping; a manifest names 'flavor', 'task', 'target' and 'inputs'.`)
  }
  const given = (written ?? { flavor: 'onnx', files: [MODEL_DIR_FILES.onnx] }) as Partial<ModelManifest>
  const complete = { version: 1, task: data.task, target: options.target, inputs: modelInputs(data.combined, data.features), ...given } as ModelManifest
  if (complete.task === 'classification' && !complete.classes) {
    const fromGraph = complete.flavor === 'onnx' && existsSync(onnxPath) ? onnxGraphClasses(onnxPath, 'command') : undefined
    complete.classes = fromGraph ?? sortedLabels(data.combined, data.train, options.target)
  }
  if (written === undefined || Object.keys(complete).length !== Object.keys(given).length) writeManifest(staging, complete, 'command')
}

/** The distinct labels of the training rows, sorted as scikit-learn's classes_ are (np.unique). */
function sortedLabels(table: Table, rows: Int32Array, target: string): Label[] {
  const col = column(table, target, 'target')
  const seen = new Set<Label>()
  for (const row of rows) {
    const value = col.values[row]
    if (value !== null && value !== undefined && !(typeof value === 'number' && Number.isNaN(value))) seen.add(value)
  }
  return [...seen].sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0))
}

/** A path inside the model directory, as it is while the command runs: inside the staging folder. */
function stagedPath(path: string, outputDir: string, staging: string): string {
  const inside = relative(outputDir, path)
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? join(staging, inside) : path
}
