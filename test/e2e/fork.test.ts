import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedPullRequest } from '../emulator/pulls.js'
import { expectFaithfulTraffic } from '../emulator/testing.js'
import { workflowRunEvent } from '../helpers/events.js'
import type { WorkflowRun } from '../helpers/runner/index.js'
import { pullRequestRun, registerChampion, REPOSITORY, startLoop, type Loop } from './loop.js'

const HEAD = 'e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5'
const FORK = 'someone/weather'

describe('a pull request from a fork', () => {
  let loop: Loop
  let number: number
  let pullRequest: WorkflowRun

  beforeAll(async () => {
    loop = await startLoop()
    await registerChampion(loop)
    number = seedPullRequest(loop.github.state, REPOSITORY, { head: HEAD, fork: FORK }).number
    pullRequest = await pullRequestRun(loop, number, HEAD, FORK)
  }, 180_000)
  afterAll(async () => {
    expectFaithfulTraffic(loop.github)
    await loop.close()
  })

  it('posts nothing from the pull request run, whose token may not write, and uploads the comment instead', () => {
    expect(pullRequest.job('mlops / gate').steps.find((step) => step.id === 'gate')?.outcome, pullRequest.log).toMatch(/success|failure/)
    expect(loop.github.state.comments(REPOSITORY, number)).toEqual([])
    expect(loop.github.requests.filter((request) => request.method !== 'GET' && request.path.includes('/comments'))).toEqual([])
    expect(loop.artifacts.names(pullRequest.runId)).toContain('mlops-comment')
  })

  it('posts the comment from the workflow_run run that follows', async () => {
    const event = workflowRunEvent({ runId: pullRequest.runId, name: 'Model pull request', path: '.github/workflows/mlops-pr.yml', headSha: HEAD, headRepository: FORK, conclusion: pullRequest.conclusion, repository: REPOSITORY })
    const run = await loop.run('mlops-pr-comment.yml', event)
    expect(run.conclusion, run.log).toBe('success')
    const comments = loop.github.state.comments(REPOSITORY, number)
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body).toMatch(/accuracy/)
    expect(run.job('comment / comment').outputs['comment-url']).toContain(`#issuecomment-${comments[0]!.id}`)
  }, 120_000)
})
