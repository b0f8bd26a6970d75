import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectFaithfulTraffic } from '../emulator/testing.js'
import { pushToPullRequest, seedPullRequest } from '../emulator/pulls.js'
import type { WorkflowRun } from '../helpers/runner/index.js'
import { MODEL, pullRequestRun, registerChampion, REPOSITORY, startLoop, type Loop } from './loop.js'

const HEAD = 'a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1'
const NEXT_HEAD = 'b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2'

describe('a pull request, through examples/.github/workflows/mlops-pr.yml', () => {
  let loop: Loop
  let first: WorkflowRun
  let number: number

  beforeAll(async () => {
    loop = await startLoop()
    await registerChampion(loop)
    number = seedPullRequest(loop.github.state, REPOSITORY, { head: HEAD, title: 'More training data' }).number
    first = await pullRequestRun(loop, number, HEAD)
  }, 180_000)
  afterAll(async () => {
    expectFaithfulTraffic(loop.github)
    await loop.close()
  })

  it('validates, trains, gates against the champion and leaves one comment with the diff', () => {
    expect(first.jobs.map((job) => [job.name, job.result]), first.log).toEqual([
      ['mlops / validate', 'success'],
      ['mlops / sweep', 'skipped'],
      ['mlops / train (model, )', 'success'],
      ['mlops / gate', expect.stringMatching(/success|failure/)],
      ['mlops', expect.stringMatching(/success|failure/)],
    ])
    const comments = loop.github.state.comments(REPOSITORY, number)
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body).toMatch(/accuracy/)
    expect(comments[0]!.body).toContain(`models:/${MODEL}/1`)
  })

  it('uploads the gated model with its report, which names the version it was compared with, as mlops-candidate', () => {
    const candidate = loop.artifacts.path(first.runId, 'mlops-candidate')
    expect(existsSync(join(candidate, 'model', 'metadata.json')), first.log).toBe(true)
    expect(JSON.parse(readFileSync(join(candidate, 'evaluation.json'), 'utf8'))).toMatchObject({ baselineUri: `models:/${MODEL}/1` })
  })

  it('updates the same comment when the pull request is pushed to again', async () => {
    const [before] = loop.github.state.comments(REPOSITORY, number)
    pushToPullRequest(loop.github.state, REPOSITORY, number, NEXT_HEAD)
    const second = await pullRequestRun(loop, number, NEXT_HEAD)
    expect(second.job('mlops / gate').steps.find((step) => step.id === 'gate')?.outcome, second.log).toMatch(/success|failure/)
    const after = loop.github.state.comments(REPOSITORY, number)
    expect(after.map((comment) => comment.id)).toEqual([before!.id])
    expect(loop.github.requests.filter((request) => request.method === 'PATCH' && /\/issues\/comments\//.test(request.path))).toHaveLength(1)
  }, 180_000)
})
