import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pushToPullRequest, seedPullRequest } from '../../../test/emulator/pulls.js'
import type { Emulator } from '../../../test/emulator/server.js'
import { expectFaithfulTraffic, useEmulator } from '../../../test/emulator/testing.js'
import { runCommand } from '../../../test/helpers/host.js'
import { stickyMarker } from '../../github/index.js'
import { commentCommand, evaluateGateCommand } from '../index.js'

const FULL_NAME = 'octo-org/models'
const FORK = 'someone/models'
const HEAD = 'a'.repeat(40)
const NEWER = 'b'.repeat(40)
const WRITE = 'ghs_writeToken'
const READ_ONLY = 'ghs_readOnlyToken'
const RUN_URL = 'https://github.com/octo-org/models/actions/runs/77'
const MARKER = stickyMarker('mlops', 'gate', 'evaluate-gate')

let dir: string
let count = 0
const fresh = (name: string) => join(dir, `${++count}-${name}`)

function write(name: string, content: string): string {
  const path = fresh(name)
  writeFileSync(path, content)
  return path
}

/** Predictions of a model right on `skill` of 300 fixed rows, with a region for slices. */
function predictions(skill: number): string {
  const lines = ['y_true,y_pred,region']
  for (let i = 0; i < 300; i++) {
    const label = i % 5 < 2 ? 1 : 0
    lines.push(`${label},${(i * 7919) % 100 < skill * 100 ? label : 1 - label},${i % 3 === 0 ? 'EU' : 'US'}`)
  }
  return write('predictions.csv', lines.join('\n') + '\n')
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-comment-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const startTestEmulator = useEmulator(expectFaithfulTraffic)

/** The repository with pull request #1 from a fork, its head at HEAD. */
async function start(): Promise<Emulator> {
  const emulator = await startTestEmulator({ tokens: { [WRITE]: {}, [READ_ONLY]: { readOnly: true } } })
  seedPullRequest(emulator.state, FULL_NAME, { head: HEAD, fork: FORK })
  return emulator
}

/** The gate on the fork's pull request, in comment-only mode: the file it leaves. */
async function gateOnFork(github: Emulator, skill = 0.9): Promise<string> {
  const event = write('event.json', JSON.stringify({ pull_request: { number: 1, head: { sha: HEAD, repo: { full_name: FORK } }, base: { repo: { full_name: FULL_NAME } } } }))
  const env = { ...github.env, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: FULL_NAME, GITHUB_WORKFLOW: 'mlops', GITHUB_JOB: 'gate', GITHUB_TOKEN: READ_ONLY }
  const file = fresh('comment.json')
  const inputs = { predictions: predictions(skill), baseline: predictions(0.8), slices: 'region', bootstrap: '200', 'comment-file': file, report: fresh('evaluation.json') }
  const run = await runCommand(evaluateGateCommand, inputs, env)
  expect(run.failures).toEqual(skill >= 0.8 ? [] : [expect.stringMatching(/failed the gate/)])
  expect(run.outputs['comment-file']).toBe(file)
  return file
}

/** The trusted run: `workflow_run` on the commit the pull-request run ran on, unless `event` says otherwise. */
async function post(github: Emulator, file: string, options: { token?: string; headSha?: string; event?: string } = {}) {
  const payload = options.event === 'workflow_run' || options.event === undefined ? { workflow_run: { id: 77, head_sha: options.headSha ?? HEAD, html_url: RUN_URL } } : {}
  const env = {
    ...github.env,
    GITHUB_EVENT_NAME: options.event ?? 'workflow_run',
    GITHUB_EVENT_PATH: write('event.json', JSON.stringify(payload)),
    GITHUB_REPOSITORY: FULL_NAME,
    GITHUB_TOKEN: options.token ?? WRITE,
  }
  return runCommand(commentCommand, { 'comment-file': file, report: fresh('comment-report.json') }, env)
}

/** The file with `change` applied to its JSON. */
function edited(file: string, change: (document: any) => void): string {
  const document = JSON.parse(readFileSync(file, 'utf8'))
  change(document)
  return write('comment.json', JSON.stringify(document))
}

const bodies = (github: Emulator) => github.state.comments(FULL_NAME, 1).map((comment) => comment.body)

describe('evaluate-gate in comment-only mode', () => {
  it('writes the comment as data, keyed by the marker it would have posted under, and calls no API', async () => {
    const github = await start()
    const file = await gateOnFork(github)
    expect(github.requests).toEqual([])
    const document = JSON.parse(readFileSync(file, 'utf8'))
    expect(document).toMatchObject({ format: 'mlops-actions/comment', version: 1, repository: FULL_NAME, pullRequest: 1, headSha: HEAD, key: MARKER })
    expect(document.report).toMatchObject({ passed: true, task: 'classification', rows: 300 })
    expect(document.report).not.toHaveProperty('runUrl')
    expect(JSON.stringify(document)).not.toMatch(/## |\| metric \|/)
  })

  it('writes no file off a pull request, and refuses a comment file that is the report', async () => {
    const github = await start()
    const env = { ...github.env, GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: FULL_NAME, GITHUB_WORKFLOW: 'mlops', GITHUB_JOB: 'gate', GITHUB_SHA: HEAD }
    const file = fresh('comment.json')
    const push = await runCommand(evaluateGateCommand, { predictions: predictions(0.9), 'comment-file': file, report: fresh('evaluation.json') }, env)
    expect(push.failures).toEqual([])
    expect(push.outputs['comment-file']).toBe('')
    expect(existsSync(file)).toBe(false)
    const same = fresh('evaluation.json')
    const clash = await runCommand(evaluateGateCommand, { predictions: predictions(0.9), 'comment-file': same, report: same }, env)
    expect(clash.failures).toEqual([`Input 'comment-file': '${same}' is the same file as input 'report' ('${same}'); give each output its own path.`])
    expect(github.requests).toEqual([])
  })
})

describe('the comment command', () => {
  it('posts the comment once and updates it on the next run, linking the run that gated', async () => {
    const github = await start()
    const first = await post(github, await gateOnFork(github))
    expect(first.failures).toEqual([])
    const [body] = bodies(github)
    expect(bodies(github)).toHaveLength(1)
    expect(body!.split('\n')[0]).toBe(MARKER)
    expect(body).toMatch(/## ✅ Evaluation gate passed/)
    expect(body).toContain('| metric | baseline | candidate | Δ | CI of Δ | verdict |')
    expect(body).toContain(`[workflow run](${RUN_URL}) · commit ${HEAD.slice(0, 12)}`)
    expect(first.outputs['comment-url']).toBe(`${github.urls.server}/${FULL_NAME}/pull/1#issuecomment-${github.state.comments(FULL_NAME, 1)[0]!.id}`)

    const second = await post(github, await gateOnFork(github, 0.6))
    expect(second.failures).toEqual([])
    expect(bodies(github)).toHaveLength(1)
    expect(bodies(github)[0]).toMatch(/## ❌ Evaluation gate failed/)
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url'])
  })

  it('refuses a file written for another repository, before any request', async () => {
    const github = await start()
    const file = edited(await gateOnFork(github), (document) => (document.repository = 'evil/models'))
    const { failures, outputs } = await post(github, file)
    expect(failures).toEqual([`Input 'comment-file' ('${file}') names repository 'evil/models', but this run is in '${FULL_NAME}'; a comment file is posted only to the repository it was written for.`])
    expect(outputs).toEqual({})
    expect(github.requests).toEqual([])
  })

  it("refuses a file about a commit that is no longer the pull request's head", async () => {
    const github = await start()
    const file = await gateOnFork(github)
    pushToPullRequest(github.state, FULL_NAME, 1, NEWER)
    const { failures } = await post(github, file)
    expect(failures).toEqual([
      `Input 'comment-file' ('${file}') is about commit ${HEAD}, but the head of ${FULL_NAME}#1 is now ${NEWER}: a newer push superseded it, and that push's run comments for it. Nothing was posted.`,
    ])
    expect(bodies(github)).toEqual([])
    // Outside workflow_run the head is checked all the same.
    expect((await post(github, file, { event: 'workflow_dispatch' })).failures).toEqual([expect.stringMatching(/is now b{40}: a newer push superseded it/)])
    expect(bodies(github)).toEqual([])
  })

  it('refuses a file about another commit than the run that triggered it', async () => {
    const github = await start()
    const { failures } = await post(github, await gateOnFork(github), { headSha: NEWER })
    expect(failures).toEqual([expect.stringMatching(new RegExp(`is about commit ${HEAD}, but the run that triggered this one ran on ${NEWER}`))])
    expect(github.requests).toEqual([])
  })

  it('renders a forged report inert: Markdown, HTML, links and mentions come out as text', async () => {
    const github = await start()
    const hostile = '<img src=https://evil.example/p.png> </details><h1>big</h1> @octocat #12 [x](https://evil.example) ![i](https://evil.example/i.png)\n# heading'
    const file = edited(await gateOnFork(github), ({ report }) => {
      report.candidateName = hostile
      report.baselineName = hostile
      report.gate.verdicts[0].reason = hostile
      report.gate.verdicts[0].verdict = 'fail'
      report.gate.verdicts[0].metric = hostile
      report.slices[0].value = hostile
      report.candidateMetrics[hostile] = 0.5
    })
    const { failures } = await post(github, file)
    expect(failures).toEqual([])
    const [body] = bodies(github)
    expect(body).toContain('&lt;h1&gt;big&lt;/h1&gt;')
    expect(body).not.toMatch(/<img|<h1|<\/details>\s*<h1/i)
    expect(body).not.toMatch(/(?<![\\`])@octocat/)
    expect(body).not.toMatch(/(?<!\\)\]\(https:\/\/evil/)
    expect(body).not.toContain('![')
    expect(body).not.toMatch(/^# heading/m)
    expect(body!.match(/<details/g)?.length ?? 0).toBe(body!.match(/<\/details>/g)?.length ?? 0)
  })

  it('refuses a report whose values are not of the kinds the renderer escapes, naming the key', async () => {
    const github = await start()
    const original = await gateOnFork(github)
    const file = edited(original, ({ report }) => (report.gate.verdicts[0].criteria[0].criterion = '<img src=x>'))
    expect((await post(github, file)).failures).toEqual([
      `Input 'comment-file' ('${file}'): key 'report.gate.verdicts[0].criteria[0].criterion' must be one of missing, threshold, min-absolute-change, min-relative-change, not-worse, not "<img src=x>".`,
    ])
    const rows = edited(original, ({ report }) => (report.rows = '300 <b>'))
    expect((await post(github, rows)).failures).toEqual([`Input 'comment-file' ('${rows}'): key 'report.rows' must be a count (a whole number, 0 or more), not "300 <b>".`])
    const key = edited(original, (document) => (document.key = '<!-- drafted by a maintainer -->'))
    expect((await post(github, key)).failures).toEqual([
      `Input 'comment-file' ('${key}'): key 'key' must be the marker of an evaluate-gate comment ('<!-- mlops-actions:evaluate-gate workflow=... job=... -->'), not "<!-- drafted by a maintainer -->".`,
    ])
    const link = edited(original, ({ report }) => (report.runUrl = 'https://evil.example'))
    expect((await post(github, link)).failures).toEqual([`Input 'comment-file' ('${link}'): key 'report.runUrl' must not be set: the run that posts the comment links its own evidence.`])
    expect(github.requests).toEqual([])
  })

  it('names the permission when the token may not comment', async () => {
    const github = await start()
    const { failures } = await post(github, await gateOnFork(github), { token: READ_ONLY })
    expect(failures).toEqual([`Cannot comment on ${FULL_NAME}#1: the token may not write. Give the job that runs the comment action \`permissions: pull-requests: write\`.`])
    expect(bodies(github)).toEqual([])
  })
})
