import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mergePullRequest, pushToPullRequest, seedPullRequest } from '../../../test/emulator/pulls.js'
import { seedWorkflowRun } from '../../../test/emulator/runs.js'
import type { Emulator } from '../../../test/emulator/server.js'
import { expectFaithfulTraffic, useEmulator } from '../../../test/emulator/testing.js'
import { runCommand } from '../../../test/helpers/host.js'
import { gatedRunCommand } from '../index.js'

const FULL_NAME = 'octo-org/models'
const FIRST_HEAD = '1'.repeat(40)
const HEAD = 'a'.repeat(40)
const MERGE = 'c'.repeat(40)
const TOKEN = 'ghs_token'

let dir: string
let count = 0
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-gated-run-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const startTestEmulator = useEmulator(expectFaithfulTraffic)

/** Pull request #1, pushed twice (FIRST_HEAD, then HEAD) and merged as MERGE. */
async function start(): Promise<Emulator> {
  const emulator = await startTestEmulator({ tokens: { [TOKEN]: {} } })
  seedPullRequest(emulator.state, FULL_NAME, { head: FIRST_HEAD })
  pushToPullRequest(emulator.state, FULL_NAME, 1, HEAD)
  mergePullRequest(emulator.state, FULL_NAME, 1, MERGE)
  return emulator
}

/** The push to main that the merge made. */
async function find(github: Emulator, inputs: Record<string, string> = {}) {
  const report = join(dir, `${++count}-gated-run.json`)
  const env = { ...github.env, GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: FULL_NAME, GITHUB_SHA: MERGE, GITHUB_TOKEN: TOKEN }
  const run = await runCommand(gatedRunCommand, { workflow: 'mlops.yml', report, ...inputs }, env)
  return { ...run, report: run.outcome ? JSON.parse(readFileSync(report, 'utf8')) : undefined }
}

const at = (minute: number) => `2026-12-01T10:${String(minute).padStart(2, '0')}:00Z`

describe('the gated-run command', () => {
  it("finds the last successful pull_request run of the workflow on the merged pull request's head", async () => {
    const github = await start()
    const { state } = github
    seedWorkflowRun(state, FULL_NAME, { workflow: 'mlops.yml', headSha: HEAD, createdAt: at(1) })
    const latest = seedWorkflowRun(state, FULL_NAME, { workflow: 'mlops.yml', headSha: HEAD, createdAt: at(5) })
    // Newer, but none of them counts: failed, still running, another commit, another event, another workflow.
    seedWorkflowRun(state, FULL_NAME, { workflow: 'mlops.yml', headSha: HEAD, conclusion: 'failure', createdAt: at(9) })
    seedWorkflowRun(state, FULL_NAME, { workflow: 'mlops.yml', headSha: HEAD, status: 'in_progress', createdAt: at(9) })
    seedWorkflowRun(state, FULL_NAME, { workflow: 'mlops.yml', headSha: FIRST_HEAD, createdAt: at(9) })
    seedWorkflowRun(state, FULL_NAME, { workflow: 'mlops.yml', headSha: HEAD, event: 'push', createdAt: at(9) })
    seedWorkflowRun(state, FULL_NAME, { workflow: 'other.yml', headSha: HEAD, createdAt: at(9) })

    const { failures, outputs, report, summary } = await find(github)
    expect(failures).toEqual([])
    expect(outputs).toEqual({ 'run-id': String(latest.id), 'pull-request': '1', 'head-sha': HEAD, found: 'true', report: expect.any(String) })
    expect(report).toMatchObject({ sha: MERGE, workflow: 'mlops.yml', found: true, pullRequest: 1, headSha: HEAD, runId: String(latest.id) })
    expect(summary).toContain(`[run ${latest.id}](${github.urls.server}/${FULL_NAME}/actions/runs/${latest.id})`)
  })

  it('says there is nothing gated to register for a commit that is not the merge of a pull request, unless not required', async () => {
    const github = await start()
    const sha = 'd'.repeat(40)
    github.state.addCommit(FULL_NAME, sha, [MERGE])
    const required = await find(github, { sha })
    expect(required.failures).toEqual([
      `Commit ${sha} is not the merge of a pull request, so there is nothing gated to register. Merge through a pull request whose mlops.yml run passed, or set 'required: false'.`,
    ])
    expect(required.outputs).toEqual({})

    // The pull request's own head is associated with it but is not its merge.
    const head = await find(github, { sha: HEAD, required: 'false' })
    expect(head.failures).toEqual([])
    expect(head.outputs).toMatchObject({ 'run-id': '', 'pull-request': '', 'head-sha': '', found: 'false' })
    expect(head.report).toMatchObject({ found: false, pullRequest: null, runId: null })
  })

  it('says so when the merged pull request has no successful run', async () => {
    const github = await start()
    seedWorkflowRun(github.state, FULL_NAME, { workflow: 'mlops.yml', headSha: HEAD, conclusion: 'failure' })
    const required = await find(github)
    expect(required.failures).toEqual([
      `Pull request #1, merged as ${MERGE.slice(0, 12)}, has no successful pull_request run of mlops.yml on its head ${HEAD}, so there is nothing gated to register. Merge through a pull request whose mlops.yml run passed, or set 'required: false'.`,
    ])
    const optional = await find(github, { required: 'false' })
    expect(optional.failures).toEqual([])
    expect(optional.outputs).toMatchObject({ 'run-id': '', 'pull-request': '1', 'head-sha': HEAD, found: 'false' })
  })

  it('names the workflow that does not exist, and refuses a bad sha or workflow before any request', async () => {
    const github = await start()
    expect((await find(github, { workflow: 'mlpos.yml' })).failures).toEqual([
      `GitHub API GET /repos/${FULL_NAME}/actions/workflows/mlpos.yml/runs failed: 404 Not Found. ${FULL_NAME} has no workflow 'mlpos.yml': give the file name of the pull-request workflow, such as mlops.yml.`,
    ])
    github.requests.length = 0
    expect((await find(github, { sha: 'main' })).failures).toEqual(["Input 'sha': 'main' is not a commit sha of 40 lowercase hexadecimal digits."])
    expect((await find(github, { workflow: '.github/workflows/mlops.yml' })).failures).toEqual([
      "Input 'workflow': '.github/workflows/mlops.yml' is not a workflow file name; give the name of the file in .github/workflows, such as mlops.yml, or its id.",
    ])
    expect(github.requests).toEqual([])
  })
  it('names the permission the job lacks when GitHub refuses a read', async () => {
    const github = await start()
    const refused = { status: 403 as const, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' } }
    github.faults.add({ path: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', ...refused })
    expect((await find(github)).failures).toEqual([
      `GitHub API GET /repos/${FULL_NAME}/actions/workflows/mlops.yml/runs failed: 403 Resource not accessible by integration. The token lacks a permission: give the job \`permissions: actions: read\`.`,
    ])
    github.faults.add({ path: '/repos/{owner}/{repo}/commits/{commit_sha}/pulls', ...refused })
    expect((await find(github)).failures).toEqual([expect.stringMatching(/pulls failed: 403 .* give the job `permissions: pull-requests: read`\.$/)])
  })
})
