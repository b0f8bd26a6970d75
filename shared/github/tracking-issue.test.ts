import { describe, expect, it } from 'vitest'
import type { Emulator, EmulatorOptions } from '../../test/emulator/server.js'
import { expectFaithfulTraffic, useEmulator } from '../../test/emulator/testing.js'
import { isUserError } from '../errors/index.js'
import type { Logger } from '../log/index.js'
import { GITHUB_COMMENT_LIMIT, stickyBody } from '../report/index.js'
import { createGitHubClient, syncTrackingIssue, trackingMarker, type ClientPacing, type GitHubClient, type TrackingIssueOptions } from './index.js'

const REPO = { owner: 'octo-org', repo: 'models' }
const FULL_NAME = 'octo-org/models'
const MARKER = trackingMarker('churn', 'Drift check')
const ISSUES = '/repos/{owner}/{repo}/issues'
const RUN = 'https://github.example/octo-org/models/actions/runs/'
const FAST: ClientPacing = { msPerSecond: 5, spaceWrites: false }

const startTestEmulator = useEmulator(expectFaithfulTraffic)

async function start(options: EmulatorOptions = {}): Promise<Emulator> {
  return startTestEmulator(options)
}

function recordingLog() {
  const lines = { info: [] as string[], warning: [] as string[] }
  const log: Logger = { info: (m) => lines.info.push(m), warning: (m) => lines.warning.push(m), group: (_title, body) => body() }
  return { log, lines }
}

type Check = Partial<Omit<TrackingIssueOptions, 'client' | 'log'>> & { token?: string; client?: GitHubClient }

/** One run of the drift check: its own client, as each action process builds one. */
async function check(github: Emulator, status: TrackingIssueOptions['status'], options: Check = {}) {
  const { log, lines } = recordingLog()
  const client = options.client ?? createGitHubClient({ token: options.token ?? github.token, apiUrl: github.url, log, pacing: FAST })
  const result = await syncTrackingIssue({
    ...REPO,
    marker: MARKER,
    labels: ['drift'],
    title: 'Drift in churn',
    body: `figures (${status})`,
    closeResolved: true,
    runUrl: `${RUN}1`,
    fit: stickyBody,
    ...options,
    client,
    log,
    status,
  })
  return { result, lines }
}

const calls = (github: Emulator) => github.requests.map((r) => `${r.method} ${r.path.replace('/repos/octo-org/models', '')} ${r.dropped ? 'dropped' : r.status}`)
const issues = (github: Emulator) => [...github.state.repo(FULL_NAME)!.issues.values()]
const openIssues = (github: Emulator) => issues(github).filter((i) => i.state === 'open')
const comments = (github: Emulator, number: number) => github.state.comments(FULL_NAME, number).map((c) => c.body)

