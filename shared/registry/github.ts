import { createWriteStream } from 'node:fs'
import { createHash } from 'node:crypto'
import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { downloadThroughCache, type CacheStore } from '../cache/index.js'
import { UserError } from '../errors/index.js'
import type { GitHubClient } from '../github/index.js'
import type { Logger } from '../log/index.js'
import { archivePart, hashedPieces } from './archive.js'
import { VERSION_FILES } from './files.js'
import { call, find, registryError, statusOf } from './github-api.js'
import type { Registration, RegistryBackend, VersionContent, VersionRecord } from './types.js'

/** GitHub takes release assets under 2 GiB; larger archives are stored in parts of this size. */
export const MAX_ASSET_BYTES = 2_000_000_000
/** Tries per asset upload: an upload whose answer was lost is deleted and sent again. */
const UPLOAD_ATTEMPTS = 3
/** Tries to take a version number when concurrent registrations take the ones before. */
const LOCK_ATTEMPTS = 50
const MANIFEST_MARKER = 'mlops-registry'

export interface GitHubRegistryOptions {
  client: GitHubClient
  owner: string
  repo: string
  /** The commit the version tags point at: the workflow's GITHUB_SHA. Only registering needs it. */
  commit?: string
  log: Logger
  partBytes?: number
  serverUrl?: string
  /** Where downloaded archives are kept between jobs, by digest; absent: every fetch downloads. */
  cache?: CacheStore
}

/** What a version's release body carries, hidden, so a listing needs no request per version. */
interface Manifest {
  version: number
  digest: string
  size: number
  parts: string[]
  created_at: string
}

interface Release {
  id: number
  tag_name: string
  draft: boolean
  body?: string | null
  html_url: string
  upload_url: string
  assets: { id: number; name: string; size: number }[]
}

interface Ref {
  ref: string
  object: { sha: string; type: string }
}

/**
 * Versions are GitHub Releases tagged `model/<name>/v<n>`. The tag's ref is the lock: creating it
 * fails for a number already taken, so concurrent registrations get distinct versions. A release
 * is a draft while its assets upload and is published last: drafts never resolve. Aliases are refs
 * `model/<name>/alias/<alias>` and archived markers refs `model/<name>/archived/v<n>`, each pointing
 * at the version's tag object, so one listing of refs and releases rebuilds the whole registry.
 */
export class GitHubRegistry implements RegistryBackend {
  readonly kind = 'github'
  readonly location: string
  private readonly partBytes: number

  constructor(private readonly options: GitHubRegistryOptions) {
    this.location = `${options.owner}/${options.repo}`
    this.partBytes = options.partBytes ?? MAX_ASSET_BYTES
  }

  async register(name: string, content: VersionContent): Promise<Registration> {
    if (!this.options.commit) throw new UserError("Input 'registry': registering in 'github' needs the commit to tag the version at (GITHUB_SHA).")
    const state = await this.state(name)
    const same = state.records.find((record) => record.digest === content.digest)
    if (same) return { record: same, created: false }
    const { version, tagSha } = await this.lockVersion(name, state.taken)
    const createdAt = new Date().toISOString()
    let release: Release | undefined
    try {
      release = await call<Release>(this.client, 'POST /repos/{owner}/{repo}/releases', {
        ...this.repo,
        tag_name: tagName(name, version),
        name: `${name} v${version}`,
        body: '(uploading)',
        draft: true,
      })
      const parts = await this.uploadArchive(release, name, version, content)
      await this.upload(release, VERSION_FILES.metadata, Buffer.from(JSON.stringify(content.metadata, null, 2) + '\n'), 'application/json')
      if (content.profile) await this.upload(release, VERSION_FILES.profile, Buffer.from(content.profile), 'application/json')
      const manifest: Manifest = { version, digest: content.digest, size: content.size, parts, created_at: createdAt }
      const published = await call<Release>(this.client, 'PATCH /repos/{owner}/{repo}/releases/{release_id}', {
        ...this.repo,
        release_id: release.id,
        body: `${content.card(version)}\n<!-- ${MANIFEST_MARKER} ${JSON.stringify(manifest)} -->\n`,
        draft: false,
        make_latest: 'false',
      })
      this.options.log.info(`Published ${published.html_url}`)
      return { record: recordOf(name, manifest, published.html_url, [], false), created: true }
    } catch (error) {
      await this.abandon(name, version, tagSha, release)
      throw error
    }
  }

