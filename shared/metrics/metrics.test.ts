import { describe, expect, it } from 'vitest'
import { metricFixture, prepareCase } from '../../test/fixtures/metrics/cases.js'
import { UserError } from '../errors/index.js'
import { confusionMatrix, evaluateMetrics, METRICS_BY_NAME } from './index.js'
import type { ClassificationInput, MetricInput } from './index.js'

/**
 * Agreement with scikit-learn to 1e-9: absolute for values up to 1 in size, relative beyond
 * (log_loss and mape can be large).
 */
const deviation = (actual: number, expected: number): number => Math.abs(actual - expected) / Math.max(1, Math.abs(expected))

const compute = (name: string, input: MetricInput): number => (METRICS_BY_NAME.get(name)!.compute as (input: MetricInput) => number)(input)

describe(`metrics agree with scikit-learn ${metricFixture.sklearn}`, () => {
  for (const c of metricFixture.cases) {
    describe(c.name, () => {
      const input = prepareCase(c)
      for (const [name, expected] of Object.entries(c.expected)) {
        it(name, () => {
          const actual = compute(name, input)
          expect(deviation(actual, expected), `${name}: ${actual}, sklearn ${expected}`).toBeLessThanOrEqual(1e-9)
        })
      }
      for (const name of c.undefined) {
        it(`${name} is NaN, where sklearn cannot compute it`, () => expect(compute(name, input)).toBeNaN())
      }
      for (const [name, reason] of Object.entries(c.rejects)) {
        it(`${name} throws UserError, where sklearn says: ${reason}`, () => expect(() => compute(name, input)).toThrow(UserError))
      }
      if (c.confusion) {
        it('confusion matrix', () => expect(confusionMatrix(input as ClassificationInput)).toEqual(c.confusion))
      }
      it('evaluates exactly the metrics that apply', () => {
        const names = [...Object.keys(c.expected), ...c.undefined, ...Object.keys(c.rejects)].sort()
        if (Object.keys(c.rejects).length) expect(() => evaluateMetrics(input)).toThrow(UserError)
        else expect(Object.keys(evaluateMetrics(input)).sort()).toEqual(names)
      })
    })
  }

  it('every registered metric is checked by some case', () => {
    const checked = new Set(metricFixture.cases.flatMap((c) => Object.keys(c.expected)))
    expect([...METRICS_BY_NAME.keys()].filter((name) => !checked.has(name))).toEqual([])
  })
})
