import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCommand } from '../../../test/helpers/host.js'
import { RandomStream } from '../../random/index.js'
import { evaluateGateCommand, registerModelCommand, trainCommand } from '../index.js'

let dir: string
let trained: string
let data: string
let count = 0
const fresh = (name: string) => join(dir, `${++count}-${name}`)

/** Two features, a label that mostly follows their sum. */
function dataset(path: string, rows: number, seed: number): string {
  const random = new RandomStream(seed, 0)
  const lines = ['x1,x2,y']
  for (let i = 0; i < rows; i++) {
    const x1 = random.nextFloat() * 2 - 1
    const x2 = random.nextFloat() * 2 - 1
    const label = x1 + x2 + (random.nextFloat() - 0.5) * 0.4 > 0 ? 'yes' : 'no'
    lines.push(`${x1.toFixed(3)},${x2.toFixed(3)},${label}`)
  }
  writeFileSync(path, lines.join('\n') + '\n')
  return path
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-gate-candidates-'))
  data = dataset(join(dir, 'eval.csv'), 200, 2)
  trained = join(dir, 'trained')
  const run = await runCommand(trainCommand, { data: dataset(join(dir, 'train.csv'), 300, 1), target: 'y', 'output-dir': trained, params: '{epochs: 3}' })
  expect(run.failures).toEqual([])
}, 120_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Copies of the trained model as a sweep's legs would leave them: each with its own params and validation metrics. */
function candidates(legs: Record<string, { params: object; metrics: object }>): string {
  const root = fresh('candidates')
  for (const [name, { params, metrics }] of Object.entries(legs)) {
    const leg = join(root, name)
    cpSync(trained, leg, { recursive: true })
    const metadata = JSON.parse(readFileSync(join(leg, 'metadata.json'), 'utf8'))
    writeFileSync(join(leg, 'metadata.json'), JSON.stringify({ ...metadata, params }))
    writeFileSync(join(leg, 'metrics.json'), JSON.stringify(metrics))
  }
  return root
}

async function gate(inputs: Record<string, string | undefined>, env: Record<string, string> = {}) {
  const report = fresh('evaluation.json')
  const run = await runCommand(evaluateGateCommand, { data, report, bootstrap: '200', comment: 'never', ...inputs }, env)
  return { ...run, report: run.outcome ? JSON.parse(readFileSync(report, 'utf8')) : undefined }
}

async function refused(inputs: Record<string, string | undefined>): Promise<string> {
  const { outcome, failures } = await gate(inputs)
  expect(outcome).toBeUndefined()
  expect(failures).toHaveLength(1)
  return failures[0]!
}

