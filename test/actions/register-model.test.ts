import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../emulator/server.js'
import { runBundledAction, type ActionRun } from '../helpers/action.js'
import { repoPath } from '../helpers/repo.js'
import { expectFaithfulTraffic } from '../emulator/testing.js'

const REPO = 'mlops-actions/mlops-actions'
let workspace: string
let emulator: Emulator | undefined

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'mlops-register-action-'))
  cpSync(repoPath('test', 'fixtures', 'train', 'penguins.csv'), join(workspace, 'penguins.csv'))
  for (const [dir, features] of [['first', 'Island, Sex'], ['second', '']]) {
    const run = await runBundledAction('train', { cwd: workspace, inputs: { data: 'penguins.csv', target: 'Species', 'output-dir': dir, ...(features && { features }) } })
    expect(run.exitCode, run.stdout).toBe(0)
  }
})
afterAll(() => rmSync(workspace, { recursive: true, force: true }))
afterEach(async () => {
  if (!emulator) return
  expectFaithfulTraffic(emulator)
  await emulator.close()
  emulator = undefined
})

function register(api: Emulator, inputs: Record<string, string>, token = api.token): Promise<ActionRun> {
  return runBundledAction('register-model', { cwd: workspace, env: api.env, inputs: { name: 'penguins', 'github-token': token, ...inputs } })
}

describe('the register-model bundle on GitHub', () => {
  it('registers releases, moves the champion, and evaluate-gate resolves it', async () => {
    const api = (emulator = await startEmulator({ selfCheck: true }))
    const first = await register(api, { 'model-dir': 'first', alias: 'champion' })
    expect(first.stderr).toBe('')
    expect(first.exitCode).toBe(0)
    expect(first.outputs).toMatchObject({ version: '1', uri: 'models:/penguins/1' })
    expect(first.outputs.url).toMatch(/\/mlops-actions\/mlops-actions\/releases\/tag\/model\/penguins\/v1$/)
    const second = await register(api, { 'model-dir': 'second', 'compared-with': 'models:/penguins/1' })
    expect(second.outputs.version).toBe('2')
    const rerun = await register(api, { 'model-dir': 'second' })
    expect(rerun.outputs.version).toBe('2')
    expect(api.state.releases(REPO).map((r) => [r.tagName, r.draft])).toEqual(expect.arrayContaining([['model/penguins/v1', false], ['model/penguins/v2', false]]))
    expect(api.state.releases(REPO)).toHaveLength(2)

    const gate = await runBundledAction('evaluate-gate', {
      cwd: workspace,
      env: api.env,
      inputs: { 'model-dir': 'second', data: 'penguins.csv', baseline: 'champion', name: 'penguins', 'github-token': api.token, bootstrap: '200', comment: 'never' },
    })
    expect(gate.exitCode, gate.stdout).toBe(0)
    const report = JSON.parse(readFileSync(join(workspace, 'evaluation.json'), 'utf8'))
    expect(report.baseline).toBe('models:/penguins/1 (champion)')
    expect(report.diff.accuracy.delta).toBeGreaterThan(0)

    await register(api, { operation: 'set-alias', version: '2', alias: 'champion' })
    const rollback = await register(api, { operation: 'set-alias', version: '1', alias: 'champion' })
    expect(rollback.exitCode).toBe(0)
    const listed = await register(api, { operation: 'list' })
    expect(JSON.parse(listed.outputs.versions!).map((v: { version: number; aliases: string[] }) => [v.version, v.aliases])).toEqual([[1, ['champion']], [2, []]])
    expect(listed.summary).toContain('| version | aliases | status | sha256 | created |')
  })

  it('names the missing permission when the token cannot write', async () => {
    const api = (emulator = await startEmulator({ selfCheck: true, tokens: { ghs_read: { readOnly: true } } }))
    const run = await register(api, { 'model-dir': 'first' }, 'ghs_read')
    expect(run.exitCode).toBe(1)
    expect(run.annotations.find((a) => a.severity === 'error')?.message).toMatch(/403 .*Give the job `permissions: contents: write`\./)
    expect(api.state.releases(REPO)).toEqual([])
  })
})
