import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { startEmulator, type Emulator } from '../emulator/server.js'
import { expectFaithfulTraffic } from '../emulator/testing.js'
import { runBundledAction, type ActionRun } from '../helpers/action.js'
import { repoPath } from '../helpers/repo.js'

// Models trained in Python with Debian's scikit-learn (/usr/bin/python3), as a workflow would
// after actions/setup-python: an ONNX champion and a pickled command-flavor challenger.
const PYTHON = '/usr/bin/python3'
const REPO = 'mlops-actions/mlops-actions'
let workspace: string
let emulator: Emulator | undefined

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'mlops-byom-'))
  const lines = readFileSync(repoPath('node_modules', 'vega-datasets', 'data', 'seattle-weather.csv'), 'utf8').trim().split('\n')
  writeFileSync(join(workspace, 'weather-2012-2014.csv'), [lines[0], ...lines.slice(1).filter((line) => !line.startsWith('2015'))].join('\n') + '\n')
  writeFileSync(join(workspace, 'weather-2015.csv'), [lines[0], ...lines.slice(1).filter((line) => line.startsWith('2015'))].join('\n') + '\n')
  for (const folder of ['byom', 'onnx']) cpSync(repoPath('test', 'fixtures', folder), join(workspace, 'scripts', folder), { recursive: true, filter: (path) => !/\.(onnx|csv|json)$/.test(path) })
})
afterAll(() => rmSync(workspace, { recursive: true, force: true }))
afterEach(async () => {
  if (!emulator) return
  expectFaithfulTraffic(emulator)
  await emulator.close()
  emulator = undefined
})

function train(script: string, outputDir: string): Promise<ActionRun> {
  return runBundledAction('train', {
    cwd: workspace,
    inputs: { data: 'weather-2012-2014.csv', target: 'weather', ignore: 'date', command: `${PYTHON} scripts/byom/${script}`, 'output-dir': outputDir },
  })
}

function registry(api: Emulator, inputs: Record<string, string>): Promise<ActionRun> {
  return runBundledAction('register-model', { cwd: workspace, env: api.env, inputs: { name: 'weather', 'github-token': api.token, ...inputs } })
}

const manifest = (dir: string) => parseYaml(readFileSync(join(workspace, dir, 'manifest.yaml'), 'utf8'))

describe('a model trained in Python', () => {
  it('is trained, gated against the registered ONNX champion, registered and downloaded through the bundles', async () => {
    const champion = await train('train_onnx.py', 'champion')
    expect(champion.exitCode, champion.stdout).toBe(0)
    expect(champion.outputs.flavor).toBe('onnx')
    expect(manifest('champion')).toMatchObject({ flavor: 'onnx', target: 'weather', classes: ['drizzle', 'fog', 'rain', 'snow', 'sun'], files: ['model.onnx'] })
    // The metrics train computes through ONNX Runtime are the ones scikit-learn computed itself.
    const userAccuracy = JSON.parse(readFileSync(join(workspace, 'champion', 'user-metrics.json'), 'utf8')).accuracy
    expect(JSON.parse(champion.outputs.metrics!).accuracy).toBeCloseTo(userAccuracy, 12)

    const api = (emulator = await startEmulator({ selfCheck: true }))
    expect((await registry(api, { 'model-dir': 'champion', alias: 'champion' })).exitCode).toBe(0)

    const challenger = await train('train_pickle.py', 'challenger')
    expect(challenger.exitCode, challenger.stdout).toBe(0)
    expect(challenger.outputs.flavor).toBe('command')
    expect(manifest('challenger')).toMatchObject({ flavor: 'command', task: 'classification', inputs: [{ name: 'precipitation', type: 'number' }, { name: 'temp_max', type: 'number' }, { name: 'temp_min', type: 'number' }, { name: 'wind', type: 'number' }] })
    expect(challenger.summary).toContain('command flavor')

    const gate = await runBundledAction('evaluate-gate', {
      cwd: workspace,
      env: api.env,
      inputs: { 'model-dir': 'challenger', data: 'weather-2015.csv', baseline: 'champion', name: 'weather', 'github-token': api.token, bootstrap: '200', comment: 'never' },
    })
    expect(gate.exitCode, gate.stdout).toBe(0)
    const report = JSON.parse(readFileSync(join(workspace, 'evaluation.json'), 'utf8'))
    expect(report.baseline).toBe('models:/weather/1 (champion)')
    expect(report.rows).toBe(365)
    expect(report.diff.accuracy.ci).toHaveLength(2)
    expect(report.mcnemar).toBeDefined()

    const registered = await registry(api, { 'model-dir': 'challenger', 'compared-with': 'models:/weather/1' })
    expect(registered.exitCode, registered.stdout).toBe(0)
    expect(registered.outputs.version).toBe('2')
    const card = api.state.releases(REPO).find((release) => release.tagName === 'model/weather/v2')!.body
    expect(card).toContain('| flavor | command |')
    expect(card).toContain('`model.pkl`, `predict.py`, `common.py`')

    const download = await registry(api, { operation: 'download', version: '2', 'output-dir': 'downloaded' })
    expect(download.exitCode, download.stdout).toBe(0)
    expect(readdirSync(join(workspace, 'downloaded')).sort()).toEqual(readdirSync(join(workspace, 'challenger')).sort())
    expect(readFileSync(join(workspace, 'downloaded', 'model.pkl'))).toEqual(readFileSync(join(workspace, 'challenger', 'model.pkl')))
  }, 240_000)
})
