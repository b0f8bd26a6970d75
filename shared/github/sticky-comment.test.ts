import { describe, expect, it } from 'vitest'
import type { Emulator, EmulatorOptions } from '../../test/emulator/server.js'
import { isUserError } from '../errors/index.js'
import type { Logger } from '../log/index.js'
import { GITHUB_COMMENT_LIMIT, stickyBody } from '../report/index.js'
import { createGitHubClient, stickyMarker, upsertStickyComment, type ClientPacing } from './index.js'
import { expectFaithfulTraffic, useEmulator } from '../../test/emulator/testing.js'

const REPO = { owner: 'octo-org', repo: 'models' }
const FULL_NAME = 'octo-org/models'
const MARKER = stickyMarker('CI', 'evaluate', 'evaluate-gate')
const COMMENTS = '/repos/{owner}/{repo}/issues/{issue_number}/comments'
/** Backoff and pauses in milliseconds instead of seconds, and no spacing of writes. */
const FAST: ClientPacing = { msPerSecond: 5, spaceWrites: false }

const startTestEmulator = useEmulator(expectFaithfulTraffic)

async function start(options: EmulatorOptions = {}): Promise<Emulator> {
  const emulator = await startTestEmulator(options)
  emulator.state.addPullRequest(FULL_NAME, { title: 'Train v2' })
  return emulator
}

function recordingLog() {
  const lines = { info: [] as string[], warning: [] as string[] }
  const log: Logger = { info: (m) => lines.info.push(m), warning: (m) => lines.warning.push(m), group: (_title, body) => body() }
  return { log, lines }
}

/** One run of a job: its own client, as each action process builds one. */
async function upsert(github: Emulator, body: string, options: { token?: string; pacing?: ClientPacing } = {}) {
  const { log, lines } = recordingLog()
  const client = createGitHubClient({ token: options.token ?? github.token, apiUrl: github.url, log, pacing: options.pacing ?? FAST })
  const result = await upsertStickyComment({ client, ...REPO, issueNumber: 1, marker: MARKER, body, fit: stickyBody, log })
  return { result, lines }
}

const calls = (github: Emulator) => github.requests.map((r) => `${r.method} ${r.dropped ? 'dropped' : r.status}`)
const bodies = (github: Emulator) => github.state.comments(FULL_NAME, 1).map((c) => c.body)

