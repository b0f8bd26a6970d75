import { describe, expect, it } from 'vitest'
import { evaluateGate, pairedBootstrap, parseThresholds, type DeltaInterval } from '../gate/index.js'
import { RandomStream } from '../random/index.js'
import { confusionMatrix, evaluateMetrics, prepareClassification, prepareRegression } from '../metrics/index.js'
import { formatInterval, formatPValue } from './gate-format.js'
import { renderGateReport, type GateReportView } from './index.js'

/**
 * A baseline right on 80% of rows with modest scores, and a candidate right on 90% but
 * overconfident: its accuracy rises while its log loss rises too.
 */
function models(rows: number) {
  const random = new RandomStream(7, 0)
  const yTrue: string[] = []
  const candidatePred: string[] = []
  const baselinePred: string[] = []
  const candidateP: number[] = []
  const baselineP: number[] = []
  for (let i = 0; i < rows; i++) {
    const label = random.nextFloat() < 0.5 ? 'churn' : 'stay'
    const other = label === 'churn' ? 'stay' : 'churn'
    const u = random.nextFloat()
    yTrue.push(label)
    candidatePred.push(u < 0.9 ? label : other)
    baselinePred.push(u < 0.8 ? label : other)
    candidateP.push(candidatePred[i] === 'stay' ? 0.999 : 0.001)
    baselineP.push(baselinePred[i] === 'stay' ? 0.75 : 0.25)
  }
  const scores = (p: number[]) => ({ labels: ['churn', 'stay'], columns: [p.map((x) => 1 - x), p] })
  return {
    candidate: prepareClassification({ yTrue, yPred: candidatePred, scores: scores(candidateP) }),
    baseline: prepareClassification({ yTrue, yPred: baselinePred, scores: scores(baselineP) }),
  }
}

const thresholds = parseThresholds(`
accuracy: {threshold: 0.85, min-absolute-change: 0.05, not-worse: {margin: 0.01}}
log_loss: {not-worse: {margin: 0}}
brier: {threshold: 0.05}
roc_auc: {not-worse: {margin: 0.01}}
`)

const bootstrap = { resamples: 200, seed: 3 }

async function comparedView(): Promise<GateReportView> {
  const { candidate, baseline } = models(1000)
  const gate = await evaluateGate(thresholds, candidate, baseline, bootstrap)
  const candidateMetrics = evaluateMetrics(candidate)
  const baselineMetrics = evaluateMetrics(baseline)
  const intervals = pairedBootstrap(candidate, baseline, Object.keys(candidateMetrics), bootstrap)
  return {
    passed: gate.passed,
    failOnRegression: true,
    task: 'classification',
    candidateName: 'model/ (this PR)',
    baselineName: 'champion',
    gate,
    candidateMetrics,
    baselineMetrics,
    intervals: Object.fromEntries(intervals.map((interval) => [interval.metric, interval])),
    confusion: { candidate: confusionMatrix(candidate), baseline: confusionMatrix(baseline) },
    rows: 1000,
    runUrl: 'https://github.com/acme/churn/actions/runs/42',
    commit: '0123456789abcdef0123456789abcdef01234567',
  }
}

async function firstRunView(): Promise<GateReportView> {
  const { candidate } = models(1000)
  const gate = await evaluateGate(thresholds, candidate, undefined)
  return { passed: gate.passed, failOnRegression: true, task: 'classification', candidateName: 'model/', gate, candidateMetrics: evaluateMetrics(candidate), rows: 1000 }
}

const rowOf = (report: string, metric: string): string => report.split('\n').find((line) => line.startsWith(`| ${metric} |`))!

