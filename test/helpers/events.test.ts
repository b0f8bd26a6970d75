import { describe, expect, it } from 'vitest'
import { pullRequestEvent, pushEvent, scheduleEvent, workflowDispatchEvent, workflowRunEvent } from './events.js'
import { completePayload } from './webhook-payload.js'

const SHA = 'feedfacefeedfacefeedfacefeedfacefeedface'

describe('event payloads', () => {
  it('carry the values given where workflows and actions read them', () => {
    const fork = pullRequestEvent({ number: 3, headSha: SHA, fork: 'someone/weather', repository: 'octo-org/weather' }).payload as any
    expect([fork.number, fork.pull_request.head.sha, fork.pull_request.head.repo.full_name, fork.pull_request.base.repo.full_name, fork.repository.full_name]).toEqual([3, SHA, 'someone/weather', 'octo-org/weather', 'octo-org/weather'])
    expect((pushEvent({ after: SHA }).payload as any).head_commit.id).toBe(SHA)
    const run = workflowRunEvent({ runId: 9, name: 'Model pull request', path: '.github/workflows/mlops-pr.yml', headSha: SHA, headRepository: 'someone/weather', repository: 'octo-org/weather' }).payload as any
    expect([run.workflow_run.id, run.workflow_run.head_sha, run.workflow_run.head_repository.full_name, run.workflow_run.pull_requests]).toEqual([9, SHA, 'someone/weather', []])
    expect((workflowDispatchEvent('.github/workflows/x.yml', { reason: 'drift' }).payload as any).inputs).toEqual({ reason: 'drift' })
    expect(scheduleEvent('0 6 * * 1').payload.schedule).toBe('0 6 * * 1')
  })

  it('fill in what GitHub always sends, such as the sender and the repository fields', () => {
    const payload = pushEvent({ after: SHA }).payload as any
    expect(payload.repository).toHaveProperty('node_id')
    expect(payload.sender).toHaveProperty('avatar_url')
  })

  it('are checked against GitHub webhook description', () => {
    expect(() => completePayload('webhook-push', { after: 42 })).toThrow(/The webhook-push payload breaks GitHub's description:\npayload\/after must be string/)
  })
})
