/** In-memory records behind the emulated endpoints. Route modules render them as GitHub's JSON. */
import { writeFileSync } from 'node:fs'
import { DeploymentStore } from './deployments.js'
import { GitStore, HEAD_SHA, type CommitRecord, type RefView } from './git.js'
import { AssetFiles, type AssetRecord, type ReleaseRecord } from './release-store.js'
import { WorkflowStore } from './workflows.js'

export interface UserRecord {
  id: number
  login: string
  type: 'User' | 'Bot' | 'Organization'
}

export interface LabelRecord {
  id: number
  name: string
  color: string
  description: string | null
}

export interface IssueRecord {
  id: number
  number: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  stateReason: 'completed' | 'reopened' | 'not_planned' | 'duplicate' | null
  labels: string[]
  assignees: string[]
  author: string
  locked: boolean
  /** Pull requests are issues too: they share numbers and take issue comments. */
  pullRequest: boolean
  createdAt: string
  updatedAt: string
  closedAt: string | null
  closedBy: string | null
}

export interface CommentRecord {
  id: number
  issueNumber: number
  body: string
  author: string
  createdAt: string
  updatedAt: string
}

export interface RepoRecord {
  id: number
  owner: string
  name: string
  private: boolean
  defaultBranch: string
  description: string | null
  hasIssues: boolean
  createdAt: string
  labels: Map<string, LabelRecord>
  issues: Map<number, IssueRecord>
  /** By id, in creation order. */
  comments: Map<number, CommentRecord>
  git: GitStore
  /** By id, in creation order. */
  releases: Map<number, ReleaseRecord>
  /** Every release's assets, by id, in upload order. */
  assets: Map<number, AssetRecord>
  /** The release marked latest (`make_latest`); newest published full release when unset. */
  latestReleaseId: number | undefined
  /** Workflow files that `workflow_dispatch` can find, and the dispatches made. */
  workflows: WorkflowStore
  /** Deployments with their statuses, and the environments they named. */
  deployments: DeploymentStore
}

export interface RepoSeed {
  owner: string
  name: string
  private?: boolean
  defaultBranch?: string
  description?: string | null
  hasIssues?: boolean
  /** The default branch's commit; default {@link HEAD_SHA}, the harness's GITHUB_SHA. */
  headSha?: string
}

export interface IssueSeed {
  title: string
  body?: string | null
  labels?: string[]
  assignees?: string[]
  author?: string
  state?: 'open' | 'closed'
  pullRequest?: boolean
}

export interface RateLimit {
  limit: number
  remaining: number
  reset: number
  used: number
}

/** An installation token's hourly limit. */
const RATE_LIMIT = 5000

/** Known bots keep their real ids, so that code matching on them behaves as on GitHub. */
const KNOWN_USERS: Record<string, Omit<UserRecord, 'login'>> = {
  'github-actions[bot]': { id: 41898282, type: 'Bot' },
}

export class EmulatorState {
  readonly users = new Map<string, UserRecord>()
  readonly repos = new Map<string, RepoRecord>()
  readonly assetFiles = new AssetFiles()
  private readonly slices = new Map<string, unknown>()
  private readonly requestsUsed = new Map<string, number>()
  private readonly rateLimitReset: number
  private nextId = 1000

  constructor(private readonly clock: () => Date = () => new Date()) {
    this.rateLimitReset = Math.floor(clock().getTime() / 1000) + 3600
  }

  /** GitHub's timestamp format: seconds, UTC. */
  now(): string {
    return this.clock().toISOString().replace(/\.\d{3}Z$/, 'Z')
  }

  newId(): number {
    return this.nextId++
  }

  user(login: string): UserRecord {
    const key = login.toLowerCase()
    let user = this.users.get(key)
    if (!user) {
      const known = KNOWN_USERS[login] ?? { id: this.newId(), type: login.endsWith('[bot]') ? 'Bot' : 'User' }
      this.users.set(key, (user = { login, ...known }))
    }
    return user
  }

