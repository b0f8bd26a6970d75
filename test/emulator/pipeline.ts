import type { IncomingMessage, ServerResponse } from 'node:http'
import { pipeline, Transform, type Readable } from 'node:stream'
import { assertMayWrite, authenticate, type Actor, type TokenTable } from './auth.js'
import { serveWebDownload, WEB_DOWNLOAD } from './downloads.js'
import { faultResponse, type FaultPhase, type Faults, type FaultSpec } from './faults.js'
import { dropConnection, errorBody, HttpError, readBody, sendJson, sleep } from './http.js'
import { checkRequest, checkResponse, matchOperation, type Host, type Operation } from './openapi/index.js'
import type { EmulatorUrls } from './render.js'
import type { RouteContext, RouteHandler, RouteResponse } from './routes/index.js'
import type { EmulatorState } from './state.js'

export interface RecordedRequest {
  method: string
  /** The path after the base path (`/repos/o/r/issues`), without the query. */
  path: string
  /** The query string, with its `?` when there is one. */
  search: string
  /** `web` for browser_download_url, `downloads` for the storage host asset downloads redirect to. */
  host?: RecordedHost
  operationId?: string
  /** The OpenAPI path template the request matched. */
  template?: string
  /** The operation exists and the parameters and body validate against GitHub's description. */
  valid: boolean
  /** Why it is not valid. */
  errors: string[]
  body?: unknown
  /** For a streamed body (an asset upload) or an asset download: how many body bytes went through. */
  bodyBytes?: number
  /** Undefined while in flight and when the connection was dropped. */
  status?: number
  /** An injected fault closed the connection. */
  dropped?: boolean
  /** The client closed the connection before it was answered. */
  aborted?: boolean
  /** The injected fault that shaped the response, if any. */
  fault?: FaultSpec
  /** Self-check: how the emulator's own response departs from the description. */
  responseErrors: string[]
}

export type RecordedHost = Host | 'web' | 'downloads'

export interface PipelineDeps {
  state: EmulatorState
  urls: EmulatorUrls
  basePaths: Record<Host, string>
  tokens: TokenTable
  faults: Faults
  routes: ReadonlyMap<string, RouteHandler>
  requests: RecordedRequest[]
  selfCheck: boolean
}

/** The only API version the description's plain schemas describe; later ones are patches on it. */
const API_VERSION = '2022-11-28'

let requestCounter = 0

/**
 * One request, in GitHub's order of concerns: route, injected faults, authentication, validation,
 * permission, handler; then faults that strike after the write, and the response self-check.
 */
export async function handleRequest(deps: PipelineDeps, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', deps.urls.server)
  const method = (request.method ?? 'GET').toUpperCase()
  const located = locate(deps.basePaths, url.pathname)
  const path = located?.path ?? url.pathname
  const match = located ? matchOperation(method, located.path) : { kind: 'no-path' as const }
  const found = match.kind === 'operation' && match.operation.host === located?.host
  if (!found && method === 'GET' && WEB_DOWNLOAD.test(url.pathname)) return serveWebDownload(deps, url, request, response)
  // A streamed body (an asset upload) is left unread for the handler; Node discards it if nobody reads it.
  const rawBody = found && match.operation.streamsBody ? undefined : await readBody(request)
  const record: RecordedRequest = { method, path, search: url.search, host: located?.host, valid: false, errors: [], responseErrors: [] }
  deps.requests.push(record)
  const headers: Record<string, string> = {
    'x-github-request-id': `EMU:${(++requestCounter).toString(16).toUpperCase()}`,
    'x-github-api-version-selected': API_VERSION,
    'x-github-media-type': 'github.v3; format=json',
  }
  const send = (status: number, body: unknown, extra: Record<string, string> = {}) => {
    record.status = status
    sendJson(response, status, body, { ...headers, ...extra })
  }

  if (match.kind !== 'operation' || !found) {
    const message = unknownRouteMessage(method, url.pathname, match, located?.host)
    record.errors.push(message)
    return send(404, errorBody(404, message))
  }
  const { operation } = match
  Object.assign(record, { operationId: operation.id, template: operation.template })
  const checked = checkRequest(operation, { params: match.params, search: url.searchParams, contentType: request.headers['content-type'], rawBody })
  const version = request.headers['x-github-api-version']
  if (version !== undefined && version !== API_VERSION)
    checked.errors.push(`X-GitHub-Api-Version '${String(version)}' is not emulated; the description's schemas are for ${API_VERSION}`)
  Object.assign(record, { valid: checked.errors.length === 0, errors: checked.errors, body: checked.body })

  if (await applyFault(deps, record, 'before', request, send)) return
  let result: RouteResponse
  try {
    const actor = authenticate(deps.tokens, request.headers)
    // As on GitHub, asking for the rate limit does not spend it.
    if (operation.id !== 'rate-limit/get') deps.state.countRequest(actor.login)
    Object.assign(headers, rateLimitHeaders(deps.state, actor))
    if (checked.malformed) throw new HttpError(400, 'Problems parsing JSON', operation.docsUrl)
    if (checked.errors.length > 0) throw new HttpError(422, `Invalid request.\n\n${checked.errors.join('\n')}`, operation.docsUrl)
    assertMayWrite(actor, method, operation.docsUrl)
    const handler = deps.routes.get(operation.id)
    if (!handler) throw new HttpError(501, `The emulator does not implement ${operation.id} (${method} ${operation.template})`, operation.docsUrl)
    const { params, query, body } = checked
    const streamBody = operation.streamsBody ? () => streamedBody(deps, record, request) : undefined
    const context: RouteContext = { operation, state: deps.state, urls: deps.urls, actor, params, query, body, streamBody, headers: request.headers, path, search: url.searchParams }
    result = await handler(context)
  } catch (error) {
    // Dropped by a fault, or the client went away mid-upload: there is nobody to answer.
    if (request.socket.destroyed) {
      if (!record.dropped) record.aborted = true
      return
    }
    result = errorResult(error, operation, record)
  }
  if (await applyFault(deps, record, 'after', request, send)) return
  if (deps.selfCheck) result = selfChecked(operation, result, record)
  send(result.status, result.body, result.headers)
}

