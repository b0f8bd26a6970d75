import * as tf from '@tensorflow/tfjs'
import { beforeAll, describe, expect, it } from 'vitest'
import { initBackend } from './backend.js'
import { emptyBatch, fillBatch } from './batches.js'
import { datasetLoss, initialWeights, layerSizes, trainStep, weightList, zerosLike, type Head, type NetworkShape } from './network.js'

beforeAll(async () => {
  await initBackend()
})

/** The same loss written with TensorFlow.js ops, for its automatic differentiation to check against. */
function referenceLoss(shape: NetworkShape, vars: tf.Variable[], x: tf.Tensor2D, y: Float32Array, l2: number): tf.Scalar {
  let a: tf.Tensor2D = x
  const layers = vars.length / 2
  for (let l = 0; l < layers; l++) {
    const z = tf.add(tf.matMul(a, vars[2 * l] as tf.Variable<tf.Rank.R2>), vars[2 * l + 1]!) as tf.Tensor2D
    a = l < layers - 1 ? tf.relu(z) : z
  }
  const penalty = tf.addN(vars.filter((_, k) => k % 2 === 0).map((kernel) => tf.sum(tf.square(kernel))))
  const labels = tf.tensor1d(y)
  let data: tf.Scalar
  if (shape.head === 'linear') data = tf.mean(tf.square(tf.sub(a.reshape([-1]), labels)))
  else if (shape.head === 'sigmoid') data = tf.mean(tf.sub(tf.softplus(a.reshape([-1])), tf.mul(labels, a.reshape([-1]))))
  else data = tf.mean(tf.sub(tf.logSumExp(a, 1), tf.sum(tf.mul(tf.oneHot(labels.toInt(), shape.outputs), a), 1)))
  return tf.add(data, tf.mul(penalty, l2))
}

describe('trainStep', () => {
  it.each<[Head, number]>([
    ['sigmoid', 1],
    ['softmax', 3],
    ['linear', 1],
  ])('matches TensorFlow.js autodiff for a %s head', (head, outputs) => {
    const shape: NetworkShape = { inputs: 5, hidden: [7, 4], outputs, head }
    const weights = initialWeights(shape, 3)
    weights.biases.forEach((bias, l) => bias.forEach((_, i) => (bias[i] = 0.1 * (i - l))))
    const rows = 9
    const matrix = Float32Array.from({ length: rows * shape.inputs }, (_, i) => Math.sin(i * 1.7))
    const targets = Float32Array.from({ length: rows }, (_, i) => (head === 'linear' ? Math.cos(i) : i % (head === 'softmax' ? outputs : 2)))
    const batch = emptyBatch(rows, shape.inputs)
    fillBatch(batch, matrix, shape.inputs, targets, Int32Array.from({ length: rows }, (_, i) => i), 0, rows)
    const gradients = zerosLike(weights)
    const loss = trainStep(shape, weights, batch, 0.01, gradients)

    const sizes = layerSizes(shape)
    const vars = weightList(weights).map((values, k) => tf.variable(k % 2 === 0 ? tf.tensor2d(values, [sizes[k / 2]!, sizes[k / 2 + 1]!]) : tf.tensor1d(values)))
    const x = tf.tensor2d(matrix, [rows, shape.inputs])
    const reference = tf.variableGrads(() => referenceLoss(shape, vars, x, targets, 0.01), vars)
    expect(loss).toBeCloseTo(reference.value.dataSync()[0]!, 5)
    weightList(gradients).forEach((gradient, k) => {
      const expected = reference.grads[vars[k]!.name]!.dataSync()
      gradient.forEach((value, i) => expect(value).toBeCloseTo(expected[i]!, 5))
    })
    expect(datasetLoss(shape, weights, matrix, targets, 0.01)).toBeCloseTo(loss, 5)
    tf.dispose([...vars, x, reference.value, ...Object.values(reference.grads)])
  })

  it('leaves no tensors behind', () => {
    const shape: NetworkShape = { inputs: 3, hidden: [4], outputs: 1, head: 'sigmoid' }
    const weights = initialWeights(shape, 0)
    const batch = emptyBatch(2, 3)
    fillBatch(batch, new Float32Array(6).fill(1), 3, Float32Array.of(0, 1), Int32Array.of(0, 1), 0, 2)
    const before = tf.memory().numTensors
    trainStep(shape, weights, batch, 0, zerosLike(weights))
    datasetLoss(shape, weights, batch.x, batch.y, 0)
    expect(tf.memory().numTensors).toBe(before)
  })
})
