import { describe, expect, it } from 'vitest'
import { driftFixture, sampleOf } from '../../test/fixtures/drift/cases.js'
import { DRIFT_TESTS_BY_NAME, runDriftTest } from './index.js'

/** Below this SciPy's p-values are subnormal or zero: both sides must agree they are negligible. */
const NEGLIGIBLE = 1e-300

/** Agreement with SciPy to 1e-6 relative, absolute 1e-12 near 0. */
function agrees(actual: number, expected: number): boolean {
  if (expected < NEGLIGIBLE && expected >= 0) return actual >= 0 && actual < NEGLIGIBLE
  return Math.abs(actual - expected) <= Math.max(1e-6 * Math.abs(expected), 1e-12)
}

describe(`drift tests agree with SciPy ${driftFixture.scipy}`, () => {
  for (const c of driftFixture.cases) {
    describe(c.name, () => {
      const [reference, current] = [sampleOf(c.kind, c.reference), sampleOf(c.kind, c.current)]
      for (const [name, [statistic, pValue]] of Object.entries(c.expected)) {
        it(name, () => {
          const test = DRIFT_TESTS_BY_NAME.get(name)!
          const outcome = runDriftTest(test, reference, current)
          expect(outcome.status).toBe('compared')
          expect(agrees(outcome.statistic!, statistic), `${name} statistic: ${outcome.statistic}, SciPy ${statistic}`).toBe(true)
          if (pValue === null) expect(outcome.pValue).toBeNull()
          else expect(agrees(outcome.pValue!, pValue), `${name} p-value: ${outcome.pValue}, SciPy ${pValue}`).toBe(true)
        })
      }
    })
  }

  it('every registered test is checked by some case', () => {
    const checked = new Set(driftFixture.cases.flatMap((c) => Object.keys(c.expected)))
    expect([...DRIFT_TESTS_BY_NAME.keys()].filter((name) => !checked.has(name))).toEqual([])
  })

  it('every registered test is checked on every kind it takes', () => {
    const checked = new Set(driftFixture.cases.flatMap((c) => Object.keys(c.expected).map((name) => `${name}/${c.kind}`)))
    const missing = [...DRIFT_TESTS_BY_NAME.values()].flatMap((test) => test.kinds.map((kind) => `${test.name}/${kind}`)).filter((key) => !checked.has(key))
    expect(missing).toEqual([])
  })
})
