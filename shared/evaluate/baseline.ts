import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { UserError } from '../errors/index.js'
import type { MetricValues } from '../metrics/index.js'

/** What `baseline` names: a registry alias, a model directory, a predictions file or a metrics JSON. */
export type BaselineSource =
  | { kind: 'registry'; uri: string }
  | { kind: 'model-dir'; path: string }
  | { kind: 'predictions'; path: string }
  | { kind: 'metrics'; path: string }

export const MODEL_FILE = 'model.json'
export const METRICS_FILE = 'metrics.json'

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
    if (existsSync(join(value, MODEL_FILE))) return { kind: 'model-dir', path: value }
    if (existsSync(join(value, METRICS_FILE))) return { kind: 'metrics', path: join(value, METRICS_FILE) }
    throw new UserError(`Input 'baseline': directory '${value}' holds neither ${MODEL_FILE} nor ${METRICS_FILE}.`)
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
