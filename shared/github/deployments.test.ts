import { describe, expect, it } from 'vitest'
import type { Emulator, EmulatorOptions } from '../../test/emulator/server.js'
import { expectFaithfulTraffic, useEmulator } from '../../test/emulator/testing.js'
import { isUserError } from '../errors/index.js'
import type { Logger } from '../log/index.js'
import { createDeployment, createGitHubClient, REQUEST_KEY, setDeploymentStatus, type DeploymentOptions, type DeploymentStatusOptions } from './index.js'

const REPO = { owner: 'octo-org', repo: 'models' }
const FULL_NAME = 'octo-org/models'
const RUN_URL = 'https://github.example/octo-org/models/actions/runs/7'
const TOPIC_SHA = 'feedfacefeedfacefeedfacefeedfacefeedface'
const SERVICE_URL = 'https://churn.models.example.test'
const CREATE_PATH = '/repos/{owner}/{repo}/deployments'
const STATUS_PATH = '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses'

const startTestEmulator = useEmulator(expectFaithfulTraffic)

async function start(options: EmulatorOptions = {}): Promise<Emulator> {
  return startTestEmulator(options)
}

function connect(github: Emulator, token = github.token) {
  const lines = { info: [] as string[], warning: [] as string[] }
  const log: Logger = { info: (m) => lines.info.push(m), warning: (m) => lines.warning.push(m), group: (_title, body) => body() }
  const client = createGitHubClient({ token, apiUrl: github.url, log, pacing: { msPerSecond: 5, spaceWrites: false } })
  return { client, log, lines }
}

type DeployOptions = Partial<Omit<DeploymentOptions, 'client' | 'log'>> & { token?: string; autoMergeOnGitHub?: boolean }

async function deploy(github: Emulator, options: DeployOptions = {}) {
  const { client, log, lines } = connect(github, options.token)
  // GitHub merges only when asked; to see how its merge answers are handled, the request is made to ask.
  if (options.autoMergeOnGitHub) client.hook.before('request', (request) => void (request.auto_merge = true))
  const result = await createDeployment({ ...REPO, ref: 'main', environment: 'production', description: 'churn v4, canary', payload: { model: 'churn', version: 4 }, ...options, client, log })
  return { result, lines }
}

async function status(github: Emulator, options: Partial<Omit<DeploymentStatusOptions, 'client' | 'log'>> & { token?: string }) {
  const { client, log, lines } = connect(github, options.token)
  const result = await setDeploymentStatus({ ...REPO, deploymentId: 0, state: 'in_progress', ...options, client, log })
  return { result, lines }
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.catch((e: unknown) => e)
  expect(isUserError(error)).toBe(true)
  return (error as Error).message
}

const store = (github: Emulator) => github.state.deployments(FULL_NAME)

