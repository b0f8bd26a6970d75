import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createGitHubClient } from '../../shared/github/index.js'
import { cutRelease, type ReleaseOptions } from '../../shared/release/index.js'
import { HEAD_SHA, type Emulator } from '../emulator/server.js'
import { expectFaithfulTraffic, useEmulator } from '../emulator/testing.js'
import { repoPath, repoRoot } from '../helpers/repo.js'

const REPO = { owner: 'mlops-actions', repo: 'mlops-actions' }
const FULL_NAME = `${REPO.owner}/${REPO.repo}`
const NEXT_SHA = 'fedcba9876543210fedcba9876543210fedcba98'
const CHANGELOG = ['# Changelog', '', '## Unreleased', '', '## 1.1.0 - 2026-12-06', '', '- Sweeps.', '', '## 1.0.0 - 2026-12-05', '', '- First release.', ''].join('\n')
const silent = { info: () => {}, warning: () => {}, group: <T>(_title: string, body: () => Promise<T>) => body() }

let dir: string
let tarball: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-release-'))
  tarball = join(dir, 'mlops-actions-1.1.0.tgz')
  writeFileSync(tarball, 'the packed package')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const emulator = useEmulator()

async function start(): Promise<Emulator> {
  const github = await emulator({ repos: [{ owner: REPO.owner, name: REPO.repo }] })
  github.state.addCommit(FULL_NAME, NEXT_SHA, [HEAD_SHA])
  return github
}

function release(github: Emulator, overrides: Partial<ReleaseOptions> = {}) {
  const client = createGitHubClient({ token: github.token, apiUrl: github.url, log: silent, pacing: { msPerSecond: 1, spaceWrites: false } })
  return cutRelease({ client, ...REPO, sha: NEXT_SHA, requested: '1.1.0', packageVersion: '1.1.0', changelog: CHANGELOG, pack: () => tarball, log: silent, ...overrides })
}

const tags = (github: Emulator) => Object.fromEntries(github.state.refs(FULL_NAME, 'refs/tags/').map((ref) => [ref.ref, ref.sha]))
const writes = (github: Emulator) => github.requests.filter((r) => r.method !== 'GET')

