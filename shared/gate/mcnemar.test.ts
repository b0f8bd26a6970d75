import { describe, expect, it } from 'vitest'
import { gateFixture } from '../../test/fixtures/gate/cases.js'
import { prepareClassification, type ClassificationInput } from '../metrics/index.js'
import { STIRLING_ERRORS } from './binomial.js'
import { discordantPairs, mcnemarExact } from './index.js'

const relative = (actual: number, expected: number): number => (actual === expected ? 0 : Math.abs(actual - expected) / Math.abs(expected))

describe('mcnemarExact', () => {
  for (const { b, c, pvalue, logpvalue } of gateFixture.mcnemar) {
    it(`matches scipy's binomtest for b=${b}, c=${c}`, () => {
      const result = mcnemarExact(b, c)
      expect(result.statistic).toBe(Math.min(b, c))
      expect(relative(result.pValue, pvalue), `${result.pValue} vs scipy ${pvalue}`).toBeLessThanOrEqual(1e-12)
      // The log stays finite and exact where the p-value underflows.
      expect(Math.abs(result.logPValue - logpvalue), `${result.logPValue} vs ${logpvalue}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(logpvalue)))
    })
  }

  it('agrees with statsmodels, which the fixture checked against scipy', () => {
    for (const { pvalue, statsmodels } of gateFixture.mcnemar) expect(relative(statsmodels, pvalue)).toBeLessThanOrEqual(1e-13)
  })

  it('is symmetric in b and c', () => {
    expect(mcnemarExact(30, 12)).toEqual({ ...mcnemarExact(12, 30), b: 30, c: 12 })
  })

  it('refuses counts that are not non-negative integers', () => {
    expect(() => mcnemarExact(-1, 3)).toThrow(/count b must be a non-negative integer/)
    expect(() => mcnemarExact(2, 1.5)).toThrow(/count c/)
  })

  it('uses Stirling corrections that match 40-digit values', () => {
    expect(STIRLING_ERRORS).toEqual(gateFixture.stirling)
  })
})

describe('discordantPairs', () => {
  const model = (yPred: string[]): ClassificationInput => prepareClassification({ yTrue: ['a', 'b', 'a', 'b', 'a', 'c'], yPred })

  it('counts baseline-only and candidate-only right rows', () => {
    //                 right:       b    b    c    both  neither  c
    const baseline = model(['a', 'b', 'b', 'b', 'b', 'a'])
    const candidate = model(['b', 'a', 'a', 'b', 'c', 'c'])
    expect(discordantPairs(candidate, baseline)).toEqual({ b: 2, c: 2 })
  })

  it('compares labels, not codes, when the two models know different classes', () => {
    const baseline = prepareClassification({ yTrue: ['x', 'y', 'y'], yPred: ['x', 'y', 'x'] })
    const candidate = prepareClassification({ yTrue: ['x', 'y', 'y'], yPred: ['w', 'y', 'y'] })
    expect(discordantPairs(candidate, baseline)).toEqual({ b: 1, c: 1 })
  })
})
