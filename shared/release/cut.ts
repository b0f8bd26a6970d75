import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { UserError } from '../errors/index.js'
import type { GitHubClient } from '../github/index.js'
import { apiFailure, githubMessage, ReadOnlyTokenError } from '../github/api-errors.js'
import type { Logger } from '../log/index.js'
import { changelogSection } from './changelog.js'
import { majorTagOf, parseVersion, tagOf } from './version.js'

export interface ReleaseOptions {
  client: GitHubClient
  owner: string
  repo: string
  /** The commit tagged: the workflow's GITHUB_SHA. */
  sha: string
  /** The version asked for (the workflow's input), `1.2.3` or `v1.2.3`. */
  requested: string
  /** package.json's version, which the request must equal. */
  packageVersion: string
  changelog: string
  /** Packs the tarball attached to the release and returns its path; called once the checks pass. */
  pack(): string
  log: Logger
}

export interface ReleaseResult {
  tag: string
  /** The major tag moved to the commit; none for a prerelease. */
  majorTag?: string
  releaseUrl: string
  assetUrl: string
}

interface Release {
  id: number
  html_url: string
  upload_url: string
}

/**
 * Tags `vX.Y.Z` at the commit, publishes the release with the CHANGELOG section as notes and the tarball
 * attached, then moves `vX` to the commit. Everything is checked before the first write; the major tag,
 * what users run, moves last, so a release that fails part way leaves `vX` where it was.
 */
export async function cutRelease(options: ReleaseOptions): Promise<ReleaseResult> {
  const { client, owner, repo, sha, log } = options
  const version = parseVersion(options.requested, 'Input \'version\'')
  if (version.text !== options.packageVersion) {
    throw new UserError(`Input 'version': ${version.text} is not package.json's version ${options.packageVersion}; run 'npm run set-version -- ${version.text}' and commit first.`)
  }
  const notes = changelogSection(options.changelog, version.text)
  if (!notes) throw new UserError(`CHANGELOG.md: no '## ${version.text}' section with the release notes.`)
  const tag = tagOf(version)
  if (await refSha(client, owner, repo, `tags/${tag}`)) throw new UserError(`Input 'version': tag ${tag} exists already; releases never move. Release a new version.`)

  const tarball = options.pack()
  await call('POST /repos/{owner}/{repo}/git/refs', () => client.request('POST /repos/{owner}/{repo}/git/refs', { owner, repo, ref: `refs/tags/${tag}`, sha }))
  log.info(`Tagged ${tag} at ${sha}.`)
  const prerelease = version.prerelease !== undefined
  let draft: Release | undefined
  let published: { release: Release; asset: string }
  try {
    draft = await call<Release>('POST /repos/{owner}/{repo}/releases', () =>
      client.request('POST /repos/{owner}/{repo}/releases', { owner, repo, tag_name: tag, name: tag, body: notes, draft: true, prerelease }),
    )
    const asset = await uploadTarball(client, draft, tarball)
    // Published only with its asset attached, so that no one sees a release without its tarball.
    const release = await call<Release>('PATCH /repos/{owner}/{repo}/releases/{release_id}', () =>
      client.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', { owner, repo, release_id: draft!.id, draft: false, make_latest: prerelease ? 'false' : 'true' }),
    )
    published = { release, asset }
  } catch (error) {
    await abandon(options, tag, draft)
    throw error
  }
  const { release, asset } = published
  log.info(`Published ${release.html_url} with ${basename(tarball)}.`)
  if (prerelease) return { tag, releaseUrl: release.html_url, assetUrl: asset }
  const majorTag = majorTagOf(version)
  await moveTag(client, owner, repo, majorTag, sha)
  log.info(`Moved ${majorTag} to ${sha}.`)
  return { tag, majorTag, releaseUrl: release.html_url, assetUrl: asset }
}

/** Unpublished, the tag and the draft go, so that running the release again starts afresh; best effort. */
async function abandon(options: ReleaseOptions, tag: string, draft: Release | undefined): Promise<void> {
  const { client, owner, repo, log } = options
  try {
    if (draft) await client.request('DELETE /repos/{owner}/{repo}/releases/{release_id}', { owner, repo, release_id: draft.id })
    await client.request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', { owner, repo, ref: `tags/${tag}` })
  } catch {
    log.warning(`Could not remove the tag ${tag}${draft ? ' and the draft release' : ''} of the failed release; delete them before releasing again.`)
  }
}

async function refSha(client: GitHubClient, owner: string, repo: string, ref: string): Promise<string | undefined> {
  try {
    return (await client.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { owner, repo, ref })).data.object.sha
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined
    throw apiError('GET /repos/{owner}/{repo}/git/ref/{ref}', error)
  }
}

/** The major tag is created on the first release of a major version and force-moved on every later one. */
async function moveTag(client: GitHubClient, owner: string, repo: string, tag: string, sha: string): Promise<void> {
  if (await refSha(client, owner, repo, `tags/${tag}`)) {
    await call('PATCH /repos/{owner}/{repo}/git/refs/{ref}', () => client.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', { owner, repo, ref: `tags/${tag}`, sha, force: true }))
  } else {
    await call('POST /repos/{owner}/{repo}/git/refs', () => client.request('POST /repos/{owner}/{repo}/git/refs', { owner, repo, ref: `refs/tags/${tag}`, sha }))
  }
}

/** The tarball is a few megabytes: sent from memory, it can be sent again as it is. */
async function uploadTarball(client: GitHubClient, release: Release, path: string): Promise<string> {
  const name = basename(path)
  const endpoint = `POST ${release.upload_url.replace(/\{.*$/, '')}?name=${name}`
  const data = readFileSync(path)
  const uploaded = await call<{ browser_download_url: string }>(endpoint, () =>
    client.request('POST {url}', { url: release.upload_url, name, data, headers: { 'content-type': 'application/gzip', 'content-length': data.length } }),
  )
  return uploaded.browser_download_url
}

async function call<T = unknown>(route: string, send: () => Promise<{ data: unknown }>): Promise<T> {
  try {
    return (await send()).data as T
  } catch (error) {
    throw apiError(route, error)
  }
}

/** One line naming the endpoint; a write the token may not make names the permission. */
function apiError(endpoint: string, error: unknown): unknown {
  let failure
  try {
    failure = apiFailure(endpoint, error)
  } catch (thrown) {
    if (thrown instanceof ReadOnlyTokenError) return new UserError(`GitHub API ${endpoint} failed: 403 Resource not accessible by integration. Give the job \`permissions: contents: write\`.`)
    return thrown
  }
  const answer = failure.answered ? `${failure.status} ${githubMessage(failure)}` : `no answer (${failure.message})`
  return new UserError(`GitHub API ${endpoint} failed: ${answer}.`)
}