  addRepo(seed: RepoSeed): RepoRecord {
    const key = repoKey(seed.owner, seed.name)
    if (this.repos.has(key)) throw new Error(`Repository ${seed.owner}/${seed.name} already exists`)
    this.user(seed.owner)
    const repo: RepoRecord = {
      id: this.newId(),
      owner: seed.owner,
      name: seed.name,
      private: seed.private ?? false,
      defaultBranch: seed.defaultBranch ?? 'main',
      description: seed.description ?? null,
      hasIssues: seed.hasIssues ?? true,
      createdAt: this.now(),
      labels: new Map(),
      issues: new Map(),
      comments: new Map(),
      git: new GitStore(),
      releases: new Map(),
      assets: new Map(),
      latestReleaseId: undefined,
      workflows: new WorkflowStore(() => this.newId()),
      deployments: new DeploymentStore(() => this.newId()),
    }
    const head = repo.git.addCommit(seed.headSha ?? HEAD_SHA)
    repo.git.refs.set(`refs/heads/${repo.defaultBranch}`, { ref: `refs/heads/${repo.defaultBranch}`, sha: head.sha })
    this.repos.set(key, repo)
    return repo
  }

  /** Owner and name are case-insensitive, as on GitHub. */
  repo(fullName: string): RepoRecord | undefined {
    const [owner = '', name = ''] = fullName.split('/')
    return this.repos.get(repoKey(owner, name))
  }

  addIssue(fullName: string, seed: IssueSeed): IssueRecord {
    const repo = this.requireRepo(fullName)
    const now = this.now()
    const closed = seed.state === 'closed'
    const issue: IssueRecord = {
      id: this.newId(),
      number: repo.issues.size + 1,
      title: seed.title,
      body: seed.body ?? null,
      state: seed.state ?? 'open',
      stateReason: closed ? 'completed' : null,
      labels: (seed.labels ?? []).map((name) => this.label(repo, name).name),
      assignees: (seed.assignees ?? []).map((login) => this.user(login).login),
      author: this.user(seed.author ?? repo.owner).login,
      locked: false,
      pullRequest: seed.pullRequest ?? false,
      createdAt: now,
      updatedAt: now,
      closedAt: closed ? now : null,
      closedBy: closed ? this.user(seed.author ?? repo.owner).login : null,
    }
    repo.issues.set(issue.number, issue)
    return issue
  }

  addPullRequest(fullName: string, seed: Omit<IssueSeed, 'pullRequest'>): IssueRecord {
    return this.addIssue(fullName, { ...seed, pullRequest: true })
  }

  addComment(fullName: string, issueNumber: number, seed: { body: string; author?: string }): CommentRecord {
    const repo = this.requireRepo(fullName)
    if (!repo.issues.has(issueNumber)) throw new Error(`${fullName} has no issue #${issueNumber}`)
    const now = this.now()
    const comment = { id: this.newId(), issueNumber, body: seed.body, author: this.user(seed.author ?? 'github-actions[bot]').login, createdAt: now, updatedAt: now }
    repo.comments.set(comment.id, comment)
    return comment
  }

  /** An issue's comments, oldest first. */
  comments(fullName: string, issueNumber: number): CommentRecord[] {
    return [...this.requireRepo(fullName).comments.values()].filter((c) => c.issueNumber === issueNumber)
  }

  /** The repository's label of that name (case-insensitive), created on first use as GitHub does. */
  label(repo: RepoRecord, name: string): LabelRecord {
    const key = name.toLowerCase()
    let label = repo.labels.get(key)
    if (!label) repo.labels.set(key, (label = { id: this.newId(), name, color: 'ededed', description: null }))
    return label
  }

  /** A commit that refs, tags and releases may point at; parents make fast-forwards. */
  addCommit(fullName: string, sha: string, parents: string[] = []): CommitRecord {
    return this.requireRepo(fullName).git.addCommit(sha, parents)
  }

