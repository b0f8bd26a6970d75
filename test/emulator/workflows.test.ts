import { describe, expect, it } from 'vitest'
import { failure, FULL_NAME, plainClient, REPO, useEmulator } from './testing.js'

const start = useEmulator()
const DISPATCH = 'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches'
const RETRAIN = { path: '.github/workflows/retrain.yml', inputs: { reason: { required: true }, 'run-url': {} } }

describe('workflow dispatch', () => {
  it('dispatches a declared workflow by file name or id, on a branch, a tag or a full ref, and records it', async () => {
    const github = await start()
    const workflow = github.state.workflows(FULL_NAME).add(RETRAIN)
    github.state.setRef(FULL_NAME, 'tags/v1', github.state.refs(FULL_NAME, 'heads/main')[0]!.sha)
    const octokit = plainClient(github)

    const inputs = { reason: 'age drifted', 'run-url': 'https://example.test/run/1' }
    expect((await octokit.request(DISPATCH, { ...REPO, workflow_id: 'retrain.yml', ref: 'main', inputs })).status).toBe(204)
    expect((await octokit.request(DISPATCH, { ...REPO, workflow_id: workflow.id, ref: 'v1', inputs })).status).toBe(204)
    const details = await octokit.request(DISPATCH, { ...REPO, workflow_id: 'retrain.yml', ref: 'refs/heads/main', inputs, return_run_details: true })
    expect(details.status).toBe(200)
    expect(details.data).toMatchObject({ html_url: expect.stringMatching(/\/octo-org\/models\/actions\/runs\/\d+$/) })

    const dispatches = github.state.workflows(FULL_NAME).dispatches
    expect(dispatches.map((d) => [d.path, d.ref, d.inputs, d.actor])).toEqual([
      [RETRAIN.path, 'main', inputs, 'github-actions[bot]'],
      [RETRAIN.path, 'v1', inputs, 'github-actions[bot]'],
      [RETRAIN.path, 'refs/heads/main', inputs, 'github-actions[bot]'],
    ])
    expect(github.requests.every((r) => r.valid)).toBe(true)
  })

  it.each([
    ['an unknown workflow', { workflow_id: 'nope.yml', ref: 'main' }, 404, 'Not Found'],
    ['an unknown workflow id', { workflow_id: 99999, ref: 'main' }, 404, 'Not Found'],
    ['a ref that does not exist', { workflow_id: 'retrain.yml', ref: 'no-such-branch', inputs: { reason: 'x' } }, 422, 'No ref found for: no-such-branch'],
    ['an undeclared input', { workflow_id: 'retrain.yml', ref: 'main', inputs: { reason: 'x', model: 'churn' } }, 422, 'Unexpected inputs provided: ["model"]'],
    ['a required input left out', { workflow_id: 'retrain.yml', ref: 'main', inputs: { 'run-url': 'u' } }, 422, "Required input 'reason' not provided"],
    ['a workflow without the trigger', { workflow_id: 'ci.yml', ref: 'main' }, 422, "Workflow does not have 'workflow_dispatch' trigger"],
    ['a disabled workflow', { workflow_id: 'old.yaml', ref: 'main' }, 422, "Cannot trigger a 'workflow_dispatch' on a disabled workflow"],
    ['a value outside a choice', { workflow_id: 'pick.yml', ref: 'main', inputs: { size: 'huge' } }, 422, "Provided value 'huge' for input 'size' not in the list of allowed values"],
  ])('refuses %s as GitHub does, and records no dispatch', async (_name, request, status, message) => {
    const github = await start()
    const store = github.state.workflows(FULL_NAME)
    store.add(RETRAIN)
    store.add({ path: '.github/workflows/ci.yml', inputs: null })
    store.add({ path: '.github/workflows/old.yaml', state: 'disabled_manually' })
    store.add({ path: '.github/workflows/pick.yml', inputs: { size: { type: 'choice', options: ['small', 'large'] } } })

    const refused = await failure(plainClient(github).request(DISPATCH, { ...REPO, ...request }))
    expect([refused.status, (refused.response?.data as { message: string }).message]).toEqual([status, message])
    expect(store.dispatches).toEqual([])
    expect(github.requests.every((r) => r.valid)).toBe(true)
  })

  it('gives a read-only token 403 and dispatches nothing', async () => {
    const github = await start({ tokens: { ghs_read: { readOnly: true } } })
    github.state.workflows(FULL_NAME).add(RETRAIN)

    const refused = await failure(plainClient(github).request(DISPATCH, { ...REPO, workflow_id: 'retrain.yml', ref: 'main', inputs: { reason: 'x' } }))
    expect([refused.status, (refused.response?.data as { message: string }).message]).toEqual([403, 'Resource not accessible by integration'])
    expect(github.state.workflows(FULL_NAME).dispatches).toEqual([])
  })

  it('records a body that breaks the description (no ref) as invalid and answers 422', async () => {
    const github = await start()
    github.state.workflows(FULL_NAME).add(RETRAIN)

    const refused = await failure(plainClient(github).request(DISPATCH, { ...REPO, workflow_id: 'retrain.yml', inputs: { reason: 'x' } } as never))
    expect(refused.status).toBe(422)
    expect(github.requests[0]).toMatchObject({ valid: false, operationId: 'actions/create-workflow-dispatch' })
  })
})

describe('issue listing filters', () => {
  it('filters by every label, creator and state, and sorts by creation in either direction', async () => {
    const github = await start({ tokens: { ghs_bot: {}, ghs_human: { login: 'octocat' } } })
    const bot = plainClient(github, 'ghs_bot')
    const human = plainClient(github, 'ghs_human')
    const create = (octokit: typeof bot, title: string, labels: string[]) => octokit.request('POST /repos/{owner}/{repo}/issues', { ...REPO, title, labels })
    await create(bot, 'one', ['drift', 'model:churn'])
    await create(human, 'two', ['drift', 'model:churn'])
    await create(bot, 'three', ['drift'])
    await create(bot, 'four', ['Drift', 'model:churn'])
    await bot.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...REPO, issue_number: 4, state: 'closed', state_reason: 'not_planned' })

    const list = async (query: Record<string, string | number>) =>
      (await bot.paginate('GET /repos/{owner}/{repo}/issues', { ...REPO, per_page: 1, ...query })).map((i) => i.title)
    expect(await list({ labels: 'drift,model:churn' })).toEqual(['two', 'one'])
    expect(await list({ labels: 'drift,model:churn', sort: 'created', direction: 'asc' })).toEqual(['one', 'two'])
    expect(await list({ labels: 'drift,model:churn', creator: 'github-actions[bot]' })).toEqual(['one'])
    expect(await list({ labels: 'DRIFT,model:churn', state: 'all' })).toEqual(['four', 'two', 'one'])
    expect(await list({ labels: 'drift', state: 'closed' })).toEqual(['four'])
    const closed = (await bot.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { ...REPO, issue_number: 4 })).data
    expect([closed.state, closed.state_reason]).toEqual(['closed', 'not_planned'])
    expect(github.requests.every((r) => r.valid)).toBe(true)
  })
})