describe('evaluate-gate with several model directories', () => {
  it('gates the best by select-by, the first in name order on a tie, and lists every candidate', async () => {
    const root = candidates({
      'lr-0.1': { params: { epochs: 3, 'learning-rate': 0.1 }, metrics: { accuracy: 0.8, log_loss: 0.3 } },
      'lr-0.3': { params: { epochs: 3, 'learning-rate': 0.3 }, metrics: { accuracy: 0.9, log_loss: 0.5 } },
      'lr-0.2': { params: { epochs: 3, 'learning-rate': 0.2 }, metrics: { accuracy: 0.9, log_loss: 0.4 } },
    })
    const { outputs, failures, summary, report, logs } = await gate({ 'model-dir': `${root}/*`, 'select-by': 'accuracy' })
    expect(failures).toEqual([])
    expect(outputs.selected).toBe(join(root, 'lr-0.2'))
    expect(report.candidate).toBe(join(root, 'lr-0.2'))
    expect(report.selection).toEqual({
      metric: 'accuracy',
      greaterIsBetter: true,
      selected: join(root, 'lr-0.2'),
      candidates: [
        { dir: join(root, 'lr-0.1'), name: 'lr-0.1', params: { epochs: 3, 'learning-rate': 0.1 }, value: 0.8, selected: false },
        { dir: join(root, 'lr-0.2'), name: 'lr-0.2', params: { epochs: 3, 'learning-rate': 0.2 }, value: 0.9, selected: true },
        { dir: join(root, 'lr-0.3'), name: 'lr-0.3', params: { epochs: 3, 'learning-rate': 0.3 }, value: 0.9, selected: false },
      ],
    })
    expect(summary).toContain('|  | candidate | params | accuracy |')
    expect(summary).toContain('| ✅ gated | lr-0.2 | `epochs: 3, learning-rate: 0.2` | 0.9 |')
    expect(summary).toContain('|  | lr-0.3 | `epochs: 3, learning-rate: 0.3` | 0.9 |')
    expect(summary).toMatch(/the best of 3 candidates by `accuracy` .*higher is better; a tie goes to the first by name/)
    expect(logs).toContain(`Selected ${join(root, 'lr-0.2')} of 3 candidates: accuracy 0.9 on its validation rows, the highest.`)
  })

  it('selects the lowest of a lower-is-better metric, and defaults to the first thresholded metric', async () => {
    const root = candidates({
      a: { params: { epochs: 1 }, metrics: { accuracy: 0.9, log_loss: 0.5 } },
      b: { params: { epochs: 2 }, metrics: { accuracy: 0.8, log_loss: 0.2 } },
    })
    const lowest = await gate({ 'model-dir': `${root}/*`, 'select-by': 'log_loss' })
    expect(lowest.outputs.selected).toBe(join(root, 'b'))
    expect(lowest.summary).toMatch(/by `log_loss` .*\(lower is better/)
    const listed = await gate({ 'model-dir': `[${join(root, 'b')}, ${join(root, 'a')}]`, thresholds: 'log_loss: {threshold: 5}\naccuracy: {threshold: 0.1}' })
    expect(listed.failures).toEqual([])
    expect(listed.report.selection.metric).toBe('log_loss')
    expect(listed.report.selection.candidates.map((c: { name: string }) => c.name)).toEqual(['a', 'b'])
    expect(listed.outputs.selected).toBe(join(root, 'b'))
    // Without thresholds, the task's main metric.
    expect((await gate({ 'model-dir': `${root}/*` })).report.selection.metric).toBe('accuracy')
  })

  it('shows names and params from the directories as inert text', async () => {
    const root = candidates({
      '<img src=x>@octocat': { params: { note: '</code>|[x](https://example.com) #1' }, metrics: { accuracy: 0.9 } },
      plain: { params: { epochs: 1 }, metrics: { accuracy: 0.5 } },
    })
    const { summary, failures } = await gate({ 'model-dir': `${root}/*` })
    expect(failures).toEqual([])
    const table = summary.slice(summary.indexOf('**Candidates**'))
    expect(table).not.toMatch(/<img|[^\\]\]\(https|https:\/\//)
    expect(table).toContain('| ✅ gated | &lt;img src=x&gt;@\u200boctocat | <code>note: &lt;/code&gt;\\|\\[x\\](https:\u200b//example.com) #\u200b1</code> | 0.9 |')
  })

  it('names the directory at fault', async () => {
    const root = candidates({ a: { params: {}, metrics: { accuracy: 0.9 } }, b: { params: {}, metrics: { f1_macro: 0.8 } } })
    expect(await refused({ 'model-dir': `${root}/*`, 'select-by': 'accuracy' })).toBe(
      `Input 'select-by': candidate '${join(root, 'b')}' has no 'accuracy' in its metrics.json ('${join(root, 'b', 'metrics.json')}'), so it cannot be compared with the others.`,
    )
    expect(await refused({ 'model-dir': `${root}/*`, 'select-by': 'lift' })).toBe(
      "Input 'select-by': 'lift' is not a built-in metric; give its direction in 'thresholds' (lift: {greater-is-better: true}) or select by a built-in metric.",
    )
    mkdirSync(join(root, 'logs'))
    expect(await refused({ 'model-dir': `${root}/*` })).toBe(`Input 'model-dir': candidate '${join(root, 'logs')}' is not a model directory: it has no metadata.json written by train.`)
    expect(await refused({ 'model-dir': `${root}/none-*` })).toBe(`Input 'model-dir': no directory matches '${root}/none-*'.`)
    expect(await refused({ 'model-dir': `[${join(root, 'a')}, ${join(root, 'gone')}]` })).toBe(`Input 'model-dir': candidate '${join(root, 'gone')}' does not exist.`)
  })

  it('leaves a single model directory as it was, and names a registry baseline in its outputs and report', async () => {
    const single = await gate({ 'model-dir': trained })
    expect(single.failures).toEqual([])
    expect(single.outputs).toMatchObject({ selected: trained, 'baseline-version': '', 'baseline-uri': '' })
    expect(single.report).not.toHaveProperty('selection')
    expect(single.report).not.toHaveProperty('baselineVersion')
    expect(single.summary).not.toContain('Candidates')

    const registry = `local:${fresh('registry')}`
    const registered = await runCommand(registerModelCommand, { 'model-dir': trained, name: 'churn', registry, alias: 'champion', report: fresh('register.json') })
    expect(registered.failures).toEqual([])
    const champion = await gate({ 'model-dir': trained, baseline: 'champion', name: 'churn', registry })
    expect(champion.failures).toEqual([])
    expect(champion.outputs).toMatchObject({ 'baseline-version': '1', 'baseline-uri': 'models:/churn/1', selected: trained })
    expect(champion.report).toMatchObject({ baseline: 'models:/churn/1 (champion)', baselineVersion: 1, baselineUri: 'models:/churn/1' })
  })
})
