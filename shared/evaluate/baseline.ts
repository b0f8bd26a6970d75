import { existsSync, readFileSync, statSync } from 'node:fs'
import { UserError } from '../errors/index.js'
import type { MetricValues } from '../metrics/index.js'
import { MODEL_DIR_FILES, modelDirFile, modelFileOf } from '../model/index.js'

/** What `baseline` names: a registry alias, a model directory, a predictions file or a metrics JSON. */
export type BaselineSource =
  | { kind: 'registry'; uri: string }
  | { kind: 'model-dir'; path: string }
  | { kind: 'predictions'; path: string }
  | { kind: 'metrics'; path: string }

/** Classifies the `baseline` input by what is on disk; the file is read later. */
export function baselineSource(value: string): BaselineSource {
  if (value === 'champion' || value.startsWith('models:/')) return { kind: 'registry', uri: value }
  let isDirectory: boolean
  try {
    isDirectory = statSync(value).isDirectory()
  } catch {
    throw new UserError(`Input 'baseline': '${value}' does not exist; give a model directory, a predictions file, a metrics JSON file, or 'champion'.`)
  }
  if (isDirectory) {
    // A model directory holds its flavor's model file; one trained by a command may hold metrics alone.
    const model = modelFileOf(value, 'baseline')
    if (model.present) return { kind: 'model-dir', path: value }
    const metrics = modelDirFile(value, 'metrics')
    if (existsSync(metrics)) return { kind: 'metrics', path: metrics }
    throw new UserError(`Input 'baseline': directory '${value}' holds neither ${model.file} nor ${MODEL_DIR_FILES.metrics}.`)
  }
  return /\.json$/i.test(value) ? { kind: 'metrics', path: value } : { kind: 'predictions', path: value }
}

/** A flat JSON object of metric values, or one with such an object under `metrics`. */
export function readMetricsFile(path: string, input = 'baseline'): MetricValues {
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    const reason = error instanceof SyntaxError ? `is not valid JSON (${error.message})` : 'cannot be read'
    throw new UserError(`Input '${input}': '${path}' ${reason}.`)
  }
  const object = isRecord(parsed) && isRecord(parsed.metrics) ? parsed.metrics : parsed
  if (!isRecord(object)) throw new UserError(`Input '${input}': '${path}' must be a JSON object of metric names to numbers.`)
  const values: MetricValues = {}
  for (const [name, value] of Object.entries(object)) {
    if (typeof value === 'number') values[name] = value
    else if (value !== null && typeof value !== 'object') throw new UserError(`Input '${input}': '${path}' key '${name}' must be a number, not ${JSON.stringify(value)}.`)
  }
  if (Object.keys(values).length === 0) throw new UserError(`Input '${input}': '${path}' holds no metric values.`)
  return values
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