describe('createDeployment', () => {
  it('creates the deployment without merging or waiting for checks, the payload marked with the request', async () => {
    const github = await start()
    const { result, lines } = await deploy(github, { environment: 'staging' })

    const [recorded] = store(github).list()
    expect(result).toEqual({ status: 'created', id: recorded!.id, url: `${github.url}/repos/${FULL_NAME}/deployments/${recorded!.id}`, environment: 'staging', sha: recorded!.sha })
    expect(github.requests[0]!.body).toMatchObject({ ref: 'main', environment: 'staging', auto_merge: false, required_contexts: [], description: 'churn v4, canary' })
    expect(recorded!.payload).toEqual({ model: 'churn', version: 4, [REQUEST_KEY]: expect.stringMatching(/^[0-9a-f-]{36}$/) })
    expect(lines.info).toEqual([`Created deployment ${recorded!.id} of 0123456 to environment 'staging'.`])
  })

  it('takes over the same rollout a cancelled run left in progress, but not a finished one or another version', async () => {
    const github = await start()
    const same = { sameRolloutKeys: ['model', 'version'] }
    const first = (await deploy(github, same)).result as { id: number }
    await status(github, { deploymentId: first.id, state: 'in_progress' })
    const { result, lines } = await deploy(github, same)
    expect(result).toMatchObject({ status: 'created', id: first.id, takenOver: true })
    expect(lines.info).toEqual([`Taking over deployment ${first.id} to environment 'production', which an earlier run of the same rollout left in progress.`])
    expect(store(github).list()).toHaveLength(1)

    const other = (await deploy(github, { ...same, payload: { model: 'churn', version: 5 } })).result as { id: number }
    expect(other.id).not.toBe(first.id)
    await status(github, { deploymentId: first.id, state: 'failure' })
    expect((await deploy(github, same)).result).not.toMatchObject({ id: first.id })
    expect(store(github).list()).toHaveLength(3)
  })

  it('returns forbidden naming deployments: write for a read-only token, and creates nothing', async () => {
    const github = await start({ tokens: { ghs_write: {}, ghs_read: { readOnly: true } } })
    const { result, lines } = await deploy(github, { token: 'ghs_read' })
    const warning =
      "Cannot create a deployment of 'main' to environment 'production' in octo-org/models: GitHub answered POST /repos/octo-org/models/deployments with 403 \"Resource not accessible by integration\", so the token lacks the permission. Give the job `permissions: deployments: write`."
    expect(result).toEqual({ status: 'forbidden', warning })
    expect(lines.warning).toEqual([warning])
    expect(store(github).list()).toEqual([])
  })

  it('says which ref does not exist for a 422', async () => {
    const github = await start()
    expect(await refusal(deploy(github, { ref: 'release-9' }))).toBe(
      "GitHub refused a deployment of 'release-9' to environment 'production' in octo-org/models: 422 No ref found for: release-9. Deploy a branch, tag or commit that exists in the repository.",
    )
  })

  it('asks once more after GitHub answers 202 for a branch it merged the default branch into', async () => {
    const github = await start()
    github.state.addCommit(FULL_NAME, TOPIC_SHA)
    github.state.setRef(FULL_NAME, 'heads/topic', TOPIC_SHA)

    const { result, lines } = await deploy(github, { ref: 'topic', autoMergeOnGitHub: true })
    expect(result).toMatchObject({ status: 'created' })
    expect(github.requests.map((r) => r.status)).toEqual([202, 201])
    expect(lines.info[0]).toBe("GitHub merged the default branch into 'topic' instead of deploying (Auto-merged main into topic on deployment.); asking again.")
  })

  it("gives GitHub's 409 message for a branch that cannot be merged", async () => {
    const github = await start()
    github.state.addCommit(FULL_NAME, TOPIC_SHA)
    github.state.setRef(FULL_NAME, 'heads/topic', TOPIC_SHA)
    store(github).conflicts.add('topic')

    expect(await refusal(deploy(github, { ref: 'topic', autoMergeOnGitHub: true }))).toBe(
      "GitHub refused a deployment of 'topic' to environment 'production' in octo-org/models: 409 Conflict merging main into topic. A merge conflict or failed commit status checks block it; this request asks for neither, so check the repository's deployment settings.",
    )
    expect(store(github).list()).toEqual([])
  })

  it('lists before posting again when the POST ended without an answer, and finds the deployment it made', async () => {
    const github = await start()
    github.faults.add({ method: 'POST', path: CREATE_PATH, status: 502, afterCommit: true })

    const { result, lines } = await deploy(github)
    expect(result).toMatchObject({ status: 'created', id: store(github).list()[0]!.id })
    expect(store(github).list()).toHaveLength(1)
    expect(github.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['POST 502', 'GET 200'])
    expect(lines.warning).toEqual(['POST /repos/octo-org/models/deployments ended without a clear answer (502); checking whether the deployment was created.'])
  })

  it('posts again when the failed POST left no deployment, but not another run’s deployment of the same ref', async () => {
    const github = await start()
    await deploy(github)
    github.faults.add({ method: 'POST', path: CREATE_PATH, status: 502 })

    const { result } = await deploy(github)
    expect(result).toMatchObject({ status: 'created' })
    expect(store(github).list()).toHaveLength(2)
    expect(github.requests.slice(1).map((r) => `${r.method} ${r.status}`)).toEqual(['POST 502', 'GET 200', 'POST 201'])
  })

  it('gives up after three posts that all fail without an answer', async () => {
    const github = await start()
    github.faults.add({ method: 'POST', path: CREATE_PATH, status: 500, times: Infinity })
    expect(await refusal(deploy(github))).toBe('GitHub API POST /repos/octo-org/models/deployments failed after 3 attempts: 500 Internal Server Error. GitHub or the network failed; re-run the job.')
    expect(github.requests.filter((r) => r.method === 'POST')).toHaveLength(3)
  })

  it('refuses an environment name with a line break before any request', async () => {
    const github = await start()
    expect(await refusal(deploy(github, { environment: 'prod\nuction' }))).toBe('Input \'environment\': "prod\\nuction" is not an environment name; use one line of at most 255 characters, such as production.')
    expect(github.requests).toEqual([])
  })
})

