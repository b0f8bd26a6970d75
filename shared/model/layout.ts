/**
 * The files of a model directory, named here and nowhere else. train writes metadata.json,
 * metrics.json and profile.json for every model; the tfjs flavor adds model.json, weights.bin
 * and preprocessing.json, the onnx flavor model.onnx.
 */
export const MODEL_DIR_FILES = {
  /** ModelMetadata: what the model is and where it came from. */
  metadata: 'metadata.json',
  /** The validation metrics, a flat JSON object of names to numbers. */
  metrics: 'metrics.json',
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
