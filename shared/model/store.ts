import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as tf from '@tensorflow/tfjs'
import { fileError, UserError } from '../errors/index.js'
import { checkReadableFile, readTextFile } from '../fs/index.js'
import type { Label, Task } from '../metrics/index.js'
import type { Table } from '../table/index.js'
import { initBackend } from './backend.js'
import { parsePreprocessingFile, toPreprocessingFile } from './preprocessing-file.js'
import type { LoadedModel } from './flavor.js'
import { MODEL_DIR_FILES } from './layout.js'
import { predictTable, type ModelMeta } from './predict.js'
import { featureNames } from './preprocess.js'
import type { TrainedModel } from './train.js'

/** The files of the tfjs flavor, written by saveModel and read by loadModel. */
export const TFJS_FILES = [MODEL_DIR_FILES.topology, MODEL_DIR_FILES.weights, MODEL_DIR_FILES.preprocessing] as const

/** A saved tfjs model: the flavor-neutral LoadedModel, with the network and its preprocessing. */
export interface TfjsModel extends LoadedModel, ModelMeta {
  readonly task: Task
  readonly classes?: readonly Label[]
  readonly model: tf.LayersModel
}

/**
 * Writes model.json and weights.bin in TensorFlow.js' layers-model format (loadable by
 * tf.loadLayersModel and tensorflowjs_converter), and preprocessing.json beside them.
 */
export async function saveModel(dir: string, trained: TrainedModel, input = 'model-dir'): Promise<void> {
  await mkdir(dir, { recursive: true }).catch((error: unknown) => {
    throw fileError(input, 'write', dir, error)
  })
  // tfjs without tfjs-node has no file:// handler, so the artifacts are written here.
  await trained.model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      const modelJson = {
        format: 'layers-model',
        generatedBy: `TensorFlow.js tfjs-layers v${tf.version_layers}`,
        convertedBy: null,
        modelTopology: artifacts.modelTopology,
        weightsManifest: [{ paths: [MODEL_DIR_FILES.weights], weights: artifacts.weightSpecs ?? [] }],
      }
      const weights = tf.io.CompositeArrayBuffer.join(artifacts.weightData ?? new ArrayBuffer(0))
      await write(join(dir, MODEL_DIR_FILES.topology), JSON.stringify(modelJson), input)
      await write(join(dir, MODEL_DIR_FILES.weights), new Uint8Array(weights), input)
      return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) }
    }),
  )
  await write(join(dir, MODEL_DIR_FILES.preprocessing), `${JSON.stringify(toPreprocessingFile(trained), null, 2)}\n`, input)
}

/** Loads a directory saveModel wrote; callers outside this flavor use loadModelDir.  Missing or damaged files are UserErrors naming the file and `input`. */
export async function loadModel(dir: string, input = 'model-dir'): Promise<TfjsModel> {
  await initBackend()
  const preprocessingPath = join(dir, MODEL_DIR_FILES.preprocessing)
  const preprocessingFile = parsePreprocessingFile(checkJson(await readText(preprocessingPath, input), preprocessingPath, input), preprocessingPath, input)
  const topologyPath = join(dir, MODEL_DIR_FILES.topology)
  const topology = await readTopology(topologyPath, input)
  const weightData = await readWeights(dir, topology.weightSpecs, topology.paths, topologyPath, input)
  let model: tf.LayersModel
  try {
    model = await tf.loadLayersModel(tf.io.fromMemory({ modelTopology: topology.modelTopology, weightSpecs: topology.weightSpecs, weightData }))
  } catch (error) {
    throw new UserError(`Input '${input}': ${topologyPath} is not a TensorFlow.js layers model this version can load (${(error as Error).message}).`)
  }
  const meta: ModelMeta = preprocessingFile
  assertMatches(model, preprocessingFile, topologyPath, preprocessingPath, input)
  return {
    flavor: 'tfjs',
    task: preprocessingFile.task,
    target: preprocessingFile.target,
    features: preprocessingFile.features,
    preprocessing: preprocessingFile.preprocessing,
    ...(preprocessingFile.classes && { classes: preprocessingFile.classes }),
    ...(preprocessingFile.targetScaling && { targetScaling: preprocessingFile.targetScaling }),
    model,
    predict: (table: Table, dataInput?: string) => predictTable(model, meta, table, dataInput),
  }
}

interface Topology {
  modelTopology: object
  weightSpecs: tf.io.WeightsManifestEntry[]
  paths: string[]
}

async function readTopology(path: string, input: string): Promise<Topology> {
  const json = checkJson(await readText(path, input), path, input) as { modelTopology?: unknown; weightsManifest?: unknown }
  const groups = json.weightsManifest
  const valid =
    typeof json.modelTopology === 'object' &&
    json.modelTopology !== null &&
    Array.isArray(groups) &&
    groups.every((group) => Array.isArray(group?.paths) && Array.isArray(group?.weights))
  if (!valid) throw new UserError(`Input '${input}': ${path} is not a TensorFlow.js layers model (it needs modelTopology and weightsManifest).`)
  const manifest = groups as tf.io.WeightsManifestConfig
  return { modelTopology: json.modelTopology as object, weightSpecs: manifest.flatMap((group) => group.weights), paths: manifest.flatMap((group) => group.paths) }
}

const DTYPE_BYTES: Record<string, number> = { float32: 4, int32: 4, bool: 1 }

async function readWeights(dir: string, specs: tf.io.WeightsManifestEntry[], paths: string[], topologyPath: string, input: string): Promise<ArrayBuffer> {
  const parts = await Promise.all(paths.map((path) => readWeightsFile(join(dir, path), input)))
  const data = tf.io.CompositeArrayBuffer.join(parts.map((part) => part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength) as ArrayBuffer))
  if (specs.some((spec) => spec.quantization)) return data
  const expected = specs.reduce((total, spec) => total + (DTYPE_BYTES[spec.dtype] ?? 4) * spec.shape.reduce((a, b) => a * b, 1), 0)
  if (data.byteLength !== expected) {
    throw new UserError(`Input '${input}': ${join(dir, paths.join(', '))} holds ${data.byteLength} bytes of weights where ${topologyPath} describes ${expected}; the files do not belong together.`)
  }
  return data
}

function assertMatches(model: tf.LayersModel, manifest: ModelMeta, topologyPath: string, manifestPath: string, input: string): void {
  const inputs = model.inputs[0]?.shape[1]
  const outputs = model.outputs[0]?.shape[1]
  const expectedOutputs = manifest.task === 'regression' || manifest.classes!.length === 2 ? 1 : manifest.classes!.length
  if (inputs !== featureNames(manifest.preprocessing).length || outputs !== expectedOutputs) {
    throw new UserError(`Input '${input}': ${topologyPath} (${inputs} inputs, ${outputs} outputs) does not fit ${manifestPath} (${featureNames(manifest.preprocessing).length} inputs, ${expectedOutputs} outputs).`)
  }
}

async function readText(path: string, input: string): Promise<string> {
  return readTextFile(input, path)
}

/** A weights file, refused unless regular: a FIFO would block the read forever. */
async function readWeightsFile(path: string, input: string): Promise<Buffer> {
  checkReadableFile(input, path, 'weights')
  return readFile(path).catch((error: unknown) => Promise.reject(fileError(input, 'read', path, error)))
}

function checkJson(text: string, path: string, input: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new UserError(`Input '${input}': ${path} is not valid JSON (${(error as Error).message}).`)
  }
}

async function write(path: string, data: string | Uint8Array, input: string): Promise<void> {
  try {
    await writeFile(path, data)
  } catch (error) {
    throw fileError(input, 'write', path, error)
  }
}
