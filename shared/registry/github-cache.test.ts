import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startEmulator, type Emulator } from '../../test/emulator/server.js'
import { expectFaithfulTraffic } from '../../test/emulator/testing.js'
import { ActionsCacheStore, FolderCacheStore, type CacheStore } from '../cache/index.js'
import { createGitHubClient } from '../github/index.js'
import type { Logger } from '../log/index.js'
import { cacheKey, GitHubRegistry } from './github.js'
import { ModelRegistry } from './registry.js'

const OWNER = 'octo-org'
const COMMIT = '0123456789abcdef0123456789abcdef01234567'

let emulator: Emulator
let work: string
let count = 0
const warnings: string[] = []
const log: Logger = { info: () => {}, warning: (message) => warnings.push(message), group: (_title, body) => body() }

beforeAll(async () => {
  emulator = await startEmulator({ repos: [], selfCheck: true })
  work = mkdtempSync(join(tmpdir(), 'mlops-registry-cache-'))
})
afterAll(async () => {
  await emulator.close()
  rmSync(work, { recursive: true, force: true })
})
afterEach(() => {
  expectFaithfulTraffic(emulator)
  warnings.length = 0
  vi.unstubAllEnvs()
})

/** A registry in a fresh repository of the emulator, holding one registered version of 'churn'. */
async function registryWithVersion(cache: CacheStore | undefined) {
  const repo = `cached-${++count}`
  emulator.state.addRepo({ owner: OWNER, name: repo, headSha: COMMIT })
  const client = createGitHubClient({ token: emulator.token, apiUrl: emulator.url, log, pacing: { msPerSecond: 2, spaceWrites: false } })
  const registry = new ModelRegistry(new GitHubRegistry({ client, owner: OWNER, repo, commit: COMMIT, log, ...(cache && { cache }) }))
  const dir = join(work, `model-${count}`)
  mkdirSync(dir)
  writeFileSync(join(dir, 'metadata.json'), JSON.stringify({ task: 'regression', target: 'y', metrics: { rmse: count } }))
  const weights = Buffer.alloc(50_000, count)
  writeFileSync(join(dir, 'weights.bin'), weights)
  const { record } = await registry.register('churn', dir)
  return { registry, record, weights }
}

/** Fetches the champion-to-be, version 1, into a new folder; returns how many asset downloads it took. */
async function fetchCounting(registry: ModelRegistry): Promise<{ downloads: number; target: string }> {
  const before = emulator.requests.length
  const target = join(work, `fetched-${++count}`)
  await registry.fetch({ name: 'churn', version: 1 }, target)
  const downloads = emulator.requests.slice(before).filter((request) => request.operationId === 'repos/get-release-asset').length
  return { downloads, target }
}

describe('the github registry with a cache', () => {
  it('downloads a version once and restores it from the cache afterwards', async () => {
    const cache = new FolderCacheStore(join(work, `cache-${++count}`))
    const { registry, record } = await registryWithVersion(cache)
    const first = await fetchCounting(registry)
    expect(first.downloads).toBe(1)
    expect(readFileSync(join(cache.entry(`mlops-model-churn-${record.digest}`), 'file')).length).toBeGreaterThan(50_000)
    const second = await fetchCounting(registry)
    expect(second.downloads).toBe(0)
    expect(readFileSync(join(second.target, 'weights.bin'))).toEqual(readFileSync(join(first.target, 'weights.bin')))
    expect(warnings).toEqual([])
  })

  it('detects a damaged cache entry, downloads the version and replaces the entry', async () => {
    const cache = new FolderCacheStore(join(work, `cache-${++count}`))
    const { registry, record, weights } = await registryWithVersion(cache)
    await fetchCounting(registry)
    const entry = join(cache.entry(cacheKey(record)), 'file')
    const bytes = readFileSync(entry)
    bytes[600] = bytes[600]! ^ 0xff
    writeFileSync(entry, bytes)
    const damaged = await fetchCounting(registry)
    expect(damaged.downloads).toBe(1)
    expect(readFileSync(join(damaged.target, 'weights.bin'))).toEqual(weights)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(new RegExp(`^the cache folder .*: the entry 'mlops-model-churn-${record.digest}' has sha256 [0-9a-f]{64}, not ${record.digest}; it is damaged, so it is downloaded instead\\.$`))
    expect((await fetchCounting(registry)).downloads).toBe(0)
  })

  it("downloads every time, without a warning, when GitHub's Actions cache is unavailable", async () => {
    vi.stubEnv('ACTIONS_CACHE_URL', '')
    vi.stubEnv('ACTIONS_RESULTS_URL', '')
    const { registry } = await registryWithVersion(new ActionsCacheStore())
    expect((await fetchCounting(registry)).downloads).toBe(1)
    expect((await fetchCounting(registry)).downloads).toBe(1)
    expect(warnings).toEqual([])
  })

  it('warns and downloads when the cache service fails', async () => {
    const failing: CacheStore = {
      kind: "GitHub's Actions cache",
      restore: () => Promise.reject(new Error('Cache service responded with 503')),
      save: () => Promise.reject(new Error('Cache service responded with 503')),
    }
    const { registry, record } = await registryWithVersion(failing)
    const fetched = await fetchCounting(registry)
    expect(fetched.downloads).toBe(1)
    expect(warnings).toEqual([
      `GitHub's Actions cache: restoring 'mlops-model-churn-${record.digest}' failed: Cache service responded with 503; downloading instead.`,
      `GitHub's Actions cache: saving 'mlops-model-churn-${record.digest}' failed: Cache service responded with 503; the next run downloads it again.`,
    ])
  })
})
