// The model directory and its flavors, free of TensorFlow.js: importing this loads no ML library.
// TensorFlow.js code is in tfjs.ts, loaded by loadBuiltInTrainer() or the tfjs flavor on first use.
export type { LoadedModel, ModelFlavor, Prediction, ServeProcess, ServeRow } from './flavor.js'
export { DEFAULT_FLAVOR, flavorFacts, flavorOf, MODEL_FLAVORS, type FlavorFacts } from './flavors/index.js'
export { onnxGraphClasses } from './flavors/onnx.js'
export { MODEL_DIR_FILES, type ModelDirFile } from './layout.js'
export { parseManifest, readManifest, writeManifest, type CommandSpec, type ModelInput, type ModelManifest } from './manifest.js'
export { FLAVOR_NAMES, manifestJsonSchema } from './manifest-schema.js'
export { isModelDir, MODEL_FORMAT, readModelMetadata, type Lineage, type ModelMetadata, type StoredMetadata } from './metadata.js'
export { holdsModel, loadModelDir, modelDirFile, readProfileText, writeModelRecords, type ModelRecords } from './model-dir.js'
export { DEFAULT_TRAIN_PARAMS, MODEL_KINDS, parseTrainParams, type ModelKind, type TrainParams } from './params.js'
export { assertFinite, featureNames, fitPreprocessing, transform, type CategoryStep, type FeatureStep, type Matrix, type NumericStep, type Preprocessing } from './preprocess.js'
export type { TargetScaling } from './target.js'

/** The built-in trainer, with TensorFlow.js: loaded on first call, so a static import of this folder stays light. */
export function loadBuiltInTrainer(): Promise<typeof import('./tfjs.js')> {
  return import('./tfjs.js')
}
