import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCommand } from '../../../test/helpers/host.js'
import { RandomStream } from '../../random/index.js'
import { evaluateGateCommand, trainCommand } from '../index.js'

let dir: string
let count = 0
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-gate-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function write(name: string, content: string): string {
  const path = join(dir, `${++count}-${name}`)
  writeFileSync(path, content)
  return path
}

/** Binary predictions on fixed rows: a model right on `skill` of them, with a region per row for slices. */
function predictions(skill: number, seed: number, rows = 600): string {
  const truth = new RandomStream(7, 0)
  const noise = new RandomStream(seed, 1)
  const lines = ['y_true,y_pred,proba_1,region']
  for (let i = 0; i < rows; i++) {
    const label = truth.nextFloat() < 0.4 ? 1 : 0
    const right = noise.nextFloat() < skill
    const predicted = right ? label : 1 - label
    const p = predicted === 1 ? 0.6 + 0.4 * noise.nextFloat() : 0.4 * noise.nextFloat()
    lines.push(`${label},${predicted},${p.toFixed(4)},${i % 3 === 0 ? 'EU' : 'US'}`)
  }
  return write('predictions.csv', lines.join('\n') + '\n')
}

async function gate(inputs: Record<string, string | undefined>) {
  const report = join(dir, `report-${++count}.json`)
  const run = await runCommand(evaluateGateCommand, { report, bootstrap: '300', comment: 'never', ...inputs })
  const written = run.outcome ? JSON.parse(readFileSync(report, 'utf8')) : undefined
  return { ...run, report: written }
}

async function badInput(inputs: Record<string, string | undefined>): Promise<string> {
  const { outcome, outputs, failures } = await gate(inputs)
  expect(outcome).toBeUndefined()
  expect(outputs).toEqual({})
  expect(failures).toHaveLength(1)
  expect(failures[0]).not.toMatch(/\n\s+at /)
  return failures[0]!
}

