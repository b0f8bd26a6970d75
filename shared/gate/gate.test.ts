import { describe, expect, it } from 'vitest'
import { prepareClassification } from '../metrics/index.js'
import { RandomStream } from '../random/index.js'
import { evaluateGate, mcnemarExact, parseThresholds } from './index.js'

/** A baseline and a candidate that is right on more rows; only the candidate has scores. */
function models(rows: number) {
  const random = new RandomStream(4, 0)
  const yTrue: number[] = []
  const candidatePred: number[] = []
  const baselinePred: number[] = []
  const p: number[] = []
  for (let i = 0; i < rows; i++) {
    const label = random.nextFloat() < 0.5 ? 1 : 0
    const u = random.nextFloat()
    yTrue.push(label)
    candidatePred.push(u < 0.9 ? label : 1 - label)
    baselinePred.push(u < 0.8 ? label : 1 - label)
    p.push(candidatePred[i] === 1 ? 0.75 : 0.25)
  }
  return {
    candidate: prepareClassification({ yTrue, yPred: candidatePred, scores: { labels: [0, 1], columns: [p.map((x) => 1 - x), p] } }),
    baseline: prepareClassification({ yTrue, yPred: baselinePred }),
  }
}

const thresholds = parseThresholds(`
accuracy: {threshold: 0.85, min-absolute-change: 0.05, not-worse: {margin: 0.01}}
balanced_accuracy: {not-worse: {margin: 0}}
roc_auc: {threshold: 0.8, not-worse: {margin: 0.01}}
`)

describe('evaluateGate', () => {
  const { candidate, baseline } = models(2000)

  it('compares with a baseline: intervals, McNemar and a verdict per metric', async () => {
    const result = await evaluateGate(thresholds, candidate, baseline, { resamples: 500, seed: 1 })
    const [accuracy, balanced, rocAuc] = result.verdicts
    expect(accuracy).toMatchObject({ metric: 'accuracy', verdict: 'pass' })
    expect(accuracy!.interval!.ci[0]).toBeGreaterThan(0)
    expect(accuracy!.criteria.map((c) => c.outcome)).toEqual(['pass', 'pass', 'pass'])
    expect(balanced).toMatchObject({ verdict: 'pass' })
    // The baseline has no scores: comparing ROC AUC fails, as in MLflow.
    expect(rocAuc).toMatchObject({ verdict: 'fail', reason: "roc_auc is missing from the baseline's metrics" })
    expect(result.passed).toBe(false)
    expect(result.bootstrap).toEqual({ resamples: 500, confidence: 0.95, seed: 1 })
    const { b, c } = result.mcnemar!
    expect(c - b).toBe(Math.round((accuracy!.candidate! - accuracy!.baseline!) * 2000))
    expect(result.mcnemar).toEqual(mcnemarExact(b, c))
    expect(result.mcnemar!.pValue).toBeLessThan(1e-6)
  })

  it('decides on value thresholds alone on a first run', async () => {
    const result = await evaluateGate(thresholds, candidate, undefined)
    expect(result.passed).toBe(true)
    expect(result.verdicts.map((v) => v.verdict)).toEqual(['pass', 'pass', 'pass'])
    expect(result.verdicts[1]!.reason).toBe('no baseline to compare balanced_accuracy with (first run): not-worse skipped')
    expect(result.mcnemar).toBeUndefined()
    expect(result.bootstrap).toBeUndefined()
  })

  it('fails a metric the candidate cannot compute, saying why', async () => {
    const result = await evaluateGate(parseThresholds({ roc_auc: { threshold: 0.5 } }), baseline, undefined)
    expect(result.verdicts[0]).toMatchObject({ verdict: 'fail', reason: "roc_auc is missing from the candidate's metrics (roc_auc needs class probabilities (scores))" })
  })

  it('refuses bad bootstrap options even on a first run', async () => {
    await expect(evaluateGate(thresholds, candidate, undefined, { confidence: 95 })).rejects.toThrow('bootstrap.confidence')
  })

  it('reports extra metrics with intervals, outside the verdicts', async () => {
    const result = await evaluateGate(thresholds, candidate, baseline, { resamples: 200, seed: 1, report: ['f1_macro', 'log_loss'] })
    expect(result.verdicts.map((v) => v.metric)).toEqual(['accuracy', 'balanced_accuracy', 'roc_auc'])
    expect(Object.keys(result.intervals).sort()).toEqual(['accuracy', 'balanced_accuracy', 'f1_macro'])
    expect(result.candidateValues.log_loss).toBeGreaterThan(0)
    expect(result.baselineValues?.log_loss).toBeUndefined()
  })

  it('judges change criteria against metric values alone, without intervals', async () => {
    const gate = parseThresholds('accuracy: {min-absolute-change: 0.2}\nbalanced_accuracy: {not-worse: {margin: 0}}')
    const result = await evaluateGate(gate, candidate, { values: { accuracy: 0.5, balanced_accuracy: 0.5 } })
    expect(result.verdicts.map((v) => [v.metric, v.verdict])).toEqual([['accuracy', 'pass'], ['balanced_accuracy', 'inconclusive']])
    expect(result.baselineValues).toEqual({ accuracy: 0.5, balanced_accuracy: 0.5 })
    expect(result.intervals).toEqual({})
  })
})
