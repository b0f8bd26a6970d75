/**
 * Adam with tf.train.adam's defaults and update rule (beta1 0.9, beta2 0.999, epsilon 1e-7,
 * bias-corrected moments), on plain arrays. A model's weights are a few thousand numbers:
 * updating them here takes microseconds, where tf.train.adam costs about a dozen kernel
 * calls per weight tensor per step.
 */
export class Adam {
  private readonly first: Float64Array[]
  private readonly second: Float64Array[]
  private steps = 0

  constructor(
    sizes: readonly number[],
    private readonly learningRate: number,
    private readonly beta1 = 0.9,
    private readonly beta2 = 0.999,
    private readonly epsilon = 1e-7,
  ) {
    this.first = sizes.map((size) => new Float64Array(size))
    this.second = sizes.map((size) => new Float64Array(size))
  }

  /** Moves each `weights[k]` against `gradients[k]`, in place. */
  step(weights: readonly Float32Array[], gradients: readonly ArrayLike<number>[]): void {
    this.steps++
    const { beta1, beta2, epsilon } = this
    const keep1 = 1 - beta1
    const keep2 = 1 - beta2
    const step = this.learningRate / (1 - beta1 ** this.steps)
    const unbias2 = 1 / (1 - beta2 ** this.steps)
    for (let k = 0; k < weights.length; k++) {
      const w = weights[k]!
      const g = gradients[k]!
      const m = this.first[k]!
      const v = this.second[k]!
      for (let i = 0; i < w.length; i++) {
        const gi = g[i]!
        const mi = beta1 * m[i]! + keep1 * gi
        const vi = beta2 * v[i]! + keep2 * gi * gi
        m[i] = mi
        v[i] = vi
        w[i] = w[i]! - (step * mi) / (Math.sqrt(vi * unbias2) + epsilon)
      }
    }
  }
}
