/** In-memory records behind the emulated endpoints. Route modules render them as GitHub's JSON. */

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
}

export interface RepoSeed {
  owner: string
  name: string
  private?: boolean
  defaultBranch?: string
  description?: string | null
  hasIssues?: boolean
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
    }
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

  /** The core rate limit of an actor; counted, never enforced (inject a fault for that). */
  rateLimit(login: string): RateLimit {
    const used = this.requestsUsed.get(login) ?? 0
    return { limit: RATE_LIMIT, remaining: Math.max(RATE_LIMIT - used, 0), reset: this.rateLimitReset, used }
  }

  countRequest(login: string): void {
    this.requestsUsed.set(login, (this.requestsUsed.get(login) ?? 0) + 1)
  }

  /** Storage for a route module's own records (releases, refs, ...), created on first use. */
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

function repoKey(owner: string, name: string): string {
  return `${owner}/${name}`.toLowerCase()
}
