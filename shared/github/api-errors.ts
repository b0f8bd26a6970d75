import { UserError } from '../errors/index.js'

/** What a failed Octokit request tells: the status, GitHub's message, and whether any answer came. */
export interface ApiFailure {
  status: number
  message: string
  /** False when the connection failed: Octokit then reports status 500 without a response. */
  answered: boolean
}

/** The token may read but not write: a fork's pull request, or a workflow without the permission. */
export class ReadOnlyTokenError extends Error {
  override readonly name = 'ReadOnlyTokenError'
  constructor(readonly endpoint: string) {
    super(`${endpoint}: 403 Resource not accessible by integration`)
  }
}

/** The failure of an Octokit request; anything else (a bug, not GitHub) is rethrown. */
export function apiFailure(endpoint: string, error: unknown): ApiFailure {
  const candidate = error as { status?: unknown; message?: unknown; response?: unknown } | null
  if (typeof candidate?.status !== 'number') throw error
  const failure = { status: candidate.status, message: String(candidate.message), answered: candidate.response !== undefined }
  if (failure.status === 403 && /Resource not accessible by (integration|personal access token)/i.test(failure.message))
    throw new ReadOnlyTokenError(endpoint)
  return failure
}

/** A write that ended this way may or may not have been carried out. */
export function isAmbiguous(failure: ApiFailure): boolean {
  return !failure.answered || failure.status >= 500
}

/** The one-line error for a request that failed for good, with what to check. */
export function apiError(endpoint: string, failure: ApiFailure, attempts?: number): UserError {
  const answer = failure.answered ? `${failure.status} ${githubMessage(failure)}` : `no answer (${failure.message})`
  const tries = attempts && attempts > 1 ? ` after ${attempts} attempts` : ''
  return new UserError(`GitHub API ${endpoint} failed${tries}: ${answer}. ${hint(failure)}`.trim())
}

function hint(failure: ApiFailure): string {
  if (!failure.answered || failure.status >= 500) return 'GitHub or the network failed; re-run the job.'
  if (/rate limit/i.test(failure.message)) return 'The token is rate limited; re-run the job later.'
  switch (failure.status) {
    case 401:
      return 'The token is invalid or has expired.'
    case 403:
      return 'The token lacks a permission: give the job `pull-requests: write` (or `issues: write`).'
    case 404:
      return 'Check the repository and the pull-request number, and that the token can read the repository.'
    case 410:
      return 'Issues are disabled for this repository.'
    default:
      return ''
  }
}

/** GitHub's message, without the documentation link Octokit appends. */
export function githubMessage(failure: ApiFailure): string {
  return failure.message.split('\n')[0]!.replace(/ - https?:\/\/\S+$/, '')
}
