import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Logger } from '../log/index.js'
import { ActionsCacheStore, downloadThroughCache, FolderCacheStore, type CacheStore } from './index.js'

const CONTENT = Buffer.from('the bytes of a model archive')
const DIGEST = createHash('sha256').update(CONTENT).digest('hex')

let work: string
let count = 0
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'mlops-cache-test-'))
})
afterAll(() => rmSync(work, { recursive: true, force: true }))
afterEach(() => vi.unstubAllEnvs())

function recordingLog() {
  const warnings: string[] = []
  const infos: string[] = []
  const log: Logger = { info: (m) => infos.push(m), warning: (m) => warnings.push(m), group: (_t, body) => body() }
  return { log, warnings, infos }
}

/** A download that writes `bytes` and counts its calls. */
function source(bytes = CONTENT) {
  const calls = { count: 0 }
  const download = async (path: string) => {
    calls.count++
    writeFileSync(path, bytes)
    return createHash('sha256').update(bytes).digest('hex')
  }
  return { calls, download }
}

function fetchTo(cache: CacheStore | undefined, download: (path: string) => Promise<string>, log: Logger, key = `mlops-model-test-${++count}`) {
  const path = join(work, `out-${++count}`)
  return { path, run: () => downloadThroughCache({ cache, key, digest: DIGEST, path, download, log }), key }
}

describe('downloadThroughCache', () => {
  it('downloads and saves the first time, then restores without downloading', async () => {
    const cache = new FolderCacheStore(join(work, `store-${++count}`))
    const { calls, download } = source()
    const { log, warnings, infos } = recordingLog()
    const key = `mlops-model-churn-${DIGEST}`
    const first = fetchTo(cache, download, log, key)
    expect(await first.run()).toBe(DIGEST)
    expect(calls.count).toBe(1)
    expect(readFileSync(join(cache.entry(key), 'file'))).toEqual(CONTENT)
    const second = fetchTo(cache, download, log, key)
    expect(await second.run()).toBe(DIGEST)
    expect(calls.count).toBe(1)
    expect(readFileSync(second.path)).toEqual(CONTENT)
    expect(infos).toContain(`Restored ${key} from ${cache.kind}, sha256 verified.`)
    expect(warnings).toEqual([])
  })

  it('detects a damaged entry, downloads instead and replaces the entry', async () => {
    const cache = new FolderCacheStore(join(work, `store-${++count}`))
    const { calls, download } = source()
    const { log, warnings } = recordingLog()
    const key = 'mlops-model-damaged'
    await fetchTo(cache, download, log, key).run()
    writeFileSync(join(cache.entry(key), 'file'), 'flipped bits')
    const damaged = createHash('sha256').update('flipped bits').digest('hex')
    const again = fetchTo(cache, download, log, key)
    expect(await again.run()).toBe(DIGEST)
    expect(calls.count).toBe(2)
    expect(readFileSync(again.path)).toEqual(CONTENT)
    expect(warnings).toEqual([`${cache.kind}: the entry '${key}' has sha256 ${damaged}, not ${DIGEST}; it is damaged, so it is downloaded instead.`])
    expect(readFileSync(join(cache.entry(key), 'file'))).toEqual(CONTENT)
    await fetchTo(cache, download, log, key).run()
    expect(calls.count).toBe(2)
  })

  it('says how to delete a damaged entry from a store that cannot replace it', async () => {
    const folder = new FolderCacheStore(join(work, `store-${++count}`))
    const actions = new ActionsCacheStore()
    const immutable: CacheStore = { kind: actions.kind, restore: (k, d) => folder.restore(k, d), save: (k, d) => folder.save(k, d), removalHint: (k) => actions.removalHint(k) }
    const { log, warnings } = recordingLog()
    const key = 'mlops-model-immutable'
    mkdirSync(folder.entry(key), { recursive: true })
    await fetchTo(immutable, source().download, log, key).run()
    expect(warnings).toEqual([
      `GitHub's Actions cache: the entry '${key}' holds no file; it is damaged, so it is downloaded instead; its entries cannot be replaced, so delete this one (\`gh cache delete ${key}\`, or the repository's Actions caches page) and the next run saves a good copy.`,
    ])
  })

  it('saves nothing when the download has the wrong digest, and returns that digest for the caller to refuse', async () => {
    const cache = new FolderCacheStore(join(work, `store-${++count}`))
    const { log } = recordingLog()
    const { path, run, key } = fetchTo(cache, source(Buffer.from('tampered')).download, log)
    expect(await run()).toBe(createHash('sha256').update('tampered').digest('hex'))
    expect(existsSync(path)).toBe(true)
    expect(existsSync(cache.entry(key))).toBe(false)
  })

  it('warns and downloads when the cache service fails', async () => {
    const failing: CacheStore = {
      kind: "GitHub's Actions cache",
      restore: async () => {
        throw new Error('connect ECONNREFUSED 127.0.0.1:1\n    at stack')
      },
      save: async () => {
        throw new Error('Cache service responded with 503')
      },
    }
    const { calls, download } = source()
    const { log, warnings } = recordingLog()
    const { path, run, key } = fetchTo(failing, download, log)
    expect(await run()).toBe(DIGEST)
    expect(calls.count).toBe(1)
    expect(readFileSync(path)).toEqual(CONTENT)
    expect(warnings).toEqual([
      `GitHub's Actions cache: restoring '${key}' failed: connect ECONNREFUSED 127.0.0.1:1; downloading instead.`,
      `GitHub's Actions cache: saving '${key}' failed: Cache service responded with 503; the next run downloads it again.`,
    ])
  })

  it('downloads when there is no cache', async () => {
    const { calls, download } = source()
    const { log, warnings } = recordingLog()
    const { path, run } = fetchTo(undefined, download, log)
    expect(await run()).toBe(DIGEST)
    expect(calls.count).toBe(1)
    expect(readFileSync(path)).toEqual(CONTENT)
    expect(warnings).toEqual([])
  })
})

describe("GitHub's Actions cache outside a workflow", () => {
  it('is a miss and saves nothing, so every fetch is a plain download without a warning', async () => {
    vi.stubEnv('ACTIONS_CACHE_URL', '')
    vi.stubEnv('ACTIONS_RESULTS_URL', '')
    const { calls, download } = source()
    const { log, warnings } = recordingLog()
    const cache = new ActionsCacheStore()
    expect(await cache.restore('mlops-model-x', join(work, 'unused'))).toBe(false)
    await fetchTo(cache, download, log).run()
    await fetchTo(cache, download, log).run()
    expect(calls.count).toBe(2)
    expect(warnings).toEqual([])
  })
})
