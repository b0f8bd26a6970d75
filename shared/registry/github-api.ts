import { UserError } from '../errors/index.js'
import type { GitHubClient } from '../github/index.js'
import { apiError, apiFailure, ReadOnlyTokenError } from '../github/api-errors.js'

const PERMISSION_HINT = 'Give the job `permissions: contents: write`.'

/** A request whose failure becomes one line naming the endpoint and, for 403, the permission. */
export async function call<T>(client: GitHubClient, route: string, parameters: Record<string, unknown>): Promise<T> {
  try {
    return (await client.request(route, parameters)).data as T
  } catch (error) {
    throw registryError(route, error)
  }
}

/** Like call(), but 404 is an answer: undefined. */
export async function find<T>(client: GitHubClient, route: string, parameters: Record<string, unknown>): Promise<T | undefined> {
  try {
    return (await client.request(route, parameters)).data as T
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined
    throw registryError(route, error)
  }
}

/** The HTTP status of a failed request, or undefined when no answer came. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown; response?: unknown } | null)?.status
  return typeof status === 'number' && (error as { response?: unknown }).response !== undefined ? status : undefined
}

export function registryError(route: string, error: unknown): unknown {
  if (error instanceof UserError) return error
  let failure
  try {
    failure = apiFailure(route, error)
  } catch (thrown) {
    if (thrown instanceof ReadOnlyTokenError) return new UserError(`GitHub API ${route} failed: 403 Resource not accessible by integration. The token cannot write to the repository. ${PERMISSION_HINT}`)
    return thrown
  }
  if (failure.status === 403 && failure.answered && !/rate limit/i.test(failure.message)) {
    return new UserError(`GitHub API ${route} failed: 403 ${failure.message.split('\n')[0]}. ${PERMISSION_HINT}`)
  }
  return apiError(route, failure)
}