  async list(name: string): Promise<VersionRecord[]> {
    return (await this.state(name)).records
  }

  async setAlias(name: string, alias: string, version: number): Promise<void> {
    const tag = await call<Ref>(this.client, 'GET /repos/{owner}/{repo}/git/ref/{ref}', { ...this.repo, ref: `tags/${tagName(name, version)}` })
    await this.putRef(`tags/model/${name}/alias/${alias}`, tag.object.sha)
  }

  async removeAlias(name: string, alias: string): Promise<void> {
    await call(this.client, 'DELETE /repos/{owner}/{repo}/git/refs/{ref}', { ...this.repo, ref: `tags/model/${name}/alias/${alias}` })
  }

  async archive(name: string, version: number): Promise<void> {
    const tag = await call<Ref>(this.client, 'GET /repos/{owner}/{repo}/git/ref/{ref}', { ...this.repo, ref: `tags/${tagName(name, version)}` })
    await this.putRef(`tags/model/${name}/archived/v${version}`, tag.object.sha)
  }

  async downloadArchive(record: VersionRecord, path: string): Promise<string> {
    const { cache, log } = this.options
    return downloadThroughCache({ cache, key: cacheKey(record), digest: record.digest, path, log, download: (target) => this.downloadAssets(record, target) })
  }

  private async downloadAssets(record: VersionRecord, path: string): Promise<string> {
    const release = await call<Release>(this.client, 'GET /repos/{owner}/{repo}/releases/tags/{tag}', { ...this.repo, tag: tagName(record.name, record.version) })
    const manifest = manifestOf(release)
    if (!manifest) throw new UserError(`${record.url}: the release has no registry manifest; it is not a complete model version.`)
    const hash = createHash('sha256')
    const out = createWriteStream(path)
    try {
      for (const part of manifest.parts) {
        const asset = release.assets.find((candidate) => candidate.name === part)
        if (!asset) throw new UserError(`${record.url}: the asset ${part} is missing.`)
        const body = await this.openAsset(asset.id)
        await pipeline(body, hashedPieces(hash), out, { end: false })
      }
    } finally {
      await new Promise<void>((resolve) => out.end(resolve))
    }
    return hash.digest('hex')
  }

  /**
   * The asset's bytes. GitHub answers with a 302 to its storage; that download goes through
   * node:http, which reads a large body with far less CPU than fetch, and needs no token.
   */
  private async openAsset(assetId: number): Promise<Readable> {
    const route = 'GET /repos/{owner}/{repo}/releases/assets/{asset_id}'
    let response
    try {
      response = await this.client.request(route, { ...this.repo, asset_id: assetId, headers: { accept: 'application/octet-stream' }, request: { redirect: 'manual', parseSuccessResponseBody: false } })
    } catch (error) {
      throw registryError(route, error)
    }
    const location = response.headers.location
    const body = response.data as unknown as ReadableStream | null
    if (response.status >= 300 && response.status < 400 && location) {
      await body?.cancel()
      return httpGet(new URL(location, this.options.client.request.endpoint.DEFAULTS.baseUrl).toString())
    }
    if (!body) throw new UserError(`GitHub API ${route} answered ${response.status} without the asset's bytes.`)
    return Readable.fromWeb(body as never)
  }

  private get client(): GitHubClient {
    return this.options.client
  }

  private get repo() {
    return { owner: this.options.owner, repo: this.options.repo }
  }

