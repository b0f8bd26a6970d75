import { describe, expect, it } from 'vitest'
import type { Prediction } from '../model/index.js'
import type { Table } from '../table/index.js'
import { batchedPredict } from './batching.js'

function tableOf(values: number[]): Table {
  const rows = values.length
  return { columns: [{ name: 'x', kind: 'number', values: Float64Array.from(values) }], rows, lines: Int32Array.from({ length: rows }, (_, i) => i + 1), fileOfRow: new Uint16Array(rows), files: [{ path: 'request', format: 'json', sha256: '' }], hash: '' }
}

/** A model predicting 2x, counting its calls and the rows of each; a row of -1 makes it fail. */
function doubling() {
  const calls: number[] = []
  const predict = (table: Table): Prediction => {
    calls.push(table.rows)
    const values = (table.columns[0] as { values: Float64Array }).values
    if (values.includes(-1)) throw new Error(`line ${table.lines[values.indexOf(-1)]}: -1 is not a value`)
    return { task: 'regression', values: values.map((value) => value * 2) }
  }
  return { calls, predict }
}

const valuesOf = (prediction: Prediction) => (prediction.task === 'regression' ? [...prediction.values] : [])

describe('micro-batching', () => {
  it('predicts requests that arrive together in one call and gives each its own rows', async () => {
    const model = doubling()
    const predict = batchedPredict(model.predict)
    const answers = await Promise.all([predict(tableOf([1])), predict(tableOf([2, 3])), predict(tableOf([4]))])
    expect(answers.map(valuesOf)).toEqual([[2], [4, 6], [8]])
    expect(model.calls).toEqual([4])
    expect(valuesOf(await predict(tableOf([5])))).toEqual([10])
    expect(model.calls).toEqual([4, 1])
  })

  it('fails only the request the model fails on, with its own error', async () => {
    const model = doubling()
    const predict = batchedPredict(model.predict)
    const answers = await Promise.allSettled([predict(tableOf([1])), predict(tableOf([7, -1])), predict(tableOf([3]))])
    expect(answers.map((answer) => answer.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    expect(valuesOf((answers[0] as PromiseFulfilledResult<Prediction>).value)).toEqual([2])
    expect(valuesOf((answers[2] as PromiseFulfilledResult<Prediction>).value)).toEqual([6])
    expect(((answers[1] as PromiseRejectedResult).reason as Error).message).toBe('line 2: -1 is not a value')
  })

  it('predicts once a batch holds the most rows, and a request that large on its own', async () => {
    const model = doubling()
    const predict = batchedPredict(model.predict, 4)
    const answers = await Promise.all([predict(tableOf([1, 1])), predict(tableOf([2, 2])), predict(tableOf([3])), predict(tableOf([4, 4, 4, 4, 4]))])
    expect(answers.map(valuesOf)).toEqual([[2, 2], [4, 4], [6], [8, 8, 8, 8, 8]])
    expect(model.calls.sort()).toEqual([1, 4, 5])
  })

  it('splits classes and probabilities by request', async () => {
    const predict = batchedPredict((table): Prediction => {
      const values = (table.columns[0] as { values: Float64Array }).values
      return { task: 'classification', classes: ['a', 'b'], labels: [...values].map((v) => (v > 0.5 ? 'b' : 'a')), probabilities: [values.map((v) => 1 - v), values.slice()] }
    })
    const [first, second] = await Promise.all([predict(tableOf([0.9])), predict(tableOf([0.2, 0.6]))])
    expect(second).toEqual({ task: 'classification', classes: ['a', 'b'], labels: ['a', 'b'], probabilities: [Float64Array.from([0.8, 0.4]), Float64Array.from([0.2, 0.6])] })
    expect(first).toMatchObject({ labels: ['b'] })
  })
})
