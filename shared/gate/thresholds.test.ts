import { describe, expect, it } from 'vitest'
import { UserError } from '../errors/index.js'
import { MetricThreshold, parseThresholds } from './index.js'

const fails = (source: unknown, message: string): void => {
  expect(() => parseThresholds(source)).toThrow(UserError)
  expect(() => parseThresholds(source)).toThrow(message)
}

describe('parseThresholds', () => {
  it('reads YAML with kebab-case fields, in the order written', () => {
    const thresholds = parseThresholds(`
accuracy:
  threshold: 0.8
  min-absolute-change: 0.01
  not-worse: {margin: 0.005}
log_loss:
  min-relative-change: 0.05
custom_score:
  threshold: 3
  greater-is-better: false
`)
    expect(thresholds.map((t) => t.metric)).toEqual(['accuracy', 'log_loss', 'custom_score'])
    const [accuracy, logLoss, custom] = thresholds
    expect(accuracy).toMatchObject({ threshold: 0.8, minAbsoluteChange: 0.01, greaterIsBetter: true, notWorse: { margin: 0.005 } })
    expect(accuracy!.minRelativeChange).toBeUndefined()
    expect(logLoss).toMatchObject({ minRelativeChange: 0.05, greaterIsBetter: false })
    expect(custom).toMatchObject({ threshold: 3, greaterIsBetter: false })
    expect(accuracy!.changeCriteria).toEqual(['min-absolute-change', 'not-worse'])
    expect(custom!.changeCriteria).toEqual([])
  })

  it('takes an already-parsed object, and a not-worse margin of 0 by default', () => {
    const [threshold] = parseThresholds({ roc_auc: { 'not-worse': {} } })
    expect(threshold).toMatchObject({ metric: 'roc_auc', greaterIsBetter: true, notWorse: { margin: 0 } })
  })

  it('builds frozen value objects', () => {
    const threshold = new MetricThreshold('mae', { threshold: 2 })
    expect(Object.isFrozen(threshold)).toBe(true)
    expect(threshold.greaterIsBetter).toBe(false)
  })

  it('accepts a relative change of exactly 0 or 1, as MLflow does', () => {
    expect(new MetricThreshold('accuracy', { minRelativeChange: 0 }).minRelativeChange).toBe(0)
    expect(new MetricThreshold('accuracy', { minRelativeChange: 1 }).minRelativeChange).toBe(1)
  })

  it('names the metric and field in every error', () => {
    fails({ accuracy: { 'min-relative-change': 1.5 } }, 'thresholds.accuracy.min-relative-change: must be between 0 and 1; got 1.5')
    fails({ accuracy: { 'min-relative-change': -0.1 } }, 'thresholds.accuracy.min-relative-change: must be between 0 and 1')
    fails({ accuracy: { 'min-relative-change': '5%' } }, 'thresholds.accuracy.min-relative-change: must be a number; got "5%"')
    fails({ accuracy: { 'min-absolute-change': -0.01 } }, 'thresholds.accuracy.min-absolute-change: must be 0 or more; got -0.01')
    fails({ accuracy: { threshold: 'high' } }, 'thresholds.accuracy.threshold: must be a number; got "high"')
    fails({ accuracy: { threshold: true } }, 'thresholds.accuracy.threshold: must be a number; got true')
    fails({ accuracy: { threshold: Number.NaN } }, 'thresholds.accuracy.threshold: must be a number; got NaN')
    fails({ accuracy: { threshold: null } }, 'thresholds.accuracy.threshold: must be a number; got nothing')
    fails({ accuracy: { threshold: 0.9, 'greater-is-better': 'yes' } }, 'thresholds.accuracy.greater-is-better: must be true or false; got "yes"')
    fails({ accuracy: {} }, 'thresholds.accuracy: set at least one of threshold, min-absolute-change, min-relative-change or not-worse')
    fails({ accuracy: { 'greater-is-better': true } }, 'thresholds.accuracy: set at least one of')
    fails({ accuracy: 0.9 }, 'thresholds.accuracy: must be a mapping of criteria (threshold, min-absolute-change, min-relative-change or not-worse); got 0.9')
    fails({ accuracy: { min_relative_change: 0.1 } }, 'thresholds.accuracy.min_relative_change: unknown field; the fields are threshold, min-absolute-change, min-relative-change, greater-is-better, not-worse')
    fails({ accuracy: { 'not-worse': 0.01 } }, 'thresholds.accuracy.not-worse: must be a mapping such as {margin: 0.01}; got 0.01')
    fails({ accuracy: { 'not-worse': { margin: -0.01 } } }, 'thresholds.accuracy.not-worse.margin: must be 0 or more; got -0.01')
    fails({ accuracy: { 'not-worse': { margin: 'small' } } }, 'thresholds.accuracy.not-worse.margin: must be a number; got "small"')
    fails({ accuracy: { 'not-worse': { margni: 0.1 } } }, 'thresholds.accuracy.not-worse.margni: unknown field; the only field is margin')
  })

  it('needs a direction for metrics the registry does not know, and refuses one that contradicts it', () => {
    fails({ my_score: { threshold: 1 } }, 'thresholds.my_score.greater-is-better: required for my_score, which is not a built-in metric')
    fails({ log_loss: { threshold: 0.3, 'greater-is-better': true } }, 'thresholds.log_loss.greater-is-better: log_loss is lower-is-better; leave greater-is-better out for built-in metrics')
    expect(parseThresholds({ log_loss: { threshold: 0.3, 'greater-is-better': false } })[0]!.greaterIsBetter).toBe(false)
  })

  it('refuses what is not a mapping of metrics', () => {
    fails('', 'thresholds: must be a mapping from metric names to their criteria; got nothing')
    fails('- accuracy\n', 'thresholds: must be a mapping from metric names to their criteria; got a list')
    fails({}, 'thresholds: name at least one metric')
    fails('1: {threshold: 2}\n', 'thresholds: metric names must be strings; got 1')
  })

  it('reports YAML syntax errors with line and column', () => {
    fails('accuracy:\n  threshold: 0.8\n    x: 1\n', 'thresholds:2:14: invalid YAML: Nested mappings are not allowed in compact mappings')
    fails('accuracy: {threshold: 0.8}\naccuracy: {threshold: 0.9}\n', 'invalid YAML')
  })

  it('refuses an alias bomb without expanding it', () => {
    const levels = ['a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1]', ...'bcdefgh'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`)]
    fails(`${levels.join('\n')}\naccuracy: {threshold: *h}\n`, 'thresholds: invalid YAML: its aliases expand to too many values (more than 100)')
  })
})