  /** Creates or moves a ref (`refs/locks/x`, or `locks/x`) without the API's checks: to seed a stale lock. */
  setRef(fullName: string, ref: string, sha: string): RefView {
    const git = this.requireRepo(fullName).git
    const type = git.objectType(sha)
    if (!type) throw new Error(`${fullName} has no commit or tag object ${sha}`)
    const record = { ref: withRefs(ref), sha }
    git.refs.set(record.ref, record)
    return { ...record, type }
  }

  /** Refs sorted by name; `prefix` may leave out `refs/` (`tags/model/`). */
  refs(fullName: string, prefix = 'refs/'): RefView[] {
    const git = this.requireRepo(fullName).git
    return git.matching(withRefs(prefix)).map(({ ref, sha }) => ({ ref, sha, type: git.objectType(sha)! }))
  }

  /** The repository's workflows: `workflows(name).add({ path, inputs })`, and `.dispatches` made. */
  workflows(fullName: string): WorkflowStore {
    return this.requireRepo(fullName).workflows
  }

  /** The repository's deployments: `.list()` newest first, `.states(id)`, `.environments`, and `.conflicts` to declare. */
  deployments(fullName: string): DeploymentStore {
    return this.requireRepo(fullName).deployments
  }

  /** Every release, drafts included, oldest first. */
  releases(fullName: string): ReleaseRecord[] {
    return [...this.requireRepo(fullName).releases.values()]
  }

  releaseAssets(fullName: string, releaseId: number): AssetRecord[] {
    return [...this.requireRepo(fullName).assets.values()].filter((a) => a.releaseId === releaseId)
  }

  /** The asset of that id in any repository, with its repository. */
  asset(assetId: number): { repo: RepoRecord; asset: AssetRecord } | undefined {
    for (const repo of this.repos.values()) {
      const asset = repo.assets.get(assetId)
      if (asset) return { repo, asset }
    }
    return undefined
  }

  /** Where an asset's bytes sit: a test may rewrite them; the asset's size and digest stay as uploaded. */
  assetPath(assetId: number): string {
    if (!this.asset(assetId)) throw new Error(`There is no release asset ${assetId}`)
    return this.assetFiles.path(assetId)
  }

  /** Flips the bits of one byte of an asset, as a bad disk would: same size, another digest. */
  corruptAsset(assetId: number, offset = 0): void {
    this.assetFiles.corrupt(this.assetPath(assetId), offset)
  }

  /** Replaces an asset's bytes; downloads serve the new ones while the API keeps the uploaded size and digest. */
  replaceAssetBytes(assetId: number, bytes: Uint8Array | string): void {
    writeFileSync(this.assetPath(assetId), bytes)
  }

  /** The core rate limit of an actor; counted, never enforced (inject a fault for that). */
  rateLimit(login: string): RateLimit {
    const used = this.requestsUsed.get(login) ?? 0
    return { limit: RATE_LIMIT, remaining: Math.max(RATE_LIMIT - used, 0), reset: this.rateLimitReset, used }
  }

  countRequest(login: string): void {
    this.requestsUsed.set(login, (this.requestsUsed.get(login) ?? 0) + 1)
  }

  /** Storage for a route module's own records, created on first use. */
  slice<T>(key: string, create: () => T): T {
    if (!this.slices.has(key)) this.slices.set(key, create())
    return this.slices.get(key) as T
  }

  private requireRepo(fullName: string): RepoRecord {
    const repo = this.repo(fullName)
    if (!repo) throw new Error(`Repository ${fullName} does not exist; add it with state.addRepo or the repos option`)
    return repo
  }
}

/** `tags/x` as `refs/tags/x`; a prefix of `refs/` itself stays as it is. */
function withRefs(name: string): string {
  return name.startsWith('refs/') || 'refs/'.startsWith(name) ? name : `refs/${name}`
}

function repoKey(owner: string, name: string): string {
  return `${owner}/${name}`.toLowerCase()
}
