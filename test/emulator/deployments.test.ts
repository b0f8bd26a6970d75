import { describe, expect, it } from 'vitest'
import { HEAD_SHA } from './git.js'
import { failure, FULL_NAME, plainClient, REPO, useEmulator } from './testing.js'

const start = useEmulator()
const CREATE = 'POST /repos/{owner}/{repo}/deployments'
const STATUS = 'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses'
const TOPIC_SHA = 'feedfacefeedfacefeedfacefeedfacefeedface'

/** A 201's deployment id; the 202 answer has none. */
const idOf = (response: { data: unknown }) => (response.data as { id: number }).id
const message = (refused: { response?: { data: unknown } }) => (refused.response?.data as { message: string }).message

describe('deployments', () => {
  it('creates a deployment of a branch, lists it with filters, and gets it', async () => {
    const github = await start()
    const octokit = plainClient(github)

    const created = await octokit.request(CREATE, { ...REPO, ref: 'main', environment: 'staging', description: 'churn v4', payload: { model: 'churn', version: 4 }, auto_merge: false, required_contexts: [] })
    expect(created.status).toBe(201)
    expect(created.data).toMatchObject({ sha: HEAD_SHA, ref: 'main', environment: 'staging', task: 'deploy', payload: { model: 'churn', version: 4 }, production_environment: false })
    await octokit.request(CREATE, { ...REPO, ref: HEAD_SHA })

    const list = async (query: Record<string, string>) => (await octokit.request('GET /repos/{owner}/{repo}/deployments', { ...REPO, ...query })).data.map((d) => d.environment)
    expect(await list({})).toEqual(['production', 'staging'])
    expect(await list({ environment: 'STAGING' })).toEqual(['staging'])
    expect(await list({ ref: 'main' })).toEqual(['staging'])
    expect(await list({ sha: HEAD_SHA, task: 'deploy' })).toEqual(['production', 'staging'])
    const fetched = await octokit.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}', { ...REPO, deployment_id: idOf(created) })
    expect(fetched.data.description).toBe('churn v4')
    const environments = await octokit.request('GET /repos/{owner}/{repo}/environments', REPO)
    expect([environments.data.total_count, environments.data.environments?.map((e) => e.name)]).toEqual([2, ['production', 'staging']])
    expect(github.requests.every((r) => r.valid)).toBe(true)
  })

  it('refuses a ref that does not exist with 422 and an unknown deployment with 404', async () => {
    const github = await start()
    const octokit = plainClient(github)
    const refused = await failure(octokit.request(CREATE, { ...REPO, ref: 'nope' }))
    expect([refused.status, message(refused)]).toEqual([422, 'No ref found for: nope'])
    const missing = await failure(octokit.request(STATUS, { ...REPO, deployment_id: 424242, state: 'success' }))
    expect(missing.status).toBe(404)
    expect(github.state.deployments(FULL_NAME).list()).toEqual([])
  })

  it('auto-merges the default branch into a branch behind it (202, no deployment), and answers 409 for a conflict', async () => {
    const github = await start()
    github.state.addCommit(FULL_NAME, TOPIC_SHA)
    github.state.setRef(FULL_NAME, 'heads/topic', TOPIC_SHA)
    github.state.setRef(FULL_NAME, 'heads/clash', TOPIC_SHA)
    github.state.deployments(FULL_NAME).conflicts.add('clash')
    const octokit = plainClient(github)

    const merged = await octokit.request(CREATE, { ...REPO, ref: 'topic' })
    expect([merged.status, merged.data]).toEqual([202, { message: 'Auto-merged main into topic on deployment.' }])
    expect(github.state.deployments(FULL_NAME).list()).toEqual([])
    // Now that the branch holds main, a new request deploys it, as GitHub says.
    expect((await octokit.request(CREATE, { ...REPO, ref: 'topic' })).status).toBe(201)

    const conflict = await failure(octokit.request(CREATE, { ...REPO, ref: 'clash' }))
    expect([conflict.status, message(conflict)]).toEqual([409, 'Conflict merging main into clash.'])
    expect((await octokit.request(CREATE, { ...REPO, ref: 'clash', auto_merge: false })).status).toBe(201)
  })

  it('adds statuses newest first, keeps the environment URL and log URL, and retires earlier successes', async () => {
    const github = await start()
    const octokit = plainClient(github)
    const deploy = async () => idOf(await octokit.request(CREATE, { ...REPO, ref: 'main', environment: 'staging' }))
    const first = await deploy()
    await octokit.request(STATUS, { ...REPO, deployment_id: first, state: 'success' })
    const second = await deploy()
    await octokit.request(STATUS, { ...REPO, deployment_id: second, state: 'in_progress', log_url: 'https://example.test/run/2' })
    const done = await octokit.request(STATUS, { ...REPO, deployment_id: second, state: 'success', environment_url: 'https://churn.example.test', description: 'promoted' })
    expect(done.headers.location).toBe(done.data.url)

    const statuses = (await octokit.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...REPO, deployment_id: second })).data
    expect(statuses.map((s) => [s.state, s.environment_url, s.log_url, s.description])).toEqual([
      ['success', 'https://churn.example.test', '', 'promoted'],
      ['in_progress', '', 'https://example.test/run/2', ''],
    ])
    expect(github.state.deployments(FULL_NAME).states(first)).toEqual(['success', 'inactive'])
  })

  it('keeps earlier deployments with auto_inactive false, refuses a description over 140 characters, and a read-only token', async () => {
    const github = await start({ tokens: { ghs_write: {}, ghs_read: { readOnly: true } } })
    const octokit = plainClient(github, 'ghs_write')
    const id = idOf(await octokit.request(CREATE, { ...REPO, ref: 'main', environment: 'staging' }))
    await octokit.request(STATUS, { ...REPO, deployment_id: id, state: 'success' })
    const next = idOf(await octokit.request(CREATE, { ...REPO, ref: 'main', environment: 'staging' }))
    await octokit.request(STATUS, { ...REPO, deployment_id: next, state: 'success', auto_inactive: false })
    expect(github.state.deployments(FULL_NAME).states(id)).toEqual(['success'])

    const long = await failure(octokit.request(STATUS, { ...REPO, deployment_id: next, state: 'failure', description: 'x'.repeat(141) }))
    expect([long.status, message(long)]).toEqual([422, 'Validation Failed: description is too long (maximum is 140 characters)'])
    const forbidden = await failure(plainClient(github, 'ghs_read').request(CREATE, { ...REPO, ref: 'main' }))
    expect([forbidden.status, message(forbidden)]).toEqual([403, 'Resource not accessible by integration'])
    expect(github.state.deployments(FULL_NAME).list()).toHaveLength(2)
  })

  it('records a status with a state outside the description as invalid', async () => {
    const github = await start()
    const octokit = plainClient(github)
    const id = idOf(await octokit.request(CREATE, { ...REPO, ref: 'main' }))
    const refused = await failure(octokit.request(STATUS, { ...REPO, deployment_id: id, state: 'done' as never }))
    expect(refused.status).toBe(422)
    expect(github.requests.at(-1)).toMatchObject({ valid: false, operationId: 'repos/create-deployment-status' })
  })
})
