import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { readTextFileIfExists } from '../fs/index.js'
import type { MetricValues } from '../metrics/index.js'
import { writeOutputFile } from '../output/index.js'
import type { LoadedModel } from './flavor.js'
import { flavorOf } from './flavors/index.js'
import { MODEL_DIR_FILES, type ModelDirFile } from './layout.js'
import { readModelMetadata, type ModelMetadata, type StoredMetadata } from './metadata.js'

/** The path of one of the model directory's files. */
export function modelDirFile(dir: string, file: ModelDirFile): string {
  return join(dir, MODEL_DIR_FILES[file])
}

/**
 * Loads the model in `dir` through the flavor its metadata.json names (tfjs when it names
 * none or there is no metadata.json). Problems are UserErrors naming the file and `input`.
 */
export async function loadModelDir(dir: string, input = 'model-dir'): Promise<LoadedModel> {
  const metadata = readModelMetadata(dir, input)
  return flavorOf(metadata, dir, input).load(dir, metadata, input)
}

/**
 * The file that shows `dir` holds a model, and whether it is there. A directory whose
 * metadata names an unknown flavor counts as holding one, so that loading it says why not.
 */
export function modelFileOf(dir: string, input: string): { file: string; present: boolean } {
  let metadata: StoredMetadata | undefined
  try {
    metadata = readModelMetadata(dir, input)
  } catch {
    // Damaged metadata: look for the default flavor's model, and let loading name the damage.
    metadata = undefined
  }
  let file: string
  try {
    file = flavorOf(metadata, dir, input).modelFile
  } catch {
    return { file: MODEL_DIR_FILES.metadata, present: true }
  }
  return { file, present: existsSync(join(dir, file)) }
}

/** What train records beside every model, whatever trained it. */
export interface ModelRecords {
  metrics: MetricValues
  metadata: ModelMetadata
  /** The reference profile of the training rows. */
  profile: unknown
}

/** Writes metrics.json, metadata.json and profile.json; failures name the input `output-dir`. */
export function writeModelRecords(dir: string, records: ModelRecords, input = 'output-dir'): void {
  writeOutputFile(input, modelDirFile(dir, 'metrics'), JSON.stringify(records.metrics, null, 2) + '\n')
  writeOutputFile(input, modelDirFile(dir, 'metadata'), JSON.stringify(records.metadata, null, 2) + '\n')
  writeOutputFile(input, modelDirFile(dir, 'profile'), JSON.stringify(records.profile) + '\n')
}

/** profile.json as text, or undefined when the directory has none. */
export function readProfileText(dir: string, input = 'model-dir'): string | undefined {
  return readTextFileIfExists(input, modelDirFile(dir, 'profile'))
}
