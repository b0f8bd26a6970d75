import { describe, expect, it } from 'vitest'
import { ascendingOrder } from './order.js'

describe('ascendingOrder', () => {
  it('matches a stable comparison sort, ties in row order', () => {
    const special = [0, -0, 1, -1, Infinity, -Infinity, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, 0.5, 0.5, 1e-300, -1e300]
    const values = Float64Array.from({ length: 5000 }, (_, i) => (i < special.length ? special[i]! : Math.round(Math.sin(i * 12.9898) * 43758.5453 % 1 * 200) / 100))
    const expected = Array.from(values.keys()).sort((a, b) => values[a]! - values[b]! || a - b)
    expect(Array.from(ascendingOrder(values)).map((row) => values[row])).toEqual(expected.map((row) => values[row]))
    const order = Array.from(ascendingOrder(values))
    for (let j = 1; j < order.length; j++) if (values[order[j]!] === values[order[j - 1]!]) expect(order[j]!).toBeGreaterThan(order[j - 1]!)
  })

  it('handles empty and constant columns', () => {
    expect(Array.from(ascendingOrder(new Float64Array(0)))).toEqual([])
    expect(Array.from(ascendingOrder(new Float64Array([0.3, 0.3, 0.3])))).toEqual([0, 1, 2])
  })
})
