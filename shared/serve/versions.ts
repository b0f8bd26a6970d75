import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { UserError } from '../errors/index.js'
import type { Label } from '../metrics/index.js'
import { loadModelDir, readManifest, type LoadedModel, type ModelInput, type Prediction, type ServeProcess, type ServeRow } from '../model/index.js'
import { modelUri, type ModelRegistry, type ModelReference } from '../registry/index.js'
import { cellText, type Table } from '../table/index.js'
import { batchedPredict } from './batching.js'

/** A registered version, fetched, verified and loaded, ready to answer. */
export interface ServedVersion {
  readonly version: number
  readonly digest: string
  readonly flavor: string
  readonly task: 'classification' | 'regression'
  /** The columns it reads and their types, from manifest.yaml: what requests must hold. */
  readonly inputs: readonly ModelInput[]
  readonly classes?: readonly Label[]
  predict(table: Table): Promise<Prediction>
  /** Stops its serve process and removes its directory. */
  close(): Promise<void>
}

/**
 * Fetches the version `reference` names into a folder of its own (digest verified by the
 * registry) and loads it through its flavor. The folder is not left to the process's signal
 * clean-up: a command model still reads it while in-flight requests finish after SIGTERM.
 */
export async function loadVersion(registry: ModelRegistry, reference: ModelReference): Promise<ServedVersion> {
  const root = mkdtempSync(join(tmpdir(), 'mlops-serve-'))
  trackFolder(root)
  const forget = () => {
    rmSync(root, { recursive: true, force: true })
    folders.delete(root)
  }
  try {
    const dir = join(root, 'model')
    const record = await registry.fetch(reference, dir)
    const input = modelUri(record.name, record.version)
    const manifest = readManifest(dir, input)
    if (!manifest) throw new UserError(`Input 'model': ${input} has no manifest.yaml to say which inputs it reads; register a model written by train of this release.`)
    const model = await loadModelDir(dir, input)
    // A command model's serve process answers row by row already; in-process flavors batch.
    const serving = model.serve ? servePool(model) : undefined
    const predictRequest = serving ? serving.predict : batchedPredict((table) => model.predict(table, 'request'))
    return {
      version: record.version,
      digest: record.digest,
      flavor: model.flavor,
      task: model.task,
      inputs: manifest.inputs,
      ...(model.classes && { classes: model.classes }),
      predict: predictRequest,
      async close() {
        await serving?.close()
        forget()
      },
    }
  } catch (error) {
    forget()
    throw error
  }
}

/** Version folders still in use, removed when the process exits if close() never ran. */
const folders = new Set<string>()
let listening = false

function trackFolder(root: string): void {
  if (!listening) {
    listening = true
    process.on('exit', () => {
      for (const folder of folders) rmSync(folder, { recursive: true, force: true })
    })
  }
  folders.add(root)
}

/**
 * One long-lived serve process per loaded version, started on first use. A process that fails
 * a request is retired (its other requests finish or fail with it) and the next request starts
 * a new one, so one crash costs the requests in flight, not the version.
 */
function servePool(model: LoadedModel): { predict(table: Table): Promise<Prediction>; close(): Promise<void> } {
  let current: ServeProcess | undefined
  const retiring = new Set<Promise<void>>()
  const retire = (child: ServeProcess) => {
    if (current === child) current = undefined
    const closing = child.close(5).finally(() => retiring.delete(closing))
    retiring.add(closing)
  }
  return {
    async predict(table) {
      const child = (current ??= model.serve!())
      const rows = Array.from({ length: table.rows }, (_, i) => rowOf(table, i))
      try {
        return predictionOf(model, await Promise.all(rows.map((row) => child.predict(row))))
      } catch (error) {
        retire(child)
        throw error
      }
    },
    async close() {
      if (current) retire(current)
      await Promise.all(retiring)
    },
  }
}

function rowOf(table: Table, row: number): ServeRow {
  const values: ServeRow = {}
  for (const column of table.columns) values[column.name] = column.kind === 'number' ? (Number.isNaN(column.values[row]!) ? null : column.values[row]!) : cellText(column, row)
  return values
}

/** Answers `{y_pred, proba_<class>...}` as a Prediction, as the command flavor reads its batch output. */
function predictionOf(model: LoadedModel, answers: Record<string, unknown>[]): Prediction {
  const missing = answers.findIndex((answer) => !('y_pred' in answer))
  if (missing >= 0) throw new UserError(`the serve command answered ${JSON.stringify(answers[missing]).slice(0, 200)} without 'y_pred'.`)
  if (model.task === 'regression') return { task: 'regression', values: Float64Array.from(answers, (answer) => Number(answer.y_pred)) }
  const classes = model.classes ?? []
  const labels = answers.map((answer) => {
    const label = answer.y_pred
    // A class written as text by the command matches a number class by its text.
    return classes.find((known) => String(known) === String(label)) ?? (label as Label)
  })
  const withProbabilities = classes.length > 0 && answers.every((answer) => classes.every((label) => typeof answer[`proba_${label}`] === 'number'))
  if (!withProbabilities) return { task: 'classification', classes, labels }
  const probabilities = classes.map((label) => Float64Array.from(answers, (answer) => answer[`proba_${label}`] as number))
  return { task: 'classification', classes, labels, probabilities }
}