describe('renderGateReport', () => {
  it('titles the report with the verdict, both models and the rows', async () => {
    const report = renderGateReport(await comparedView())
    expect(report.split('\n')[0]).toBe('## ❌ Evaluation gate failed: model/ (this PR) vs champion · 1,000 rows evaluated')
  })

  it('says a failed gate is not enforced when it does not fail the check', async () => {
    const report = renderGateReport({ ...(await comparedView()), failOnRegression: false })
    expect(report).toMatch(/^## ⚠️ Evaluation gate failed \(not enforced\)/)
    expect(report).toContain('the check does not fail')
  })

  it('lists thresholded metrics first, then the others, under the exact header', async () => {
    const report = renderGateReport(await comparedView())
    const lines = report.split('\n')
    const header = lines.indexOf('| metric | baseline | candidate | Δ | CI of Δ | verdict |')
    expect(header).toBeGreaterThan(0)
    expect(lines[header + 1]).toBe('| --- | ---: | ---: | ---: | ---: | --- |')
    expect(lines.slice(header + 2, header + 6).map((line) => line.split(' | ')[0])).toEqual(['| accuracy', '| log_loss', '| brier', '| roc_auc'])
    expect(rowOf(report, 'balanced_accuracy')).toMatch(/\| — \|$/)
  })

  it('styles arrows by direction: accuracy up is good, log_loss up is bad', async () => {
    const report = renderGateReport(await comparedView())
    expect(rowOf(report, 'accuracy')).toMatch(/\| 🟢 ▲ \+0\.\d+ \|/)
    expect(rowOf(report, 'log_loss')).toMatch(/\| 🔴 ▲ \+0\.\d+ \|/)
    expect(rowOf(report, 'accuracy')).toContain('| ✅ pass |')
  })

  it('marks failing and inconclusive metrics and gives their full reasons below the table', async () => {
    const view = await comparedView()
    const report = renderGateReport(view)
    const [, logLoss, brier] = view.gate.verdicts
    expect(brier).toMatchObject({ verdict: 'fail', reason: `brier = ${Number(brier!.candidate!.toPrecision(6))} is above the threshold 0.05` })
    expect(rowOf(report, 'brier')).toMatch(/\| 🟢 ▼ -0\.\d+ \| .* \| ❌ fail: above threshold \|$/)
    expect(report).toContain(`- ❌ **brier**: ${brier!.reason}\n`)
    expect(logLoss!.verdict).toBe('inconclusive')
    expect(rowOf(report, 'log_loss')).toMatch(/\| ❔ inconclusive: CI straddles margin \|$/)
    // An `_` inside a word cannot start emphasis, so it is left as it is.
    expect(report).toContain(`- ❔ **log_loss**: ${logLoss!.reason.replace(/[[\]]/g, (char) => `\\${char}`)}`)
  })

  it('shows intervals signed, to 4 significant digits, and says how they were made', async () => {
    const view = await comparedView()
    const report = renderGateReport(view)
    const [low, high] = view.gate.verdicts[0]!.interval!.ci
    expect(low).toBeGreaterThan(0)
    expect(rowOf(report, 'accuracy')).toContain(`| [+${Number(low.toPrecision(4))}, +${Number(high.toPrecision(4))}] |`)
    expect(report).toContain('CI of Δ: 95% paired bootstrap, 200 resamples (seed 3).')
    expect(formatInterval([-0.0041234, 0.021])).toBe('[-0.004123, +0.021]')
    expect(formatInterval([0, 0.5])).toBe('[0, +0.5]')
  })

  it('states the McNemar counts in words', async () => {
    const view = await comparedView()
    const { b, c } = view.gate.mcnemar!
    expect(renderGateReport(view)).toContain(
      `**McNemar test** (b = ${b}, c = ${c}): the candidate is right on ${c} rows the baseline gets wrong, and wrong on ${b} it gets right; exact McNemar p = `,
    )
    expect(formatPValue(0.00213456, Math.log(0.00213456))).toBe('0.002135')
    expect(formatPValue(3.2e-7, Math.log(3.2e-7))).toBe('3.2e-7')
    expect(formatPValue(0, -2000 * Math.LN10)).toBe('1e-2000')
  })

  it('draws baseline beside candidate for the metrics on the [0, 1] scale', async () => {
    const view = await comparedView()
    const report = renderGateReport(view)
    const chart = report.match(/```mermaid\n([\s\S]*?)\n```/)![1]!.split('\n')
    const [accuracy, , brier, rocAuc] = view.gate.verdicts
    const four = (value: number) => String(Number(value.toPrecision(4)))
    // log_loss has no upper bound: it would squash the others.
    expect(chart).toEqual([
      'xychart-beta',
      '  title "Baseline (B) and candidate (C)"',
      '  x-axis ["accuracy B", "accuracy C", "brier B", "brier C", "roc_auc B", "roc_auc C"]',
      '  y-axis "value" 0 --> 1',
      `  bar [${four(accuracy!.baseline!)}, 0, ${four(brier!.baseline!)}, 0, ${four(rocAuc!.baseline!)}, 0]`,
      `  bar [0, ${four(accuracy!.candidate!)}, 0, ${four(brier!.candidate!)}, 0, ${four(rocAuc!.candidate!)}]`,
    ])
  })

  it('folds confusion matrices with true classes as rows', async () => {
    const report = renderGateReport(await comparedView())
    const folded = report.slice(report.indexOf('<details><summary>Confusion'), report.indexOf('</details>'))
    const tables = folded.split('\n').filter((line) => line.startsWith('|'))
    expect(tables).toHaveLength(8)
    expect(tables[0]).toBe('| true ↓ predicted → | churn | stay |')
    expect(tables[2]).toMatch(/^\| churn \| \*\*\d+\*\* \| \d+ \|$/)
    expect(tables[3]).toMatch(/^\| stay \| \d+ \| \*\*\d+\*\* \|$/)
  })

  it('escapes pipes in class labels and slice values', async () => {
    const input = prepareClassification({ yTrue: ['a|b', 'c', 'c'], yPred: ['a|b', 'c', 'a|b'] })
    const view = { ...(await firstRunView()), confusion: { candidate: confusionMatrix(input) } }
    const report = renderGateReport({ ...view, slices: [{ column: 'plan', value: 'pro|team', rows: 3, candidate: { accuracy: 0.5 } }] })
    expect(report).toContain('| true ↓ predicted → | a\\|b | c |')
    expect(report).toContain('| a\\|b | **1** | 0 |')
    expect(report).toContain('| pro\\|team | 3 | 0.5 |')
  })

  it('caps slice tables at 50 values, largest first, and says how many are left out', async () => {
    const view = await comparedView()
    const slices = Array.from({ length: 62 }, (_, i) => ({ column: 'region', value: `r${i}`, rows: 100 + i, candidate: { accuracy: 0.9, log_loss: 0.2 }, baseline: { accuracy: 0.8, log_loss: 0.3 } }))
    const report = renderGateReport({ ...view, slices })
    expect(report).toContain('<details><summary>Slices by region (62 values)</summary>')
    expect(report).toContain('| value | rows | accuracy | Δ accuracy | log_loss | Δ log_loss |')
    expect(report).toContain('| r61 | 161 | 0.9 | 🟢 ▲ +0.1 | 0.2 | 🟢 ▼ -0.1 |')
    expect(report).not.toContain('| r11 |')
    expect(report).toContain('12 more values with fewer rows are left out.')
  })

  it('says a first run skipped the change criteria and compares nothing', async () => {
    const report = renderGateReport(await firstRunView())
    expect(report.split('\n')[0]).toBe('## ❌ Evaluation gate failed: model/, first run · 1,000 rows evaluated')
    expect(report).toContain('**First run**: there is no baseline to compare with, so the change criteria (min-absolute-change, min-relative-change, not-worse) were skipped')
    expect(rowOf(report, 'accuracy')).toBe('| accuracy |  | 0.915 |  |  | ✅ pass (min-absolute-change, not-worse skipped) |')
    expect(rowOf(report, 'roc_auc')).toMatch(/\| ⏭️ skipped: no baseline \|$/)
    expect(report).not.toContain('McNemar')
    expect(report).toContain('title "Candidate (C)"')
  })

  it('gives cost, run link and commit, and no chart for regression metrics', async () => {
    const candidate = prepareRegression({ yTrue: [1, 2, 3, 4], yPred: [1.1, 2.2, 2.9, 4.1] })
    const gate = await evaluateGate(parseThresholds({ rmse: { threshold: 0.5 } }), candidate, undefined)
    const report = renderGateReport({
      passed: gate.passed,
      failOnRegression: true,
      task: 'regression',
      candidateName: 'model/',
      gate,
      candidateMetrics: evaluateMetrics(candidate),
      rows: 4,
      latency: { p50Ms: 1.23456, p95Ms: 4.5, rows: 4 },
      modelSizeBytes: 12_949_000,
      runUrl: 'https://github.com/acme/churn/actions/runs/42',
      commit: '0123456789abcdef0123456789abcdef01234567',
    })
    expect(report).toMatch(/^## ✅ Evaluation gate passed/)
    expect(report).not.toContain('```mermaid')
    expect(report).toContain('**Candidate cost**: inference p50 1.235 ms · p95 4.5 ms over 4 rows · model size 12.35 MiB')
    expect(report.trimEnd().split('\n').at(-1)).toBe('[workflow run](https://github.com/acme/churn/actions/runs/42) · commit 0123456789ab')
  })

  it('escapes Markdown in model names and gives the same text every time', async () => {
    const view = { ...(await comparedView()), candidateName: 'model_*v2*', baselineName: 'models:/churn/3' }
    expect(renderGateReport(view)).toContain('model\\_\\*v2\\* vs models:/churn/3')
    expect(renderGateReport(view)).toBe(renderGateReport(view))
  })
})

describe('interval note', () => {
  it('tells when a metric is undefined on some resamples', async () => {
    const view = await comparedView()
    const roc = view.intervals!.roc_auc!
    const intervals: Record<string, DeltaInterval> = { ...view.intervals, roc_auc: { ...roc, resamples: 181 } }
    const gate = { ...view.gate, verdicts: view.gate.verdicts.map((v) => (v.metric === 'roc_auc' ? { ...v, interval: intervals.roc_auc! } : v)) }
    expect(renderGateReport({ ...view, gate, intervals })).toContain('roc_auc is defined on 181')
  })
})
