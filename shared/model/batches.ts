import { RandomStream } from '../random/index.js'
import type { Batch } from './network.js'

/** A fresh permutation of 0..n-1 per epoch, from the seed alone (Fisher-Yates). */
export class Shuffler {
  private readonly random: RandomStream

  constructor(seed: number) {
    this.random = new RandomStream(seed, 1)
  }

  order(n: number): Int32Array {
    const order = new Int32Array(n)
    for (let i = 0; i < n; i++) order[i] = i
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(this.random.nextFloat() * (i + 1))
      const swap = order[i]!
      order[i] = order[j]!
      order[j] = swap
    }
    return order
  }
}

export function emptyBatch(capacity: number, width: number): Batch {
  return { x: new Float32Array(capacity * width), xT: new Float32Array(capacity * width), y: new Float32Array(capacity), size: 0 }
}

/** Copies rows `order[start..start+size)` of the matrix and their targets into the batch. */
export function fillBatch(batch: Batch, matrix: Float32Array, width: number, targets: Float32Array, order: Int32Array, start: number, size: number): void {
  const { x, xT, y } = batch
  batch.size = size
  for (let i = 0; i < size; i++) {
    const row = order[start + i]!
    const from = row * width
    const to = i * width
    for (let j = 0; j < width; j++) {
      const value = matrix[from + j]!
      x[to + j] = value
      xT[j * size + i] = value
    }
    y[i] = targets[row]!
  }
}
