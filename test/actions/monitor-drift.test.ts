import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../emulator/server.js'
import { expectFaithfulTraffic } from '../emulator/testing.js'
import { runBundledAction, type ActionRun } from '../helpers/action.js'
import { repoPath } from '../helpers/repo.js'

const REPO = 'mlops-actions/mlops-actions'
let workspace: string
let emulator: Emulator | undefined

/** The seattle-weather rows of the given months. */
function season(name: string, months: number[]): void {
  const [header, ...lines] = readFileSync(repoPath('node_modules', 'vega-datasets', 'data', 'seattle-weather.csv'), 'utf8').trimEnd().split('\n')
  writeFileSync(join(workspace, name), [header, ...lines.filter((line) => months.includes(Number(line.slice(5, 7))))].join('\n') + '\n')
}

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'mlops-drift-action-'))
  cpSync(repoPath('test', 'fixtures', 'train', 'penguins.csv'), join(workspace, 'penguins.csv'))
  season('winter.csv', [12, 1, 2])
  season('summer.csv', [6, 7, 8])
  season('late-winter.csv', [1, 2])
  // A model whose training profile is the reference.
  const train = await runBundledAction('train', { cwd: workspace, inputs: { data: 'winter.csv', target: 'weather', ignore: 'date', 'output-dir': 'model', params: '{epochs: 5}' } })
  expect(train.exitCode, train.stdout).toBe(0)
})
afterAll(() => rmSync(workspace, { recursive: true, force: true }))
afterEach(async () => {
  if (!emulator) return
  expectFaithfulTraffic(emulator)
  await emulator.close()
  emulator = undefined
})

function check(api: Emulator, current: string, run: number, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runBundledAction('monitor-drift', {
    cwd: workspace,
    event: { name: 'schedule', payload: { schedule: '0 6 * * *' } },
    env: { ...api.env, GITHUB_WORKFLOW: 'Drift check', GITHUB_RUN_ID: String(run) },
    inputs: { reference: 'model', current, ignore: 'date', name: 'seattle', 'github-token': api.token, ...inputs },
  })
}

describe('the monitor-drift bundle on GitHub', () => {
  it('opens one issue when drift starts, comments while it lasts, closes it when it clears, and dispatches retraining', async () => {
    const api = (emulator = await startEmulator({ selfCheck: true }))
    api.state.workflows(REPO).add({ path: '.github/workflows/retrain.yml', inputs: { reason: { required: true }, 'run-url': { required: true } } })
    const first = await check(api, 'summer.csv', 1, { 'retrain-workflow': 'retrain.yml' })
    expect(first.exitCode, first.stdout + first.stderr).toBe(0)
    expect(first.outputs).toMatchObject({ drifted: 'true', 'issue-number': '1' })
    expect(JSON.parse(first.outputs['drifted-columns']!)).toEqual(expect.arrayContaining(['temp_max', 'temp_min']))
    expect(first.summary).toContain('Data drift in seattle')
    const report = JSON.parse(readFileSync(join(workspace, 'drift.json'), 'utf8'))
    expect(report.columns.find((column: { column: string }) => column.column === 'temp_max')).toMatchObject({ test: 'ks', drifted: true })
    const issues = () => [...api.state.repo(REPO)!.issues.values()]
    expect(issues()).toMatchObject([{ number: 1, title: 'Data drift: seattle', labels: ['drift'], state: 'open' }])
    const [dispatch] = api.state.workflows(REPO).dispatches
    expect(dispatch).toMatchObject({ path: '.github/workflows/retrain.yml', ref: 'main' })
    expect(Object.keys(dispatch!.inputs).sort()).toEqual(['reason', 'run-url'])
    expect(dispatch!.inputs['run-url']).toMatch(/\/actions\/runs\/1$/)

    const second = await check(api, 'summer.csv', 2)
    expect(second.outputs['issue-number']).toBe('1')
    expect(issues()).toHaveLength(1)
    expect(api.state.comments(REPO, 1)).toHaveLength(1)

    const third = await check(api, 'late-winter.csv', 3)
    expect(third.exitCode).toBe(0)
    expect(third.outputs).toMatchObject({ drifted: 'false', 'issue-number': '1' })
    expect(issues()).toMatchObject([{ number: 1, state: 'closed' }])
  })

  it('names the missing permission and still writes the summary and the report', async () => {
    const api = (emulator = await startEmulator({ selfCheck: true, tokens: { ghs_read: { readOnly: true } } }))
    const run = await check(api, 'summer.csv', 1, { 'github-token': 'ghs_read', report: 'read-only.json' })
    expect(run.exitCode).toBe(0)
    expect(run.annotations.find((annotation) => annotation.severity === 'warning' && /issues: write/.test(annotation.message))).toBeDefined()
    expect(run.summary).toContain('Data drift in seattle')
    expect(JSON.parse(readFileSync(join(workspace, 'read-only.json'), 'utf8')).drifted).toBe(true)
    expect([...api.state.repo(REPO)!.issues.values()]).toEqual([])
  })
})
