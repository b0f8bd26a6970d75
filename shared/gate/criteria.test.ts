import { describe, expect, it } from 'vitest'
import { judge, judgeMetric, MetricThreshold, type DeltaInterval, type Evidence, type ThresholdFields } from './index.js'

const interval = (metric: string, low: number, high: number): DeltaInterval => ({
  metric,
  candidate: NaN,
  baseline: NaN,
  delta: (low + high) / 2,
  ci: [low, high],
  standardError: NaN,
  confidence: 0.95,
  resamples: 1000,
})

/** The outcome of each criterion of `metric` under `fields`. */
function outcomes(metric: string, fields: ThresholdFields, evidence: Evidence): Record<string, string> {
  const verdict = judgeMetric(new MetricThreshold(metric, fields), evidence)
  return Object.fromEntries(verdict.criteria.map((c) => [c.criterion, c.outcome]))
}

describe('value threshold (MLflow)', () => {
  it('needs candidate >= threshold when greater is better', () => {
    expect(outcomes('accuracy', { threshold: 0.8 }, { candidate: { accuracy: 0.8 } })).toEqual({ threshold: 'pass' })
    expect(outcomes('accuracy', { threshold: 0.8 }, { candidate: { accuracy: 0.79 } })).toEqual({ threshold: 'fail' })
  })

  it('needs candidate <= threshold when lower is better', () => {
    expect(outcomes('log_loss', { threshold: 0.4 }, { candidate: { log_loss: 0.4 } })).toEqual({ threshold: 'pass' })
    expect(outcomes('log_loss', { threshold: 0.4 }, { candidate: { log_loss: 0.41 } })).toEqual({ threshold: 'fail' })
  })

  it('says why', () => {
    const verdict = judgeMetric(new MetricThreshold('log_loss', { threshold: 0.4 }), { candidate: { log_loss: 0.4123456 } })
    expect(verdict).toMatchObject({ verdict: 'fail', reason: 'log_loss = 0.412346 is above the threshold 0.4', candidate: 0.4123456 })
  })

  it('fails a NaN value', () => {
    expect(outcomes('roc_auc', { threshold: 0.5 }, { candidate: { roc_auc: NaN } })).toEqual({ threshold: 'fail' })
  })
})

describe('min-absolute-change (MLflow)', () => {
  it('needs candidate >= baseline + change when greater is better', () => {
    expect(outcomes('accuracy', { minAbsoluteChange: 0.05 }, { candidate: { accuracy: 0.9 }, baseline: { accuracy: 0.85 } })).toEqual({ 'min-absolute-change': 'pass' })
    expect(outcomes('accuracy', { minAbsoluteChange: 0.05 }, { candidate: { accuracy: 0.89 }, baseline: { accuracy: 0.85 } })).toEqual({ 'min-absolute-change': 'fail' })
  })

  it('needs candidate <= baseline - change when lower is better', () => {
    expect(outcomes('mae', { minAbsoluteChange: 0.5 }, { candidate: { mae: 2 }, baseline: { mae: 2.5 } })).toEqual({ 'min-absolute-change': 'pass' })
    expect(outcomes('mae', { minAbsoluteChange: 0.5 }, { candidate: { mae: 2.1 }, baseline: { mae: 2.5 } })).toEqual({ 'min-absolute-change': 'fail' })
  })

  it('adds in floating point as MLflow does: 0.8 + 0.05 is just above 0.85', () => {
    expect(0.8 + 0.05).toBeGreaterThan(0.85)
    expect(outcomes('accuracy', { minAbsoluteChange: 0.05 }, { candidate: { accuracy: 0.85 }, baseline: { accuracy: 0.8 } })).toEqual({ 'min-absolute-change': 'fail' })
  })
})

