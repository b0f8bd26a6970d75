import { describe, expect, it } from 'vitest'
import { type MetricCase, metricFixture, prepareCase } from '../../test/fixtures/metrics/cases.js'
import { applicableMetrics, evaluateMetrics, evaluateRows, prepareClassification, prepareRegression } from './index.js'
import type { Label, Metric, MetricInput, MetricValues } from './index.js'

/** A small seeded generator (mulberry32), so resamples are the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function resampleRows(rows: number, size: number, seed: number): Int32Array {
  const next = random(seed)
  return Int32Array.from({ length: size }, () => Math.floor(next() * rows))
}

/** The case with its rows copied out at `rows`: what a bootstrap without index arrays would do. */
function materialise(c: MetricCase, rows: Int32Array): MetricCase {
  const pick = <T>(values: readonly T[]): T[] => Array.from(rows, (row) => values[row]!)
  return {
    ...c,
    yTrue: pick(c.yTrue),
    ...(c.yPred && { yPred: pick(c.yPred) }),
    ...(c.scores && { scores: { labels: c.scores.labels, columns: c.scores.columns.map(pick) } }),
    ...(c.sampleWeight && { sampleWeight: pick(c.sampleWeight) }),
  }
}

function expectSameValues(actual: MetricValues, expected: MetricValues): void {
  expect(Object.keys(actual)).toEqual(Object.keys(expected))
  for (const [name, value] of Object.entries(expected)) {
    if (Number.isNaN(value)) expect(actual[name], name).toBeNaN()
    else expect(Math.abs(actual[name]! - value) / Math.max(1, Math.abs(value)), `${name}: ${actual[name]} vs ${value}`).toBeLessThanOrEqual(1e-12)
  }
}

const metricsOf = (c: MetricCase, input: MetricInput): Metric[] => applicableMetrics(input).filter((metric) => !(metric.name in c.rejects))

describe('evaluateRows', () => {
  for (const c of metricFixture.cases) {
    it(`equals the metrics of the copied-out resample: ${c.name}`, () => {
      const input = prepareCase(c)
      const metrics = metricsOf(c, input)
      const full = evaluateMetrics(input, metrics)
      for (const seed of [1, 2, 3]) {
        const rows = resampleRows(c.yTrue.length, c.yTrue.length, seed)
        expectSameValues(evaluateRows(input, rows, metrics), evaluateMetrics(prepareCase(materialise(c, rows)), metrics))
      }
      const subset = resampleRows(c.yTrue.length, Math.max(1, c.yTrue.length >> 2), 9)
      expectSameValues(evaluateRows(input, subset, metrics), evaluateMetrics(prepareCase(materialise(c, subset)), metrics))
      // Resampling leaves the data as it was.
      expectSameValues(evaluateMetrics(input, metrics), full)
    })
  }

  it('equals the metrics of the copied-out resample on 100k rows with ties', () => {
    const rows = 100_000
    const next = random(7)
    const yTrue: Label[] = []
    const p: number[] = []
    const yPred: Label[] = []
    for (let i = 0; i < rows; i++) {
      const positive = next() < 0.3
      const score = Math.round(Math.min(1, Math.max(0, (positive ? 0.65 : 0.35) + 0.3 * (next() - 0.5))) * 1000) / 1000
      yTrue.push(positive ? 'churn' : 'stay')
      p.push(score)
      yPred.push(score > 0.5 ? 'churn' : 'stay')
    }
    const data = { yTrue, yPred, scores: { labels: ['churn', 'stay'], columns: [p, p.map((x) => 1 - x)] } }
    const input = prepareClassification(data)
    const sample = resampleRows(rows, rows, 11)
    const pick = <T>(values: readonly T[]): T[] => Array.from(sample, (row) => values[row]!)
    const copied = prepareClassification({ yTrue: pick(yTrue), yPred: pick(yPred), scores: { labels: data.scores.labels, columns: data.scores.columns.map(pick) } })
    expectSameValues(evaluateRows(input, sample), evaluateMetrics(copied))
  })

  it('counts a row drawn twice like two copies of it', () => {
    const input = prepareRegression({ yTrue: [1, 2, 3], yPred: [1, 2, 5] })
    expect(evaluateRows(input, new Int32Array([2, 2, 0]))).toEqual(evaluateMetrics(prepareRegression({ yTrue: [3, 3, 1], yPred: [5, 5, 1] })))
  })

  it('refuses row indexes outside the data', () => {
    const input = prepareRegression({ yTrue: [1, 2, 3], yPred: [1, 2, 5] })
    expect(() => evaluateRows(input, new Int32Array([0, 3]))).toThrow('row index 3 is outside 0..2')
    expect(() => evaluateRows(input, new Int32Array([-1]))).toThrow('row index -1 is outside 0..2')
    expect(() => evaluateRows(input, new Int32Array(0))).toThrow('rows is empty')
  })
})