describe('cutting a release', () => {
  it('tags the version and the major version, and publishes the CHANGELOG section with the tarball', async () => {
    const github = await start()
    const result = await release(github, { requested: 'v1.1.0' })
    expect(tags(github)).toEqual({ 'refs/tags/v1.1.0': NEXT_SHA, 'refs/tags/v1': NEXT_SHA })
    const [published] = github.state.releases(FULL_NAME)
    expect(published).toMatchObject({ tagName: 'v1.1.0', name: 'v1.1.0', body: '- Sweeps.', draft: false, prerelease: false })
    const [asset] = github.state.releaseAssets(FULL_NAME, published!.id)
    expect(asset?.name).toBe('mlops-actions-1.1.0.tgz')
    expect(readFileSync(github.state.assetPath(asset!.id), 'utf8')).toBe('the packed package')
    expect(result).toMatchObject({ tag: 'v1.1.0', majorTag: 'v1' })
    expectFaithfulTraffic(github)
  })

  it('moves the major tag from the commit of the previous release', async () => {
    const github = await start()
    github.state.setRef(FULL_NAME, 'refs/tags/v1.0.0', HEAD_SHA)
    github.state.setRef(FULL_NAME, 'refs/tags/v1', HEAD_SHA)
    await release(github)
    expect(tags(github)).toEqual({ 'refs/tags/v1': NEXT_SHA, 'refs/tags/v1.0.0': HEAD_SHA, 'refs/tags/v1.1.0': NEXT_SHA })
    expectFaithfulTraffic(github)
  })

  it('tags a prerelease without moving the major tag', async () => {
    const github = await start()
    github.state.setRef(FULL_NAME, 'refs/tags/v1', HEAD_SHA)
    const changelog = CHANGELOG.replace('## 1.1.0 ', '## 1.1.0-rc.1 ')
    const result = await release(github, { requested: '1.1.0-rc.1', packageVersion: '1.1.0-rc.1', changelog })
    expect(tags(github)).toEqual({ 'refs/tags/v1': HEAD_SHA, 'refs/tags/v1.1.0-rc.1': NEXT_SHA })
    expect(github.state.releases(FULL_NAME)[0]).toMatchObject({ prerelease: true, draft: false })
    expect(result.majorTag).toBeUndefined()
  })

  it('refuses a version that is tagged already, and changes nothing', async () => {
    const github = await start()
    github.state.setRef(FULL_NAME, 'refs/tags/v1.1.0', HEAD_SHA)
    github.state.setRef(FULL_NAME, 'refs/tags/v1', HEAD_SHA)
    await expect(release(github)).rejects.toThrow("Input 'version': tag v1.1.0 exists already; releases never move. Release a new version.")
    expect(tags(github)).toEqual({ 'refs/tags/v1.1.0': HEAD_SHA, 'refs/tags/v1': HEAD_SHA })
    expect(writes(github)).toEqual([])
  })

  it('refuses a version without a CHANGELOG section before any request', async () => {
    const github = await start()
    await expect(release(github, { requested: '1.2.0', packageVersion: '1.2.0' })).rejects.toThrow("CHANGELOG.md: no '## 1.2.0' section with the release notes.")
    expect(github.requests).toEqual([])
  })

  it("refuses a version that is not package.json's", async () => {
    const github = await start()
    await expect(release(github, { packageVersion: '1.0.0' })).rejects.toThrow(
      "Input 'version': 1.1.0 is not package.json's version 1.0.0; run 'npm run set-version -- 1.1.0' and commit first.",
    )
    await expect(release(github, { requested: 'one' })).rejects.toThrow("Input 'version': 'one' is not a semantic version such as 1.2.3.")
    expect(github.requests).toEqual([])
  })

  it('removes the tag and the draft when the upload fails, leaving the major tag where it was', async () => {
    const github = await start()
    github.state.setRef(FULL_NAME, 'refs/tags/v1', HEAD_SHA)
    github.faults.add({ method: 'POST', path: '/repos/{owner}/{repo}/releases/{release_id}/assets', status: 500, times: Infinity })
    await expect(release(github)).rejects.toThrow(/^GitHub API POST .*\/releases\/\d+\/assets\?name=mlops-actions-1\.1\.0\.tgz failed: 500/)
    expect(tags(github)).toEqual({ 'refs/tags/v1': HEAD_SHA })
    expect(github.state.releases(FULL_NAME)).toEqual([])
    // Run again once GitHub answers, the release goes through.
    github.faults.clear()
    await release(github)
    expect(tags(github)).toEqual({ 'refs/tags/v1': NEXT_SHA, 'refs/tags/v1.1.0': NEXT_SHA })
  })
})

describe('.github/scripts/release.mjs', () => {
  const VERSION = JSON.parse(readFileSync(repoPath('package.json'), 'utf8')).version as string
  const script = (github: Emulator, version: string) =>
    promisify(execFile)(process.execPath, [repoPath('.github', 'scripts', 'release.mjs')], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...github.env, GITHUB_TOKEN: github.token, GITHUB_REPOSITORY: FULL_NAME, GITHUB_SHA: HEAD_SHA, RUNNER_TEMP: dir, RELEASE_VERSION: version },
    })

  it("releases this repository's version with its npm tarball", async () => {
    const github = await emulator({ repos: [{ owner: REPO.owner, name: REPO.repo }] })
    await script(github, VERSION)
    expect(tags(github)).toEqual({ [`refs/tags/v${VERSION}`]: HEAD_SHA, [`refs/tags/v${VERSION.split('.')[0]}`]: HEAD_SHA })
    const [published] = github.state.releases(FULL_NAME)
    expect(github.state.releaseAssets(FULL_NAME, published!.id).map((asset) => [asset.name, asset.size > 1_000_000])).toEqual([[`mlops-actions-${VERSION}.tgz`, true]])
  }, 120_000)

  it('fails with one line naming the input, and writes nothing', async () => {
    const github = await emulator({ repos: [{ owner: REPO.owner, name: REPO.repo }] })
    const failed = await script(github, '9.9.9').catch((error: { code: number; stdout: string }) => error)
    expect(failed).toMatchObject({ code: 1, stdout: `::error::Input 'version': 9.9.9 is not package.json's version ${VERSION}; run 'npm run set-version -- 9.9.9' and commit first.\n` })
    expect(writes(github)).toEqual([])
  }, 120_000)
})