describe('upsertStickyComment', () => {
  it('creates the comment on the first run and updates it in place on the next', async () => {
    const github = await start()

    const first = await upsert(github, '## Gate\npassed: 3 of 4')
    const second = await upsert(github, '## Gate\npassed: 4 of 4')

    expect(bodies(github)).toEqual([`${MARKER}\n## Gate\npassed: 4 of 4`])
    expect(calls(github)).toEqual(['GET 200', 'POST 201', 'GET 200', 'PATCH 200'])
    const { id } = github.state.comments(FULL_NAME, 1)[0]!
    const url = `${github.urls.server}/octo-org/models/pull/1#issuecomment-${id}`
    expect(first.result).toEqual({ status: 'created', id, url, truncated: false })
    expect(second.result).toEqual({ status: 'updated', id, url, truncated: false })
    expect(second.lines.info).toEqual([`Updated the comment on octo-org/models#1: ${url}`])
  })

  it('keeps one comment per key in the same job, and updates each by its own key', async () => {
    const github = await start()
    const { log } = recordingLog()
    const client = createGitHubClient({ token: github.token, apiUrl: github.url, log, pacing: FAST })
    const post = (key: string | undefined, body: string) =>
      upsertStickyComment({ client, ...REPO, issueNumber: 1, marker: stickyMarker('CI', 'evaluate', 'evaluate-gate', key), body, fit: stickyBody, log })

    await post('mlp', 'mlp report')
    await post('linear', 'linear report')
    await post(undefined, 'unkeyed report')
    await post('mlp', 'mlp report, run 2')

    expect(bodies(github)).toEqual([
      '<!-- mlops-actions:evaluate-gate workflow=CI job=evaluate key=mlp -->\nmlp report, run 2',
      '<!-- mlops-actions:evaluate-gate workflow=CI job=evaluate key=linear -->\nlinear report',
      `${MARKER}\nunkeyed report`,
    ])
  })

  it('percent-encodes a key, so that it cannot end the marker early', () => {
    expect(stickyMarker('CI', 'evaluate', 'evaluate-gate', ' leg 1 --> <b> ')).toBe('<!-- mlops-actions:evaluate-gate workflow=CI job=evaluate key=leg%201%20--%3E%20%3Cb%3E -->')
    expect(stickyMarker('CI', 'evaluate', 'evaluate-gate', '  ')).toBe(MARKER)
  })

  it('finds the marker on page 3 of 3, updates the newest copy and leaves older copies and look-alikes alone', async () => {
    const github = await start()
    const add = (body: string) => github.state.addComment(FULL_NAME, 1, { body })
    const older = add(`${MARKER}\nold report`)
    for (let i = 0; i < 220; i++) add(`review comment ${i}`)
    add(`${stickyMarker('CI', 'train', 'evaluate-gate')}\nanother job's report`)
    add(`> quoting ${MARKER}`)
    const newest = add(`${MARKER}\nprevious report`)
    for (let i = 0; i < 20; i++) add(`late comment ${i}`)

    const { result, lines } = await upsert(github, 'new report')
    expect(result).toMatchObject({ status: 'updated', id: newest.id })
    expect(github.requests.map((r) => `${r.method} ${r.search}`)).toEqual([
      'GET ?per_page=100',
      'GET ?per_page=100&page=2',
      'GET ?per_page=100&page=3',
      'PATCH ',
    ])
    const stored = github.state.comments(FULL_NAME, 1)
    expect(stored).toHaveLength(244)
    expect(stored.find((c) => c.id === newest.id)!.body).toBe(`${MARKER}\nnew report`)
    expect(stored.find((c) => c.id === older.id)!.body).toBe(`${MARKER}\nold report`)
    expect(lines.info[0]).toBe('2 comments on octo-org/models#1 carry the marker; updating the newest only.')
  })

  it('posts again after a 500 that created nothing, and ends with one comment', async () => {
    const github = await start()
    const fault = github.faults.add({ method: 'POST', path: COMMENTS, status: 500 })

    const { result, lines } = await upsert(github, 'report')
    expect(result).toMatchObject({ status: 'created' })
    expect(fault.hits).toBe(1)
    expect(calls(github)).toEqual(['GET 200', 'POST 500', 'GET 200', 'POST 201'])
    expect(bodies(github)).toEqual([`${MARKER}\nreport`])
    expect(lines.warning).toEqual([expect.stringContaining('checking whether the comment was created')])
  })

  it.each([
    ['a 502 after the write', { status: 502 as const }, 'POST 502'],
    ['a dropped connection after the write', { drop: true }, 'POST dropped'],
  ])('does not post twice when %s left it unknown whether the comment landed', async (_name, fault, failedPost) => {
    const github = await start()
    github.faults.add({ method: 'POST', path: COMMENTS, afterCommit: true, ...fault })

    const { result } = await upsert(github, 'report')
    expect(result).toMatchObject({ status: 'created', id: github.state.comments(FULL_NAME, 1)[0]!.id })
    expect(calls(github)).toEqual(['GET 200', failedPost, 'GET 200'])
    expect(bodies(github)).toEqual([`${MARKER}\nreport`])
    expect(github.faults.pending()).toEqual([])
  })

  it('gives up after a bounded number of posts that all fail, creating nothing', async () => {
    const github = await start()
    github.faults.add({ method: 'POST', path: COMMENTS, status: 502, times: Infinity })

    const error = await upsert(github, 'report').catch((e: unknown) => e)
    expect(isUserError(error)).toBe(true)
    expect((error as Error).message).toBe(
      'GitHub API POST /repos/octo-org/models/issues/1/comments failed after 3 attempts: 502 Server Error. GitHub or the network failed; re-run the job.',
    )
    expect(calls(github)).toEqual(['GET 200', 'POST 502', 'GET 200', 'POST 502', 'GET 200', 'POST 502', 'GET 200'])
    expect(bodies(github)).toEqual([])
  })

  it('waits out a secondary rate limit on the list (403 with retry-after) and then posts', async () => {
    const github = await start()
    github.faults.add({ method: 'GET', path: COMMENTS, status: 403, retryAfter: 1 })

    const started = Date.now()
    // GitHub's real clock, so that the wait is the one the header asks for.
    const { result, lines } = await upsert(github, 'report', { pacing: { msPerSecond: 1000, spaceWrites: false } })
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
    expect(result).toMatchObject({ status: 'created' })
    expect(calls(github)).toEqual(['GET 403', 'GET 200', 'POST 201'])
    expect(lines.warning).toEqual([
      `GitHub's secondary rate limit hit GET ${github.url}/repos/octo-org/models/issues/1/comments?per_page=100; waiting 1 s before retry 1 of 2.`,
    ])
  })

  it('returns forbidden with a workflow_run hint for a read-only token, and posts nothing', async () => {
    const github = await start({ tokens: { ghs_fork: { readOnly: true } } })

    const { result, lines } = await upsert(github, 'report', { token: 'ghs_fork' })
    expect(result.status).toBe('forbidden')
    const warning = (result as { warning: string }).warning
    expect(warning).toContain('403 "Resource not accessible by integration"')
    expect(warning).toContain('`workflow_run`')
    expect(lines.warning).toEqual([warning])
    expect(calls(github)).toEqual(['GET 200', 'POST 403'])
    expect(bodies(github)).toEqual([])
  })

  it('throws a UserError naming the endpoint and status for a pull request that does not exist', async () => {
    const github = await start()
    const { log } = recordingLog()
    const client = createGitHubClient({ token: github.token, apiUrl: github.url, log, pacing: FAST })

    const error = await upsertStickyComment({ client, ...REPO, issueNumber: 7, marker: MARKER, body: 'x', fit: stickyBody, log }).catch((e: unknown) => e)
    expect(isUserError(error)).toBe(true)
    expect((error as Error).message).toMatch(/^GitHub API GET \/repos\/octo-org\/models\/issues\/7\/comments failed: 404 .+ Check the repository and the pull-request number/)
  })

  it('cuts a 70,000-character report below the limit, keeping the marker and saying so', async () => {
    const github = await start()
    const report = Array.from({ length: 1000 }, (_, i) => `| row ${i} | ${'x'.repeat(60)} |`).join('\n')
    expect(report.length).toBeGreaterThanOrEqual(70_000)

    const { result, lines } = await upsert(github, report)
    expect(result).toMatchObject({ status: 'created', truncated: true })
    const [stored] = bodies(github)
    expect(stored!.length).toBeLessThan(GITHUB_COMMENT_LIMIT)
    expect(stored!.startsWith(`${MARKER}\n| row 0 |`)).toBe(true)
    expect(stored).toContain('This report is cut short')
    // Cut at a line end: the last table row is whole.
    expect(stored!.split('\n---\n')[0]).toMatch(/\| x{60} \|\n?$/)
    expect(lines.warning).toEqual([expect.stringContaining('too long for GitHub')])

    // The next run still finds the cut comment by its marker.
    expect((await upsert(github, 'short')).result.status).toBe('updated')
    expect(bodies(github)).toEqual([`${MARKER}\nshort`])
  })
})
