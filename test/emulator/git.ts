/**
 * The git objects and refs of an emulated repository: commits (by sha, with parents, no trees), annotated
 * tag objects and refs. Enough for tags, releases and the ref locks a model registry keeps.
 */
import { createHash } from 'node:crypto'

/** What the action test harness sets as GITHUB_SHA: every repository starts with this commit. */
export const HEAD_SHA = '0123456789abcdef0123456789abcdef01234567'

export type ObjectType = 'commit' | 'tag'

export interface CommitRecord {
  sha: string
  parents: string[]
}

export interface TagObjectRecord {
  sha: string
  tag: string
  message: string
  object: { sha: string; type: 'commit' | 'tree' | 'blob' }
  tagger: { name: string; email: string; date: string }
}

export interface RefRecord {
  /** Fully qualified: `refs/tags/model/churn/v3`. */
  ref: string
  sha: string
}

/** A ref as tests see it: its object's type is derived from what the sha names. */
export interface RefView extends RefRecord {
  type: ObjectType
}

const SHA = /^[0-9a-f]{40}$/

/** What `git check-ref-format` rejects in a component or a whole name. */
const BAD_REF = /(^|\/)\.|\.\.|@\{|[\x00-\x20\x7f~^:?*[\\]|\/\/|\.lock(\/|$)|[/.]$/

export class GitStore {
  readonly commits = new Map<string, CommitRecord>()
  readonly tags = new Map<string, TagObjectRecord>()
  /** By fully qualified name. */
  readonly refs = new Map<string, RefRecord>()

  addCommit(sha: string, parents: string[] = []): CommitRecord {
    for (const value of [sha, ...parents]) if (!SHA.test(value)) throw new Error(`'${value}' is not a 40-digit lowercase hex sha`)
    const missing = parents.find((parent) => !this.commits.has(parent))
    if (missing) throw new Error(`Parent commit ${missing} does not exist; add it first`)
    const commit = { sha, parents }
    this.commits.set(sha, commit)
    return commit
  }

  /** An annotated tag object, its sha computed as git computes it, so that equal tags share one. */
  addTag(fields: Omit<TagObjectRecord, 'sha'>): TagObjectRecord {
    const { tag, message, object, tagger } = fields
    const seconds = Math.floor(Date.parse(tagger.date) / 1000)
    const content = `object ${object.sha}\ntype ${object.type}\ntag ${tag}\ntagger ${tagger.name} <${tagger.email}> ${seconds} +0000\n\n${message}`
    const sha = createHash('sha1').update(`tag ${Buffer.byteLength(content)}\0${content}`).digest('hex')
    const record = { sha, ...fields }
    this.tags.set(sha, record)
    return record
  }

  objectType(sha: string): ObjectType | undefined {
    return this.commits.has(sha) ? 'commit' : this.tags.has(sha) ? 'tag' : undefined
  }

  /** Whether `descendant` is `ancestor` or reaches it through its parents: an update is a fast-forward. */
  isAncestor(ancestor: string, descendant: string): boolean {
    const seen = new Set<string>()
    const queue = [descendant]
    for (let sha = queue.pop(); sha !== undefined; sha = queue.pop()) {
      if (sha === ancestor) return true
      if (seen.has(sha)) continue
      seen.add(sha)
      queue.push(...(this.commits.get(sha)?.parents ?? []))
    }
    return false
  }

  /** Refs whose full name starts with the prefix, sorted by name as GitHub lists them. */
  matching(prefix: string): RefRecord[] {
    return [...this.refs.values()].filter((r) => r.ref.startsWith(prefix)).sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0))
  }

  /** An existing ref that the new one would clash with as file and directory (`refs/tags/a` and `refs/tags/a/b`). */
  clash(ref: string): RefRecord | undefined {
    return [...this.refs.values()].find((r) => r.ref !== ref && (r.ref.startsWith(`${ref}/`) || ref.startsWith(`${r.ref}/`)))
  }

  /** The commit a commitish names: a full sha, a branch or a tag (peeled), short or fully qualified. */
  resolveCommit(commitish: string): string | undefined {
    if (this.commits.has(commitish)) return commitish
    const ref = this.refs.get(commitish) ?? this.refs.get(`refs/heads/${commitish}`) ?? this.refs.get(`refs/tags/${commitish}`)
    return ref ? this.peel(ref.sha) : undefined
  }

  /** The commit a ref's object stands for: itself, or what an annotated tag points at. */
  peel(sha: string): string | undefined {
    const target = this.tags.get(sha)?.object.sha ?? sha
    return this.commits.has(target) ? target : undefined
  }
}

/**
 * GitHub's 422 message for a ref name it would reject, or undefined for a good one. The description asks
 * for a name that starts with `refs` and has at least two slashes; the rest is `git check-ref-format`.
 */
export function refNameProblem(ref: string): string | undefined {
  if (ref.split('/').length < 3) return 'Reference name must contain at least three slash-separated components.'
  if (!ref.startsWith('refs/') || BAD_REF.test(ref)) return `${ref} is not a valid ref name.`
  return undefined
}

/** A ref as the path parameters name it (`heads/main`, `tags/v1`), fully qualified. */
export function qualifiedRef(ref: string): string {
  return `refs/${ref}`
}
