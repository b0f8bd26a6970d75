import { Octokit, type OctokitOptions } from '@octokit/core'
import { paginateRest } from '@octokit/plugin-paginate-rest'
import { retry } from '@octokit/plugin-retry'
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling'
import { UserError } from '../errors/index.js'
import type { Logger } from '../log/index.js'

/** GITHUB_API_URL when it is unset: github.com. */
export const DEFAULT_API_URL = 'https://api.github.com'

/** How many times a rate-limited request is tried again before it fails. */
export const RATE_LIMIT_RETRIES = 2

/** A job should not sit out a primary limit that resets in most of an hour: fail and say so instead. */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 120

/** How long the client waits. GitHub's real clock is kept unless a test speeds it up. */
export interface ClientPacing {
  /** Milliseconds per second of `retry-after`, backoff and pauses; default 1000. */
  msPerSecond?: number
  /**
   * Space writes a second apart, and writes that notify people three seconds, as GitHub asks to avoid
   * secondary limits; default true.
   */
  spaceWrites?: boolean
}

export interface GitHubClientOptions {
  token: string
  /** GITHUB_API_URL; empty means github.com. On GitHub Enterprise Server it ends in `/api/v3`. */
  apiUrl?: string
  log: Logger
  pacing?: ClientPacing
}

/** Waits on the client's clock, so that callers' backoff speeds up with it in tests. */
function pacingPlugin(_octokit: Octokit, options: OctokitOptions) {
  const msPerSecond = (options.pacing as ClientPacing | undefined)?.msPerSecond ?? 1000
  return { pause: (seconds: number) => new Promise<void>((resolve) => setTimeout(resolve, seconds * msPerSecond)) }
}

const GitHub = Octokit.plugin(paginateRest, retry, throttling, pacingPlugin)

export type GitHubClient = InstanceType<typeof GitHub>

/**
 * Octokit with pagination, retries of failed reads and idempotent writes, and rate-limit waits.
 * A POST is never retried by the client: the request may have been carried out before it failed,
 * so only the caller can tell whether trying again duplicates it (see sticky-comment.ts).
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  if (!options.token) throw new UserError('A GitHub token is required to call the GitHub API.')
  const msPerSecond = options.pacing?.msPerSecond ?? 1000
  const octokit = new GitHub({
    auth: options.token,
    baseUrl: apiBaseUrl(options.apiUrl),
    userAgent: 'mlops-actions',
    log: { debug: () => {}, info: () => {}, warn: (message: string) => options.log.warning(message), error: (message: string) => options.log.warning(message) },
    // 429 is a rate limit: the throttling plugin waits for its retry-after instead.
    retry: { retryAfterBaseValue: msPerSecond, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    throttle: throttleOptions(options.log, msPerSecond, options.pacing?.spaceWrites ?? true),
    pacing: options.pacing,
  })
  octokit.hook.before('request', (request) => {
    if (request.method === 'POST' && request.request?.retries === undefined) request.request = { ...request.request, retries: 0 }
  })
  return octokit
}

/** GITHUB_API_URL semantics: unset or empty means github.com; a trailing slash is dropped. */
export function apiBaseUrl(apiUrl: string | undefined): string {
  const url = apiUrl?.trim() || DEFAULT_API_URL
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) throw new UserError(`GITHUB_API_URL '${url}' is not an http(s) URL.`)
  return url.replace(/\/+$/, '')
}

function throttleOptions(log: Logger, msPerSecond: number, spaceWrites: boolean): ThrottlingOptions {
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    const where = `${request.method} ${request.url}`
    if (retryCount >= RATE_LIMIT_RETRIES || retryAfter > MAX_RATE_LIMIT_WAIT_SECONDS) {
      log.warning(`GitHub's ${kind} rate limit stopped ${where}; giving up after ${retryCount} retries (the limit lifts in ${retryAfter} s).`)
      return false
    }
    log.warning(`GitHub's ${kind} rate limit hit ${where}; waiting ${retryAfter} s before retry ${retryCount + 1} of ${RATE_LIMIT_RETRIES}.`)
    return true
  }
  return {
    retryAfterBaseValue: msPerSecond,
    onRateLimit: onLimit('primary'),
    onSecondaryRateLimit: onLimit('secondary'),
    ...(spaceWrites ? {} : { write: UNSPACED, notifications: UNSPACED }),
  }
}

/**
 * Stands in for the plugin's write limiters (Bottleneck groups: `key(id).schedule(options, job)`)
 * and lets every write through at once. For tests; GitHub itself asks for the spacing.
 */
const UNSPACED = {
  key: () => ({ schedule: (_options: unknown, job: () => Promise<unknown>) => job() }),
} as unknown as NonNullable<ThrottlingOptions['write']>
