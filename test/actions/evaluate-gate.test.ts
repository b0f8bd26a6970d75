import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { RandomStream } from '../../shared/random/index.js'
import { startEmulator, type Emulator, type EmulatorOptions } from '../emulator/server.js'
import { runBundledAction, type ActionRun } from '../helpers/action.js'
import { expectFaithfulTraffic } from '../emulator/testing.js'

const REPO = 'mlops-actions/mlops-actions'
const COMMENTS = '/repos/{owner}/{repo}/issues/{issue_number}/comments'
let workspace: string
let emulator: Emulator | undefined

/** Binary predictions on the same 500 rows; `skill` is the share a model gets right. */
function predictions(name: string, skill: number, seed: number): string {
  const truth = new RandomStream(11, 0)
  const noise = new RandomStream(seed, 1)
  const lines = ['y_true,y_pred,proba_1']
  for (let i = 0; i < 500; i++) {
    const label = truth.nextFloat() < 0.5 ? 1 : 0
    const predicted = noise.nextFloat() < skill ? label : 1 - label
    lines.push(`${label},${predicted},${(predicted === 1 ? 0.55 + 0.45 * noise.nextFloat() : 0.45 * noise.nextFloat()).toFixed(4)}`)
  }
  writeFileSync(join(workspace, name), lines.join('\n') + '\n')
  return name
}

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'mlops-gate-action-'))
  predictions('champion.csv', 0.8, 1)
  predictions('better.csv', 0.9, 2)
  predictions('worse.csv', 0.65, 3)
})
afterAll(() => rmSync(workspace, { recursive: true, force: true }))
afterEach(async () => {
  if (!emulator) return
  expectFaithfulTraffic(emulator)
  await emulator.close()
  emulator = undefined
})

async function github(options: EmulatorOptions = {}): Promise<Emulator> {
  emulator = await startEmulator({ selfCheck: true, ...options })
  emulator.state.addPullRequest(REPO, { title: 'Retrain with more data' })
  return emulator
}

const pullRequest = (fork = false) => ({
  name: 'pull_request',
  payload: {
    action: 'synchronize',
    number: 1,
    pull_request: {
      number: 1,
      head: { sha: 'feedfacefeedfacefeedfacefeedfacefeedface', repo: { full_name: fork ? 'someone/mlops-actions' : REPO } },
      base: { repo: { full_name: REPO } },
    },
  },
})

function gate(api: Emulator, candidate: string, extra: { token?: string; fork?: boolean; inputs?: Record<string, string> } = {}): Promise<ActionRun> {
  return runBundledAction('evaluate-gate', {
    cwd: workspace,
    event: pullRequest(extra.fork),
    env: { ...api.env, GITHUB_WORKFLOW: 'CI', GITHUB_JOB: 'evaluate' },
    inputs: {
      predictions: candidate,
      baseline: 'champion.csv',
      thresholds: 'accuracy: {threshold: 0.7, not-worse: {margin: 0.01}}\nroc_auc: {not-worse: {margin: 0.01}}',
      bootstrap: '500',
      'github-token': extra.token ?? api.token,
      report: `evaluation-${candidate}.json`,
      ...extra.inputs,
    },
  })
}

const bodies = (api: Emulator) => api.state.comments(REPO, 1).map((c) => c.body)

describe('the evaluate-gate bundle on a pull request', () => {
  it('posts one comment with the metric diff, then updates it in place on the next run', async () => {
    const api = await github()
    const first = await gate(api, 'better.csv')
    expect(first.stderr).toBe('')
    expect(first.exitCode).toBe(0)
    expect(first.outputs.passed).toBe('true')
    expect(first.outputs['comment-url']).toMatch(/^https?:\/\/.+#issuecomment-\d+$/)
    expect(bodies(api)).toHaveLength(1)
    expect(bodies(api)[0]).toMatch(/^<!-- mlops-actions:evaluate-gate workflow=CI job=evaluate -->/)
    expect(bodies(api)[0]).toContain('| metric | baseline | candidate | Δ | CI of Δ | verdict |')
    expect(first.summary).toContain('| metric | baseline | candidate | Δ | CI of Δ | verdict |')
    expect(first.summary).toContain('```mermaid')
    const report = JSON.parse(readFileSync(join(workspace, 'evaluation-better.csv.json'), 'utf8'))
    expect(report.diff.accuracy.ci[0]).toBeGreaterThan(0)

    const second = await gate(api, 'worse.csv')
    expect(second.exitCode).toBe(1)
    expect(second.outputs.passed).toBe('false')
    expect(second.annotations.filter((a) => a.severity === 'error').map((a) => a.message)).toEqual([
      expect.stringMatching(/failed the gate on accuracy/),
      expect.stringMatching(/accuracy/),
      expect.stringMatching(/roc_auc/),
    ])
    expect(bodies(api)).toHaveLength(1)
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url'])
    expect(bodies(api)[0]).toContain('❌')
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(1)
    expect(api.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1)
  })

  it('still writes exactly one comment through a 500 after the post landed and a secondary rate limit', async () => {
    const api = await github()
    api.faults.add({ method: 'GET', path: COMMENTS, status: 403, retryAfter: 1 })
    api.faults.add({ method: 'POST', path: COMMENTS, status: 500, afterCommit: true })
    const run = await gate(api, 'better.csv')
    expect(run.exitCode).toBe(0)
    expect(api.faults.pending()).toEqual([])
    expect(bodies(api)).toHaveLength(1)
    expect(run.outputs['comment-url']).toContain('#issuecomment-')
    expect(run.annotations.some((a) => a.severity === 'warning' && /rate limit/i.test(a.message))).toBe(true)
  })

  it('keeps the summary and passes the step when a fork token cannot comment', async () => {
    const api = await github({ tokens: { ghs_fork: { readOnly: true } } })
    const run = await gate(api, 'better.csv', { token: 'ghs_fork', fork: true })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.passed).toBe('true')
    expect(run.outputs['comment-url']).toBe('')
    expect(bodies(api)).toEqual([])
    expect(run.summary).toContain('| metric | baseline | candidate | Δ | CI of Δ | verdict |')
    expect(run.annotations.filter((a) => a.severity === 'warning').map((a) => a.message).join('\n')).toMatch(/workflow_run/)
  })

  it('fails with one clear line when the API keeps failing, after writing the summary', async () => {
    const api = await github()
    api.faults.add({ method: 'GET', path: COMMENTS, status: 500, times: Infinity })
    const run = await gate(api, 'better.csv')
    expect(run.exitCode).toBe(1)
    expect(run.summary).toContain('| metric |')
    expect(run.annotations.find((a) => a.severity === 'error')?.message).toMatch(/GitHub API GET .*comments failed: 500/)
    expect(run.stdout + run.stderr).not.toMatch(/^\s{4}at /m)
  })
})