  /** Every version of the model: the refs (versions, aliases, archived markers) and the releases. */
  private async state(name: string): Promise<{ records: VersionRecord[]; taken: number }> {
    const prefix = `refs/tags/model/${name}/`
    const refs = await call<Ref[]>(this.client, 'GET /repos/{owner}/{repo}/git/matching-refs/{ref}', { ...this.repo, ref: `tags/model/${name}/` })
    const versionBySha = new Map<string, number>()
    let taken = 0
    for (const ref of refs) {
      const match = /^v(\d+)$/.exec(ref.ref.slice(prefix.length))
      if (match) {
        versionBySha.set(ref.object.sha, Number(match[1]))
        taken = Math.max(taken, Number(match[1]))
      }
    }
    const aliases = new Map<number, string[]>()
    const archived = new Set<number>()
    for (const ref of refs) {
      const rest = ref.ref.slice(prefix.length)
      const version = versionBySha.get(ref.object.sha)
      if (version === undefined) continue
      if (rest.startsWith('alias/')) aliases.set(version, [...(aliases.get(version) ?? []), rest.slice('alias/'.length)].sort())
      else if (rest.startsWith('archived/')) archived.add(version)
    }
    const releases = await this.releases(name)
    const records = releases
      .flatMap((release) => {
        const manifest = manifestOf(release)
        return manifest && !release.draft ? [recordOf(name, manifest, release.html_url, aliases.get(manifest.version) ?? [], archived.has(manifest.version))] : []
      })
      .sort((a, b) => a.version - b.version)
    return { records, taken }
  }

  private async releases(name: string): Promise<Release[]> {
    try {
      const all = (await this.client.paginate('GET /repos/{owner}/{repo}/releases', { ...this.repo, per_page: 100 })) as Release[]
      return all.filter((release) => release.tag_name.startsWith(`model/${name}/v`))
    } catch (error) {
      throw registryError('GET /repos/{owner}/{repo}/releases', error)
    }
  }

  /** Creates the version's tag object and ref; the ref is the lock, so a taken number moves on to the next. */
  private async lockVersion(name: string, taken: number): Promise<{ version: number; tagSha: string }> {
    for (let version = taken + 1, attempt = 0; attempt < LOCK_ATTEMPTS; attempt++, version++) {
      const tag = await call<{ sha: string }>(this.client, 'POST /repos/{owner}/{repo}/git/tags', {
        ...this.repo,
        tag: tagName(name, version),
        message: `${name} v${version}`,
        object: this.options.commit!,
        type: 'commit',
      })
      try {
        await this.client.request('POST /repos/{owner}/{repo}/git/refs', { ...this.repo, ref: `refs/tags/${tagName(name, version)}`, sha: tag.sha })
        return { version, tagSha: tag.sha }
      } catch (error) {
        if (statusOf(error) !== 422) throw registryError('POST /repos/{owner}/{repo}/git/refs', error)
      }
    }
    throw new UserError(`Could not take a version number for '${name}' after ${LOCK_ATTEMPTS} attempts; too many registrations at once.`)
  }

  private async putRef(ref: string, sha: string): Promise<void> {
    const existing = await find<Ref>(this.client, 'GET /repos/{owner}/{repo}/git/ref/{ref}', { ...this.repo, ref })
    if (existing) await call(this.client, 'PATCH /repos/{owner}/{repo}/git/refs/{ref}', { ...this.repo, ref, sha, force: true })
    else await call(this.client, 'POST /repos/{owner}/{repo}/git/refs', { ...this.repo, ref: `refs/${ref}`, sha })
  }

  private async uploadArchive(release: Release, name: string, version: number, content: VersionContent): Promise<string[]> {
    const count = Math.max(1, Math.ceil(content.size / this.partBytes))
    const parts: string[] = []
    for (let i = 0; i < count; i++) {
      const part = count === 1 ? `${name}-v${version}.tar` : `${name}-v${version}.tar.part${String(i + 1).padStart(3, '0')}`
      const start = i * this.partBytes
      const end = Math.min(content.size, start + this.partBytes)
      await this.upload(release, part, { path: content.archivePath, start, end }, 'application/x-tar')
      parts.push(part)
    }
    return parts
  }

