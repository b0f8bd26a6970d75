/** Count, min, max, mean and variance in one pass (Welford), numerically stable. */
export class RunningMoments {
  count = 0
  min = Infinity
  max = -Infinity
  mean = 0
  private m2 = 0

  add(value: number): void {
    this.count++
    if (value < this.min) this.min = value
    if (value > this.max) this.max = value
    const delta = value - this.mean
    this.mean += delta / this.count
    this.m2 += delta * (value - this.mean)
  }

  /** Sample standard deviation (ddof = 1), as pandas reports it. */
  get std(): number {
    return this.count > 1 ? Math.sqrt(this.m2 / (this.count - 1)) : NaN
  }
}
