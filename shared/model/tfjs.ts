// The TensorFlow.js half of the model concept. Importing this module loads TensorFlow.js and its
// WebAssembly backend, so only the tfjs flavor and the built-in trainer import it, lazily.
export { initBackend, tfVersion, wasmDirectory, WASM_FILES, type BackendName } from './backend.js'
export type { EpochRecord } from './fit.js'
export type { PreprocessingFile } from './preprocessing-file.js'
export { loadModel, saveModel, TFJS_FILES, type TfjsModel } from './store.js'
export { trainModel, type TrainedModel, type TrainModelOptions } from './train.js'