describe('syncTrackingIssue', () => {
  it('opens the issue when drift starts, comments while it lasts, closes it when it clears, then only lists', async () => {
    const github = await start()

    const first = await check(github, 'drifted', { body: 'age drifted', runUrl: `${RUN}1` })
    expect(calls(github)).toEqual(['GET /issues 200', 'POST /issues 201', 'GET /issues 200'])
    const [issue] = issues(github)
    expect(first.result).toEqual({ action: 'created', number: 1, url: `${github.urls.server}/octo-org/models/issues/1`, truncated: false })
    expect([issue!.title, issue!.labels, issue!.body]).toEqual(['Drift in churn', ['drift'], `${MARKER}\nage drifted`])
    expect(github.requests[0]!.search).toBe('?state=open&sort=created&direction=asc&per_page=100&labels=drift')

    github.requests.length = 0
    const second = await check(github, 'drifted', { body: 'age and income drifted', runUrl: `${RUN}2` })
    expect(calls(github)).toEqual(['GET /issues 200', 'POST /issues/1/comments 201'])
    expect(second.result).toMatchObject({ action: 'commented', number: 1 })
    expect(comments(github, 1)).toEqual([`${MARKER}\nage and income drifted`])
    expect(issues(github)).toHaveLength(1)

    github.requests.length = 0
    const third = await check(github, 'clear', { body: 'nothing drifted', runUrl: `${RUN}3` })
    expect(calls(github)).toEqual(['GET /issues 200', 'POST /issues/1/comments 201', 'PATCH /issues/1 200'])
    expect(third.result).toMatchObject({ action: 'closed', number: 1 })
    expect(comments(github, 1)[1]).toBe(`${MARKER}\nDrift cleared in [this run](${RUN}3); closing this issue.\n\nnothing drifted`)
    expect([issue!.state, issue!.stateReason]).toEqual(['closed', 'completed'])

    github.requests.length = 0
    const fourth = await check(github, 'clear', { runUrl: `${RUN}4` })
    expect(fourth.result).toEqual({ action: 'none' })
    expect(calls(github)).toEqual(['GET /issues 200'])
  })

  it('only comments when drift clears and closing resolved issues is off', async () => {
    const github = await start()
    await check(github, 'drifted')

    const { result } = await check(github, 'clear', { closeResolved: false, body: 'clean' })
    expect(result).toMatchObject({ action: 'commented', number: 1 })
    expect(openIssues(github).map((i) => i.number)).toEqual([1])
    expect(comments(github, 1)).toEqual([`${MARKER}\nDrift cleared in [this run](${RUN}1). This issue stays open because closing resolved issues is turned off.\n\nclean`])
  })

  it('never opens an issue for insufficient data, and comments on an open one without closing it', async () => {
    const github = await start()
    expect((await check(github, 'insufficient data')).result).toEqual({ action: 'none' })
    expect(calls(github)).toEqual(['GET /issues 200'])

    await check(github, 'drifted')
    const { result } = await check(github, 'insufficient data', { body: '12 rows', runUrl: undefined })
    expect(result).toMatchObject({ action: 'commented', number: 1 })
    expect(comments(github, 1)).toEqual([`${MARKER}\nThis run had too little data to judge drift; this issue stays open until a run finds it cleared.\n\n12 rows`])
    await check(github, 'insufficient data', { body: '3 rows', runUrl: `${RUN}9(a)` })
    expect(comments(github, 1)[1]).toBe(`${MARKER}\n[This run](${RUN}9%28a%29) had too little data to judge drift; this issue stays open until a run finds it cleared.\n\n3 rows`)
    expect(openIssues(github)).toHaveLength(1)
  })

  it("finds its issue on page 2 by the marker's own line, ignoring quotes, other checks, pull requests and closed issues", async () => {
    const github = await start()
    const add = (title: string, body: string, extra: { labels?: string[]; state?: 'closed'; pullRequest?: boolean } = {}) =>
      github.state.addIssue(FULL_NAME, { title, body, labels: ['drift'], ...extra })
    add('closed one', `${MARKER}\nold`, { state: 'closed' })
    add('quoted', `> ${MARKER}\nsomeone quoted it`)
    add('other model', `${trackingMarker('fraud', 'Drift check')}\nfigures`)
    add('a pull request', `${MARKER}\n`, { pullRequest: true })
    add('unlabelled', `${MARKER}\n`, { labels: [] })
    for (let i = 0; i < 120; i++) add(`noise ${i}`, 'x')
    const ours = add('ours', `A note someone added above.\n\n${MARKER}\nfigures`)

    const { result } = await check(github, 'drifted')
    expect(result).toMatchObject({ action: 'commented', number: ours.number })
    expect(calls(github)).toEqual(['GET /issues 200', 'GET /issues 200', `POST /issues/${ours.number}/comments 201`])
  })

  it('ends with one open issue when two drifted runs race', async () => {
    const github = await start()
    const [a, b] = await Promise.all([check(github, 'drifted', { body: 'run A' }), check(github, 'drifted', { body: 'run B' })])

    expect(openIssues(github).map((i) => i.number)).toEqual([1])
    expect([a.result, b.result]).toContainEqual(expect.objectContaining({ number: 1 }))
    expect(a.result).toMatchObject({ number: 1 })
    expect(b.result).toMatchObject({ number: 1 })
    // Either both created and #2 yielded, or the slower run found #1: each run's figures are on #1.
    const figures = [issues(github)[0]!.body, ...comments(github, 1)].join('\n')
    expect(figures).toContain('run A')
    expect(figures).toContain('run B')
  })

  it('closes the later issue as a duplicate of the earlier when both runs created one before either listed again', async () => {
    const github = await start()
    const { log } = recordingLog()
    let created = 0
    let bothCreated!: () => void
    const barrier = new Promise<void>((resolve) => (bothCreated = resolve))
    const interleaved = () => {
      const client = createGitHubClient({ token: github.token, apiUrl: github.url, log, pacing: FAST })
      let lists = 0
      client.hook.before('request', async (request) => {
        if (request.method === 'GET' && lists++ > 0) await barrier
      })
      client.hook.after('request', (_response, request) => {
        if (request.method === 'POST' && /\/issues$/.test(request.url) && ++created === 2) bothCreated()
      })
      return client
    }

    const results = await Promise.all([check(github, 'drifted', { body: 'run A', client: interleaved() }), check(github, 'drifted', { body: 'run B', client: interleaved() })])

    expect(issues(github).map((i) => [i.number, i.state, i.stateReason])).toEqual([
      [1, 'open', null],
      [2, 'closed', 'not_planned'],
    ])
    const loser = issues(github)[1]!.body!.endsWith('run A') ? 'run A' : 'run B'
    expect(comments(github, 2)).toEqual([`${MARKER}\nClosing as a duplicate of #1, which a run at the same time opened first. The figures of [this run](${RUN}1) are added there.`])
    expect(comments(github, 1)).toEqual([`${MARKER}\n${loser}`])
    expect(results.map((r) => r.result)).toContainEqual({ action: 'commented', number: 1, url: expect.any(String), truncated: false, duplicateClosed: 2 })
    expect(results.map((r) => r.result)).toContainEqual({ action: 'created', number: 1, url: expect.any(String), truncated: false })
  })

  it('ends with one open issue when the emulator holds back the first create until the second has landed', async () => {
    const github = await start()
    github.faults.add({ method: 'POST', path: ISSUES, delayMs: 150 })

    await Promise.all([check(github, 'drifted', { body: 'run A' }), check(github, 'drifted', { body: 'run B' })])
    expect(openIssues(github).map((i) => i.number)).toEqual([1])
    expect(issues(github).map((i) => i.stateReason)).toEqual([null, 'not_planned'])
    expect(github.faults.pending()).toEqual([])
  })

  it.each([
    ['a 502 after the issue was created', { status: 502 as const, afterCommit: true }, ['GET /issues 200', 'POST /issues 502', 'GET /issues 200', 'GET /issues 200']],
    ['a dropped connection after the issue was created', { drop: true, afterCommit: true }, ['GET /issues 200', 'POST /issues dropped', 'GET /issues 200', 'GET /issues 200']],
    ['a 500 that created nothing', { status: 500 as const }, ['GET /issues 200', 'POST /issues 500', 'GET /issues 200', 'POST /issues 201', 'GET /issues 200']],
  ])('lists again before posting again after %s, and opens one issue', async (_name, fault, expected) => {
    const github = await start()
    github.faults.add({ method: 'POST', path: ISSUES, ...fault })

    const { result, lines } = await check(github, 'drifted')
    expect(result).toMatchObject({ action: 'created', number: 1 })
    expect(calls(github)).toEqual(expected)
    expect(issues(github)).toHaveLength(1)
    expect(lines.warning).toEqual([expect.stringContaining('checking whether the issue was created')])
  })

  it.each([
    ['drift starts', 'drifted' as const, false, 'POST /issues 403'],
    ['drift clears', 'clear' as const, true, 'POST /issues/1/comments 403'],
  ])('returns forbidden naming issues: write when %s with a read-only token', async (_name, status, seeded, refused) => {
    const github = await start({ tokens: { ghs_read: { readOnly: true } } })
    if (seeded) github.state.addIssue(FULL_NAME, { title: 'Drift in churn', body: `${MARKER}\nold`, labels: ['drift'] })

    const { result, lines } = await check(github, status, { token: 'ghs_read' })
    expect(result.action).toBe('forbidden')
    const warning = (result as { warning: string }).warning
    expect(warning).toBe(
      `Cannot open, comment on or close the tracking issue in octo-org/models: GitHub answered ${refused.split(' ')[0]} /repos/octo-org/models${refused.split(' ')[1]} with 403 "Resource not accessible by integration", so the token lacks the permission. Give the job \`permissions: issues: write\`.`,
    )
    expect(lines.warning).toEqual([warning])
    expect(calls(github)).toEqual(['GET /issues 200', refused])
    expect(openIssues(github)).toHaveLength(seeded ? 1 : 0)
  })

  it('makes a hostile title plain text on one line within 256 characters, and cleans the labels', async () => {
    const github = await start()
    const title = `Drift\r\nin\tchurn\u0000 \u202e@octocat #1 ${'x'.repeat(300)}`

    await check(github, 'drifted', { title, labels: [' drift\n', 'Drift', 'model: churn', ''] })
    const [issue] = issues(github)
    expect(issue!.title.length).toBeLessThanOrEqual(256)
    expect(issue!.title).toMatch(/^Drift in churn @octocat #1 x+…$/)
    expect(issue!.labels).toEqual(['drift', 'model: churn'])
    expect(github.requests[0]!.search).toContain('labels=drift%2Cmodel%3A%20churn')
  })

  it.each([
    ['a label with a comma', { labels: ['drift,data'] }, "Issue label 'drift,data' contains a comma, which GitHub's issue list reads as a separator between labels."],
    ['a label over 50 characters', { labels: ['d'.repeat(51)] }, `Issue label '${'d'.repeat(51)}' is 51 characters long; GitHub allows at most 50.`],
    ['a title of control characters only', { title: '\n\t\u0007' }, 'The tracking issue\'s title "\\n\\t\\u0007" is empty once control characters are removed.'],
    ['a run URL that is not http(s)', { runUrl: 'javascript:alert(1)' }, "The run URL 'javascript:alert(1)' is not an http(s) URL."],
  ])('refuses %s before any request', async (_name, options, message) => {
    const github = await start()
    const error = await check(github, 'drifted', options).catch((e: unknown) => e)
    expect(isUserError(error)).toBe(true)
    expect((error as Error).message).toBe(message)
    expect(github.requests).toEqual([])
  })

  it('cuts a 70,000-character body below the limit, keeping the marker so the next run finds the issue', async () => {
    const github = await start()
    const body = Array.from({ length: 1000 }, (_, i) => `| column ${i} | ${'x'.repeat(60)} |`).join('\n')

    const { result, lines } = await check(github, 'drifted', { body })
    expect(result).toMatchObject({ action: 'created', truncated: true })
    const stored = issues(github)[0]!.body!
    expect(stored.length).toBeLessThan(GITHUB_COMMENT_LIMIT)
    expect(stored.startsWith(`${MARKER}\n| column 0 |`)).toBe(true)
    expect(lines.warning).toEqual([expect.stringContaining('too long for GitHub')])
    expect((await check(github, 'drifted', { body })).result).toMatchObject({ action: 'commented', number: 1, truncated: true })
    expect(comments(github, 1)[0]!.length).toBeLessThan(GITHUB_COMMENT_LIMIT)
  })
})
