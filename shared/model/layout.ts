/**
 * The files of a model directory, named here and nowhere else. train writes manifest.yaml,
 * metadata.json, metrics.json and profile.json for every model; the tfjs flavor adds
 * model.json, weights.bin and preprocessing.json, the onnx flavor model.onnx, and the command
 * flavor whatever its manifest lists.
 */
export const MODEL_DIR_FILES = {
  /** ModelManifest: what the model is (flavor, inputs, task, classes, files). */
  manifest: 'manifest.yaml',
  /** ModelMetadata: where the model came from (data, params, lineage). */
  metadata: 'metadata.json',
  /** The validation metrics train computed, a flat JSON object of names to numbers. */
  metrics: 'metrics.json',
  /** The metrics a training command wrote itself, kept as they were. */
  userMetrics: 'user-metrics.json',
  /** The reference profile of the training data, for drift monitoring. */
  profile: 'profile.json',
  /** tfjs: the layers-model topology and weights manifest. */
  topology: 'model.json',
  /** tfjs: the weights that model.json describes. */
  weights: 'weights.bin',
  /** tfjs: everything besides the network that prediction needs (ModelManifest). */
  preprocessing: 'preprocessing.json',
  /** onnx: the ONNX graph. */
  onnx: 'model.onnx',
} as const

export type ModelDirFile = keyof typeof MODEL_DIR_FILES
