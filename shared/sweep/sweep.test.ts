import { describe, expect, it } from 'vitest'
import { isUserError } from '../errors/index.js'
import { canonicalJson, expandGrid, legName, matrixJson, NAME_LIMIT, planSweep } from './index.js'

const WHERE = "Input 'grid'"

function refusal(grid: unknown, maxPoints = 256, base: Record<string, unknown> = {}): string {
  try {
    planSweep(grid, base, maxPoints, WHERE)
  } catch (error) {
    expect(isUserError(error)).toBe(true)
    return (error as Error).message
  }
  throw new Error('expected a refusal')
}

describe('expandGrid', () => {
  it('expands a mapping as GitHub expands a matrix: the first param varies slowest', () => {
    expect(expandGrid({ lr: [0.1, 0.01], epochs: [10, 20, 30] }, 256, WHERE)).toEqual([
      { lr: 0.1, epochs: 10 },
      { lr: 0.1, epochs: 20 },
      { lr: 0.1, epochs: 30 },
      { lr: 0.01, epochs: 10 },
      { lr: 0.01, epochs: 20 },
      { lr: 0.01, epochs: 30 },
    ])
  })

  it('takes a list of mappings as the points, in order', () => {
    expect(expandGrid([{ model: 'mlp', epochs: 5 }, { model: 'linear' }], 256, WHERE)).toEqual([{ model: 'mlp', epochs: 5 }, { model: 'linear' }])
  })
})

