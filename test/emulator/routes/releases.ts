import { refNameProblem } from '../git.js'
import { HttpError, ValidationFailed } from '../http.js'
import { randomHex, type ReleaseRecord } from '../release-store.js'
import { renderRelease } from '../render-releases.js'
import type { RepoRecord } from '../state.js'
import { paginate } from './pagination.js'
import { canWrite, defineRoutes, notEmulated, requireRepo, type RouteContext } from './registry.js'

interface ReleaseFields {
  tag_name?: string
  target_commitish?: string
  name?: string
  body?: string
  draft?: boolean
  prerelease?: boolean
  make_latest?: 'true' | 'false' | 'legacy'
  discussion_category_name?: string
  generate_release_notes?: boolean
}

/**
 * Releases. As on GitHub: a draft is seen only with write access and never by tag; a tag names at most one
 * published release, while drafts may share one; publishing creates a missing tag as a lightweight tag on
 * target_commitish, and deleting a release keeps its tag.
 */
export const releases = defineRoutes('releases', {
  'repos/list-releases': (context) => {
    const repo = requireRepo(context)
    const visible = [...repo.releases.values()].filter((r) => !r.draft || canWrite(context)).reverse()
    return paginate(context, visible, (release) => renderRelease(context.urls, context.state, repo, release))
  },

  'repos/get-release': (context) => {
    const repo = requireRepo(context)
    return { status: 200, body: renderRelease(context.urls, context.state, repo, requireRelease(context, repo)) }
  },

  'repos/get-release-by-tag': (context) => {
    const repo = requireRepo(context)
    const release = publishedWithTag(repo, String(context.params.tag))
    if (!release) throw new HttpError(404, 'Not Found', context.operation.docsUrl)
    return { status: 200, body: renderRelease(context.urls, context.state, repo, release) }
  },

  'repos/get-latest-release': (context) => {
    const repo = requireRepo(context)
    const release = latestRelease(repo)
    if (!release) throw new HttpError(404, 'Not Found', context.operation.docsUrl)
    return { status: 200, body: renderRelease(context.urls, context.state, repo, release) }
  },

  'repos/create-release': (context) => {
    const repo = requireRepo(context)
    const fields = context.body as ReleaseFields
    rejectUnmodelled(context, fields)
    const now = context.state.now()
    const draft = fields.draft ?? false
    const release: ReleaseRecord = {
      id: context.state.newId(),
      tagName: fields.tag_name!,
      targetCommitish: fields.target_commitish ?? repo.defaultBranch,
      name: fields.name ?? null,
      body: fields.body ?? null,
      draft,
      prerelease: fields.prerelease ?? false,
      author: context.actor.login,
      createdAt: now,
      publishedAt: draft ? null : now,
      updatedAt: now,
      untaggedName: `untagged-${randomHex(10)}`,
    }
    settleTag(context, repo, release)
    repo.releases.set(release.id, release)
    markLatest(repo, release, fields.make_latest ?? 'true')
    const body = renderRelease(context.urls, context.state, repo, release)
    return { status: 201, body, headers: { location: body.url } }
  },

  'repos/update-release': (context) => {
    const repo = requireRepo(context)
    const release = requireRelease(context, repo)
    const fields = (context.body ?? {}) as ReleaseFields
    rejectUnmodelled(context, fields)
    const now = context.state.now()
    const next: ReleaseRecord = {
      ...release,
      tagName: fields.tag_name ?? release.tagName,
      targetCommitish: fields.target_commitish ?? release.targetCommitish,
      name: fields.name ?? release.name,
      body: fields.body ?? release.body,
      draft: fields.draft ?? release.draft,
      prerelease: fields.prerelease ?? release.prerelease,
      updatedAt: now,
    }
    const published = release.draft && !next.draft
    next.publishedAt = next.draft ? null : (release.publishedAt ?? now)
    settleTag(context, repo, next)
    Object.assign(release, next)
    markLatest(repo, release, fields.make_latest ?? (published ? 'true' : undefined))
    return { status: 200, body: renderRelease(context.urls, context.state, repo, release) }
  },

  'repos/delete-release': (context) => {
    const repo = requireRepo(context)
    const release = requireRelease(context, repo)
    for (const asset of [...repo.assets.values()].filter((a) => a.releaseId === release.id)) {
      repo.assets.delete(asset.id)
      context.state.assetFiles.remove(asset.id)
    }
    repo.releases.delete(release.id)
    if (repo.latestReleaseId === release.id) repo.latestReleaseId = undefined
    return { status: 204 }
  },
})

/** The release of `release_id`; a draft is a 404 to a token without write access, as on GitHub. */
export function requireRelease(context: RouteContext, repo: RepoRecord): ReleaseRecord {
  const release = repo.releases.get(context.params.release_id as number)
  if (!release || (release.draft && !canWrite(context))) throw new HttpError(404, 'Not Found', context.operation.docsUrl)
  return release
}

function publishedWithTag(repo: RepoRecord, tag: string, except?: number): ReleaseRecord | undefined {
  return [...repo.releases.values()].find((r) => !r.draft && r.tagName === tag && r.id !== except)
}

/**
 * Checks a release about to be stored and, when it is published and its tag is missing, creates the tag
 * on target_commitish. Throws before writing anything, so that a rejected request changes nothing.
 */
function settleTag(context: RouteContext, repo: RepoRecord, release: ReleaseRecord): void {
  const invalid = (field: string, code: 'invalid' | 'already_exists' = 'invalid') =>
    new ValidationFailed(context.operation.docsUrl, [{ resource: 'Release', code, field }])
  if (publishedWithTag(repo, release.tagName, release.id)) throw invalid('tag_name', 'already_exists')
  const ref = `refs/tags/${release.tagName}`
  if (release.draft || repo.git.refs.has(ref)) return
  if (refNameProblem(ref) || repo.git.clash(ref)) throw invalid('tag_name')
  const sha = repo.git.resolveCommit(release.targetCommitish)
  if (!sha) throw invalid('target_commitish')
  repo.git.refs.set(ref, { ref, sha })
}

/** Drafts and prereleases cannot be latest; `legacy` leaves it to the newest published full release. */
function markLatest(repo: RepoRecord, release: ReleaseRecord, makeLatest: ReleaseFields['make_latest']): void {
  if (release.draft || release.prerelease || makeLatest === undefined || makeLatest === 'false') return
  repo.latestReleaseId = makeLatest === 'true' ? release.id : undefined
}

function latestRelease(repo: RepoRecord): ReleaseRecord | undefined {
  const marked = repo.latestReleaseId === undefined ? undefined : repo.releases.get(repo.latestReleaseId)
  if (marked && !marked.draft && !marked.prerelease) return marked
  const full = [...repo.releases.values()].filter((r) => !r.draft && !r.prerelease)
  return full.sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id)[0]
}

function rejectUnmodelled(context: RouteContext, fields: ReleaseFields): void {
  if (fields.discussion_category_name !== undefined) notEmulated(context, 'release discussions')
  if (fields.generate_release_notes) notEmulated(context, 'generated release notes')
}
