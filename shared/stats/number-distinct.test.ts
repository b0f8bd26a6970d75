import { describe, expect, it } from 'vitest'
import { RandomStream } from '../random/index.js'
import { EXACT_LIMIT } from './distinct.js'
import { NumberDistinctCounter } from './number-distinct.js'

/** Each value's count, as a plain Map counts them. */
function reference(values: number[]): Map<number, number> {
  const counts = new Map<number, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return counts
}

function sortedEntries(counter: NumberDistinctCounter): [number, number][] {
  return counter.entries().sort((a, b) => a[0] - b[0])
}

/** Mostly small integers around `centre`, with far integers, fractions and negatives mixed in. */
function mixedValues(count: number, centre: number, seed: number): number[] {
  const random = new RandomStream(seed, 1)
  const values: number[] = []
  for (let i = 0; i < count; i++) {
    const u = random.nextFloat()
    if (u < 0.8) values.push(centre + Math.floor((random.nextFloat() - 0.3) * 3000))
    else if (u < 0.9) values.push(Math.floor(random.nextFloat() * 1e9) - 5e8)
    else values.push(Math.round(random.nextFloat() * 1e4) / 100 - 50)
  }
  return values
}

describe('NumberDistinctCounter', () => {
  it('counts every value exactly, in and out of the integer window', () => {
    const values = mixedValues(20_000, 400, 7)
    const counter = new NumberDistinctCounter()
    for (const value of values) counter.add(value)
    const expected = reference(values)
    expect(counter.exact).toBe(expected.size <= EXACT_LIMIT)
    expect(counter.distinct).toBe(expected.size)
    expect(sortedEntries(counter)).toEqual([...expected].sort((a, b) => a[0] - b[0]))
    const top = [...expected].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]))).slice(0, 5)
    expect(counter.top(5)).toEqual(top.map(([value, count]) => ({ value, count })))
  })

  it('gives the same counts when the values arrive sorted, in runs, or far from the first one', () => {
    const values = mixedValues(6_000, -2_000_000, 11)
    const orders = [values, [...values].sort((a, b) => a - b), [...values].sort((a, b) => b - a), [1e15, ...values]]
    for (const order of orders) {
      const counter = new NumberDistinctCounter()
      for (const value of order) counter.add(value)
      expect(sortedEntries(counter)).toEqual([...reference(order)].sort((a, b) => a[0] - b[0]))
    }
  })

  it('merges the states of parts into the counts of the whole', () => {
    const values = mixedValues(12_000, 50, 3)
    const whole = new NumberDistinctCounter()
    for (const value of values) whole.add(value)
    const parts = [values.slice(0, 100), values.slice(100, 7000), values.slice(7000)].map((part) => {
      const counter = new NumberDistinctCounter()
      for (const value of part) counter.add(value)
      return counter.state()
    })
    const merged = new NumberDistinctCounter()
    for (const part of parts) merged.merge(part)
    expect(sortedEntries(merged)).toEqual(sortedEntries(whole))
    expect(merged.distinct).toBe(whole.distinct)
    expect(merged.top(5)).toEqual(whole.top(5))
  })

  it('turns to an estimate past the exact limit, whether the values fall in the window or not', () => {
    for (const spread of [1, 1000]) {
      const counter = new NumberDistinctCounter()
      const distinct = 3 * EXACT_LIMIT
      // The first thousand values open a window; the rest run past it.
      for (let i = 0; i < distinct; i++) counter.add(i * spread)
      for (let i = 0; i < distinct; i += 7) counter.add(i * spread)
      expect(counter.exact).toBe(false)
      expect(Math.abs(counter.distinct - distinct) / distinct).toBeLessThan(0.03)
    }
    const atLimit = new NumberDistinctCounter()
    for (let i = 0; i < EXACT_LIMIT; i++) atLimit.add(i)
    expect(atLimit.exact).toBe(true)
    atLimit.add(EXACT_LIMIT)
    expect(atLimit.exact).toBe(false)
  })
})
