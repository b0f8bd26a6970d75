import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { Octokit } from '@octokit/core'
import { paginateRest } from '@octokit/plugin-paginate-rest'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { afterEach, describe, expect, it } from 'vitest'
import { node24Binary } from '../helpers/repo.js'
import { defineRoutes, SECONDARY_RATE_LIMIT_MESSAGE, startEmulator, type Emulator, type EmulatorOptions } from './server.js'

const GitHub = Octokit.plugin(paginateRest, retry, throttling)
const REPO = { owner: 'octo-org', repo: 'models' }
const COMMENTS = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments'
const COMMENTS_TEMPLATE = '/repos/{owner}/{repo}/issues/{issue_number}/comments'

let emulator: Emulator | undefined
let clients = 0

/** Every test runs in self-check mode: whatever the emulator answered must match GitHub's description. */
async function start(options: EmulatorOptions = {}): Promise<Emulator> {
  emulator = await startEmulator({ repos: [{ owner: REPO.owner, name: REPO.repo }], selfCheck: true, ...options })
  return emulator
}

afterEach(async () => {
  if (!emulator) return
  expect(emulator.requests.flatMap((r) => r.responseErrors)).toEqual([])
  await emulator.close()
  emulator = undefined
})

/** An Octokit as actions build one: retries, throttling, pagination. Rate-limit waits are logged here. */
function client(github: Emulator, token = github.token) {
  const waits: Array<{ kind: string; retryAfter: number }> = []
  const octokit = new GitHub({
    auth: token,
    baseUrl: github.url,
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    // Fast server-error retries; rate-limit waits keep GitHub's real seconds.
    retry: { retryAfterBaseValue: 20 },
    throttle: {
      id: `emulator-test-${++clients}`,
      onRateLimit: (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) => {
        waits.push({ kind: 'primary', retryAfter })
        return retryCount < 1
      },
      onSecondaryRateLimit: (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) => {
        waits.push({ kind: 'secondary', retryAfter })
        return retryCount < 1
      },
    },
  })
  return { octokit, waits }
}

async function failure(promise: Promise<unknown>): Promise<{ status: number; message: string; response?: { data: unknown; headers: Record<string, unknown> } }> {
  try {
    await promise
  } catch (error) {
    return error as Awaited<ReturnType<typeof failure>>
  }
  throw new Error('expected the request to fail')
}

