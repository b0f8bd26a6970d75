export interface MomentsState {
  count: number
  min: number
  max: number
  mean: number
  m2: number
}

/**
 * Count, min, max, mean and variance in one pass (Welford), numerically stable. Without
 * `spread`, only the count, min and max: the mean and variance stay 0 and NaN.
 */
export class RunningMoments {
  count = 0
  min = Infinity
  max = -Infinity
  mean = 0
  private m2 = 0

  constructor(private readonly spread = true) {}

  add(value: number): void {
    this.count++
    if (value < this.min) this.min = value
    if (value > this.max) this.max = value
    if (!this.spread) return
    const delta = value - this.mean
    this.mean += delta / this.count
    this.m2 += delta * (value - this.mean)
  }

  state(): MomentsState {
    return { count: this.count, min: this.min, max: this.max, mean: this.mean, m2: this.m2 }
  }

  /** Adds another part's values (Chan et al.'s parallel update). */
  merge(other: MomentsState): void {
    if (other.count === 0) return
    const count = this.count + other.count
    const delta = other.mean - this.mean
    this.mean += (delta * other.count) / count
    this.m2 += other.m2 + (delta * delta * this.count * other.count) / count
    this.count = count
    if (other.min < this.min) this.min = other.min
    if (other.max > this.max) this.max = other.max
  }

  /** Sample standard deviation (ddof = 1), as pandas reports it. */
  get std(): number {
    return this.count > 1 && this.spread ? Math.sqrt(this.m2 / (this.count - 1)) : NaN
  }
}
