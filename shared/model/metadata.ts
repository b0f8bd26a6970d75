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

/** metadata.json, version 1: where the model came from. What it is (flavor, inputs, task, classes) is manifest.yaml's. */
export interface ModelMetadata {
  format: typeof MODEL_FORMAT
  version: 1
  name?: string
  trainer: 'built-in' | 'command'
  /** The built-in trainer's model kind. */
  model?: string
  /** The training command. */
  command?: string
  backend?: string
  params: unknown
  paramsHash: string
  dataHash: string
  validationDataHash?: string
  rows: { train: number; validation: number }
  metrics: Record<string, number>
  libraries: Record<string, string>
  /** Written by older releases; a model directory holds no time now, so that training again on the same data, params and seed gives the same bytes. */
  createdAt?: string
  lineage: Lineage
  seed: number
}

/** What metadata.json said of the model itself before manifest.yaml existed: read for older directories. */
export interface LegacyModelFacts {
  task?: string
  target?: string
  features?: string[]
}

/**
 * metadata.json as read back from a directory: train writes every field, but a directory
 * written by hand, by a user's command or by an older release may lack any of them.
 */
export type StoredMetadata = Partial<ModelMetadata> & LegacyModelFacts

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
