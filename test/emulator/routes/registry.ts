import type { IncomingHttpHeaders } from 'node:http'
import type { Readable } from 'node:stream'
import type { Actor } from '../auth.js'
import { HttpError } from '../http.js'
import { operationById, type Operation } from '../openapi/index.js'
import type { EmulatorUrls } from '../render.js'
import type { EmulatorState, IssueRecord, RepoRecord } from '../state.js'

/** What a handler receives: the request already validated against the description. */
export interface RouteContext {
  operation: Operation
  state: EmulatorState
  urls: EmulatorUrls
  actor: Actor
  /** Path parameters, typed as their schemas say (`issue_number` is a number). */
  params: Record<string, unknown>
  /** Query parameters with the description's defaults filled in (`per_page` 30, `page` 1). */
  query: Record<string, unknown>
  body: unknown
  /**
   * For an operation with a raw binary body (an asset upload): the body, unread until this is called, and
   * cut short by a fault with `afterBytes`. `body` is then undefined.
   */
  streamBody?: () => Readable
  headers: IncomingHttpHeaders
  /** The request path without the base path, and its query string: for pagination links. */
  path: string
  search: URLSearchParams
}

export interface RouteResponse {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

export type RouteHandler = (context: RouteContext) => RouteResponse | Promise<RouteResponse>

/** One concept's endpoints, keyed by GitHub's operationId (`issues/create-comment`). */
export interface RouteModule {
  name: string
  handlers: Record<string, RouteHandler>
}

export function defineRoutes(name: string, handlers: Record<string, RouteHandler>): RouteModule {
  return { name, handlers }
}

/** Handlers by operationId; a module naming an operation the description lacks fails at start. */
export function routeRegistry(modules: readonly RouteModule[]): ReadonlyMap<string, RouteHandler> {
  const registry = new Map<string, RouteHandler>()
  const owners = new Map<string, string>()
  for (const module of modules)
    for (const [operationId, handler] of Object.entries(module.handlers)) {
      if (!operationById(operationId)) throw new Error(`Route module '${module.name}' handles '${operationId}', which is not an operation in GitHub's description`)
      const owner = owners.get(operationId)
      if (owner) throw new Error(`Route modules '${owner}' and '${module.name}' both handle '${operationId}'`)
      owners.set(operationId, module.name)
      registry.set(operationId, handler)
    }
  return registry
}

/** The repository named by `{owner}/{repo}`, or GitHub's 404. */
export function requireRepo(context: RouteContext): RepoRecord {
  const repo = context.state.repo(`${String(context.params.owner)}/${String(context.params.repo)}`)
  if (!repo) throw new HttpError(404, 'Not Found', context.operation.docsUrl)
  return repo
}

/** The repository with issues enabled, as the issue endpoints need. */
export function requireIssuesRepo(context: RouteContext): RepoRecord {
  const repo = requireRepo(context)
  if (!repo.hasIssues) throw new HttpError(410, 'Issues are disabled for this repo', context.operation.docsUrl)
  return repo
}

export function requireIssue(context: RouteContext, repo: RepoRecord): IssueRecord {
  const issue = repo.issues.get(context.params.issue_number as number)
  if (!issue) throw new HttpError(404, 'Not Found', context.operation.docsUrl)
  return issue
}

/** Whether the token may see drafts and other things that need write access; fork tokens may not. */
export function canWrite(context: RouteContext): boolean {
  return !context.actor.readOnly
}

/** A 501 naming what a test asked for that the emulator does not model, rather than a silent pass. */
export function notEmulated(context: RouteContext, what: string): never {
  throw new HttpError(501, `The emulator does not model ${what} for ${context.operation.id}`, context.operation.docsUrl)
}