describe('setDeploymentStatus', () => {
  it('moves the deployment to in_progress then success with the environment URL and the run as its log', async () => {
    const github = await start()
    const created = (await deploy(github)).result
    if (created.status !== 'created') throw new Error('expected a deployment')

    await status(github, { deploymentId: created.id, state: 'in_progress', logUrl: RUN_URL, description: 'Canary at 10 %' })
    const { result, lines } = await status(github, { deploymentId: created.id, state: 'success', environmentUrl: SERVICE_URL, logUrl: RUN_URL, description: `Promoted:\n${'very '.repeat(40)}good` })
    expect(result).toMatchObject({ status: 'set', state: 'success' })
    expect(store(github).states(created.id)).toEqual(['in_progress', 'success'])
    const newest = store(github).byId.get(created.id)!.statuses.at(-1)!
    expect([newest.environmentUrl, newest.logUrl, newest.description.length]).toEqual([SERVICE_URL, RUN_URL, 140])
    expect(newest.description).toMatch(/^Promoted: very .*…$/)
    expect(lines.info[0]).toMatch(new RegExp(`^Deployment ${created.id} in octo-org/models is now success: Promoted: very`))
  })

  it('returns forbidden naming deployments: write for a read-only token', async () => {
    const github = await start({ tokens: { ghs_write: {}, ghs_read: { readOnly: true } } })
    const created = (await deploy(github, { token: 'ghs_write' })).result
    if (created.status !== 'created') throw new Error('expected a deployment')

    const { result, lines } = await status(github, { deploymentId: created.id, state: 'failure', token: 'ghs_read' })
    expect(result).toEqual({ status: 'forbidden', warning: lines.warning[0] })
    expect(lines.warning[0]).toBe(
      `Cannot set deployment ${created.id} in octo-org/models to failure: GitHub answered POST /repos/octo-org/models/deployments/${created.id}/statuses with 403 "Resource not accessible by integration", so the token lacks the permission. Give the job \`permissions: deployments: write\`.`,
    )
    expect(store(github).states(created.id)).toEqual([])
  })

  it('does not add the status twice when a POST that landed ended without an answer', async () => {
    const github = await start()
    const created = (await deploy(github)).result
    if (created.status !== 'created') throw new Error('expected a deployment')
    github.faults.add({ method: 'POST', path: STATUS_PATH, drop: true, afterCommit: true })

    const { result } = await status(github, { deploymentId: created.id, state: 'failure', description: 'Rolled back at 25 %' })
    expect(result).toMatchObject({ status: 'set', state: 'failure' })
    expect(store(github).states(created.id)).toEqual(['failure'])
  })

  it('says the deployment is not found for a 404, and refuses a log URL that is not http(s)', async () => {
    const github = await start()
    expect(await refusal(status(github, { deploymentId: 99999, state: 'success' }))).toBe(
      'GitHub answered 404 for the success status of deployment 99999 in octo-org/models: check the repository and the deployment, and that the token can read the repository.',
    )
    expect(await refusal(status(github, { deploymentId: 99999, state: 'success', logUrl: 'javascript:alert(1)' }))).toBe("The deployment's log URL 'javascript:alert(1)' is not an http(s) URL.")
  })
})
