import { describe, expect, it } from 'vitest'
import type { Emulator, EmulatorOptions } from '../../test/emulator/server.js'
import { expectFaithfulTraffic, useEmulator } from '../../test/emulator/testing.js'
import { isUserError } from '../errors/index.js'
import type { Logger } from '../log/index.js'
import { createGitHubClient, dispatchWorkflow, REASON_LIMIT, type DispatchOptions } from './index.js'

const REPO = { owner: 'octo-org', repo: 'models' }
const FULL_NAME = 'octo-org/models'
const RETRAIN = { path: '.github/workflows/retrain.yml', inputs: { reason: { required: true }, 'run-url': { required: true } } }
const RUN_URL = 'https://github.example/octo-org/models/actions/runs/7'

const startTestEmulator = useEmulator(expectFaithfulTraffic)

async function start(options: EmulatorOptions = {}): Promise<Emulator> {
  return startTestEmulator(options)
}

async function dispatch(github: Emulator, options: Partial<Omit<DispatchOptions, 'client' | 'log'>> & { token?: string } = {}) {
  const lines = { info: [] as string[], warning: [] as string[] }
  const log: Logger = { info: (m) => lines.info.push(m), warning: (m) => lines.warning.push(m), group: (_title, body) => body() }
  const client = createGitHubClient({ token: options.token ?? github.token, apiUrl: github.url, log, pacing: { msPerSecond: 5, spaceWrites: false } })
  const result = await dispatchWorkflow({ ...REPO, workflow: 'retrain.yml', ref: 'main', inputs: { reason: 'age drifted', 'run-url': RUN_URL }, ...options, client, log })
  return { result, lines }
}

const dispatches = (github: Emulator) => github.state.workflows(FULL_NAME).dispatches.map((d) => [d.path, d.ref, d.inputs])

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.catch((e: unknown) => e)
  expect(isUserError(error)).toBe(true)
  return (error as Error).message
}

