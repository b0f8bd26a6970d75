import { UserError } from '../errors/index.js'
import { apiError, apiFailure, ReadOnlyTokenError, type ApiFailure } from './api-errors.js'
import type { GitHubClient } from './client.js'

export interface RepositoryRef {
  client: GitHubClient
  owner: string
  repo: string
}

export interface PullRequestHead {
  number: number
  headSha: string
  state: string
}

/** A merged pull request: the merge (or squash, or rebase) commit and the head it was made from. */
export interface MergedPullRequest {
  number: number
  headSha: string
  mergeCommitSha: string
}

/** The pull request's current head commit, which a comment about an older one must not describe. */
export async function pullRequestHead(target: RepositoryRef, number: number): Promise<PullRequestHead> {
  const { client, owner, repo } = target
  const data = await read(`GET /repos/${owner}/${repo}/pulls/${number}`, 'pull-requests: read', () =>
    client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner, repo, pull_number: number }).then((response) => response.data),
  )
  return { number: data.number, headSha: data.head.sha, state: data.state }
}

/**
 * The pull request whose merge made `sha`: of the pull requests GitHub associates with the commit,
 * the merged one whose merge commit is `sha` itself, so that a commit merely contained in a branch
 * does not count.
 */
export async function pullRequestMergedAs(target: RepositoryRef, sha: string): Promise<MergedPullRequest | undefined> {
  const { client, owner, repo } = target
  const pulls = await read(`GET /repos/${owner}/${repo}/commits/${sha}/pulls`, 'pull-requests: read', () =>
    client.paginate('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { owner, repo, commit_sha: sha, per_page: 100 }),
  )
  const merged = pulls.find((pull) => pull.merged_at !== null && pull.merge_commit_sha === sha)
  return merged && { number: merged.number, headSha: merged.head.sha, mergeCommitSha: sha }
}

/**
 * One GET, its failures as one-line errors. A 403 "Resource not accessible" is a scope the job's
 * `permissions:` leaves out, so the message names it; `notFound` says what a 404 means here.
 */
export async function read<T>(endpoint: string, permission: string, request: () => Promise<T>, notFound?: string): Promise<T> {
  try {
    return await request()
  } catch (error) {
    let failure: ApiFailure
    try {
      failure = apiFailure(endpoint, error)
    } catch (readOnly) {
      if (!(readOnly instanceof ReadOnlyTokenError)) throw readOnly
      throw new UserError(`GitHub API ${endpoint} failed: 403 Resource not accessible by integration. The token lacks a permission: give the job \`permissions: ${permission}\`.`)
    }
    if (notFound && failure.status === 404 && failure.answered) throw new UserError(`GitHub API ${endpoint} failed: 404 Not Found. ${notFound}`)
    throw apiError(endpoint, failure)
  }
}
