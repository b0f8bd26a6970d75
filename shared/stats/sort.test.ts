import { describe, expect, it } from 'vitest'
import { sortFinite } from './sort.js'

describe('sortFinite', () => {
  let state = 9
  const random = (): number => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32
  const cases: Record<string, () => number> = {
    'mixed signs': () => random() * 2000 - 1000,
    'every magnitude': () => (random() < 0.5 ? -1 : 1) * Math.exp((random() - 0.5) * 1400),
    'rounded, with zeros of both signs': () => [0, -0, 1.5, -2.25][Math.floor(random() * 4)] * Math.round(random() * 10),
    'subnormals and extremes': () => [Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE, 2.2e-308][Math.floor(random() * 5)] * random(),
  }
  for (const [name, draw] of Object.entries(cases)) {
    it(`orders ${name} as Float64Array sort does`, () => {
      const values = Float64Array.from({ length: 20_000 }, draw)
      const expected = values.slice().sort()
      expect(Array.from(sortFinite(values), (value) => Object.is(value, -0) ? '-0' : value)).toEqual(Array.from(expected, (value) => (Object.is(value, -0) ? '-0' : value)))
    })
  }
})

describe('sortFinite with a scratch array', () => {
  it('sorts in place, whether the radix passes end in the scratch array or not', () => {
    for (const draw of [(i: number) => (i * 7919) % 1000, (i: number) => Math.sin(i) * 1e6, (i: number) => -i / 3]) {
      const values = Float64Array.from({ length: 5000 }, (_, i) => draw(i))
      const expected = values.slice().sort()
      const scratch = new Float64Array(6000)
      expect(sortFinite(values, scratch)).toBe(values)
      expect(values).toEqual(expected)
    }
  })
})
