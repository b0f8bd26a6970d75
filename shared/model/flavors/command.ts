import { existsSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { UserError } from '../../errors/index.js'
import type { Label } from '../../metrics/index.js'
import { createTemporaryDir, removeTemporary } from '../../output/index.js'
import { runUserCommand } from '../../process/index.js'
import { column, loadTable, writeTableFile, type Column, type Table } from '../../table/index.js'
import type { LoadedModel, ModelFlavor, Prediction, ServeProcess } from '../flavor.js'
import { MODEL_DIR_FILES } from '../layout.js'
import type { CommandSpec, ModelManifest } from '../manifest.js'
import { startServeCommand } from './command-serve.js'

/** Rows per predict call: bounds the files and the predictions read back whatever the table's size. */
export const COMMAND_BATCH_ROWS = 100_000

/** Seconds a predict call may take unless the manifest's `command.timeout-seconds` says otherwise. */
export const DEFAULT_PREDICT_TIMEOUT_SECONDS = 600

/** The column of predicted labels or values in the command's output; classifiers add `proba_<class>`. */
export const PREDICTION_COLUMN = 'y_pred'
export const PROBABILITY_PREFIX = 'proba_'

/**
 * Any runtime: the manifest's `command.predict` runs with bash in the model directory, reads
 * the rows in $MLOPS_INPUT (the model's input columns, CSV or JSON Lines as `command.format`
 * says) and writes $MLOPS_OUTPUT in the same format: `y_pred`, and `proba_<class>` per class
 * for a classifier, one row per input row in the same order.
 */
export const commandFlavor: ModelFlavor = {
  name: 'command',
  runtime: "the predict command's own environment",
  async load(dir, manifest, input) {
    const manifestPath = join(dir, MODEL_DIR_FILES.manifest)
    if (!manifest?.command) throw new UserError(`Input '${input}': '${manifestPath}' names no predict command.`)
    const model = { dir: resolve(dir), manifest, spec: manifest.command, manifestPath, input }
    return {
      flavor: 'command',
      task: manifest.task,
      target: manifest.target,
      features: manifest.inputs.map((entry) => entry.name),
      ...(manifest.classes && { classes: manifest.classes }),
      // Every call starts the command: a few single-row calls show its latency.
      latencySamples: 5,
      predict: (table, tableInput = 'data') => predictWithCommand(model, table, tableInput),
      ...(manifest.command.serve && { serve: () => startServe(model) }),
    } satisfies LoadedModel
  },
}

/** The manifest's `command.serve`, started in the model directory; the same time limit per request as per predict call. */
function startServe(model: CommandModel): ServeProcess {
  return startServeCommand({
    command: model.spec.serve!,
    cwd: model.dir,
    env: { MLOPS_MODEL_DIR: model.dir },
    role: `the serve command of '${model.manifestPath}'`,
    input: model.input,
    timeoutSeconds: model.spec['timeout-seconds'] ?? DEFAULT_PREDICT_TIMEOUT_SECONDS,
  })
}

interface CommandModel {
  readonly dir: string
  readonly manifest: ModelManifest
  readonly spec: CommandSpec
  readonly manifestPath: string
  readonly input: string
}

async function predictWithCommand(model: CommandModel, table: Table, tableInput: string): Promise<Prediction> {
  const columns = model.manifest.inputs.map((entry) => {
    const col = column(table, entry.name, tableInput)
    if (entry.type === 'number' && col.kind === 'string') throw textInNumberColumn(col, table, tableInput)
    return col
  })
  const classes = model.manifest.classes ?? []
  const labels: Label[] = []
  const probabilities = classes.map(() => new Float64Array(table.rows))
  const values = new Float64Array(table.rows)
  let withProbabilities = false
  const work = createTemporaryDir('mlops-predict-')
  try {
    for (let from = 0; from < table.rows; from += COMMAND_BATCH_ROWS) {
      const rows = Math.min(COMMAND_BATCH_ROWS, table.rows - from)
      const output = await runBatch(model, table, columns, from, rows, work)
      const predicted = output.table.columns.find((col) => col.name === PREDICTION_COLUMN)
      if (!predicted) throw output.bad(`it has no column '${PREDICTION_COLUMN}' (its columns are ${output.table.columns.map((col) => col.name).join(', ')})`)
      if (model.manifest.task === 'regression') {
        if (predicted.kind !== 'number') throw output.bad(`column '${PREDICTION_COLUMN}' holds text; a regression predicts numbers`)
        values.set(predicted.values, from)
        continue
      }
      labels.push(...labelsOf(predicted, classes, output))
      withProbabilities = readProbabilities(output, classes, probabilities, from)
    }
  } finally {
    removeTemporary(work)
  }
  if (model.manifest.task === 'regression') return { task: 'regression', values }
  return { task: 'classification', classes, labels, ...(withProbabilities && { probabilities }) }
}

interface BatchOutput {
  readonly table: Table
  bad(problem: string): UserError
}

async function runBatch(model: CommandModel, table: Table, columns: readonly Column[], from: number, rows: number, work: string): Promise<BatchOutput> {
  const format = model.spec.format ?? 'csv'
  const inputPath = join(work, `input.${format}`)
  const outputPath = join(work, `predictions.${format}`)
  rmSync(outputPath, { force: true })
  writeTableFile(table, inputPath, { format, columns, rows: Array.from({ length: rows }, (_, i) => from + i), input: model.input })
  const timeoutSeconds = model.spec['timeout-seconds'] ?? DEFAULT_PREDICT_TIMEOUT_SECONDS
  await runUserCommand({
    command: model.spec.predict,
    input: model.input,
    role: `the predict command of '${model.manifestPath}', `,
    cwd: model.dir,
    env: { MLOPS_INPUT: inputPath, MLOPS_OUTPUT: outputPath, MLOPS_MODEL_DIR: model.dir },
    timeoutSeconds,
    timeoutSetting: `command.timeout-seconds in the manifest${model.spec['timeout-seconds'] === undefined ? ', default' : ''}`,
  })
  const bad = (problem: string) => new UserError(`Input '${model.input}': the predict command of '${model.manifestPath}' wrote predictions that do not fit: ${problem}.`)
  if (!existsSync(outputPath)) throw bad(`it wrote nothing at $MLOPS_OUTPUT`)
  let output: Table
  try {
    output = await loadTable(outputPath, { input: 'predictions' })
  } catch (error) {
    if (error instanceof UserError) throw bad(error.message)
    throw error
  }
  if (output.rows !== rows) throw bad(`${output.rows} rows for the ${rows} rows it was given`)
  return { table: output, bad }
}

function labelsOf(predicted: Column, classes: readonly Label[], output: BatchOutput): Label[] {
  const byText = new Map(classes.map((label) => [String(label), label]))
  return Array.from({ length: output.table.rows }, (_, row) => {
    const value = predicted.values[row]
    const text = value === null || (typeof value === 'number' && Number.isNaN(value)) ? undefined : String(value)
    const label = text === undefined ? undefined : byText.get(text)
    if (label === undefined) {
      const what = text === undefined ? 'no label' : `'${text}', which is not one of the classes (${classes.join(', ')})`
      throw output.bad(`column '${PREDICTION_COLUMN}' holds ${what} on line ${output.table.lines[row]}`)
    }
    return label
  })
}

/** Copies `proba_<class>` columns into `probabilities`; false when the command wrote none. */
function readProbabilities(output: BatchOutput, classes: readonly Label[], probabilities: Float64Array[], from: number): boolean {
  const names = classes.map((label) => `${PROBABILITY_PREFIX}${label}`)
  const present = names.filter((name) => output.table.columns.some((col) => col.name === name))
  if (present.length === 0) return false
  if (present.length < names.length) throw output.bad(`it has ${present.join(', ')} but not ${names.filter((name) => !present.includes(name)).join(', ')}; give a probability column for every class or none`)
  names.forEach((name, c) => {
    const col = output.table.columns.find((candidate) => candidate.name === name)!
    const bad = col.kind === 'string' ? 0 : col.values.findIndex((p) => !(p >= 0 && p <= 1))
    if (col.kind === 'string' || bad >= 0) throw output.bad(`column '${name}' holds a value that is not a probability between 0 and 1${bad >= 0 ? ` on line ${output.table.lines[bad]}` : ''}`)
    probabilities[c]!.set(col.values, from)
  })
  return true
}

function textInNumberColumn(col: Column & { kind: 'string' }, table: Table, input: string): UserError {
  const row = col.values.findIndex((value) => value !== null)
  const where = row >= 0 ? ` ('${col.values[row]}' on line ${table.lines[row]} of ${table.files[table.fileOfRow[row]!]?.path ?? 'the data'})` : ''
  return new UserError(`Input '${input}': column '${col.name}' holds text${where}, but the model reads numbers from it.`)
}