  /** Uploads one asset; a failed try that may have landed is deleted before the next. */
  private async upload(release: Release, name: string, body: Buffer | { path: string; start: number; end: number }, contentType: string): Promise<void> {
    const length = Buffer.isBuffer(body) ? body.length : body.end - body.start
    const route = 'POST {url}'
    for (let attempt = 1; ; attempt++) {
      try {
        const data = Buffer.isBuffer(body) ? body : archivePart(body.path, body.start, body.end)
        // Node's fetch keeps a streamed body whole in memory, to replay it on a redirect, unless redirects are refused.
        await this.client.request(route, { url: release.upload_url, name, data, headers: { 'content-type': contentType, 'content-length': length }, request: { redirect: 'error' } })
        return
      } catch (error) {
        const status = statusOf(error)
        if ((status !== undefined && status < 500) || attempt >= UPLOAD_ATTEMPTS) throw registryError(`POST ${release.upload_url.replace(/\{.*$/, '')}?name=${name}`, error)
        await this.deleteAsset(release, name)
      }
    }
  }

  private async deleteAsset(release: Release, name: string): Promise<void> {
    const assets = (await this.client.paginate('GET /repos/{owner}/{repo}/releases/{release_id}/assets', { ...this.repo, release_id: release.id, per_page: 100 })) as { id: number; name: string }[]
    for (const asset of assets.filter((a) => a.name === name)) await call(this.client, 'DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}', { ...this.repo, asset_id: asset.id })
  }

  /** After a failure: delete the draft and the version's ref, best effort. A leftover draft never resolves. */
  private async abandon(name: string, version: number, _tagSha: string, release: Release | undefined): Promise<void> {
    try {
      if (release) await this.client.request('DELETE /repos/{owner}/{repo}/releases/{release_id}', { ...this.repo, release_id: release.id })
      await this.client.request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', { ...this.repo, ref: `tags/${tagName(name, version)}` })
    } catch {
      this.options.log.warning(`Could not clean up the incomplete ${name} v${version}; it stays a draft and is never resolved.`)
    }
  }
}

function httpGet(url: string): Promise<Readable> {
  const get = url.startsWith('https:') ? httpsRequest : httpRequest
  return new Promise((resolve, reject) => {
    // Bigger reads than the default 64 KiB: fewer trips through the stream machinery.
    const options = { headers: { 'user-agent': 'mlops-actions' }, highWaterMark: 1 << 20 }
    get(url, options, (response) => {
      if (response.statusCode === 200) return resolve(response)
      response.resume()
      reject(new UserError(`Downloading a release asset from its storage failed: ${response.statusCode} ${response.statusMessage ?? ''}. Re-run the job.`.replace(' .', '.')))
    })
      .on('error', (error) => reject(new UserError(`Downloading a release asset from its storage failed: ${error.message}. Re-run the job.`)))
      .end()
  })
}

/** A version's digest never changes, so neither does its cache entry. */
export function cacheKey(record: VersionRecord): string {
  return `mlops-model-${record.name}-${record.digest}`
}

export function tagName(name: string, version: number): string {
  return `model/${name}/v${version}`
}

function manifestOf(release: Release): Manifest | undefined {
  const match = new RegExp(`<!-- ${MANIFEST_MARKER} (\\{.*\\}) -->`).exec(release.body ?? '')
  if (!match) return undefined
  try {
    return JSON.parse(match[1]!) as Manifest
  } catch {
    return undefined
  }
}

function recordOf(name: string, manifest: Manifest, url: string, aliases: string[], archived: boolean): VersionRecord {
  return { name, version: manifest.version, aliases, status: archived ? 'archived' : 'ready', digest: manifest.digest, created_at: manifest.created_at, url }
}
