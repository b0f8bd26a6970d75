import { existsSync, statSync } from 'node:fs'
import { UserError } from '../errors/index.js'
import { readTextFile } from '../fs/index.js'
import type { MetricValues } from '../metrics/index.js'
import { holdsModel, MODEL_DIR_FILES, modelDirFile } from '../model/index.js'
import type { ModelReference } from '../registry/index.js'

/**
 * The baseline, classified once from the `baseline` input: none (a first run), a registry
 * reference, a model directory, a predictions file or a metrics JSON (a file, or a directory
 * holding metrics.json and no metadata.json nor model file). `name` is the input as
 * given, for the log and, but for a registry version, the report.
 */
export type BaselineSource =
  | { kind: 'none' }
  | RegistryBaseline
  | { kind: 'model-dir'; dir: string; name: string }
  | { kind: 'predictions'; path: string; name: string }
  | { kind: 'metrics'; path: string; name: string }

export interface RegistryBaseline {
  kind: 'registry'
  reference: ModelReference
  name: string
  /** Set for `champion`: a model with no champion yet makes a first run, not an error. */
  firstRunIfAbsent: boolean
}

/** Classifies a path given as `baseline` by what is on disk; the file is read later. */
export function baselineFromPath(value: string): Exclude<BaselineSource, { kind: 'none' } | RegistryBaseline> {
  let isDirectory: boolean
  try {
    isDirectory = statSync(value).isDirectory()
  } catch {
    throw new UserError(`Input 'baseline': '${value}' does not exist; give a model directory, a predictions file, a metrics JSON file, or 'champion'.`)
  }
  if (isDirectory) {
    // Anything that looks like a model is loaded, so a broken one fails saying why instead of
    // being judged on its metrics.json; metrics alone only from a folder holding no model at all.
    if (looksLikeModelDir(value)) return { kind: 'model-dir', dir: value, name: value }
    const metrics = modelDirFile(value, 'metrics')
    if (existsSync(metrics)) return { kind: 'metrics', path: metrics, name: value }
    throw new UserError(`Input 'baseline': directory '${value}' holds neither a model (${MODEL_DIR_FILES.manifest}) nor ${MODEL_DIR_FILES.metrics}.`)
  }
  return /\.json$/i.test(value) ? { kind: 'metrics', path: value, name: value } : { kind: 'predictions', path: value, name: value }
}

/** A model, a model.onnx, or a metadata.json (damaged or of any format: loading names the fault). */
function looksLikeModelDir(dir: string): boolean {
  return holdsModel(dir) || existsSync(modelDirFile(dir, 'onnx')) || existsSync(modelDirFile(dir, 'metadata'))
}

/**
 * A flat JSON object of metric values, or one with such an object under `metrics`. Null (what
 * JSON.stringify makes of a metric undefined on the sample, NaN) and nested objects are
 * skipped; a number too large for a double (1e400 parses as Infinity) is refused.
 */
export function readMetricsFile(path: string, input = 'baseline'): MetricValues {
  const text = readTextFile(input, path)
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw new UserError(`Input '${input}': '${path}' is not valid JSON (${(error as Error).message}).`)
  }
  const object = isRecord(parsed) && isRecord(parsed.metrics) ? parsed.metrics : parsed
  if (!isRecord(object)) throw new UserError(`Input '${input}': '${path}' must be a JSON object of metric names to numbers.`)
  const values: MetricValues = {}
  for (const [name, value] of Object.entries(object)) {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new UserError(`Input '${input}': '${path}' key '${name}' must be a finite number, not ${value}.`)
    if (typeof value === 'number') values[name] = value
    else if (value !== null && typeof value !== 'object') throw new UserError(`Input '${input}': '${path}' key '${name}' must be a number, not ${JSON.stringify(value)}.`)
  }
  if (Object.keys(values).length === 0) throw new UserError(`Input '${input}': '${path}' holds no metric values.`)
  return values
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
