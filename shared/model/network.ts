import * as tf from '@tensorflow/tfjs'
import { RandomStream } from '../random/index.js'

/** What the last layer computes: P(second class), class probabilities, or the value. */
export type Head = 'sigmoid' | 'softmax' | 'linear'

/** Dense layers: ReLU hidden layers, then the head. No hidden layers is a linear model. */
export interface NetworkShape {
  readonly inputs: number
  readonly hidden: readonly number[]
  readonly outputs: number
  readonly head: Head
}

/** Each dense layer's kernel (row-major, inputs x units) and bias. */
export interface Weights {
  readonly kernels: Float32Array[]
  readonly biases: Float32Array[]
}

/** Rows of one minibatch: `x` row-major, `xT` its transpose, `y` a class index or a value per row. */
export interface Batch {
  readonly x: Float32Array
  readonly xT: Float32Array
  readonly y: Float32Array
  size: number
}

/** Units per layer, inputs first. */
export function layerSizes(shape: NetworkShape): number[] {
  return [shape.inputs, ...shape.hidden, shape.outputs]
}

/** Glorot-uniform kernels, one seed per layer drawn from `seed`, and zero biases, as Keras starts. */
export function initialWeights(shape: NetworkShape, seed: number): Weights {
  const sizes = layerSizes(shape)
  const seeds = new RandomStream(seed, 0)
  const kernels = sizes.slice(1).map((units, l) => {
    const kernel = tf.initializers.glorotUniform({ seed: seeds.nextUint32() }).apply([sizes[l]!, units])
    const values = Float32Array.from(kernel.dataSync())
    kernel.dispose()
    return values
  })
  return { kernels, biases: sizes.slice(1).map((units) => new Float32Array(units)) }
}

export function zerosLike(weights: Weights): Weights {
  return { kernels: weights.kernels.map((k) => new Float32Array(k.length)), biases: weights.biases.map((b) => new Float32Array(b.length)) }
}

export function copyWeights(weights: Weights): Weights {
  return { kernels: weights.kernels.map((k) => k.slice()), biases: weights.biases.map((b) => b.slice()) }
}

/** Kernels and biases in one list, the order the optimizer and the Keras layers use. */
export function weightList(weights: Weights): Float32Array[] {
  return weights.kernels.flatMap((kernel, l) => [kernel, weights.biases[l]!])
}

/**
 * One step of backpropagation: fills `gradients` with d(loss)/d(weights) for the batch and
 * returns the batch loss (mean over rows, plus the L2 penalty).
 *
 * Written out by hand rather than through tf.grad, for speed on the WASM backend: its only
 * fast matrix product (XNNPACK) takes untransposed operands, while the products autodiff
 * emits for dense layers (transposeA, transposeB) fall back to a naive loop about six times
 * slower. So every product here is untransposed, with explicit transposes; bias gradients
 * are a product with a row of ones, faster than a column sum; and the loss and its
 * gradient at the head are computed in JavaScript, on a few numbers per row.
 */
export function trainStep(shape: NetworkShape, weights: Weights, batch: Batch, l2: number, gradients: Weights): number {
  const sizes = layerSizes(shape)
  const layers = sizes.length - 1
  const { size } = batch
  const dz = new Float32Array(size * shape.outputs)
  let loss = 0
  tf.tidy(() => {
    const kernels = weights.kernels.map((kernel, l) => tf.tensor2d(kernel, [sizes[l]!, sizes[l + 1]!]))
    const activations = forward(kernels, weights.biases, tf.tensor2d(batch.x.subarray(0, size * shape.inputs), [size, shape.inputs]))
    loss = headLoss(shape.head, activations[layers]!.dataSync(), batch.y, size, shape.outputs, dz)
    const ones = tf.ones([1, size])
    let upstream: tf.Tensor2D = tf.tensor2d(dz, [size, shape.outputs])
    for (let l = layers - 1; l >= 0; l--) {
      const inputT = l === 0 ? tf.tensor2d(batch.xT.subarray(0, size * shape.inputs), [shape.inputs, size]) : tf.transpose(activations[l]!)
      gradients.kernels[l]!.set(tf.matMul(inputT, upstream).dataSync())
      gradients.biases[l]!.set(tf.matMul(ones, upstream).dataSync())
      // ReLU passes the gradient where its output was positive.
      if (l > 0) upstream = tf.mul(tf.matMul(upstream, tf.transpose(kernels[l]!)), tf.step(activations[l]!))
    }
  })
  return loss + applyL2(weights, l2, gradients)
}

