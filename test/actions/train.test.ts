import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runBundledAction, type ActionRun } from '../helpers/action.js'
import { repoPath } from '../helpers/repo.js'

const WEATHER = repoPath('node_modules', 'vega-datasets', 'data', 'seattle-weather.csv')
let workspace: string
let champion: ActionRun
let candidate: ActionRun

const train = (outputDir: string, model: string) =>
  runBundledAction('train', {
    cwd: workspace,
    inputs: { data: 'weather.csv', target: 'weather', ignore: 'date', model, 'output-dir': outputDir, seed: '1', params: '{epochs: 40, hidden-units: [16]}' },
  })

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'mlops-train-action-'))
  cpSync(WEATHER, join(workspace, 'weather.csv'))
  ;[champion, candidate] = await Promise.all([train('champion-model', 'linear'), train('candidate', 'mlp')])
})
afterAll(() => rmSync(workspace, { recursive: true, force: true }))

describe('the train bundle', () => {
  it('trains on the WASM backend from a copy outside the repository and sets its outputs', () => {
    expect(candidate.stderr).toBe('')
    expect(candidate.exitCode).toBe(0)
    expect(candidate.outputs['model-dir']).toBe('candidate')
    expect(JSON.parse(candidate.outputs.metrics!).accuracy).toBeGreaterThan(0.6)
    expect(candidate.outputs['data-hash']).toMatch(/^[0-9a-f]{64}$/)
    const metadata = JSON.parse(readFileSync(join(workspace, 'candidate', 'metadata.json'), 'utf8'))
    expect(metadata.backend).toBe('wasm')
    expect(metadata.lineage).toMatchObject({ commit: '0123456789abcdef0123456789abcdef01234567', runUrl: 'https://github.com/mlops-actions/mlops-actions/actions/runs/4242' })
    expect(readdirSync(join(workspace, 'candidate')).sort()).toEqual(['manifest.yaml', 'metadata.json', 'metrics.json', 'model.json', 'preprocessing.json', 'profile.json', 'weights.bin'])
  })

  it('logs each epoch inside a collapsible group and writes the job summary', () => {
    const start = candidate.stdout.indexOf('::group::Training mlp classification')
    expect(start).toBeGreaterThanOrEqual(0)
    const end = candidate.stdout.indexOf('::endgroup::', start)
    expect(candidate.stdout.slice(start, end)).toMatch(/epoch 1\/40: loss [\d.]+, val_loss [\d.]+/)
    expect(candidate.summary).toContain('| validation metric | value |')
  })

  it('fails with one line naming the input for a missing target column', async () => {
    const run = await runBundledAction('train', { cwd: workspace, inputs: { data: 'weather.csv', target: 'Weather', 'output-dir': 'bad' } })
    expect(run.exitCode).toBe(1)
    expect(run.annotations.find((a) => a.severity === 'error')?.message).toMatch(/^Input 'target': no column 'Weather'/)
    expect(run.stdout + run.stderr).not.toMatch(/^\s{4}at /m)
  })
})

describe('the evaluate-gate bundle on model directories', () => {
  it('scores both models on the same data and gates the candidate, with latency and size', async () => {
    expect(champion.exitCode).toBe(0)
    const run = await runBundledAction('evaluate-gate', {
      cwd: workspace,
      inputs: { 'model-dir': 'candidate', data: 'weather.csv', baseline: 'champion-model', thresholds: 'accuracy: {threshold: 0.5}', bootstrap: '200' },
    })
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    const report = JSON.parse(readFileSync(join(workspace, 'evaluation.json'), 'utf8'))
    expect(report.rows).toBe(1461)
    expect(report.baseline).toBe('champion-model')
    expect(report.latency.p50Ms).toBeGreaterThan(0)
    expect(report.latency.p95Ms).toBeGreaterThanOrEqual(report.latency.p50Ms)
    expect(report.modelSizeBytes).toBeGreaterThan(1000)
    expect(report.confusion.candidate.labels).toEqual(['drizzle', 'fog', 'rain', 'snow', 'sun'])
    expect(report.diff.accuracy.ci).toHaveLength(2)
    expect(run.summary).toContain('| metric | baseline | candidate | Δ | CI of Δ | verdict |')
  })

  it('spreads the bootstrap over MLOPS_THREADS threads with the same intervals as on one', async () => {
    const gate = (threads: string) =>
      runBundledAction('evaluate-gate', {
        cwd: workspace,
        inputs: { 'model-dir': 'candidate', data: 'weather.csv', baseline: 'champion-model', bootstrap: '400', report: `evaluation-${threads}.json` },
        env: { MLOPS_THREADS: threads },
      })
    const [one, two] = [await gate('1'), await gate('2')]
    expect(one.stdout).toContain('Paired bootstrap on 1 thread\n')
    expect(two.stdout).toContain('Paired bootstrap on 2 threads\n')
    const diff = (threads: string) => JSON.parse(readFileSync(join(workspace, `evaluation-${threads}.json`), 'utf8')).diff
    expect(diff('2')).toEqual(diff('1'))
  })
})
