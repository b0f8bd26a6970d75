import { describe, expect, it } from 'vitest'
import { RandomStream } from './index.js'
import { highWord } from './random.js'

describe('RandomStream', () => {
  it("steps as xoshiro128** does: the reference outputs from state (1, 2, 3, 4)", () => {
    const stream = RandomStream.fromState([1, 2, 3, 4])
    const outputs = Array.from({ length: 10 }, () => stream.nextUint32())
    expect(outputs).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597, 4258142804])
  })

  it('is the same for the same seed and stream, and differs across either', () => {
    const first = (seed: number, stream: number): number[] => {
      const random = new RandomStream(seed, stream)
      return Array.from({ length: 4 }, () => random.nextUint32())
    }
    expect(first(7, 3)).toEqual(first(7, 3))
    expect(first(7, 3)).not.toEqual(first(7, 4))
    expect(first(7, 3)).not.toEqual(first(8, 3))
  })

  it('gives floats in [0, 1) with mean near 1/2', () => {
    const random = new RandomStream(1, 0)
    const values = Float64Array.from({ length: 100_000 }, () => random.nextFloat())
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...values)).toBeLessThan(1)
    expect(Math.abs(values.reduce((sum, x) => sum + x, 0) / values.length - 0.5)).toBeLessThan(0.005)
  })
})

describe('drawCounts', () => {
  const draw = (rows: number, seed: number, stream: number): Float64Array => {
    const counts = new Float64Array(rows)
    new RandomStream(seed, stream).drawCounts(counts)
    return counts
  }
  const total = (counts: Float64Array): number => counts.reduce((sum, count) => sum + count, 0)

  it('draws as many rows as there are, with replacement, deterministically', () => {
    const counts = draw(1000, 5, 0)
    expect(total(counts)).toBe(1000)
    expect(counts.every((count) => Number.isInteger(count) && count >= 0)).toBe(true)
    expect(draw(1000, 5, 0)).toEqual(counts)
    expect(draw(1000, 5, 1)).not.toEqual(counts)
    // About 1 - 1/e of the rows are drawn at least once.
    const distinct = counts.filter((count) => count > 0).length
    expect(Math.abs(distinct / 1000 - (1 - Math.exp(-1)))).toBeLessThan(0.05)
  })

  it('draws every row equally often over many resamples', () => {
    const rows = 7
    const sums = new Float64Array(rows)
    for (let stream = 0; stream < 20_000; stream++) draw(rows, 3, stream).forEach((count, i) => (sums[i] += count))
    // Each row's total is Binomial(140000, 1/7): standard deviation about 131.
    for (const sum of sums) expect(Math.abs(sum - 20_000)).toBeLessThan(600)
  })

  it('takes the exact high word of x * n for any 32-bit x and n below 2^31', () => {
    const random = new RandomStream(9, 0)
    for (let i = 0; i < 10_000; i++) {
      const x = random.nextUint32()
      const n = (random.nextUint32() >>> 1) || 1
      expect(highWord(x, n)).toBe(Number((BigInt(x) * BigInt(n)) >> 32n))
    }
    expect(highWord(0xffffffff, 0x7fffffff)).toBe(0x7ffffffe)
  })

  it('counts a row drawn more than 255 times exactly', () => {
    // The all-zero state draws row 0 every time: its count passes what a byte holds.
    for (const rows of [512, 1024]) {
      const counts = new Float64Array(rows)
      RandomStream.fromState([0, 0, 0, 0]).drawCounts(counts)
      expect(counts[0]).toBe(rows)
      expect(total(counts)).toBe(rows)
    }
    // And the next draw of an ordinary stream starts from clean counts.
    expect(total(draw(512, 5, 0))).toBe(512)
  })

  it('leaves the stream where the draws end, whatever the counts are held in', () => {
    const a = new RandomStream(4, 2)
    const b = new RandomStream(4, 2)
    a.drawCounts(new Float64Array(1000))
    for (let i = 0; i < 1000; i++) b.nextUint32()
    // 296 words in 2^32 are rejected for 1000 rows: none of these 1000, so the streams align.
    const ahead = Array.from({ length: 8 }, () => b.nextUint32())
    expect(Array.from({ length: 8 }, () => a.nextUint32())).toEqual(ahead)
  })

  it('draws exactly above 2^21 rows, where the index takes two multiplications', () => {
    const rows = 0x200000 + 12345
    const counts = draw(rows, 11, 0)
    expect(total(counts)).toBe(rows)
    // Rows at both ends are reachable.
    expect(counts.subarray(0, 1000).some((count) => count > 0)).toBe(true)
    expect(counts.subarray(rows - 1000).some((count) => count > 0)).toBe(true)
  })
})