describe('planSweep', () => {
  it("merges every point over the base params, the point's value winning", () => {
    const { legs, varied } = planSweep({ 'learning-rate': [0.1, 0.01] }, { epochs: 20, 'learning-rate': 1, 'hidden-units': [32, 32] }, 256, WHERE)
    expect(varied).toEqual(['learning-rate'])
    expect(legs.map((leg) => leg.params)).toEqual([
      { epochs: 20, 'learning-rate': 0.1, 'hidden-units': [32, 32] },
      { epochs: 20, 'learning-rate': 0.01, 'hidden-units': [32, 32] },
    ])
    expect(legs.map((leg) => leg.point)).toEqual([{ 'learning-rate': 0.1 }, { 'learning-rate': 0.01 }])
  })

  it('names each leg by its values and a digest of its params: unique, stable, short and safe', () => {
    const { legs } = planSweep({ lr: [0.1, 0.01], note: ['a b', 'a/b', 'a:b', 'x'.repeat(100), '"*?<>|\\'] }, { epochs: 3 }, 256, WHERE)
    const names = legs.map((leg) => leg.name)
    expect(new Set(names).size).toBe(names.length)
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(NAME_LIMIT)
      expect(name).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*$/)
    }
    expect(names[0]).toMatch(/^lr-0\.1_note-a-b-[0-9a-f]{8}$/)
    // 'a b' and 'a/b' read alike; the digest keeps them apart.
    expect(names[0]!.slice(0, -9)).toBe(names[1]!.slice(0, -9))
    expect(names[3]).toMatch(/^lr-0\.1_note-x+-[0-9a-f]{8}$/)
    expect(names[4]).toMatch(/^lr-0\.1_note-[0-9a-f]{8}$/)

    // The same params give the same name, whatever else the grid holds and in whatever key order.
    const again = planSweep([{ note: 'a b', lr: 0.1 }], { epochs: 3 }, 256, WHERE).legs[0]!
    expect(again.name.slice(-8)).toBe(names[0]!.slice(-8))
    expect(legName({ lr: 0.1, note: 'a b' }, { lr: 0.1, note: 'a b', epochs: 3 })).toBe(names[0])
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 1 }], c: 0 } })).toBe('{"a":{"c":0,"d":[1,{"e":1,"f":2}]},"b":1}')
  })

  it('never starts a name with a dot or a dash', () => {
    expect(legName({ '.hidden': -1 }, { '.hidden': -1 })).toMatch(/^hidden--1-[0-9a-f]{8}$/)
    expect(legName({ '-': '-' }, { '-': '-' })).toMatch(/^[0-9a-f]{8}$/)
  })

  it('names the input and key of every grid it refuses', () => {
    expect(refusal('lr')).toBe(
      `Input 'grid': must be a mapping of param names to lists of values, such as '{learning-rate: [0.01, 0.1]}', or a list of such mappings, one per point; got the text "lr".`,
    )
    expect(refusal({})).toBe("Input 'grid': names no param; give at least one, such as '{learning-rate: [0.01, 0.1]}'.")
    expect(refusal({ epochs: 10 })).toBe("Input 'grid': key 'epochs' must be a list of values, such as [10, …]; got number 10. A value every point shares belongs in 'params'.")
    expect(refusal({ lr: [0.1], epochs: [] })).toBe("Input 'grid': key 'epochs' is an empty list; give at least one value.")
    expect(refusal({ 'hidden-units': [[32], [64, 64]] })).toBe(
      "Input 'grid': key 'hidden-units' item 1 must be a string, number or boolean; got a list. Params that are lists or mappings belong in 'params', the same for every point.",
    )
    expect(refusal({ lr: [0.1, null] })).toMatch(/^Input 'grid': key 'lr' item 2 must be a string, number or boolean; got nothing\./)
    expect(refusal({ lr: [0.1, Infinity] })).toBe("Input 'grid': key 'lr' item 2 must be a finite number; got Infinity.")
    expect(refusal({ lr: [0.1, 0.2, 0.1] })).toBe("Input 'grid': key 'lr' item 3 repeats item 1 (0.1); each value makes its own points.")
    expect(refusal([])).toBe("Input 'grid': is an empty list; give at least one point, such as '[{learning-rate: 0.01}]'.")
    expect(refusal([{ lr: 0.1 }, 'fast'])).toBe(`Input 'grid': point 2 must be a mapping of param names to values, such as '{learning-rate: 0.01}'; got the text "fast".`)
    expect(refusal([{ lr: 0.1 }, {}])).toBe("Input 'grid': point 2 is empty; give it at least one param.")
    expect(refusal([{ lr: { min: 0 } }])).toMatch(/^Input 'grid': point 1 key 'lr' must be a string, number or boolean; got a mapping\./)
    expect(refusal([{ lr: 0.1 }, { epochs: 5 }, { lr: 0.1, epochs: 5 }], 256, { epochs: 5 })).toBe(`Input 'grid': point 3 repeats point 1: both train with {"epochs":5,"lr":0.1}.`)
  })

  it('refuses more points than max-points before expanding them', () => {
    const values = Array.from({ length: 1000 }, (_, i) => i)
    expect(refusal({ a: values, b: values, c: values })).toBe(
      "Input 'grid': expands to 1000000000 points (1000 a × 1000 b × 1000 c), more than 'max-points' (256); take values out, or list the points you want.",
    )
    expect(refusal({ a: [1, 2, 3], b: [1, 2] }, 5)).toMatch(/^Input 'grid': expands to 6 points \(3 a × 2 b\), more than 'max-points' \(5\)/)
    expect(refusal([{ a: 1 }, { a: 2 }], 1)).toBe("Input 'grid': lists 2 points, more than 'max-points' (1).")
    expect(planSweep({ a: [1, 2, 3], b: [1, 2] }, {}, 6, WHERE).legs).toHaveLength(6)
  })
})

describe('matrixJson', () => {
  it("is what fromJSON and a matrix's include take: one object of strings per leg", () => {
    const sweep = planSweep({ lr: [0.1, 0.01], model: ['mlp'] }, { epochs: 3 }, 256, WHERE)
    const matrix = JSON.parse(matrixJson(sweep))
    expect(Object.keys(matrix)).toEqual(['include'])
    expect(matrix.include).toEqual(sweep.legs.map((leg) => ({ name: leg.name, params: JSON.stringify(leg.params) })))
    for (const leg of matrix.include) {
      expect(Object.values(leg).every((value) => typeof value === 'string')).toBe(true)
      expect(JSON.parse(leg.params)).toMatchObject({ epochs: 3, model: 'mlp' })
    }
  })
})
