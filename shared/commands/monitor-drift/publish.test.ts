import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Emulator } from '../../../test/emulator/server.js'
import { expectFaithfulTraffic, useEmulator } from '../../../test/emulator/testing.js'
import { runCommand } from '../../../test/helpers/host.js'
import { vegaDataset } from '../../demo/datasets.js'
import { trackingMarker } from '../../github/index.js'
import { monitorDriftCommand } from '../index.js'

const FULL_NAME = 'octo-org/models'
const READ_ONLY = 'ghs_readOnlyToken'
const RETRAIN = { path: '.github/workflows/retrain.yml', inputs: { reason: { required: true }, 'run-url': { required: true } } }
const MARKER = trackingMarker('seattle', 'Drift check')

let dir: string
let count = 0
const fresh = (name: string) => join(dir, `${++count}-${name}`)
const data = { winter: '', summer: '', lateWinter: '' }

/** The rows of seattle-weather whose month is one of `months`, as a CSV file. */
function seasonFile(name: string, months: number[]): string {
  const [header, ...lines] = readFileSync(vegaDataset('seattle-weather.csv'), 'utf8').trimEnd().split('\n')
  const path = fresh(name)
  writeFileSync(path, [header, ...lines.filter((line) => months.includes(Number(line.slice(5, 7))))].join('\n') + '\n')
  return path
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-drift-publish-'))
  data.winter = seasonFile('winter.csv', [12, 1, 2])
  data.summer = seasonFile('summer.csv', [6, 7, 8])
  data.lateWinter = seasonFile('late-winter.csv', [1, 2])
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const startTestEmulator = useEmulator(expectFaithfulTraffic)

async function start(): Promise<Emulator> {
  return startTestEmulator({ tokens: { ghs_writeToken: {}, [READ_ONLY]: { readOnly: true } } })
}

/** One scheduled run of the check in workflow 'Drift check': winter as reference, `current` as the new data. */
async function scheduled(github: Emulator, current: string, inputs: Record<string, string> = {}, run = 1) {
  const report = fresh('drift.json')
  const env = { ...github.env, GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: FULL_NAME, GITHUB_WORKFLOW: 'Drift check', GITHUB_RUN_ID: String(run), GITHUB_TOKEN: 'ghs_writeToken', GITHUB_EVENT_NAME: 'schedule' }
  const outcome = await runCommand(monitorDriftCommand, { reference: data.winter, current, ignore: 'date', name: 'seattle', report, ...inputs }, env)
  return { ...outcome, reportPath: report, runUrl: `${github.urls.server}/${FULL_NAME}/actions/runs/${run}` }
}

const issues = (github: Emulator) => [...github.state.repo(FULL_NAME)!.issues.values()]
const comments = (github: Emulator, number: number) => github.state.comments(FULL_NAME, number).map((c) => c.body)
const calls = (github: Emulator) => github.requests.map((r) => `${r.method} ${r.path.replace(`/repos/${FULL_NAME}`, '')} ${r.status}`)

describe('the drift issue of monitor-drift', () => {
  it('opens the issue on drift, comments while it lasts, closes it when it clears', async () => {
    const github = await start()

    const first = await scheduled(github, data.summer, {}, 1)
    expect(first.failures).toEqual([])
    expect(first.outputs).toMatchObject({ drifted: 'true', 'issue-number': '1', 'issue-url': `${github.urls.server}/${FULL_NAME}/issues/1` })
    const [issue] = issues(github)
    expect(issue).toMatchObject({ title: 'Data drift: seattle', labels: ['drift'], state: 'open' })
    expect(issue!.body!.split('\n')[0]).toBe(MARKER)
    expect(issue!.body).toMatch(/## 🔴 Data drift in seattle: drifted · 5 of 5 compared columns drifted/)
    expect(issue!.body).toContain('| temp_max | numeric | ks |')
    expect(issue!.body).toContain(`[workflow run](${first.runUrl})`)
    expect(issue!.body!.match(/<!-- mlops-actions:tracking/g)).toHaveLength(1)

    github.requests.length = 0
    const second = await scheduled(github, data.summer, {}, 2)
    expect(second.outputs['issue-number']).toBe('1')
    expect(calls(github)).toEqual(['GET /issues 200', 'POST /issues/1/comments 201'])
    expect(comments(github, 1)).toHaveLength(1)
    expect(comments(github, 1)[0]).toContain(`[workflow run](${second.runUrl})`)

    const third = await scheduled(github, data.lateWinter, {}, 3)
    expect(third.outputs).toMatchObject({ drifted: 'false', 'issue-number': '1' })
    expect(issues(github)).toMatchObject([{ number: 1, state: 'closed', stateReason: 'completed' }])
    expect(comments(github, 1)[1]).toMatch(/Drift cleared/)
    expect(comments(github, 1)[1]!.match(/<!-- mlops-actions:tracking/g)).toHaveLength(1)

    github.requests.length = 0
    const fourth = await scheduled(github, data.lateWinter, {}, 4)
    expect(fourth.outputs['issue-number']).toBe('')
    expect(calls(github)).toEqual(['GET /issues 200'])
  })

  it('leaves one open issue when two drifted runs race', async () => {
    const github = await start()
    const runs = await Promise.all([scheduled(github, data.summer, {}, 1), scheduled(github, data.summer, {}, 2)])
    expect(runs.map((run) => run.failures)).toEqual([[], []])
    const open = issues(github).filter((issue) => issue.state === 'open')
    expect(open).toHaveLength(1)
    expect(runs.map((run) => run.outputs['issue-number'])).toEqual([String(open[0]!.number), String(open[0]!.number)])
    // A run that lost the race closed its own issue as a duplicate of the one left open.
    for (const duplicate of issues(github).filter((issue) => issue.state === 'closed')) {
      expect(duplicate.stateReason).toBe('not_planned')
      expect(comments(github, duplicate.number)[0]).toContain(`#${open[0]!.number}`)
    }
  })

  it('dispatches the retraining workflow on the default branch with reason and run-url, only on drift', async () => {
    const github = await start()
    github.state.workflows(FULL_NAME).add(RETRAIN)
    const drifted = await scheduled(github, data.summer, { 'retrain-workflow': 'retrain.yml', 'open-issue': 'false' }, 7)
    expect(drifted.failures).toEqual([])
    expect(github.state.workflows(FULL_NAME).dispatches.map((d) => [d.path, d.ref, d.inputs])).toEqual([
      [RETRAIN.path, 'main', { reason: expect.stringMatching(/^Drift in seattle: 5 of 5 columns drifted \(.*temp_max.*\)$/), 'run-url': drifted.runUrl }],
    ])
    expect(issues(github)).toEqual([])
    await scheduled(github, data.summer, { 'retrain-workflow': 'retrain.yml', 'retrain-ref': 'main' }, 8)
    await scheduled(github, data.lateWinter, { 'retrain-workflow': 'retrain.yml' }, 9)
    expect(github.state.workflows(FULL_NAME).dispatches).toHaveLength(2)
  })

  it('warns naming issues: write and actions: write when the token cannot write, and still writes the summary and report', async () => {
    const github = await start()
    github.state.workflows(FULL_NAME).add(RETRAIN)
    const run = await scheduled(github, data.summer, { 'github-token': READ_ONLY, 'retrain-workflow': 'retrain.yml' })
    expect(run.failures).toEqual([])
    expect(run.outputs).toMatchObject({ drifted: 'true', 'issue-number': '', 'issue-url': '' })
    const warnings = run.logs.filter((line) => line.startsWith('warning: '))
    expect(warnings).toEqual([expect.stringContaining('issues: write'), expect.stringContaining('actions: write')])
    expect(run.summary).toMatch(/^## 🔴 Data drift in seattle: drifted/)
    expect(existsSync(run.reportPath)).toBe(true)
    expect(JSON.parse(readFileSync(run.reportPath, 'utf8')).drifted).toBe(true)
    expect(issues(github)).toEqual([])
    expect(github.state.workflows(FULL_NAME).dispatches).toEqual([])
  })

  it('makes no request with open-issue false and no drift', async () => {
    const github = await start()
    const run = await scheduled(github, data.lateWinter, { 'open-issue': 'false', 'retrain-workflow': 'retrain.yml' })
    expect(run.failures).toEqual([])
    expect(github.requests).toEqual([])
  })
})
