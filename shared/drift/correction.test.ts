import { describe, expect, it } from 'vitest'
import { adjustPValues } from './correction.js'

describe('adjustPValues', () => {
  const p = [0.01, 0.04, 0.03, 0.005, 0.2, 0.9, 0.0001]

  it('leaves p-values as they are without a correction', () => {
    expect(adjustPValues(p, 'none')).toEqual(p)
  })

  it('multiplies by the number of tests for bonferroni, capped at 1', () => {
    expect(adjustPValues(p, 'bonferroni').map((x) => Number(x.toPrecision(12)))).toEqual([0.07, 0.28, 0.21, 0.035, 1, 1, 0.0007])
  })

  it('gives Benjamini–Hochberg adjusted p-values, as statsmodels fdr_bh', () => {
    // By hand: sorted 0.0001, 0.005, 0.01, 0.03, 0.04, 0.2, 0.9 times 7/rank is 0.0007, 0.0175,
    // 0.02333…, 0.0525, 0.056, 0.2333…, 0.9, already increasing, so none is lowered.
    const expected = [0.07 / 3, 0.056, 0.0525, 0.0175, 1.4 / 6, 0.9, 0.0007]
    adjustPValues(p, 'fdr').forEach((x, i) => expect(x).toBeCloseTo(expected[i]!, 14))
  })

  it('makes Benjamini–Hochberg monotone from the largest p-value down, ties keeping their order', () => {
    // 0.04 · 2 / 1 = 0.08 is above 0.041 · 2 / 2, so it takes 0.041.
    expect(adjustPValues([0.041, 0.04], 'fdr')).toEqual([0.041, 0.041])
    expect(adjustPValues([0.02, 0.02, 0.02], 'fdr')).toEqual([0.02, 0.02, 0.02])
    expect(adjustPValues([0.6, 0.9], 'fdr')).toEqual([0.9, 0.9])
    expect(adjustPValues([], 'fdr')).toEqual([])
  })
})