describe('min-relative-change (MLflow)', () => {
  it('needs (candidate - baseline) / baseline >= change when greater is better', () => {
    expect(outcomes('accuracy', { minRelativeChange: 0.1 }, { candidate: { accuracy: 0.9 }, baseline: { accuracy: 0.8 } })).toEqual({ 'min-relative-change': 'pass' })
    expect(outcomes('accuracy', { minRelativeChange: 0.1 }, { candidate: { accuracy: 0.87 }, baseline: { accuracy: 0.8 } })).toEqual({ 'min-relative-change': 'fail' })
  })

  it('needs (baseline - candidate) / baseline >= change when lower is better', () => {
    expect(outcomes('rmse', { minRelativeChange: 0.2 }, { candidate: { rmse: 8 }, baseline: { rmse: 10 } })).toEqual({ 'min-relative-change': 'pass' })
    expect(outcomes('rmse', { minRelativeChange: 0.2 }, { candidate: { rmse: 8.5 }, baseline: { rmse: 10 } })).toEqual({ 'min-relative-change': 'fail' })
  })

  it('divides by |baseline|, so an improvement on a negative baseline counts as one', () => {
    // MLflow divides by the signed baseline: (-0.4 - -0.5) / -0.5 = -0.2 would fail.
    expect(outcomes('r2', { minRelativeChange: 0.1 }, { candidate: { r2: -0.4 }, baseline: { r2: -0.5 } })).toEqual({ 'min-relative-change': 'pass' })
    expect(outcomes('r2', { minRelativeChange: 0.1 }, { candidate: { r2: -0.6 }, baseline: { r2: -0.5 } })).toEqual({ 'min-relative-change': 'fail' })
  })

  it('falls back to beating a baseline of 0 by 1e-10', () => {
    expect(outcomes('r2', { minRelativeChange: 0.5 }, { candidate: { r2: 1e-9 }, baseline: { r2: 0 } })).toEqual({ 'min-relative-change': 'pass' })
    expect(outcomes('r2', { minRelativeChange: 0.5 }, { candidate: { r2: 1e-11 }, baseline: { r2: 0 } })).toEqual({ 'min-relative-change': 'fail' })
    expect(outcomes('mae', { minRelativeChange: 0.5 }, { candidate: { mae: 0 }, baseline: { mae: 0 } })).toEqual({ 'min-relative-change': 'fail' })
  })

  it('reports the change as a percentage', () => {
    const verdict = judgeMetric(new MetricThreshold('accuracy', { minRelativeChange: 0.1 }), { candidate: { accuracy: 0.84 }, baseline: { accuracy: 0.8 } })
    expect(verdict.reason).toBe("accuracy = 0.84 improves on the baseline's 0.8 by 5%; the minimum is 10%")
  })

  it('fails a NaN change, where MLflow would let it pass', () => {
    expect(outcomes('accuracy', { minRelativeChange: 0.1 }, { candidate: { accuracy: NaN }, baseline: { accuracy: 0.8 } })).toEqual({ 'min-relative-change': 'fail' })
  })
})

describe('missing metrics and baselines', () => {
  it('fails a metric the candidate lacks, and checks nothing else (MLflow)', () => {
    const verdict = judgeMetric(new MetricThreshold('roc_auc', { threshold: 0.8, minAbsoluteChange: 0.01 }), {
      candidate: { accuracy: 0.9 },
      baseline: { roc_auc: 0.8 },
      unavailable: { roc_auc: 'roc_auc needs class probabilities (scores)' },
    })
    expect(verdict).toMatchObject({ verdict: 'fail', reason: "roc_auc is missing from the candidate's metrics (roc_auc needs class probabilities (scores))" })
    expect(verdict.criteria.map((c) => c.criterion)).toEqual(['missing'])
  })

  it('fails change criteria when the baseline lacks the metric (MLflow), and still checks the value', () => {
    const evidence = { candidate: { accuracy: 0.9 }, baseline: { f1_macro: 0.8 } }
    expect(outcomes('accuracy', { threshold: 0.8, minAbsoluteChange: 0.01, notWorse: { margin: 0 } }, evidence)).toEqual({
      threshold: 'pass',
      'min-absolute-change': 'fail',
      'not-worse': 'fail',
    })
  })

  it('skips change criteria on a first run, with no baseline at all (TFX)', () => {
    const fields = { threshold: 0.8, minAbsoluteChange: 0.01, minRelativeChange: 0.1, notWorse: { margin: 0.01 } }
    expect(outcomes('accuracy', fields, { candidate: { accuracy: 0.9 } })).toEqual({
      threshold: 'pass',
      'min-absolute-change': 'skipped',
      'min-relative-change': 'skipped',
      'not-worse': 'skipped',
    })
    const verdict = judgeMetric(new MetricThreshold('accuracy', { minAbsoluteChange: 0.01 }), { candidate: { accuracy: 0.1 } })
    expect(verdict).toMatchObject({ verdict: 'pass', reason: 'no baseline to compare accuracy with (first run): min-absolute-change skipped' })
    expect(judgeMetric(new MetricThreshold('accuracy', fields), { candidate: { accuracy: 0.7 } }).verdict).toBe('fail')
  })
})