export type Send = (status: number, body: unknown, headers: Record<string, string>) => void

/** Sends or drops for an injected fault; false when the request should go on (a delay only). */
export async function applyFault(deps: { faults: Faults }, record: RecordedRequest, phase: Exclude<FaultPhase, 'body'>, request: IncomingMessage, send: Send): Promise<boolean> {
  const fault = deps.faults.take(phase, record.method, record.path, record.template)
  if (!fault) return false
  record.fault = fault.spec
  if (fault.spec.delayMs) await sleep(fault.spec.delayMs)
  if (fault.spec.drop) {
    record.dropped = true
    dropConnection(request)
    return true
  }
  const injected = faultResponse(fault.spec, Math.floor(Date.now() / 1000))
  if (!injected) return false
  send(injected.status, injected.body, injected.headers)
  return true
}

/** The request body as it arrives, counted, and cut by a fault with `afterBytes` if one matches. */
function streamedBody(deps: PipelineDeps, record: RecordedRequest, request: IncomingMessage): Readable {
  const fault = deps.faults.find('body', record.method, record.path, record.template)
  const limit = fault?.spec.afterBytes ?? Infinity
  record.bodyBytes = 0
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      const passed = record.bodyBytes!
      if (!fault || passed + chunk.length <= limit || !deps.faults.hit(fault)) {
        record.bodyBytes = passed + chunk.length
        return callback(null, chunk)
      }
      record.bodyBytes = limit
      Object.assign(record, { fault: fault.spec, dropped: true })
      dropConnection(request)
      callback(new Error(`An injected fault closed the connection after ${limit} bytes of the body`))
    },
  })
  // pipeline, unlike pipe, passes the request's errors on: a client that goes away fails the handler's read.
  return pipeline(request, counter, () => {})
}

function errorResult(error: unknown, operation: Operation, record: RecordedRequest): RouteResponse {
  if (error instanceof HttpError) return { status: error.status, body: error.body, headers: error.headers }
  const message = `The emulator failed in ${operation.id}: ${error instanceof Error ? error.message : String(error)}`
  record.responseErrors.push(message)
  return { status: 500, body: errorBody(500, message) }
}

function selfChecked(operation: Operation, result: RouteResponse, record: RecordedRequest): RouteResponse {
  const problems = checkResponse(operation, result.status, result.body)
  if (problems.length === 0) return result
  record.responseErrors.push(...problems)
  const message = `The emulator's response does not match GitHub's description:\n${problems.join('\n')}`
  return { status: 500, body: errorBody(500, message) }
}

function rateLimitHeaders(state: EmulatorState, actor: Actor): Record<string, string> {
  const limit = state.rateLimit(actor.login)
  return {
    'x-ratelimit-limit': String(limit.limit),
    'x-ratelimit-remaining': String(limit.remaining),
    'x-ratelimit-used': String(limit.used),
    'x-ratelimit-reset': String(limit.reset),
    'x-ratelimit-resource': 'core',
  }
}

function locate(basePaths: Record<Host, string>, pathname: string): { host: Host; path: string } | undefined {
  // Longest base first: `/api/uploads` must not be read as the API's `/uploads`.
  const hosts = (Object.entries(basePaths) as Array<[Host, string]>).sort((a, b) => b[1].length - a[1].length)
  for (const [host, base] of hosts) if (pathname === base || pathname.startsWith(`${base}/`)) return { host, path: pathname.slice(base.length) || '/' }
  return undefined
}

function unknownRouteMessage(method: string, pathname: string, match: ReturnType<typeof matchOperation>, host: Host | undefined): string {
  const prefix = `Not Found: ${method} ${pathname}`
  if (!host) return `${prefix} is outside the emulator's API and uploads base paths`
  if (match.kind === 'no-method') return `${prefix}: ${match.template} has no ${method} operation in GitHub's description (it has ${match.methods.join(', ')})`
  if (match.kind === 'operation') return `${prefix}: ${match.operation.id} is served on the ${match.operation.host} host, not the ${host} host`
  return `${prefix} is not an operation in GitHub's REST API description`
}
