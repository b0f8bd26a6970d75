import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../../../test/emulator/server.js'
import { expectFaithfulTraffic } from '../../../test/emulator/testing.js'
import { runCommand } from '../../../test/helpers/host.js'
import { evaluateGateCommand } from '../index.js'

const FULL_NAME = 'octo-org/models'
let dir: string
let event: string
let emulator: Emulator | undefined

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-gate-key-'))
  event = join(dir, 'event.json')
  writeFileSync(event, JSON.stringify({ action: 'synchronize', number: 1, pull_request: { number: 1, head: { sha: 'feedface'.repeat(5), repo: { full_name: FULL_NAME } }, base: { repo: { full_name: FULL_NAME } } } }))
  writeFileSync(join(dir, 'candidate.csv'), 'y_true,y_pred\n' + Array.from({ length: 40 }, (_, i) => `${i % 2},${i % 5 === 0 ? 1 - (i % 2) : i % 2}`).join('\n') + '\n')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))
afterEach(async () => {
  if (!emulator) return
  expectFaithfulTraffic(emulator)
  await emulator.close()
  emulator = undefined
})

/** One gate step of job `evaluate` in workflow `CI`, on pull request 1. */
function gate(github: Emulator, inputs: Record<string, string>) {
  const env = { ...github.env, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: FULL_NAME, GITHUB_WORKFLOW: 'CI', GITHUB_JOB: 'evaluate' }
  return runCommand(evaluateGateCommand, { predictions: join(dir, 'candidate.csv'), bootstrap: '100', report: join(dir, 'evaluation.json'), 'github-token': github.token, ...inputs }, env)
}

describe("evaluate-gate's comment-key", () => {
  it('keeps a comment per key in one job, and updates the one with the same key', async () => {
    emulator = await startEmulator({ repos: [{ owner: 'octo-org', name: 'models' }], selfCheck: true })
    emulator.state.addPullRequest(FULL_NAME, { title: 'Sweep learning rates' })

    const mlp = await gate(emulator, { 'comment-key': 'mlp' })
    const linear = await gate(emulator, { 'comment-key': 'linear' })
    const again = await gate(emulator, { 'comment-key': 'mlp', thresholds: 'accuracy: {threshold: 0.99}', 'fail-on-regression': 'false' })

    const bodies = emulator.state.comments(FULL_NAME, 1).map((comment) => comment.body!)
    expect(bodies.map((body) => body.split('\n')[0])).toEqual([
      '<!-- mlops-actions:evaluate-gate workflow=CI job=evaluate key=mlp -->',
      '<!-- mlops-actions:evaluate-gate workflow=CI job=evaluate key=linear -->',
    ])
    expect(bodies[0]).toContain('Evaluation gate failed (not enforced)')
    expect(bodies[1]).toContain('Evaluation gate passed')
    expect(again.outputs['comment-url']).toBe(mlp.outputs['comment-url'])
    expect(linear.outputs['comment-url']).not.toBe(mlp.outputs['comment-url'])
  })

  it('refuses a key of several lines or too long, before any request', async () => {
    emulator = await startEmulator({ repos: [{ owner: 'octo-org', name: 'models' }], selfCheck: true })
    expect((await gate(emulator, { 'comment-key': 'a\nb' })).failures).toEqual(["Input 'comment-key' must be one line of text, without line breaks or control characters."])
    expect((await gate(emulator, { 'comment-key': 'k'.repeat(101) })).failures).toEqual(["Input 'comment-key' is 101 characters long; at most 100 are allowed."])
    expect(emulator.requests).toEqual([])
  })
})
