/**
 * Pull requests beyond their issue record: the head commit (and every head it had), the branch, the fork
 * it comes from, and the merge. Seeded by tests; the API only reads them.
 *
 *   const pull = seedPullRequest(github.state, 'o/r', { head: HEAD, fork: 'someone/r' })
 *   pushToPullRequest(github.state, 'o/r', pull.number, NEWER)
 *   mergePullRequest(github.state, 'o/r', pull.number, MERGE_SHA)
 */
import type { EmulatorState, IssueRecord } from './state.js'

export interface PullSeed {
  title?: string
  /** The head commit. */
  head: string
  /** Default `feature-<number>`. */
  headRef?: string
  /** owner/name of the fork the head branch is in; created when missing. Default: the repository itself. */
  fork?: string
  author?: string
}

export interface PullRecord {
  number: number
  headSha: string
  /** Every head the pull request had, oldest first: the commits GitHub associates with it. */
  heads: string[]
  headRef: string
  /** owner/name of the head repository. */
  headRepo: string
  baseRef: string
  mergeCommitSha: string | null
  mergedAt: string | null
  mergedBy: string | null
}

const SHA = /^[0-9a-f]{40}$/

/** The repository's pull requests by number. */
export function pullRequests(state: EmulatorState, fullName: string): Map<number, PullRecord> {
  return state.slice(`pulls:${fullName.toLowerCase()}`, () => new Map<number, PullRecord>())
}

export function seedPullRequest(state: EmulatorState, fullName: string, seed: PullSeed): PullRecord & { issue: IssueRecord } {
  checkSha(seed.head)
  const repo = state.repo(fullName)
  if (!repo) throw new Error(`Repository ${fullName} does not exist`)
  const headRepo = seed.fork ?? `${repo.owner}/${repo.name}`
  if (!state.repo(headRepo)) {
    const [owner = '', name = ''] = headRepo.split('/')
    state.addRepo({ owner, name })
  }
  const issue = state.addPullRequest(fullName, { title: seed.title ?? 'Change the model', author: seed.author ?? headRepo.split('/')[0] })
  const pull: PullRecord = {
    number: issue.number,
    headSha: seed.head,
    heads: [seed.head],
    headRef: seed.headRef ?? `feature-${issue.number}`,
    headRepo,
    baseRef: repo.defaultBranch,
    mergeCommitSha: null,
    mergedAt: null,
    mergedBy: null,
  }
  pullRequests(state, fullName).set(pull.number, pull)
  return { ...pull, issue }
}

/** A new commit pushed to the head branch. */
export function pushToPullRequest(state: EmulatorState, fullName: string, number: number, sha: string): void {
  checkSha(sha)
  const pull = requirePull(state, fullName, number)
  pull.headSha = sha
  pull.heads.push(sha)
}

/** Merged as `mergeSha` (a merge, squash or rebase commit) onto the default branch, which moves to it. */
export function mergePullRequest(state: EmulatorState, fullName: string, number: number, mergeSha: string, by = 'octocat'): void {
  checkSha(mergeSha)
  const pull = requirePull(state, fullName, number)
  const repo = state.repo(fullName)!
  const base = repo.git.refs.get(`refs/heads/${pull.baseRef}`)
  state.addCommit(fullName, mergeSha, base ? [base.sha] : [])
  repo.git.refs.set(`refs/heads/${pull.baseRef}`, { ref: `refs/heads/${pull.baseRef}`, sha: mergeSha })
  const now = state.now()
  Object.assign(pull, { mergeCommitSha: mergeSha, mergedAt: now, mergedBy: state.user(by).login })
  const issue = repo.issues.get(number)!
  Object.assign(issue, { state: 'closed', stateReason: 'completed', closedAt: now, closedBy: state.user(by).login, updatedAt: now })
}

function requirePull(state: EmulatorState, fullName: string, number: number): PullRecord {
  const pull = pullRequests(state, fullName).get(number)
  if (!pull) throw new Error(`${fullName} has no pull request #${number} seeded with seedPullRequest`)
  return pull
}

function checkSha(sha: string): void {
  if (!SHA.test(sha)) throw new Error(`A commit sha is 40 lowercase hexadecimal digits, not '${sha}'`)
}
