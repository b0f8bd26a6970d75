/** GitHub's JSON for releases and their assets, and where an asset's bytes are downloaded from. */
import type { AssetRecord, ReleaseRecord } from './release-store.js'
import { encodePath } from './render-git.js'
import { nodeId, renderUser, repoUrl, type EmulatorUrls } from './render.js'
import type { EmulatorState, RepoRecord } from './state.js'

/** What a release's web URLs name: its tag, or for a draft the `untagged-...` name GitHub gives it. */
function webTag(release: ReleaseRecord): string {
  return release.draft ? release.untaggedName : encodePath(release.tagName)
}

export function renderRelease(urls: EmulatorUrls, state: EmulatorState, repo: RepoRecord, release: ReleaseRecord) {
  const base = repoUrl(urls, repo)
  const url = `${base}/releases/${release.id}`
  const tag = encodePath(release.tagName)
  return {
    url,
    html_url: `${urls.server}/${repo.owner}/${repo.name}/releases/tag/${webTag(release)}`,
    assets_url: `${url}/assets`,
    upload_url: `${urls.uploads}/repos/${repo.owner}/${repo.name}/releases/${release.id}/assets{?name,label}`,
    // A draft's tag need not exist yet.
    tarball_url: release.draft ? null : `${base}/tarball/${tag}`,
    zipball_url: release.draft ? null : `${base}/zipball/${tag}`,
    id: release.id,
    node_id: nodeId('RE', release.id),
    tag_name: release.tagName,
    target_commitish: release.targetCommitish,
    name: release.name,
    body: release.body,
    draft: release.draft,
    prerelease: release.prerelease,
    immutable: false,
    created_at: release.createdAt,
    published_at: release.publishedAt,
    updated_at: release.updatedAt,
    author: renderUser(urls, state.user(release.author)),
    assets: [...repo.assets.values()].filter((a) => a.releaseId === release.id).map((asset) => renderAsset(urls, state, repo, asset)),
  }
}

export function renderAsset(urls: EmulatorUrls, state: EmulatorState, repo: RepoRecord, asset: AssetRecord) {
  const release = repo.releases.get(asset.releaseId)!
  return {
    url: `${repoUrl(urls, repo)}/releases/assets/${asset.id}`,
    browser_download_url: `${urls.server}/${repo.owner}/${repo.name}/releases/download/${webTag(release)}/${encodeURIComponent(asset.name)}`,
    id: asset.id,
    node_id: nodeId('RA', asset.id),
    name: asset.name,
    label: asset.label,
    state: 'uploaded',
    content_type: asset.contentType,
    size: asset.size,
    digest: asset.digest,
    download_count: asset.downloadCount,
    created_at: asset.createdAt,
    updated_at: asset.updatedAt,
    uploader: renderUser(urls, state.user(asset.uploader)),
  }
}

/** The signed storage URL that asset downloads redirect to. */
export function downloadLocation(urls: EmulatorUrls, repo: RepoRecord, asset: AssetRecord): string {
  return `${urls.downloads}/release-assets/${repo.id}/${asset.id}?sig=${asset.signature}`
}
