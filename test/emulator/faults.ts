import { errorBody } from './http.js'

export type FaultStatus = 500 | 502 | 403 | 429

export interface FaultSpec {
  /** HTTP method; any when absent. */
  method?: string
  /**
   * Which requests: an OpenAPI path template (`/repos/{owner}/{repo}/issues/{issue_number}/comments`),
   * a concrete path where `*` stands for one segment and `**` for any (`/repos/o/r/issues/*`), or a RegExp
   * tested against the concrete path. Paths are without the base path and query. Asset downloads match
   * by concrete path only: `/release-assets/{repo_id}/{asset_id}` on the storage host, and
   * `/{owner}/{repo}/releases/download/{tag}/{name}` for a browser_download_url.
   */
  path: string | RegExp
  /** How many matching requests it hits; default 1, `Infinity` for all. */
  times?: number
  /** The status to answer with; absent with `delayMs` for a slow but otherwise normal response. */
  status?: FaultStatus
  /** Seconds, sent as `retry-after`. */
  retryAfter?: number
  /** Wait this long before answering (or before handling, for a slow success). */
  delayMs?: number
  /** Replaces the default body for the status. */
  body?: unknown
  /** Run the handler first, so that the write happens, then fail: a client that retries now duplicates. */
  afterCommit?: boolean
  /** Close the connection instead of answering. */
  drop?: boolean
  /**
   * With `drop`: let this many bytes of a streamed body through first, then close the connection. The
   * body is the request's for an asset upload (no asset is left behind) and the response's for an asset
   * download. It fires only once that many bytes have passed; other requests never match it.
   */
  afterBytes?: number
  /** For 403 and 429: GitHub's secondary limit (default) or the primary limit (`x-ratelimit-remaining: 0`). */
  rateLimit?: 'secondary' | 'primary'
}

export interface Fault {
  readonly spec: Readonly<FaultSpec>
  /** Requests it has hit so far. */
  readonly hits: number
  readonly remaining: number
}

export interface FaultResponse {
  status: number
  body: unknown
  headers: Record<string, string>
}

const STATUSES: readonly number[] = [500, 502, 403, 429]

/** GitHub's documented secondary rate limit message. */
export const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.'
const PRIMARY_RATE_LIMIT_MESSAGE =
  'API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID.'
const SECONDARY_DOCS = 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits'
const PRIMARY_DOCS = 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-primary-rate-limits'

class ActiveFault implements Fault {
  hits = 0
  remaining: number
  readonly matches: (path: string, template: string | undefined) => boolean

  constructor(readonly spec: FaultSpec) {
    checkSpec(spec)
    this.remaining = spec.times ?? 1
    this.matches = pathMatcher(spec.path)
  }
}

function checkSpec(spec: FaultSpec): void {
  const where = `faults.add(${String(spec.path)})`
  if (spec.status !== undefined && !STATUSES.includes(spec.status))
    throw new Error(`${where}: status must be one of ${STATUSES.join(', ')}, not ${spec.status}`)
  if (spec.status === undefined && !spec.drop && spec.delayMs === undefined) throw new Error(`${where}: give a status, drop or delayMs`)
  if (spec.status !== undefined && spec.drop) throw new Error(`${where}: status and drop exclude each other`)
  if (spec.times !== undefined && !(spec.times >= 1)) throw new Error(`${where}: times must be at least 1, not ${spec.times}`)
  if (spec.delayMs !== undefined && !(spec.delayMs >= 0)) throw new Error(`${where}: delayMs must be 0 or more`)
  if (spec.retryAfter !== undefined && !(spec.retryAfter >= 0)) throw new Error(`${where}: retryAfter must be 0 or more seconds`)
  if (spec.afterBytes !== undefined && !(Number.isInteger(spec.afterBytes) && spec.afterBytes >= 0))
    throw new Error(`${where}: afterBytes must be a whole number of bytes, 0 or more`)
  if (spec.afterBytes !== undefined && (!spec.drop || spec.afterCommit)) throw new Error(`${where}: afterBytes needs drop and excludes afterCommit`)
  if (spec.rateLimit && spec.status !== 403 && spec.status !== 429) throw new Error(`${where}: rateLimit needs status 403 or 429`)
}

function pathMatcher(pattern: string | RegExp): (path: string, template: string | undefined) => boolean {
  if (pattern instanceof RegExp) return (path) => pattern.test(path)
  if (pattern.includes('{')) return (_path, template) => template === pattern
  const source = pattern
    .split(/(\*\*|\*)/)
    .map((part) => (part === '**' ? '.*' : part === '*' ? '[^/]+' : part.replace(/[.+?^$()|[\]\\{}]/g, '\\$&')))
    .join('')
  const regex = new RegExp(`^${source}$`)
  return (path) => regex.test(path)
}

/** Failures and delays to inject, consumed in the order they were added. */
export class Faults {
  private readonly active: ActiveFault[] = []

  add(spec: FaultSpec): Fault {
    const fault = new ActiveFault(spec)
    this.active.push(fault)
    return fault
  }

  clear(): void {
    this.active.length = 0
  }

  /** Faults that still have hits left: tests can assert that each one fired. */
  pending(): Fault[] {
    return this.active.filter((f) => f.remaining > 0)
  }

  /** The first fault for this request and phase, counted as hit. */
  take(phase: FaultPhase, method: string, path: string, template: string | undefined): Fault | undefined {
    const fault = this.find(phase, method, path, template)
    if (fault) this.hit(fault)
    return fault
  }

  /** The first fault for this request and phase, not yet counted: a body fault counts when it fires. */
  find(phase: FaultPhase, method: string, path: string, template: string | undefined): Fault | undefined {
    return this.active.find(
      (f) => f.remaining > 0 && phaseOf(f.spec) === phase && (!f.spec.method || f.spec.method.toUpperCase() === method) && f.matches(path, template),
    )
  }

  /** Counts a hit; false when the fault has none left (a concurrent request took the last). */
  hit(fault: Fault): boolean {
    const active = fault as ActiveFault
    if (active.remaining <= 0) return false
    active.hits++
    active.remaining--
    return true
  }
}

/** When a fault strikes: before the handler, while a body streams (`afterBytes`), or after the write. */
export type FaultPhase = 'before' | 'body' | 'after'

function phaseOf(spec: FaultSpec): FaultPhase {
  return spec.afterBytes !== undefined ? 'body' : spec.afterCommit ? 'after' : 'before'
}

/** GitHub's status, headers and body for an injected failure. */
export function faultResponse(fault: FaultSpec, nowSeconds: number): FaultResponse | undefined {
  if (fault.status === undefined) return undefined
  const headers: Record<string, string> = {}
  if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter)
  const status = fault.status
  let body: unknown = errorBody(status, status === 502 ? 'Server Error' : 'Internal Server Error')
  if (status === 403 || status === 429) {
    if (fault.rateLimit === 'primary') {
      Object.assign(headers, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(nowSeconds + (fault.retryAfter ?? 60)) })
      body = errorBody(status, PRIMARY_RATE_LIMIT_MESSAGE, PRIMARY_DOCS)
    } else body = errorBody(status, SECONDARY_RATE_LIMIT_MESSAGE, SECONDARY_DOCS)
  }
  return { status, body: fault.body ?? body, headers }
}