describe('the evaluate-gate command on predictions files', () => {
  const good = () => predictions(0.9, 1)
  const weak = () => predictions(0.7, 2)

  it('passes a first run on value thresholds alone and says so', async () => {
    const { outputs, failures, summary, report } = await gate({ predictions: good(), thresholds: 'accuracy: {threshold: 0.8, min-absolute-change: 0.01}' })
    expect(failures).toEqual([])
    expect(Object.keys(outputs).sort()).toEqual(Object.keys(evaluateGateCommand.outputs).sort())
    expect(outputs.passed).toBe('true')
    expect(JSON.parse(outputs.metrics!).accuracy).toBeGreaterThan(0.85)
    expect(report.firstRun).toBe(true)
    expect(report.verdicts[0].criteria.map((c: { outcome: string }) => c.outcome)).toEqual(['pass', 'skipped'])
    expect(summary).toMatch(/first run/i)
  })

  it('passes a better candidate with a positive interval and McNemar evidence', async () => {
    const { outputs, failures, report, summary } = await gate({ predictions: good(), baseline: weak(), thresholds: 'accuracy: {not-worse: {margin: 0}}' })
    expect(failures).toEqual([])
    const diff = JSON.parse(outputs.diff!)
    expect(diff.accuracy.delta).toBeGreaterThan(0.1)
    expect(diff.accuracy.ci[0]).toBeGreaterThan(0)
    expect(diff.accuracy.verdict).toBe('pass')
    expect(diff.roc_auc.ci).toHaveLength(2)
    expect(report.mcnemar.pValue).toBeLessThan(1e-6)
    expect(summary).toContain('| metric | baseline | candidate | Δ | CI of Δ | verdict |')
  })

  it('fails a regression shown by the interval, and reports without failing when told not to', async () => {
    const inputs = { predictions: weak(), baseline: good(), thresholds: 'accuracy: {not-worse: {margin: 0.02}}' }
    const failed = await gate(inputs)
    expect(failed.outputs.passed).toBe('false')
    expect(failed.failures).toEqual([expect.stringMatching(/failed the gate on accuracy/)])
    expect(failed.annotations[0]).toMatchObject({ severity: 'error', title: 'evaluate-gate: accuracy' })
    const lenient = await gate({ ...inputs, 'fail-on-regression': 'false' })
    expect(lenient.outputs.passed).toBe('false')
    expect(lenient.failures).toEqual([])
    expect(lenient.annotations[0]).toMatchObject({ severity: 'warning' })
  })

  it('defaults to failing only on evidence that accuracy got worse', async () => {
    const same = predictions(0.85, 3)
    const { outputs, report } = await gate({ predictions: same, baseline: predictions(0.85, 4) })
    expect(report.thresholds).toEqual([expect.objectContaining({ metric: 'accuracy', notWorse: { margin: 0 } })])
    expect(outputs.passed).toBe('true')
  })

  it('compares with a metrics JSON baseline without intervals', async () => {
    const baseline = write('metrics.json', JSON.stringify({ accuracy: 0.99, f1_macro: 0.9 }))
    const { outputs, report } = await gate({ predictions: good(), baseline, thresholds: 'accuracy: {min-absolute-change: 0}' })
    expect(outputs.passed).toBe('false')
    expect(JSON.parse(outputs.diff!).accuracy).toMatchObject({ baseline: 0.99, ci: null, verdict: 'fail' })
    expect(report.baselineMetrics).toEqual({ accuracy: 0.99, f1_macro: 0.9 })
  })

  it('computes the thresholded metrics per slice value', async () => {
    const { report, summary } = await gate({ predictions: good(), baseline: weak(), slices: 'region', thresholds: 'accuracy: {threshold: 0.5}' })
    expect(report.slices.map((s: { value: string; rows: number }) => [s.value, s.rows])).toEqual([['US', 400], ['EU', 200]])
    expect(report.slices[0].candidate.accuracy).toBeGreaterThan(report.slices[0].baseline.accuracy)
    expect(summary).toContain('region')
  })

  it('reads thresholds from a file and from the config file', async () => {
    const file = write('thresholds.yml', 'accuracy:\n  threshold: 0.99\n')
    expect((await gate({ predictions: good(), thresholds: file })).outputs.passed).toBe('false')
    const config = write('config.yml', 'thresholds:\n  accuracy: {threshold: 0.5}\nbootstrap: 200\n')
    expect((await gate({ predictions: good(), config })).outputs.passed).toBe('true')
  })

  it('names the input and key at fault for bad input', async () => {
    expect(await badInput({ predictions: good(), thresholds: 'accuracy: {treshold: 0.9}' })).toMatch(/^Input 'thresholds': thresholds\.accuracy.*treshold/)
    expect(await badInput({ predictions: good(), thresholds: write('bad.yml', 'accuracy: {min-relative-change: 2}\n') })).toMatch(/^Input 'thresholds' \('.*bad\.yml'\): thresholds\.accuracy\.min-relative-change/)
    expect(await badInput({ predictions: good(), thresholds: 'accuracy.yml' })).toMatch(/^Input 'thresholds': 'accuracy\.yml' is neither a file nor YAML/)
    expect(await badInput({ predictions: good(), baseline: 'champion', name: 'churn' })).toMatch(/^Input 'baseline': a registered model as baseline needs the candidate given as 'model-dir'/)
    expect(await badInput({ predictions: good(), baseline: join(dir, 'nope.csv') })).toMatch(/^Input 'baseline': '.*nope\.csv' does not exist/)
    expect(await badInput({ predictions: write('p.csv', 'truth,y_pred\n1,1\n') })).toMatch(/^Input 'predictions' \('.*p\.csv'\): no 'y_true' column/)
    expect(await badInput({ predictions: write('p.csv', 'y_true,y_pred\n1,1\n,0\n') })).toMatch(/column 'y_true' is missing a value on line 3/)
    expect(await badInput({ predictions: good(), baseline: write('short.csv', 'y_true,y_pred\n1,1\n') })).toMatch(/same rows: the candidate has 600 rows and the baseline 1/)
    expect(await badInput({ predictions: good(), baseline: write('m.json', '{"accuracy": ') })).toMatch(/^Input 'baseline': '.*m\.json' is not valid JSON/)
    expect(await badInput({ predictions: good(), bootstrap: '1' })).toMatch(/^Input 'bootstrap' has invalid value '1'/)
    expect(await badInput({})).toMatch(/Give the candidate as 'model-dir'/)
    expect(await badInput({ predictions: good(), slices: 'country' })).toMatch(/^Input 'slices': no column 'country'/)
  })

  it('reads multiclass probabilities and regression predictions', async () => {
    const multi = write('multi.csv', 'y_true,y_pred,proba_a,proba_b,proba_c\na,a,0.7,0.2,0.1\nb,b,0.1,0.8,0.1\nc,b,0.2,0.5,0.3\nc,c,0.1,0.1,0.8\n')
    const classes = await gate({ predictions: multi, thresholds: 'roc_auc_ovr: {threshold: 0.5}' })
    expect(classes.outputs.passed).toBe('true')
    expect(JSON.parse(classes.outputs.metrics!).accuracy).toBe(0.75)
    const regression = write('reg.csv', 'y_true,y_pred\n1.5,1.4\n2.5,2.7\n3.5,3.1\n')
    const values = await gate({ predictions: regression })
    expect(values.report.task).toBe('regression')
    expect(JSON.parse(values.outputs.metrics!).mae).toBeCloseTo(0.7 / 3, 12)
  })

  it('names the input, file and line of a probability outside [0, 1], not a number, or not finite', async () => {
    const baseline = write('b.csv', 'y_true,y_pred,proba_1\n1,1,0.9\n0,0,0.2\n1,1,1.5\n')
    const candidate = write('c.csv', 'y_true,y_pred,proba_1\n1,1,0.8\n0,0,0.1\n1,1,0.7\n')
    expect(await badInput({ predictions: candidate, baseline })).toBe(`Input 'baseline' ('${baseline}'): column 'proba_1' holds 1.5 on line 4; a probability lies between 0 and 1.`)
    const text = write('t.csv', 'y_true,y_pred,proba_a,proba_b\na,a,0.8,0.2\nb,b,high,0.9\n')
    expect(await badInput({ predictions: text })).toBe(`Input 'predictions' ('${text}'): column 'proba_a' must hold numbers; it holds the text "high" on line 3.`)
    const infinite = write('i.csv', 'y_true,y_pred,proba_1\n1,1,0.8\n0,0,-inf\n')
    expect(await badInput({ predictions: infinite })).toMatch(new RegExp(`^Input 'predictions' \\('.*i\\.csv'\\): column 'proba_1' holds -Infinity on line 3; numbers must be finite`))
  })

  it('names the file and line of an infinite y_true or y_pred', async () => {
    const candidate = write('c.csv', 'y_true,y_pred\n1.5,1.4\n2.5,1e400\n3.5,3.1\n')
    expect(await badInput({ predictions: candidate })).toBe(
      `Input 'predictions' ('${candidate}'): column 'y_pred' holds Infinity on line 3; numbers must be finite (inf, Infinity and literals that overflow, such as 1e400, are not valid numbers).`,
    )
    const baseline = write('b.csv', 'y_true,y_pred\n1.5,1.4\n2.5,2.6\n-Infinity,3.1\n')
    expect(await badInput({ predictions: write('ok.csv', 'y_true,y_pred\n1.5,1.4\n2.5,2.6\n3.5,3.1\n'), baseline })).toMatch(
      new RegExp(`^Input 'baseline' \\('.*b\\.csv'\\): column 'y_true' holds -Infinity on line 4;`),
    )
  })

  it('warns once about probabilities that do not sum to 1, renormalising log_loss as scikit-learn does', async () => {
    // Line 5 sums to 0.5; scikit-learn 1.2 divides it by its sum, giving c 0.8.
    const multi = write('loose.csv', 'y_true,y_pred,proba_a,proba_b,proba_c\na,a,0.7,0.2,0.1\nb,b,0.1,0.8,0.1\nc,b,0.2,0.5,0.3\nc,c,0.05,0.05,0.4\nc,c,0.1,0.1,0.9\n')
    const { outputs, annotations, failures } = await gate({ predictions: multi, thresholds: 'log_loss: {threshold: 2}' })
    expect(failures).toEqual([])
    const metrics = JSON.parse(outputs.metrics!)
    expect(metrics.log_loss).toBeCloseTo(-(Math.log(0.7) + Math.log(0.8) + Math.log(0.3) + Math.log(0.8) + Math.log(0.9 / 1.1)) / 5, 12)
    expect(metrics).not.toHaveProperty('roc_auc_ovr')
    expect(annotations.filter((a) => a.severity === 'warning')).toEqual([
      expect.objectContaining({
        message: `Input 'predictions' ('${multi}'): the proba_ columns of 2 rows do not sum to 1 (the first, on line 5, sums to 0.5); log_loss divides each row by its sum, as scikit-learn does, and roc_auc_ovr, which needs them to, is left out.`,
      }),
    ])
    expect(await badInput({ predictions: multi, thresholds: 'roc_auc_ovr: {threshold: 0.5}' })).toBe(
      `Input 'predictions' ('${multi}'): roc_auc_ovr, named in 'thresholds', needs proba_ columns that sum to 1 in each row, and 2 rows do not (the first, on line 5, sums to 0.5). Normalise the rows or leave roc_auc_ovr out of 'thresholds'.`,
    )
  })
})

describe('the evaluate-gate command on a model directory', () => {
  it('names the data file and line of an infinite target or feature value', async () => {
    const model = join(dir, 'model')
    const train = write('train.csv', 'x,y\n' + Array.from({ length: 40 }, (_, i) => `${i},${2 * i + 1}`).join('\n') + '\n')
    expect((await runCommand(trainCommand, { data: train, target: 'y', task: 'regression', 'output-dir': model, params: '{epochs: 2}' })).failures).toEqual([])
    const target = write('target.csv', 'x,y\n1,3\n2,inf\n')
    expect(await badInput({ 'model-dir': model, data: target })).toMatch(new RegExp(`^Input 'data': column 'y' holds Infinity on line 3 of .*target\\.csv; numbers must be finite`))
    const feature = write('feature.csv', 'x,y\n1,3\n2,5\n-1e999,7\n')
    expect(await badInput({ 'model-dir': model, data: feature })).toMatch(new RegExp(`^Input 'data': column 'x' holds -Infinity on line 4 of .*feature\\.csv; numbers must be finite`))
  })
})