describe('dispatchWorkflow', () => {
  it('dispatches the workflow on the ref with exactly reason and run-url, the reason made one line', async () => {
    const github = await start()
    github.state.workflows(FULL_NAME).add(RETRAIN)

    const { result, lines } = await dispatch(github, { inputs: { reason: 'Drift in:\n- age\r\n- income\u0000', 'run-url': RUN_URL } })
    expect(result).toEqual({ status: 'dispatched', workflow: 'retrain.yml', ref: 'main', inputs: { reason: 'Drift in: - age - income', 'run-url': RUN_URL } })
    expect(dispatches(github)).toEqual([[RETRAIN.path, 'main', { reason: 'Drift in: - age - income', 'run-url': RUN_URL }]])
    expect(lines.info).toEqual(["Dispatched workflow 'retrain.yml' on 'main' in octo-org/models: Drift in: - age - income"])
  })

  it('takes the workflow by its path or its id, and cuts a long reason', async () => {
    const github = await start()
    const workflow = github.state.workflows(FULL_NAME).add(RETRAIN)

    await dispatch(github, { workflow: '.github/workflows/retrain.yml', inputs: { reason: 'x'.repeat(5000), 'run-url': RUN_URL } })
    await dispatch(github, { workflow: String(workflow.id) })
    const sent = github.state.workflows(FULL_NAME).dispatches
    expect(sent.map((d) => d.workflowId)).toEqual([workflow.id, workflow.id])
    expect((sent[0]!.inputs.reason as string).length).toBe(REASON_LIMIT)
    expect(sent[0]!.inputs.reason).toMatch(/x…$/)
  })

  it('returns forbidden naming actions: write for a token without the permission, and dispatches nothing', async () => {
    const github = await start({ tokens: { ghs_read: { readOnly: true } } })
    github.state.workflows(FULL_NAME).add(RETRAIN)

    const { result, lines } = await dispatch(github, { token: 'ghs_read' })
    const warning =
      "Cannot dispatch workflow 'retrain.yml' in octo-org/models: GitHub answered POST /repos/octo-org/models/actions/workflows/retrain.yml/dispatches with 403 \"Resource not accessible by integration\", so the token lacks the permission. Give the job `permissions: actions: write`."
    expect(result).toEqual({ status: 'forbidden', warning })
    expect(lines.warning).toEqual([warning])
    expect(dispatches(github)).toEqual([])
  })

  it('says the workflow file is not found for a 404', async () => {
    const github = await start()
    expect(await refusal(dispatch(github, { workflow: 'retrain.yml', ref: 'release' }))).toBe(
      "Workflow 'retrain.yml' is not found in octo-org/models (GitHub answered 404): the file must be in .github/workflows on the default branch, and on 'release', whose version runs; the token must be able to read the repository.",
    )
  })

  it.each([
    ['a workflow that declares other inputs', { path: '.github/workflows/retrain.yml', inputs: { reason: {} } }, {}, "GitHub refused to dispatch workflow 'retrain.yml' on 'main' in octo-org/models: 422 Unexpected inputs provided: [\"run-url\"]. The dispatched workflow must declare `reason` and `run-url` as `workflow_dispatch` inputs."],
    ['a workflow that requires another input', { path: '.github/workflows/retrain.yml', inputs: { ...RETRAIN.inputs, model: { required: true } } }, {}, "GitHub refused to dispatch workflow 'retrain.yml' on 'main' in octo-org/models: 422 Required input 'model' not provided. Only `reason` and `run-url` are sent: give its other inputs a default or make them optional."],
    ['a ref that does not exist', RETRAIN, { ref: 'retrain-v2' }, "GitHub refused to dispatch workflow 'retrain.yml' on 'retrain-v2' in octo-org/models: 422 No ref found for: retrain-v2. 'retrain-v2' is neither a branch nor a tag of octo-org/models."],
    ['a workflow without the trigger', { path: '.github/workflows/retrain.yml', inputs: null }, {}, "GitHub refused to dispatch workflow 'retrain.yml' on 'main' in octo-org/models: 422 Workflow does not have 'workflow_dispatch' trigger. Add `on: workflow_dispatch` with the inputs `reason` and `run-url` to it."],
  ])("gives GitHub's 422 message and what to change for %s", async (_name, workflow, options, message) => {
    const github = await start()
    github.state.workflows(FULL_NAME).add(workflow)
    expect(await refusal(dispatch(github, options))).toBe(message)
    expect(dispatches(github)).toEqual([])
  })

  it('does not dispatch twice when the POST ended without an answer', async () => {
    const github = await start()
    github.state.workflows(FULL_NAME).add(RETRAIN)
    github.faults.add({ method: 'POST', path: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', status: 502, afterCommit: true })

    expect(await refusal(dispatch(github))).toBe(
      "POST /repos/octo-org/models/actions/workflows/retrain.yml/dispatches ended without a clear answer (502): workflow 'retrain.yml' on 'main' in octo-org/models may or may not have been dispatched, so it is not sent again. Check the repository's Actions tab.",
    )
    expect(github.requests.map((r) => r.status)).toEqual([502])
    expect(dispatches(github)).toHaveLength(1)
  })

  it.each([
    ['a workflow that is not a file name', { workflow: 'workflows/retrain' }, "Workflow 'workflows/retrain' is neither a workflow file name in .github/workflows (such as retrain.yml) nor a workflow id."],
    ['an empty ref', { ref: ' ' }, 'The ref to dispatch on must be a branch or tag name, not " ".'],
    ['a ref with a line break', { ref: 'main\nx' }, 'The ref to dispatch on must be a branch or tag name, not "main\\nx".'],
    ['an empty reason', { inputs: { reason: '\n', 'run-url': RUN_URL } }, "The reason for dispatching workflow 'retrain.yml' is empty."],
  ])('refuses %s before any request', async (_name, options, message) => {
    const github = await start()
    expect(await refusal(dispatch(github, options))).toBe(message)
    expect(github.requests).toEqual([])
  })
})
