import type { Logger } from '../log/index.js'
import { loadBuiltInTrainer, MODEL_DIR_FILES, parseTrainParams, writeManifest } from '../model/index.js'
import { assertFiniteColumns, loadTrainingData } from './data.js'
import { writeModelDir } from './model-dir.js'
import { modelInputs, recordModel, type TrainOptions, type TrainResult } from './train.js'

/** Trains a linear or MLP model with TensorFlow.js: the tfjs flavor. */
export async function trainBuiltIn(options: TrainOptions, log: Logger): Promise<TrainResult> {
  const started = Date.now()
  const params = parseTrainParams(options.params)
  const { trainModel, saveModel, tfVersion } = await loadBuiltInTrainer()
  const data = await loadTrainingData(options, log)
  // The trainer names its whole table 'data'; the validation file is checked here, under its own input.
  if (data.validationTable) assertFiniteColumns(data.validationTable, data.features, options.target, 'validation-data')
  const { combined, train, validation, task, features } = data
  log.info(`Training a ${options.model} ${task} model of ${options.target} on ${train.length} rows, ${features.length} features; validating on ${validation.length} rows.`)
  const trained = await trainModel({ table: combined, features, target: options.target, task, model: options.model, params, trainRows: train, validationRows: validation, seed: options.seed, log })
  let result!: Omit<TrainResult, 'history'>
  await writeModelDir(options.outputDir, async (staging) => {
    await saveModel(staging, trained)
    writeManifest(staging, {
      version: 1,
      flavor: 'tfjs',
      task,
      target: options.target,
      inputs: modelInputs(combined, features),
      ...(trained.classes && { classes: [...trained.classes] }),
      files: [MODEL_DIR_FILES.topology, MODEL_DIR_FILES.weights, MODEL_DIR_FILES.preprocessing],
    })
    // Scoring the saved model checks that it loads back exactly as serving will see it.
    const trainer = { trainer: 'built-in' as const, model: options.model, backend: trained.backend, params, libraries: { '@tensorflow/tfjs': tfVersion() } }
    result = await recordModel(staging, data, options, trainer, started, 'output-dir')
  })
  return { ...result, history: trained.history }
}
