import { join } from 'node:path'
import { UserError } from '../errors/index.js'
import { readTextFileIfExists } from '../fs/index.js'
import { MODEL_DIR_FILES } from './layout.js'

/** Where and from what a model was made. */
export interface Lineage {
  commit?: string
  runUrl?: string
  repository?: string
  workflow?: string
  runId?: string
  runAttempt?: string
}

/** The `format` of metadata.json that marks a directory as written by train. */
export const MODEL_FORMAT = 'mlops-actions/model'

/** The flavor of a model directory whose metadata names none: every model written before flavors existed. */
export const DEFAULT_FLAVOR = 'tfjs'

/** A column a model reads, with the type of its values. */
export interface ModelInput {
  name: string
  type: 'number' | 'text'
}

/** metadata.json, version 1. Fields added later are optional, so older directories stay valid. */
export interface ModelMetadata {
  format: typeof MODEL_FORMAT
  version: 1
  /** The flavor that loads the model (see flavors/); absent means 'tfjs'. */
  flavor?: string
  name?: string
  task: string
  target: string
  features: string[]
  /**
   * The columns the model reads with their types, in the order a single tensor input takes
   * them (onnx); absent means `features`, all numbers.
   */
  inputs?: ModelInput[]
  /** A classifier's classes in the order of its probabilities (onnx); absent, the graph's own labels. */
  classes?: Array<string | number>
  trainer: 'built-in' | 'command'
  /** The built-in trainer's model kind. */
  model?: string
  command?: string
  backend?: string
  params: unknown
  paramsHash: string
  dataHash: string
  validationDataHash?: string
  rows: { train: number; validation: number }
  metrics: Record<string, number>
  libraries: Record<string, string>
  durationSeconds: number
  createdAt: string
  lineage: Lineage
  seed: number
}

/**
 * metadata.json as read back from a directory: train writes every field, but a directory
 * written by hand, by a user's command or by an older release may lack any of them.
 */
export type StoredMetadata = Partial<ModelMetadata>

/** The directory's metadata.json, or undefined when it has none; invalid JSON is a UserError naming the file and `input`. */
export function readModelMetadata(dir: string, input: string): StoredMetadata | undefined {
  const path = join(dir, MODEL_DIR_FILES.metadata)
  const text = readTextFileIfExists(input, path)
  if (text === undefined) return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new UserError(`Input '${input}': '${path}' is not valid JSON.`)
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new UserError(`Input '${input}': '${path}' is not a JSON object.`)
  const flavor = (parsed as StoredMetadata).flavor
  if (flavor !== undefined && typeof flavor !== 'string') throw new UserError(`Input '${input}': '${path}' has a flavor that is not a name: ${JSON.stringify(flavor)}.`)
  return parsed as StoredMetadata
}

/** True when `dir` holds the metadata.json train writes; older model directories carry the same format. */
export function isModelDir(dir: string): boolean {
  try {
    return readModelMetadata(dir, 'model-dir')?.format === MODEL_FORMAT
  } catch {
    return false
  }
}
