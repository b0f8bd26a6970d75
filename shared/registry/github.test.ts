import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startEmulator, type Emulator } from '../../test/emulator/server.js'
import { createGitHubClient, type ClientPacing } from '../github/index.js'
import { isUserError } from '../errors/index.js'
import type { Logger } from '../log/index.js'
import { registryContract } from './contract.js'
import { GitHubRegistry, tagName } from './github.js'
import { ModelRegistry } from './registry.js'
import type { RegistryBackend } from './types.js'
import { expectFaithfulTraffic } from '../../test/emulator/testing.js'

const OWNER = 'octo-org'
const COMMIT = '0123456789abcdef0123456789abcdef01234567'
/** Backoff in milliseconds instead of seconds, and no spacing of writes. */
const FAST: ClientPacing = { msPerSecond: 2, spaceWrites: false }
const quiet: Logger = { info: () => {}, warning: () => {}, group: (_title, body) => body() }

let emulator: Emulator
let repos = 0
const backends = new Map<RegistryBackend, string>()

beforeAll(async () => {
  emulator = await startEmulator({ repos: [], selfCheck: true })
})
afterAll(() => emulator.close())
afterEach(() => {
  expectFaithfulTraffic(emulator)
})

/** A registry in a fresh repository of the emulator. */
function open(options: { token?: string; partBytes?: number; commit?: string | undefined } = {}): GitHubRegistry {
  const repo = `models-${++repos}`
  emulator.state.addRepo({ owner: OWNER, name: repo, headSha: COMMIT })
  const client = createGitHubClient({ token: options.token ?? emulator.token, apiUrl: emulator.url, log: quiet, pacing: FAST })
  const commit = 'commit' in options ? options.commit : COMMIT
  const backend = new GitHubRegistry({ client, owner: OWNER, repo, ...(commit && { commit }), log: quiet, ...(options.partBytes && { partBytes: options.partBytes }) })
  backends.set(backend, `${OWNER}/${repo}`)
  return backend
}

registryContract('github', {
  open: async () => open(),
  tamper: async (backend, record) => {
    const fullName = backends.get(backend)!
    const release = emulator.state.releases(fullName).find((r) => r.tagName === tagName(record.name, record.version))!
    const archive = emulator.state.releaseAssets(fullName, release.id).find((a) => a.name.endsWith('.tar'))!
    emulator.state.corruptAsset(archive.id, 600)
  },
})