describe('GitHub API emulator', () => {
  it('paginates issue comments over three pages with a GitHub link header', async () => {
    const github = await start()
    const pr = github.state.addPullRequest('octo-org/models', { title: 'Train v2' })
    for (let i = 1; i <= 7; i++) github.state.addComment('octo-org/models', pr.number, { body: `comment ${i}` })
    const { octokit } = client(github)

    const first = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...REPO, issue_number: pr.number, per_page: 3 })
    const base = `${github.url}/repos/octo-org/models/issues/1/comments?per_page=3`
    expect(first.headers.link).toBe(`<${base}&page=2>; rel="next", <${base}&page=3>; rel="last"`)
    const second = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...REPO, issue_number: pr.number, per_page: 3, page: 2 })
    expect(second.headers.link).toBe(
      `<${base}&page=1>; rel="prev", <${base}&page=3>; rel="next", <${base}&page=3>; rel="last", <${base}&page=1>; rel="first"`,
    )

    const all = await octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...REPO, issue_number: pr.number, per_page: 3 })
    expect(all.map((c) => c.body)).toEqual([1, 2, 3, 4, 5, 6, 7].map((i) => `comment ${i}`))
    expect(all[0]!.html_url).toBe(`${github.urls.server}/octo-org/models/pull/1#issuecomment-${all[0]!.id}`)
    const pages = github.requests.slice(2).map((r) => r.search)
    expect(pages).toEqual(['?per_page=3', '?per_page=3&page=2', '?per_page=3&page=3'])
    expect(github.requests.every((r) => r.valid)).toBe(true)
  })

  it('creates, reads, updates and deletes a comment', async () => {
    const github = await start()
    const pr = github.state.addPullRequest('octo-org/models', { title: 'Train v2' })
    const { octokit } = client(github)

    const created = await octokit.request(COMMENTS, { ...REPO, issue_number: pr.number, body: '<!-- report -->\nv1' })
    expect(created.status).toBe(201)
    expect(created.data.user?.login).toBe('github-actions[bot]')
    expect(created.headers.location).toBe(created.data.url)
    const comment = { ...REPO, comment_id: created.data.id }
    const updated = await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...comment, body: '<!-- report -->\nv2' })
    expect(updated.data.body).toBe('<!-- report -->\nv2')
    expect((await octokit.request('GET /repos/{owner}/{repo}/issues/comments/{comment_id}', comment)).data.body).toBe('<!-- report -->\nv2')
    expect(github.state.comments('octo-org/models', pr.number).map((c) => c.body)).toEqual(['<!-- report -->\nv2'])

    expect((await octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', comment)).status).toBe(204)
    expect((await failure(octokit.request('GET /repos/{owner}/{repo}/issues/comments/{comment_id}', comment))).status).toBe(404)
    expect(github.requests.every((r) => r.valid)).toBe(true)
  })

  it('rejects a body that breaks the OpenAPI schema with a 422 and records it as invalid', async () => {
    const github = await start()
    github.state.addIssue('octo-org/models', { title: 'Drift' })
    const { octokit } = client(github)

    const error = await failure(octokit.request(COMMENTS, { ...REPO, issue_number: 1, body: 42 as unknown as string }))
    expect(error.status).toBe(422)
    expect(error.message).toContain('body/body must be string')
    expect(github.state.comments('octo-org/models', 1)).toEqual([])
    expect(github.requests).toHaveLength(1)
    expect(github.requests[0]).toMatchObject({ operationId: 'issues/create-comment', template: COMMENTS_TEMPLATE, valid: false, status: 422 })
    expect(github.requests[0]!.errors).toEqual(['body/body must be string'])
  })

  it('records misspelt parameters, bad query values and unknown routes as invalid', async () => {
    const github = await start()
    github.state.addIssue('octo-org/models', { title: 'Drift' })
    const { octokit } = client(github)

    const misspelt = await failure(octokit.request(COMMENTS, { ...REPO, issue_number: 1, body: 'x', bdy: 'y' }))
    expect(misspelt.message).toContain("body field 'bdy' is not defined")
    const badPage = await failure(octokit.request('GET /repos/{owner}/{repo}/issues', { ...REPO, per_page: 'many' as unknown as number }))
    expect(badPage.message).toContain("query parameter 'per_page' must be integer")
    const unknownQuery = await failure(octokit.request('GET /repos/{owner}/{repo}/issues', { ...REPO, perPage: 5 }))
    expect(unknownQuery.message).toContain("query parameter 'perPage' is not defined for issues/list-for-repo")
    const unknownRoute = await failure(octokit.request('GET /repos/{owner}/{repo}/isues', REPO))
    expect(unknownRoute.status).toBe(404)
    expect(unknownRoute.message).toContain("is not an operation in GitHub's REST API description")
    // Straight to the server: Octokit would space this write a second after the first.
    const wrongMethod = await fetch(`${github.url}/repos/octo-org/models/issues/comments/1`, { method: 'PUT', headers: { authorization: `token ${github.token}` } })
    expect(((await wrongMethod.json()) as { message: string }).message).toContain('has no PUT operation')

    expect(github.requests.map((r) => r.valid)).toEqual([false, false, false, false, false])
    expect(github.requests.map((r) => r.status)).toEqual([422, 422, 422, 404, 404])
  })

  it('retries an injected 500 on a write, and the failed attempt created nothing', async () => {
    const github = await start()
    github.state.addPullRequest('octo-org/models', { title: 'Train v2' })
    const fault = github.faults.add({ method: 'POST', path: COMMENTS_TEMPLATE, status: 500 })
    const { octokit } = client(github)

    const created = await octokit.request(COMMENTS, { ...REPO, issue_number: 1, body: 'report' })
    expect(created.status).toBe(201)
    expect(github.requests.map((r) => r.status)).toEqual([500, 201])
    expect(fault.hits).toBe(1)
    expect(github.faults.pending()).toEqual([])
    expect(github.state.comments('octo-org/models', 1)).toHaveLength(1)
  })

  it('commits before failing with afterCommit, so a blind retry duplicates the comment', async () => {
    const github = await start()
    github.state.addPullRequest('octo-org/models', { title: 'Train v2' })
    github.faults.add({ method: 'POST', path: '/repos/octo-org/models/issues/*/comments', afterCommit: true, status: 502 })
    github.faults.add({ method: 'POST', path: /\/comments$/, afterCommit: true, drop: true })
    const { octokit } = client(github)

    await octokit.request(COMMENTS, { ...REPO, issue_number: 1, body: 'report' })
    expect(github.requests.map((r) => [r.status, r.dropped])).toEqual([
      [502, undefined],
      [undefined, true],
      [201, undefined],
    ])
    expect(github.state.comments('octo-org/models', 1).map((c) => c.body)).toEqual(['report', 'report', 'report'])
  })

  it('waits out a secondary rate limit (403 with retry-after 1) and then succeeds', async () => {
    const github = await start()
    github.state.addPullRequest('octo-org/models', { title: 'Train v2' })
    github.state.addComment('octo-org/models', 1, { body: 'report' })
    // A read, so that Octokit's spacing of writes (one a second) does not blur the wait.
    github.faults.add({ method: 'GET', path: COMMENTS_TEMPLATE, status: 403, retryAfter: 1 })
    const { octokit, waits } = client(github)

    const started = Date.now()
    const listed = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...REPO, issue_number: 1 })
    expect(listed.data.map((c) => c.body)).toEqual(['report'])
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
    expect(waits).toEqual([{ kind: 'secondary', retryAfter: 1 }])
    expect(github.requests.map((r) => r.status)).toEqual([403, 200])
  })

  it("answers 429 and primary limits in GitHub's shapes, and slows responses on request", async () => {
    const github = await start()
    github.faults.add({ method: 'GET', path: '/repos/{owner}/{repo}', status: 429, retryAfter: 7 })
    github.faults.add({ method: 'GET', path: '/repos/{owner}/{repo}', status: 403, rateLimit: 'primary', retryAfter: 30 })
    github.faults.add({ method: 'GET', path: '/repos/{owner}/{repo}', delayMs: 300 })
    const get = () => fetch(`${github.url}/repos/octo-org/models`, { headers: { authorization: `Bearer ${github.token}` } })

    const secondary = await get()
    expect(secondary.status).toBe(429)
    expect(secondary.headers.get('retry-after')).toBe('7')
    expect(((await secondary.json()) as { message: string }).message).toBe(SECONDARY_RATE_LIMIT_MESSAGE)
    const primary = await get()
    expect(primary.status).toBe(403)
    expect(primary.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(Number(primary.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000 + 20)
    const started = Date.now()
    expect((await get()).status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(290)
  })

  it('gives a read-only token (a fork pull request) 403 on writes and still serves reads', async () => {
    const github = await start({ tokens: { 'ghs_write': {}, 'ghs_fork': { readOnly: true } } })
    github.state.addPullRequest('octo-org/models', { title: 'From a fork' })
    const { octokit } = client(github, 'ghs_fork')

    const error = await failure(octokit.request(COMMENTS, { ...REPO, issue_number: 1, body: 'report' }))
    expect(error.status).toBe(403)
    expect(error.response?.data).toMatchObject({ message: 'Resource not accessible by integration' })
    expect(github.state.comments('octo-org/models', 1)).toEqual([])
    expect((await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...REPO, issue_number: 1 })).data).toEqual([])
    expect(github.requests.map((r) => [r.status, r.valid])).toEqual([
      [403, true],
      [200, true],
    ])
  })

  it('requires a known token, as `token X` or `Bearer X`', async () => {
    const github = await start()
    const get = (authorization?: string) => fetch(`${github.url}/rate_limit`, { headers: authorization ? { authorization } : {} })

    const missing = await get()
    expect([missing.status, ((await missing.json()) as { message: string }).message]).toEqual([401, 'Requires authentication'])
    const unknown = await get('token nope')
    expect([unknown.status, ((await unknown.json()) as { message: string }).message]).toEqual([401, 'Bad credentials'])
    const repo = await fetch(`${github.url}/repos/octo-org/models`, { headers: { authorization: `Bearer ${github.token}` } })
    expect([repo.status, repo.headers.get('x-ratelimit-limit'), repo.headers.get('x-ratelimit-used')]).toEqual([200, '5000', '1'])
    const limits = await get(`token ${github.token}`)
    expect(((await limits.json()) as { rate: { used: number } }).rate.used).toBe(1)
  })

  it('creates, filters, pages and closes issues', async () => {
    const github = await start()
    github.state.addIssue('octo-org/models', { title: 'Old drift', labels: ['drift'], state: 'closed' })
    github.state.addIssue('octo-org/models', { title: 'Drift in age', labels: ['drift', 'data'] })
    github.state.addIssue('octo-org/models', { title: 'Slow training', labels: ['perf'] })
    const { octokit } = client(github)
    const created = await octokit.request('POST /repos/{owner}/{repo}/issues', { ...REPO, title: 'Drift in income', labels: ['Drift'], assignees: ['octocat'] })
    expect(created.data).toMatchObject({ number: 4, user: { login: 'github-actions[bot]' }, assignees: [{ login: 'octocat' }] })

    const drift = await octokit.paginate('GET /repos/{owner}/{repo}/issues', { ...REPO, labels: 'drift', per_page: 1 })
    expect(drift.map((i) => i.title)).toEqual(['Drift in income', 'Drift in age'])
    const all = await octokit.request('GET /repos/{owner}/{repo}/issues', { ...REPO, state: 'all', direction: 'asc' })
    expect(all.data.map((i) => [i.number, i.state])).toEqual([
      [1, 'closed'],
      [2, 'open'],
      [3, 'open'],
      [4, 'open'],
    ])

    const closed = await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...REPO, issue_number: 3, state: 'closed', state_reason: 'not_planned' })
    expect([closed.data.state, closed.data.state_reason, closed.data.closed_by?.login]).toEqual(['closed', 'not_planned', 'github-actions[bot]'])
    const open = await octokit.request('GET /repos/{owner}/{repo}/issues', REPO)
    expect(open.data.map((i) => i.number)).toEqual([4, 2])
    expect((await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { ...REPO, issue_number: 4 })).data.labels).toMatchObject([{ name: 'drift' }])
    expect((await octokit.request('GET /repos/{owner}/{repo}', REPO)).data).toMatchObject({ full_name: 'octo-org/models', open_issues_count: 2 })
  })

  it('is reached from another process through GITHUB_API_URL, as an action reaches it', async () => {
    const github = await start()
    const script = `
      const { GITHUB_API_URL, GITHUB_SERVER_URL, TOKEN } = process.env
      const response = await fetch(GITHUB_API_URL + '/repos/octo-org/models', { headers: { authorization: 'token ' + TOKEN } })
      const repo = await response.json()
      console.log(response.status, repo.url.startsWith(GITHUB_API_URL + '/'), repo.html_url.startsWith(GITHUB_SERVER_URL + '/'))`
    const { stdout } = await promisify(execFile)(node24Binary(), ['--input-type=module', '-e', script], { env: { ...github.env, TOKEN: github.token } })
    expect(stdout.trim()).toBe('200 true true')
    expect(github.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v3$/)
  })

  it('takes extra route modules, and its self-check turns a response that breaks the description into a 500', async () => {
    const broken = defineRoutes('broken-emojis', { 'emojis/get': () => ({ status: 200, body: { tada: 42 } }) })
    const github = await startEmulator({ selfCheck: true, routes: [broken] })
    try {
      const response = await fetch(`${github.url}/emojis`, { headers: { authorization: `token ${github.token}` } })
      expect(response.status).toBe(500)
      expect(github.requests[0]!.responseErrors).toEqual(['response 200/tada must be string'])
      const notImplemented = await fetch(`${github.url}/repos/mlops-actions/mlops-actions/branches`, { headers: { authorization: `token ${github.token}` } })
      expect([notImplemented.status, github.requests[1]!.valid]).toEqual([501, true])
    } finally {
      await github.close()
    }
  })
})
