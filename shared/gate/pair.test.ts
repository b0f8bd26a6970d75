import { describe, expect, it } from 'vitest'
import { UserError } from '../errors/index.js'
import { prepareClassification, prepareRegression } from '../metrics/index.js'
import { pairInputs } from './index.js'

describe('pairInputs', () => {
  const yTrue = ['a', 'b', 'a', 'b']

  it('accepts two models of the same rows, even when they know different classes', () => {
    const candidate = prepareClassification({ yTrue, yPred: ['a', 'b', 'b', 'b'] })
    const baseline = prepareClassification({ yTrue, yPred: ['a', 'c', 'a', 'b'] })
    expect(pairInputs(candidate, baseline)).toEqual({ candidate, baseline })
  })

  it('refuses different rows, naming the row and both labels', () => {
    const candidate = prepareClassification({ yTrue, yPred: yTrue })
    const fails = (baseline: Parameters<typeof pairInputs>[1], message: string) => {
      expect(() => pairInputs(candidate, baseline)).toThrow(UserError)
      expect(() => pairInputs(candidate, baseline)).toThrow(message)
    }
    fails(prepareClassification({ yTrue: ['a', 'b', 'b', 'b'], yPred: yTrue }), 'the candidate and the baseline must be evaluated on the same rows: y_true differs at row 3 (candidate "a", baseline "b")')
    fails(prepareClassification({ yTrue: ['a', 'b', 'a'], yPred: ['a', 'b', 'a'] }), 'the candidate has 4 rows and the baseline 3')
    fails(prepareRegression({ yTrue: [1, 2, 3, 4], yPred: [1, 2, 3, 4] }), "the candidate's data is for classification and the baseline's for regression")
    fails(prepareClassification({ yTrue, yPred: yTrue, sampleWeight: [1, 1, 1, 1] }), 'only the baseline has sample weights')
    fails(prepareClassification({ yTrue, yPred: yTrue, positiveLabel: 'a' }), "the candidate and the baseline must share the positive class: the candidate's is \"b\" and the baseline's \"a\"")
  })

  it('compares sample weights and regression targets row by row', () => {
    const weighted = (sampleWeight: number[]) => prepareClassification({ yTrue, yPred: yTrue, sampleWeight })
    expect(() => pairInputs(weighted([1, 2, 3, 4]), weighted([1, 2, 3, 5]))).toThrow('the sample weight differs at row 4 (candidate 4, baseline 5)')
    const regression = (target: number[]) => prepareRegression({ yTrue: target, yPred: [0, 0, 0] })
    expect(() => pairInputs(regression([1, 2, 3]), regression([1, 2.5, 3]))).toThrow('y_true differs at row 2 (candidate 2, baseline 2.5)')
  })

  it('gives two models that share one y_true array their own copies', () => {
    const candidate = prepareClassification({ yTrue, yPred: yTrue })
    const baseline = { ...candidate, yPred: Int32Array.of(0, 0, 0, 0) }
    const pair = pairInputs(candidate, baseline)
    expect(pair.candidate.yTrue).not.toBe(pair.baseline.yTrue)
    expect(pair.candidate.yTrue).toEqual(candidate.yTrue)
    expect(pairInputs(candidate, candidate)).toEqual({ candidate, baseline: candidate })
  })
})
