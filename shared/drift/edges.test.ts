import { describe, expect, it } from 'vitest'
import { UserError } from '../errors/index.js'
import { defaultTest, DRIFT_TESTS, DRIFT_TESTS_BY_NAME, runDriftTest } from './index.js'
import type { ColumnSample } from './index.js'

const numbers = (...values: number[]): ColumnSample => ({ kind: 'numeric', values: Float64Array.from(values) })
const categories = (counts: Record<string, number>, kind: 'categorical' | 'binary' = 'categorical'): ColumnSample => ({ kind, counts: new Map(Object.entries(counts)) })
const test = (name: string) => DRIFT_TESTS_BY_NAME.get(name)!

describe('drift tests on edge inputs', () => {
  for (const driftTest of DRIFT_TESTS) {
    const kind = driftTest.kinds[0]!
    const some = kind === 'numeric' ? numbers(1, 2, 3) : categories({ a: 2, b: 1 }, kind)
    const none = kind === 'numeric' ? numbers() : categories({}, kind)
    const allMissing = kind === 'numeric' ? numbers(NaN, NaN) : categories({ a: 0, b: 0 }, kind)

    it(`${driftTest.name}: an empty current side is insufficient data, not drift and not NaN`, () => {
      expect(runDriftTest(driftTest, some, none)).toEqual({ status: 'insufficient data', emptySide: 'current', statistic: null, pValue: null, drifted: false })
    })
    it(`${driftTest.name}: an all-missing reference is insufficient data`, () => {
      expect(runDriftTest(driftTest, allMissing, some)).toMatchObject({ status: 'insufficient data', emptySide: 'reference', drifted: false })
    })
    it(`${driftTest.name}: identical constant columns do not drift`, () => {
      const constant = kind === 'numeric' ? numbers(4, 4, 4, 4) : categories({ x: 4 }, kind)
      const outcome = runDriftTest(driftTest, constant, constant)
      expect(outcome).toMatchObject({ status: 'compared', drifted: false })
      expect(Number.isFinite(outcome.statistic)).toBe(true)
      if (driftTest.direction === 'below') expect(outcome.pValue).toBe(1)
    })
  }

  it('missing numbers are dropped before comparing', () => {
    expect(runDriftTest(test('ks'), numbers(1, NaN, 2, 3), numbers(1, 2, NaN, 3))).toMatchObject({ statistic: 0, pValue: 1, drifted: false })
  })

  it('a constant reference divides the Wasserstein distance by the 1e-3 floor', () => {
    expect(runDriftTest(test('wasserstein'), numbers(5, 5, 5), numbers(5.001, 5.001))).toMatchObject({ drifted: true })
    expect(runDriftTest(test('wasserstein'), numbers(5, 5, 5), numbers(5.001, 5.001)).statistic).toBeCloseTo(1, 9)
  })

  it('categories the reference never saw are left out of chi2_gof, and counted by chi2', () => {
    const reference = categories({ a: 50, b: 50 })
    const current = categories({ a: 50, b: 50, new: 100 })
    expect(runDriftTest(test('chi2_gof'), reference, current)).toMatchObject({ statistic: 0, pValue: 1, drifted: false })
    expect(runDriftTest(test('chi2'), reference, current)).toMatchObject({ drifted: true })
  })

  it('a threshold decides the verdict in the test direction', () => {
    const [reference, current] = [categories({ a: 60, b: 40 }), categories({ a: 40, b: 60 })]
    expect(runDriftTest(test('linf'), reference, current, 0.15)).toMatchObject({ statistic: expect.closeTo(0.2, 12), drifted: true })
    expect(runDriftTest(test('linf'), reference, current, 0.25)).toMatchObject({ drifted: false })
  })
})

describe('drift tests refuse what they cannot compare', () => {
  it('a test that does not apply to the column kind', () => {
    expect(() => runDriftTest(test('ks'), categories({ a: 1 }), categories({ a: 1 }))).toThrow(
      new UserError("Drift test 'ks' does not apply to categorical columns; it takes numeric columns."),
    )
  })

  it('a p-value threshold outside (0, 1)', () => {
    expect(() => runDriftTest(test('ks'), numbers(1), numbers(1), 1)).toThrow(new UserError("Drift test 'ks': threshold 1 must be between 0 and 1, exclusive."))
    expect(() => runDriftTest(test('chi2'), categories({ a: 1 }), categories({ a: 1 }), 0)).toThrow(UserError)
  })

  it('a distance threshold that is not positive', () => {
    expect(() => runDriftTest(test('psi'), numbers(1), numbers(1), -0.1)).toThrow(new UserError("Drift test 'psi': threshold -0.1 must be greater than 0."))
    expect(() => runDriftTest(test('jensenshannon'), numbers(1), numbers(1), 1.5)).toThrow(new UserError("Drift test 'jensenshannon': threshold 1.5 must be in (0, 1]."))
  })

  it('z on a column with three categories', () => {
    expect(() => runDriftTest(test('z'), categories({ a: 1, b: 1 }, 'binary'), categories({ c: 1 }, 'binary'))).toThrow(
      new UserError("Drift test 'z' compares two categories; the column has 3: use 'chi2'."),
    )
  })
})

describe('defaultTest', () => {
  it.each([
    ['numeric', 1000, 'ks'],
    ['numeric', 1001, 'wasserstein'],
    ['categorical', 1000, 'chi2'],
    ['categorical', 1001, 'jensenshannon'],
    ['binary', 30, 'z'],
    ['binary', 5000, 'jensenshannon'],
  ] as const)('%s with %i reference rows: %s', (kind, size, name) => {
    const chosen = defaultTest(kind, size)
    expect(chosen.name).toBe(name)
    expect(chosen.kinds).toContain(kind)
  })
})