/** Adds the penalty's gradient 2 * l2 * w to the kernels' gradients; returns the penalty. */
function applyL2(weights: Weights, l2: number, gradients: Weights): number {
  if (l2 === 0) return 0
  let penalty = 0
  weights.kernels.forEach((kernel, l) => {
    const gradient = gradients.kernels[l]!
    for (let i = 0; i < kernel.length; i++) {
      penalty += kernel[i]! * kernel[i]!
      gradient[i] = gradient[i]! + 2 * l2 * kernel[i]!
    }
  })
  return l2 * penalty
}

/** Each layer's input, and last the head's pre-activation (logits or value). */
function forward(kernels: tf.Tensor2D[], biases: Float32Array[], x: tf.Tensor2D): tf.Tensor2D[] {
  const activations = [x]
  kernels.forEach((kernel, l) => {
    const hidden = l < kernels.length - 1
    activations.push(tf.fused.matMul({ a: activations[l]!, b: kernel, bias: tf.tensor1d(biases[l]!), activation: hidden ? 'relu' : 'linear' }) as tf.Tensor2D)
  })
  return activations
}

const EVALUATION_ROWS = 8192

/** Mean loss over rows of a row-major matrix, plus the L2 penalty, as Keras reports val_loss. */
export function datasetLoss(shape: NetworkShape, weights: Weights, matrix: Float32Array, y: Float32Array, l2: number): number {
  const rows = y.length
  if (rows === 0) return Number.NaN
  const sizes = layerSizes(shape)
  let total = 0
  tf.tidy(() => {
    const kernels = weights.kernels.map((kernel, l) => tf.tensor2d(kernel, [sizes[l]!, sizes[l + 1]!]))
    for (let start = 0; start < rows; start += EVALUATION_ROWS) {
      const size = Math.min(EVALUATION_ROWS, rows - start)
      tf.tidy(() => {
        const x = tf.tensor2d(matrix.subarray(start * shape.inputs, (start + size) * shape.inputs), [size, shape.inputs])
        const outputs = forward(kernels, weights.biases, x).at(-1)!.dataSync()
        total += size * headLoss(shape.head, outputs, y.subarray(start, start + size), size, shape.outputs)
      })
    }
  })
  let penalty = 0
  for (const kernel of weights.kernels) for (const w of kernel) penalty += w * w
  return total / rows + l2 * penalty
}

/**
 * Mean loss of the head over a batch (log loss, or squared error for values) from its
 * pre-activations `z`, computed stably from the logits. With `dz`, also fills d(loss)/dz.
 */
export function headLoss(head: Head, z: ArrayLike<number>, y: ArrayLike<number>, size: number, outputs: number, dz?: Float32Array): number {
  let sum = 0
  if (head === 'linear') {
    for (let i = 0; i < size; i++) {
      const error = z[i]! - y[i]!
      sum += error * error
      if (dz) dz[i] = (2 * error) / size
    }
  } else if (head === 'sigmoid') {
    for (let i = 0; i < size; i++) {
      const logit = z[i]!
      const label = y[i]!
      // log(1 + e^z) - y z, without overflow for large |z|.
      sum += Math.max(logit, 0) - label * logit + Math.log1p(Math.exp(-Math.abs(logit)))
      if (dz) dz[i] = (1 / (1 + Math.exp(-logit)) - label) / size
    }
  } else {
    for (let i = 0; i < size; i++) {
      const row = i * outputs
      let max = -Infinity
      for (let c = 0; c < outputs; c++) max = Math.max(max, z[row + c]!)
      let total = 0
      for (let c = 0; c < outputs; c++) total += Math.exp(z[row + c]! - max)
      const label = y[i]!
      sum += max + Math.log(total) - z[row + label]!
      if (dz) for (let c = 0; c < outputs; c++) dz[row + c] = (Math.exp(z[row + c]! - max) / total - (c === label ? 1 : 0)) / size
    }
  }
  return sum / size
}
