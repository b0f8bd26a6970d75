import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pushToPullRequest, seedPullRequest } from '../emulator/pulls.js'
import { expectFaithfulTraffic } from '../emulator/testing.js'
import type { WorkflowRun } from '../helpers/runner/index.js'
import { MODEL, pullRequestRun, registerChampion, REPOSITORY, startLoop, type Loop } from './loop.js'

const HEAD = 'a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1'
const NEXT_HEAD = 'b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2'
const SWEEP_HEAD = 'f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6f6'

let loop: Loop
const comments = (number: number) => loop.github.state.comments(REPOSITORY, number)
const commentEdits = () => loop.github.requests.filter((request) => request.method === 'PATCH' && /\/issues\/comments\//.test(request.path))

beforeAll(async () => {
  loop = await startLoop()
  await registerChampion(loop)
}, 120_000)
afterAll(async () => {
  expectFaithfulTraffic(loop.github)
  await loop.close()
})

describe('a pull request, through examples/.github/workflows/mlops-pr.yml', () => {
  let first: WorkflowRun
  let number: number

  beforeAll(async () => {
    number = seedPullRequest(loop.github.state, REPOSITORY, { head: HEAD, title: 'More training data' }).number
    first = await pullRequestRun(loop, number, HEAD)
  }, 180_000)

  it('validates, trains, gates against the champion and leaves one comment with the diff', () => {
    expect(first.jobs.map((job) => [job.name, job.result]), first.log).toEqual([
      ['mlops / validate', 'success'],
      ['mlops / sweep', 'skipped'],
      ['mlops / train (model, )', 'success'],
      ['mlops / gate', expect.stringMatching(/success|failure/)],
      ['mlops', expect.stringMatching(/success|failure/)],
    ])
    expect(comments(number)).toHaveLength(1)
    expect(comments(number)[0]!.body).toMatch(/accuracy/)
    expect(comments(number)[0]!.body).toContain(`models:/${MODEL}/1`)
  })

  it('uploads the gated model with its report, which names the version it was compared with, as mlops-candidate', () => {
    const candidate = loop.artifacts.path(first.runId, 'mlops-candidate')
    expect(existsSync(join(candidate, 'model', 'metadata.json')), first.log).toBe(true)
    expect(JSON.parse(readFileSync(join(candidate, 'evaluation.json'), 'utf8'))).toMatchObject({ baselineUri: `models:/${MODEL}/1` })
  })

  it('updates the same comment when the pull request is pushed to again', async () => {
    const [before] = comments(number)
    pushToPullRequest(loop.github.state, REPOSITORY, number, NEXT_HEAD)
    const second = await pullRequestRun(loop, number, NEXT_HEAD)
    expect(second.job('mlops / gate').steps.find((step) => step.id === 'gate')?.outcome, second.log).toMatch(/success|failure/)
    expect(comments(number).map((comment) => comment.id)).toEqual([before!.id])
    expect(commentEdits()).toHaveLength(1)
  }, 180_000)
})

describe('a pull request with a sweep', () => {
  let run: WorkflowRun
  let number: number

  beforeAll(async () => {
    loop.setWith('mlops-pr.yml', 'mlops', { sweep: 'learning-rate: [0.02, 0.05]', 'select-by': 'accuracy' })
    number = seedPullRequest(loop.github.state, REPOSITORY, { head: SWEEP_HEAD, title: 'Tune the learning rate' }).number
    run = await pullRequestRun(loop, number, SWEEP_HEAD)
  }, 180_000)

  it('trains one leg per point of the grid', () => {
    const legs = run.jobs.filter((job) => job.job === 'train')
    expect(legs.map((job) => job.result), run.log).toEqual(['success', 'success'])
    expect(legs.map((job) => JSON.parse(String(job.matrix!.params)))).toEqual([expect.objectContaining({ 'learning-rate': 0.02 }), expect.objectContaining({ 'learning-rate': 0.05 })])
  })

  it('gates the best and leaves one comment listing every candidate', () => {
    const names = run.jobs.filter((job) => job.job === 'train').map((job) => String(job.matrix!.name))
    expect(comments(number), run.log).toHaveLength(1)
    for (const name of names) expect(comments(number)[0]!.body).toContain(name)
  })
})
