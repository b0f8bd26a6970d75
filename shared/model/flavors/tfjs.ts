import type { ModelFlavor } from '../flavor.js'
import { MODEL_DIR_FILES } from '../layout.js'

/**
 * The built-in trainer's models: a TensorFlow.js layers model (model.json, weights.bin) and its
 * preprocessing.json. TensorFlow.js and its WebAssembly backend load on the first `load`.
 */
export const tfjsFlavor: ModelFlavor = {
  name: 'tfjs',
  runtime: 'TensorFlow.js, bundled with the actions',
  async load(dir, _manifest, input) {
    const { loadModel } = await import('../tfjs.js')
    return loadModel(dir, input)
  },
}
