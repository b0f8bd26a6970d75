import * as tf from '@tensorflow/tfjs'
import { layerSizes, weightList, type NetworkShape, type Weights } from './network.js'

/**
 * The trained network as a Keras-style tf.LayersModel, the form that is saved and served.
 * Model and layer names are fixed (TF.js otherwise numbers them per process), so the same weights always save to the same model.json.
 */
export function toLayersModel(shape: NetworkShape, weights: Weights): tf.LayersModel {
  const sizes = layerSizes(shape)
  const model = tf.sequential({ name: 'model' })
  sizes.slice(1).forEach((units, l) => {
    const hidden = l < shape.hidden.length
    model.add(
      tf.layers.dense({
        units,
        activation: hidden ? 'relu' : shape.head,
        name: hidden ? `hidden_${l + 1}` : 'output',
        // Overwritten below; zeros spend no random numbers.
        kernelInitializer: 'zeros',
        ...(l === 0 && { inputShape: [shape.inputs] }),
      }),
    )
  })
  const tensors = weightList(weights).map((values, k) => (k % 2 === 0 ? tf.tensor2d(values, [sizes[k / 2]!, sizes[k / 2 + 1]!]) : tf.tensor1d(values)))
  model.setWeights(tensors)
  tf.dispose(tensors)
  return model
}
