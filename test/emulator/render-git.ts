/** GitHub's JSON for refs and annotated tag objects. */
import type { ObjectType, RefRecord, TagObjectRecord } from './git.js'
import { nodeId, repoUrl, type EmulatorUrls } from './render.js'
import type { RepoRecord } from './state.js'

/** Ref names are percent-encoded segment by segment; their slashes stay. */
export const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/')

function objectUrl(urls: EmulatorUrls, repo: RepoRecord, type: string, sha: string): string {
  return `${repoUrl(urls, repo)}/git/${type}s/${sha}`
}

export function renderRef(urls: EmulatorUrls, repo: RepoRecord, ref: RefRecord, type: ObjectType) {
  return {
    ref: ref.ref,
    node_id: nodeId('REF', `${repo.id}:${ref.ref}`),
    url: `${repoUrl(urls, repo)}/git/${encodePath(ref.ref)}`,
    object: { type, sha: ref.sha, url: objectUrl(urls, repo, type, ref.sha) },
  }
}

export function renderTag(urls: EmulatorUrls, repo: RepoRecord, tag: TagObjectRecord) {
  return {
    node_id: nodeId('TAG', `${repo.id}:${tag.sha}`),
    tag: tag.tag,
    sha: tag.sha,
    url: objectUrl(urls, repo, 'tag', tag.sha),
    message: tag.message,
    tagger: tag.tagger,
    object: { sha: tag.object.sha, type: tag.object.type, url: objectUrl(urls, repo, tag.object.type, tag.object.sha) },
    // The emulator signs nothing.
    verification: { verified: false, reason: 'unsigned', payload: null, signature: null, verified_at: null },
  }
}