describe('not-worse', () => {
  const notWorse = (metric: string, margin: number, low: number, high: number): string => {
    const verdict = judgeMetric(new MetricThreshold(metric, { notWorse: { margin } }), {
      candidate: { [metric]: 0.5 },
      baseline: { [metric]: 0.5 },
      intervals: { [metric]: interval(metric, low, high) },
    })
    return verdict.verdict
  }

  it('fails only when the interval lies wholly below -margin when greater is better', () => {
    expect(notWorse('accuracy', 0.01, -0.03, -0.011)).toBe('fail')
    expect(notWorse('accuracy', 0.01, -0.03, -0.01)).toBe('inconclusive')
    expect(notWorse('accuracy', 0.01, -0.02, 0.005)).toBe('inconclusive')
    expect(notWorse('accuracy', 0.01, -0.01, 0.02)).toBe('pass')
    expect(notWorse('accuracy', 0.01, 0.01, 0.02)).toBe('pass')
    expect(notWorse('accuracy', 0, -0.002, -0.001)).toBe('fail')
  })

  it('mirrors for lower-is-better metrics: fails when wholly above +margin', () => {
    expect(notWorse('log_loss', 0.01, 0.011, 0.03)).toBe('fail')
    expect(notWorse('log_loss', 0.01, 0.01, 0.03)).toBe('inconclusive')
    expect(notWorse('log_loss', 0.01, -0.005, 0.02)).toBe('inconclusive')
    expect(notWorse('log_loss', 0.01, -0.02, 0.01)).toBe('pass')
  })

  it('is inconclusive without an interval, or with one the resamples left undefined', () => {
    expect(notWorse('roc_auc', 0.01, NaN, NaN)).toBe('inconclusive')
    const verdict = judgeMetric(new MetricThreshold('roc_auc', { notWorse: { margin: 0.01 } }), { candidate: { roc_auc: 0.7 }, baseline: { roc_auc: 0.7 } })
    expect(verdict).toMatchObject({ verdict: 'inconclusive', reason: 'no bootstrap interval for the change in roc_auc' })
  })

  it('explains each outcome with the interval', () => {
    const reason = (low: number, high: number): string =>
      judgeMetric(new MetricThreshold('accuracy', { notWorse: { margin: 0.01 } }), {
        candidate: { accuracy: 0.8 },
        baseline: { accuracy: 0.81 },
        intervals: { accuracy: interval('accuracy', low, high) },
      }).reason
    expect(reason(-0.03, -0.02)).toBe('the 95% interval of the change in accuracy, [-0.03, -0.02], lies wholly below -0.01: a regression larger than the margin')
    expect(reason(-0.005, 0.01)).toBe('the 95% interval of the change in accuracy, [-0.005, 0.01], stays at or above -0.01')
    expect(reason(-0.02, 0)).toBe('the 95% interval of the change in accuracy, [-0.02, 0], straddles -0.01: cannot tell whether it regressed by more than the margin')
  })
})

describe('judge', () => {
  it('fails a metric if any criterion fails, else is inconclusive if any is, and gives the deciding reasons', () => {
    const thresholds = [
      new MetricThreshold('accuracy', { threshold: 0.95, notWorse: { margin: 0.01 } }),
      new MetricThreshold('roc_auc', { threshold: 0.5, notWorse: { margin: 0.01 } }),
      new MetricThreshold('log_loss', { threshold: 0.5 }),
    ]
    const verdicts = judge(thresholds, {
      candidate: { accuracy: 0.9, roc_auc: 0.8, log_loss: 0.3 },
      baseline: { accuracy: 0.9, roc_auc: 0.8, log_loss: 0.3 },
      intervals: { accuracy: interval('accuracy', -0.02, 0.01), roc_auc: interval('roc_auc', -0.02, 0.01) },
    })
    expect(verdicts.map((v) => v.verdict)).toEqual(['fail', 'inconclusive', 'pass'])
    expect(verdicts[0]!.reason).toBe('accuracy = 0.9 is below the threshold 0.95')
    expect(verdicts[1]!.reason).toMatch(/^the 95% interval of the change in roc_auc, \[-0.02, 0.01\], straddles -0.01/)
    expect(verdicts[1]!.interval?.ci).toEqual([-0.02, 0.01])
    expect(verdicts[2]!.reason).toBe('log_loss = 0.3 <= the threshold 0.5')
  })
})
