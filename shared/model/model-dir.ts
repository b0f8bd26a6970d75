import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { readTextFileIfExists } from '../fs/index.js'
import type { MetricValues } from '../metrics/index.js'
import { writeOutputFile } from '../output/index.js'
import type { LoadedModel } from './flavor.js'
import { UserError } from '../errors/index.js'
import { flavorOf } from './flavors/index.js'
import { MODEL_DIR_FILES, type ModelDirFile } from './layout.js'
import { readManifest } from './manifest.js'
import type { ModelMetadata } from './metadata.js'

/** The path of one of the model directory's files. */
export function modelDirFile(dir: string, file: ModelDirFile): string {
  return join(dir, MODEL_DIR_FILES[file])
}

/**
 * Loads the model in `dir` through the flavor its manifest.yaml names; a directory without a
 * manifest is a tfjs model from before manifests. Problems are UserErrors naming the file and `input`.
 */
export async function loadModelDir(dir: string, input = 'model-dir'): Promise<LoadedModel> {
  const manifest = readManifest(dir, input)
  if (!manifest && !existsSync(modelDirFile(dir, 'topology'))) {
    throw new UserError(`Input '${input}': '${dir}' has no ${MODEL_DIR_FILES.manifest} to say what model it holds (nor the ${MODEL_DIR_FILES.topology} of a model from an older release).`)
  }
  return flavorOf(manifest, dir, input).load(dir, manifest, input)
}

/** True when `dir` holds a manifest.yaml, or the model.json of a tfjs model from before manifests. */
export function holdsModel(dir: string): boolean {
  return existsSync(modelDirFile(dir, 'manifest')) || existsSync(modelDirFile(dir, 'topology'))
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
