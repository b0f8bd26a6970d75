import { hashNumber, hashString } from '../hash/index.js'

const EXACT_LIMIT = 10_000
const HLL_BITS = 14
const HLL_SIZE = 1 << HLL_BITS

/**
 * Counts values exactly up to EXACT_LIMIT distinct ones, then estimates the distinct
 * count with HyperLogLog (about 0.8% standard error) so memory stays bounded.
 */
export class DistinctCounter<T extends string | number = string | number> {
  readonly counts = new Map<T, number>()
  private registers: Uint8Array | null = null

  add(value: T): void {
    const counts = this.counts
    const seen = counts.get(value)
    if (seen !== undefined) counts.set(value, seen + 1)
    else if (this.registers === null) {
      counts.set(value, 1)
      if (counts.size > EXACT_LIMIT) this.overflow()
    }
    if (this.registers !== null) this.addToSketch(value)
  }

  get exact(): boolean {
    return this.registers === null
  }

  get distinct(): number {
    return this.registers === null ? this.counts.size : Math.max(this.counts.size, Math.round(estimate(this.registers)))
  }

  /** Most frequent values; exact while `exact` is true. */
  top(limit: number): { value: T; count: number }[] {
    return [...this.counts.entries()]
      .sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))
      .slice(0, limit)
      .map(([value, count]) => ({ value, count }))
  }

  private overflow(): void {
    this.registers = new Uint8Array(HLL_SIZE)
    for (const value of this.counts.keys()) this.addToSketch(value)
  }

  private addToSketch(value: T): void {
    const hash = typeof value === 'number' ? hashNumber(value, 0) : hashString(value, 0)
    const index = hash >>> (32 - HLL_BITS)
    const rest = (hash << HLL_BITS) | (1 << (HLL_BITS - 1))
    const rank = Math.clz32(rest) + 1
    if (rank > this.registers![index]) this.registers![index] = rank
  }
}

function estimate(registers: Uint8Array): number {
  const m = registers.length
  let sum = 0
  let zeros = 0
  for (const register of registers) {
    sum += 2 ** -register
    if (register === 0) zeros++
  }
  const alpha = 0.7213 / (1 + 1.079 / m)
  const raw = (alpha * m * m) / sum
  if (raw <= 2.5 * m && zeros > 0) return m * Math.log(m / zeros)
  const two32 = 2 ** 32
  if (raw > two32 / 30) return -two32 * Math.log(1 - raw / two32)
  return raw
}
