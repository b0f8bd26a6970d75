import { afterEach, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../../test/emulator/server.js'
import type { Logger } from '../log/index.js'
import { apiBaseUrl, createGitHubClient, DEFAULT_API_URL } from './client.js'

const REPO = { owner: 'octo-org', repo: 'models' }
let emulator: Emulator | undefined

afterEach(async () => {
  await emulator?.close()
  emulator = undefined
})

async function setup() {
  emulator = await startEmulator({ repos: [{ owner: REPO.owner, name: REPO.repo }] })
  emulator.state.addPullRequest('octo-org/models', { title: 'Train v2' })
  const warnings: string[] = []
  const log: Logger = { info: () => {}, warning: (m) => warnings.push(m), group: (_t, body) => body() }
  const client = createGitHubClient({ token: emulator.token, apiUrl: `${emulator.url}/`, log, pacing: { msPerSecond: 5, spaceWrites: false } })
  return { github: emulator, client, warnings }
}

const statuses = (github: Emulator) => github.requests.map((r) => r.status)

describe('apiBaseUrl', () => {
  it('reads GITHUB_API_URL as GitHub does', () => {
    expect(apiBaseUrl(undefined)).toBe(DEFAULT_API_URL)
    expect(apiBaseUrl('')).toBe('https://api.github.com')
    expect(apiBaseUrl('https://ghe.example.com/api/v3/')).toBe('https://ghe.example.com/api/v3')
    expect(() => apiBaseUrl('ghe.example.com')).toThrow(/GITHUB_API_URL 'ghe.example.com' is not an http\(s\) URL/)
  })
})

describe('createGitHubClient', () => {
  it('retries a failed read but never a POST on its own', async () => {
    const { github, client } = await setup()
    github.faults.add({ method: 'GET', path: '/repos/{owner}/{repo}', status: 502 })
    github.faults.add({ method: 'POST', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments', status: 500 })

    expect((await client.request('GET /repos/{owner}/{repo}', REPO)).status).toBe(200)
    await expect(client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...REPO, issue_number: 1, body: 'x' })).rejects.toMatchObject({ status: 500 })
    expect(statuses(github)).toEqual([502, 200, 500])
    expect(github.requests.every((r) => r.valid)).toBe(true)
  })

  it('waits out a 429 by its retry-after, and logs the wait', async () => {
    const { github, client, warnings } = await setup()
    github.faults.add({ method: 'GET', path: '/repos/{owner}/{repo}', status: 429, retryAfter: 2 })

    expect((await client.request('GET /repos/{owner}/{repo}', REPO)).status).toBe(200)
    expect(statuses(github)).toEqual([429, 200])
    expect(warnings).toEqual([expect.stringMatching(/^GitHub's secondary rate limit hit GET .*; waiting 2 s before retry 1 of 2\.$/)])
  })

  it('does not sit out a primary limit that lifts in an hour', async () => {
    const { github, client, warnings } = await setup()
    github.faults.add({ method: 'GET', path: '/repos/{owner}/{repo}', status: 403, rateLimit: 'primary', retryAfter: 3600 })

    await expect(client.request('GET /repos/{owner}/{repo}', REPO)).rejects.toMatchObject({ status: 403 })
    expect(statuses(github)).toEqual([403])
    expect(warnings).toEqual([expect.stringMatching(/^GitHub's primary rate limit stopped GET .*; giving up after 0 retries/)])
  })

  it('gives up on a secondary limit after a bounded number of waits', async () => {
    const { github, client } = await setup()
    github.faults.add({ method: 'GET', path: '/repos/{owner}/{repo}', status: 403, retryAfter: 1, times: Infinity })

    await expect(client.request('GET /repos/{owner}/{repo}', REPO)).rejects.toMatchObject({ status: 403 })
    expect(statuses(github)).toEqual([403, 403, 403])
  })
})
