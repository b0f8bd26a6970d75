import { HttpError, ValidationFailed } from '../http.js'
import { randomHex, type AssetRecord, type ReleaseRecord } from '../release-store.js'
import { downloadLocation, renderAsset } from '../render-releases.js'
import type { RepoRecord } from '../state.js'
import { paginate } from './pagination.js'
import { canWrite, defineRoutes, requireRepo, type RouteContext } from './registry.js'
import { requireRelease } from './releases.js'

/**
 * Release assets. Uploads, on the uploads host, stream to a file; the bytes are never held in memory.
 * A download (`Accept: application/octet-stream`) is a 302 to the storage host, as on GitHub.
 */
export const releaseAssets = defineRoutes('release-assets', {
  'repos/list-release-assets': (context) => {
    const repo = requireRepo(context)
    const release = requireRelease(context, repo)
    return paginate(context, assetsOf(repo, release), (asset) => renderAsset(context.urls, context.state, repo, asset))
  },

  'repos/get-release-asset': (context) => {
    const repo = requireRepo(context)
    const asset = requireAsset(context, repo)
    if (/application\/octet-stream/i.test(String(context.headers.accept ?? ''))) return { status: 302, headers: { location: downloadLocation(context.urls, repo, asset) } }
    return { status: 200, body: renderAsset(context.urls, context.state, repo, asset) }
  },

  'repos/upload-release-asset': async (context) => {
    const repo = requireRepo(context)
    const release = requireRelease(context, repo)
    const name = assetName(String(context.query.name))
    // Refused before the body is read; Node discards the rest of it.
    if (named(repo, release, name)) throw alreadyExists(context)
    const file = await context.state.assetFiles.receive(context.streamBody!())
    // Another upload of the name may have finished while this one streamed, or the release may be gone.
    const gone = !repo.releases.has(release.id)
    if (gone || named(repo, release, name)) {
      await context.state.assetFiles.discard(file)
      throw gone ? new HttpError(404, 'Not Found', context.operation.docsUrl) : alreadyExists(context)
    }
    const now = context.state.now()
    const asset: AssetRecord = {
      id: context.state.newId(),
      releaseId: release.id,
      name,
      label: context.query.label === undefined ? null : String(context.query.label),
      contentType: String(context.headers['content-type']),
      size: file.size,
      digest: file.digest,
      uploader: context.actor.login,
      downloadCount: 0,
      createdAt: now,
      updatedAt: now,
      signature: randomHex(16),
    }
    context.state.assetFiles.keep(file, asset.id)
    repo.assets.set(asset.id, asset)
    return { status: 201, body: renderAsset(context.urls, context.state, repo, asset) }
  },

  'repos/update-release-asset': (context) => {
    const repo = requireRepo(context)
    const asset = requireAsset(context, repo)
    const fields = (context.body ?? {}) as { name?: string; label?: string }
    const name = fields.name === undefined ? asset.name : assetName(fields.name)
    if (name !== asset.name && named(repo, repo.releases.get(asset.releaseId)!, name)) throw alreadyExists(context)
    Object.assign(asset, { name, label: fields.label ?? asset.label, updatedAt: context.state.now() })
    return { status: 200, body: renderAsset(context.urls, context.state, repo, asset) }
  },

  'repos/delete-release-asset': (context) => {
    const repo = requireRepo(context)
    const asset = requireAsset(context, repo)
    repo.assets.delete(asset.id)
    context.state.assetFiles.remove(asset.id)
    return { status: 204 }
  },
})

function assetsOf(repo: RepoRecord, release: ReleaseRecord): AssetRecord[] {
  return [...repo.assets.values()].filter((a) => a.releaseId === release.id)
}

function named(repo: RepoRecord, release: ReleaseRecord, name: string): boolean {
  return assetsOf(repo, release).some((a) => a.name === name)
}

/** An asset of a draft is hidden, with its release, from a token without write access. */
function requireAsset(context: RouteContext, repo: RepoRecord): AssetRecord {
  const asset = repo.assets.get(context.params.asset_id as number)
  const release = asset && repo.releases.get(asset.releaseId)
  if (!asset || !release || (release.draft && !canWrite(context))) throw new HttpError(404, 'Not Found', context.operation.docsUrl)
  return asset
}

function alreadyExists(context: RouteContext): ValidationFailed {
  return new ValidationFailed(context.operation.docsUrl, [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }])
}

/**
 * GitHub renames a file name with special characters; the emulator's approximation: every character other
 * than letters, digits, `.`, `-`, `_` and `+` becomes `.`, and a leading `.` gets `default` before it.
 */
export function assetName(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9._+-]/g, '.')
  return safe.startsWith('.') ? `default${safe}` : safe
}