describe('the github registry', () => {
  let work: string
  let count = 0
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'mlops-github-registry-'))
  })
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  function modelDir(size = 4096): string {
    const dir = join(work, `model-${++count}`)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'metadata.json'), JSON.stringify({ task: 'regression', target: 'y', metrics: { rmse: count } }))
    writeFileSync(join(dir, 'profile.json'), JSON.stringify({ version: 1, rows: count }))
    writeFileSync(join(dir, 'weights.bin'), Buffer.alloc(size, count))
    return dir
  }
  const requestsDuring = async (run: () => Promise<unknown>) => {
    const before = emulator.requests.length
    await run()
    return emulator.requests.slice(before).filter((r) => r.host !== 'downloads' && r.host !== 'web').map((r) => `${r.method} ${r.operationId ?? r.path}`)
  }

  it('stores a version as a release with its assets and tag, within the documented request budget', async () => {
    const backend = open()
    const registry = new ModelRegistry(backend)
    const renderCard = ({ name, version }: { name: string; version: number }) => `# ${name} v${version}\n`
    const calls = await requestsDuring(() => registry.register('churn', modelDir(), { renderCard }))
    expect(calls).toHaveLength(9)
    const fullName = backends.get(backend)!
    const [release] = emulator.state.releases(fullName)
    expect(release).toMatchObject({ tagName: 'model/churn/v1', name: 'churn v1', draft: false })
    expect(release!.body).toMatch(/^# churn v1\n/)
    expect(emulator.state.releaseAssets(fullName, release!.id).map((a) => a.name).sort()).toEqual(['churn-v1.tar', 'metadata.json', 'profile.json'])
    expect(emulator.state.refs(fullName, 'refs/tags/model/').map((r) => r.ref)).toEqual(['refs/tags/model/churn/v1'])
    expect(await requestsDuring(() => registry.list('churn'))).toHaveLength(2)
    expect(await requestsDuring(() => registry.setAlias('churn', 'champion', 1))).toHaveLength(5)
    expect(await requestsDuring(() => registry.fetch({ name: 'churn', alias: 'champion' }, join(work, `fetched-${++count}`)))).toHaveLength(4)
  })

  it('leaves no version that resolves when an upload fails midway, and cleans up the draft', async () => {
    const backend = open()
    const registry = new ModelRegistry(backend)
    emulator.faults.add({ method: 'POST', path: /\/releases\/\d+\/assets$/, drop: true, afterBytes: 10_000, times: 3 })
    const error = await registry.register('churn', modelDir(100_000)).then(() => undefined, (e: unknown) => e)
    expect(isUserError(error), String(error)).toBe(true)
    expect((error as Error).message).toMatch(/^GitHub API POST .*\/releases\/\d+\/assets\?name=churn-v1\.tar failed after|failed: no answer/)
    expect(await registry.list('churn')).toEqual([])
    const fullName = backends.get(backend)!
    expect(emulator.state.releases(fullName)).toEqual([])
    expect(emulator.state.refs(fullName, 'refs/tags/model/')).toEqual([])
    // The next registration gets version 1, complete.
    const next = await registry.register('churn', modelDir())
    expect(next.record.version).toBe(1)
  })

  it('sends an asset again when the answer to its upload was lost, keeping one copy', async () => {
    const backend = open()
    const registry = new ModelRegistry(backend)
    emulator.faults.add({ method: 'POST', path: /\/releases\/\d+\/assets$/, status: 500, afterCommit: true })
    const { record } = await registry.register('churn', modelDir())
    const fullName = backends.get(backend)!
    const release = emulator.state.releases(fullName)[0]!
    expect(emulator.state.releaseAssets(fullName, release.id).map((a) => a.name).sort()).toEqual(['churn-v1.tar', 'metadata.json', 'profile.json'])
    await registry.fetch({ name: 'churn', version: record.version }, join(work, `fetched-${++count}`))
  })

  it('splits a large archive into parts and joins them on download', async () => {
    const backend = open({ partBytes: 30_000 })
    const registry = new ModelRegistry(backend)
    const dir = modelDir(100_000)
    const { record } = await registry.register('churn', dir)
    const fullName = backends.get(backend)!
    const release = emulator.state.releases(fullName)[0]!
    expect(emulator.state.releaseAssets(fullName, release.id).map((a) => a.name).filter((n) => n.includes('.tar')).sort()).toEqual([
      'churn-v1.tar.part001',
      'churn-v1.tar.part002',
      'churn-v1.tar.part003',
      'churn-v1.tar.part004',
    ])
    const target = join(work, `fetched-${++count}`)
    expect((await registry.fetch({ name: 'churn', version: record.version }, target)).digest).toBe(record.digest)
  })

  it('names the permission a read-only token lacks', async () => {
    emulator.state.addRepo({ owner: OWNER, name: 'locked', headSha: COMMIT })
    const readOnly = await startEmulator({ repos: [{ owner: OWNER, name: 'locked', headSha: COMMIT }], tokens: { ghs_read: { readOnly: true } }, selfCheck: true })
    try {
      const client = createGitHubClient({ token: 'ghs_read', apiUrl: readOnly.url, log: quiet, pacing: FAST })
      const registry = new ModelRegistry(new GitHubRegistry({ client, owner: OWNER, repo: 'locked', commit: COMMIT, log: quiet }))
      const error = await registry.register('churn', modelDir()).then(() => undefined, (e: unknown) => e)
      expect(isUserError(error), String(error)).toBe(true)
      expect((error as Error).message).toMatch(/403 .*Give the job `permissions: contents: write`\./)
    } finally {
      await readOnly.close()
    }
  })

  it('reads without a commit, and refuses to register without one before writing anything, naming GITHUB_SHA', async () => {
    const backend = open({ commit: undefined })
    const registry = new ModelRegistry(backend)
    expect(await registry.list('churn')).toEqual([])
    const error = await registry.register('churn', modelDir()).then(() => undefined, (e: unknown) => e)
    expect(isUserError(error), String(error)).toBe(true)
    expect((error as Error).message).toBe("Input 'registry': registering in 'github' needs the commit to tag the version at (GITHUB_SHA).")
    expect(emulator.state.refs(backends.get(backend)!, 'tags/')).toEqual([])
    expect(emulator.state.releases(backends.get(backend)!)).toEqual([])
  })
})
