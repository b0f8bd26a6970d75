import { describe, expect, it } from 'vitest'
import { isUserError } from '../errors/index.js'
import { parseYaml } from '../yaml/index.js'
import { canonicalJson, expandGrid, legName, matrixJson, MAX_MATRIX_BYTES, NAME_LIMIT, planSweep } from './index.js'

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

  it('takes every item of a key as one value, lists and mappings included', () => {
    expect(expandGrid({ 'hidden-units': [[32], [64, 64]], optimizer: [{ name: 'adam', beta: [0.9, 0.99] }, null] }, 256, WHERE)).toEqual([
      { 'hidden-units': [32], optimizer: { name: 'adam', beta: [0.9, 0.99] } },
      { 'hidden-units': [32], optimizer: null },
      { 'hidden-units': [64, 64], optimizer: { name: 'adam', beta: [0.9, 0.99] } },
      { 'hidden-units': [64, 64], optimizer: null },
    ])
    expect(expandGrid([{ 'hidden-units': [16, 16], model: 'mlp' }], 256, WHERE)).toEqual([{ 'hidden-units': [16, 16], model: 'mlp' }])
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

  it('names a list value as a shape and a mapping by its keys, within the same limits', () => {
    const { legs } = planSweep({ 'hidden-units': [[32], [64, 64], [], ['relu', 'tanh'], Array.from({ length: 40 }, () => 128)], opt: [{ name: 'adam', lr: 0.1 }] }, {}, 256, WHERE)
    const names = legs.map((leg) => leg.name)
    expect(names.slice(0, 4)).toEqual([
      expect.stringMatching(/^hidden-units-32_opt-name-adam-lr-0\.1-[0-9a-f]{8}$/),
      expect.stringMatching(/^hidden-units-64x64_opt-name-adam-lr-0\.1-[0-9a-f]{8}$/),
      expect.stringMatching(/^hidden-units-none_opt-name-adam-lr-0\.1-[0-9a-f]{8}$/),
      expect.stringMatching(/^hidden-units-relu\.tanh_opt-name-adam-lr-0\.1-[0-9a-f]{8}$/),
    ])
    expect(names[4]).toMatch(/^hidden-units-128x128x[0-9x]+-[0-9a-f]{8}$/)
    expect(new Set(names).size).toBe(names.length)
    for (const name of names) expect(name.length).toBeLessThanOrEqual(NAME_LIMIT)
    // [64, 64] and [[64], [64]] read alike; the digest keeps them apart. The key order of a mapping does not change the name.
    expect(legName({ h: [64, 64] }, { h: [64, 64] })).not.toBe(legName({ h: [[64], [64]] }, { h: [[64], [64]] }))
    expect(legName({ o: { a: 1, b: 2 } }, { o: { a: 1, b: 2 } }).slice(-8)).toBe(legName({ o: { b: 2, a: 1 } }, { o: { b: 2, a: 1 } }).slice(-8))
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
    expect(refusal({ epochs: 10 })).toBe(
      "Input 'grid': key 'epochs' must be a list of values, one per point; got number 10. To sweep one value, wrap it in a list, such as [10]; a value every point shares belongs in 'params'.",
    )
    expect(refusal({ optimizer: { name: 'adam' } })).toBe(
      `Input 'grid': key 'optimizer' must be a list of values, one per point; got a mapping. To sweep one value, wrap it in a list, such as [{"name":"adam"}]; a value every point shares belongs in 'params'.`,
    )
    expect(refusal({ lr: [0.1], epochs: [] })).toBe("Input 'grid': key 'epochs' is an empty list; give at least one value.")
    expect(refusal({ lr: [0.1, Infinity] })).toBe("Input 'grid': key 'lr' item 2 is Infinity, which JSON cannot carry; give a finite number.")
    expect(refusal({ lr: [0.1, 0.2, 0.1] })).toBe("Input 'grid': key 'lr' item 3 repeats item 1 (0.1); each value makes its own points. To sweep the list as one value, wrap it in a list: [[0.1,0.2,0.1]].")
    expect(refusal({ 'hidden-units': [64, 64] })).toBe(
      "Input 'grid': key 'hidden-units' item 2 repeats item 1 (64); each value makes its own points. To sweep the list as one value, wrap it in a list: [[64,64]].",
    )
    expect(refusal({ opt: [{ a: 1, b: 2 }, { b: 2, a: 1 }] })).toBe(`Input 'grid': key 'opt' item 2 repeats item 1 ({"a":1,"b":2}); each value makes its own points.`)
    expect(refusal([])).toBe("Input 'grid': is an empty list; give at least one point, such as '[{learning-rate: 0.01}]'.")
    expect(refusal([{ lr: 0.1 }, 'fast'])).toBe(`Input 'grid': point 2 must be a mapping of param names to values, such as '{learning-rate: 0.01}'; got the text "fast".`)
    expect(refusal([{ lr: 0.1 }, {}])).toBe("Input 'grid': point 2 is empty; give it at least one param.")
    expect(refusal([{ lr: 0.1 }, { epochs: 5 }, { lr: 0.1, epochs: 5 }], 256, { epochs: 5 })).toBe(`Input 'grid': point 3 repeats point 1: both train with {"epochs":5,"lr":0.1}.`)
  })

  it('refuses values JSON cannot carry, naming the key, item and place', () => {
    const yaml = (text: string) => refusal(parseYaml(text, 'grid'))
    expect(yaml('start: [2024-01-01, !!timestamp 2024-02-01]')).toBe("Input 'grid': key 'start' item 2 is a date, which JSON cannot carry; quote it to pass it as text.")
    expect(yaml('shape: [[32, .inf]]')).toBe("Input 'grid': key 'shape' item 1 holds Infinity at '[1]', which JSON cannot carry; give a finite number.")
    expect(yaml('opt: [{decay: [0.1, .nan]}]')).toBe("Input 'grid': key 'opt' item 1 holds NaN at 'decay[1]', which JSON cannot carry; give a finite number.")
    expect(yaml('blob: [!!binary aGVsbG8=]')).toBe("Input 'grid': key 'blob' item 1 is binary data, which JSON cannot carry; give it as text.")
    expect(yaml('tags: [!!set {a, b}]')).toBe("Input 'grid': key 'tags' item 1 is a set, which JSON cannot carry; write it as a list.")
    expect(yaml('- {lr: 0.1, when: !!timestamp 2024-01-01}')).toBe("Input 'grid': point 1 key 'when' is a date, which JSON cannot carry; quote it to pass it as text.")
    // A plain date is text in YAML 1.2, and null is a value like any other.
    expect(planSweep(parseYaml('start: [2024-01-01, null]', 'grid'), {}, 256, WHERE).legs.map((leg) => leg.params)).toEqual([{ start: '2024-01-01' }, { start: null }])
  })

  it('refuses a matrix larger than a job output can carry, naming the grid', () => {
    // Every leg carries the base params, so four legs of a quarter of the limit pass it and three do not.
    const base = { note: 'x'.repeat(Math.ceil(MAX_MATRIX_BYTES / 4)) }
    const three = planSweep({ lr: [1, 2, 3] }, base, 256, WHERE)
    expect(Buffer.byteLength(matrixJson(three))).toBeLessThan(MAX_MATRIX_BYTES)
    const message = refusal({ lr: [1, 2, 3, 4] }, 256, base)
    expect(message).toMatch(
      /^Input 'grid': its matrix is \d+ KB of JSON \(4 legs\), more than the 900 KB a job output can safely carry \(GitHub refuses 1 MB\); sweep fewer points, or put large values in a file the training reads\.$/,
    )
    expect(Number(/is (\d+) KB/.exec(message)![1])).toBeGreaterThan(900)
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
