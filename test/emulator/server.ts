/**
 * A GitHub REST API emulator for tests. It listens on 127.0.0.1 at a random port and is reached through
 * GITHUB_API_URL under `/api/v3`, as GitHub Enterprise Server is. Every request is checked against GitHub's
 * OpenAPI description (@octokit/openapi) and recorded; faults can be injected before or after a write, or
 * part way through an asset's bytes (`afterBytes`).
 *
 *   const github = await startEmulator({ repos: [{ owner: 'o', name: 'r' }] })
 *   const run = await runBundledAction('x', { env: { ...github.env, GITHUB_TOKEN: github.token } })
 *   expect(github.requests.filter((r) => !r.valid)).toEqual([])
 *   await github.close()
 *
 * Endpoints, by module in routes/:
 * - repos: GET /repos/{owner}/{repo}
 * - issues: list, get, create and update issues (pull requests are issues with `pullRequest`)
 * - issue-comments: list, create, get, update and delete comments on issues and pull requests
 * - rate-limit: GET /rate_limit
 * - git-refs: GET /git/ref/{ref}, GET /git/matching-refs/{ref}, POST /git/refs, PATCH and DELETE /git/refs/{ref}
 * - git-tags: POST /git/tags, GET /git/tags/{tag_sha} (annotated tag objects)
 * - releases: list, get, get by tag, get latest, create, update and delete releases
 * - release-assets: upload (POST on the uploads base, `/api/uploads`), list, get (JSON, or with
 *   `Accept: application/octet-stream` a 302 to the storage host), update and delete assets
 * - workflows: POST /actions/workflows/{workflow_id}/dispatches, against workflow files a test declares
 *   (`state.workflows(name).add({ path, inputs })`), recording each dispatch
 * - deployments: create, list and get deployments, create and list their statuses, and list the environments
 *   they created (`state.deployments(name)`); a branch behind the default one is auto-merged first (202)
 * - pulls: GET /pulls/{number} and GET /commits/{sha}/pulls, for pull requests seeded with seedPullRequest
 *   (pulls.ts: a head, a fork, pushes and the merge)
 * - workflow-runs: GET /actions/workflows/{workflow_id}/runs, filtered by head_sha, event, branch and status,
 *   for runs seeded with seedWorkflowRun (runs.ts)
 * Besides, browser_download_url on GITHUB_SERVER_URL redirects to the storage host for public repositories.
 * Every repository starts with one commit, {@link HEAD_SHA} (the harness's GITHUB_SHA), on its default branch.
 */
import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { DEFAULT_TOKEN, tokenTable, type TokenOptions } from './auth.js'
import { serveStored } from './downloads.js'
import { Faults } from './faults.js'
import { errorBody, sendJson } from './http.js'
import { handleRequest, type RecordedRequest } from './pipeline.js'
import type { EmulatorUrls } from './render.js'
import { builtInRoutes, type RouteModule } from './routes/index.js'
import { routeRegistry } from './routes/registry.js'
import { EmulatorState, type RepoSeed } from './state.js'

export { DEFAULT_TOKEN, type TokenOptions } from './auth.js'
export { SECONDARY_RATE_LIMIT_MESSAGE, type Fault, type FaultSpec, type Faults } from './faults.js'
export type { RecordedRequest } from './pipeline.js'
export type { EmulatorUrls } from './render.js'
export { defineRoutes, type RouteContext, type RouteModule } from './routes/index.js'
export type { EmulatorState, RepoSeed } from './state.js'
export { HEAD_SHA, type CommitRecord, type RefView, type TagObjectRecord } from './git.js'
export type { AssetRecord, ReleaseRecord } from './release-store.js'
export type { DeploymentRecord, DeploymentStatusRecord, DeploymentStore, EnvironmentRecord } from './deployments.js'
export type { DispatchRecord, WorkflowInput, WorkflowRecord, WorkflowSeed } from './workflows.js'

export interface EmulatorOptions {
  /** Repositories that exist from the start; default the one runBundledAction runs in. */
  repos?: RepoSeed[]
  /** Accepted tokens; default {@link DEFAULT_TOKEN} with write access. */
  tokens?: Record<string, TokenOptions>
  /** Endpoint modules beyond the built-in ones. */
  routes?: RouteModule[]
  /** Validate every response the emulator builds against the description; a mismatch becomes a 500. */
  selfCheck?: boolean
  /** Where the REST API is served: `/api/v3` (GitHub Enterprise Server, the default) or `` (github.com). */
  basePath?: '/api/v3' | ''
  /** The clock for created_at and updated_at. */
  now?: () => Date
}

export interface Emulator {
  /** GITHUB_API_URL. */
  url: string
  urls: EmulatorUrls
  /** GITHUB_API_URL, GITHUB_SERVER_URL and GITHUB_GRAPHQL_URL, for an action's environment. */
  env: Record<string, string>
  /** The first configured token. */
  token: string
  state: EmulatorState
  faults: Faults
  /** Every request, in arrival order, recorded before it is answered; asset downloads too (`host`). */
  requests: RecordedRequest[]
  /** Stops both servers and removes the asset files. */
  close(): Promise<void>
}

export const DEFAULT_REPO: RepoSeed = { owner: 'mlops-actions', name: 'mlops-actions' }

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const routes = routeRegistry([...builtInRoutes, ...(options.routes ?? [])])
  const tokens = tokenTable(options.tokens)
  const state = new EmulatorState(options.now)
  for (const repo of options.repos ?? [DEFAULT_REPO]) state.addRepo(repo)
  const faults = new Faults()
  const requests: RecordedRequest[] = []
  const basePath = options.basePath ?? '/api/v3'
  const basePaths = { api: basePath, uploads: '/api/uploads' }

  const server = createServer()
  // Asset downloads are redirected to a host of their own, as GitHub's are.
  const storage = createServer()
  const [port, storagePort] = await Promise.all([listen(server), listen(storage)])
  const origin = `http://127.0.0.1:${port}`
  const urls: EmulatorUrls = { api: origin + basePath, server: origin, uploads: origin + basePaths.uploads, downloads: `http://127.0.0.1:${storagePort}` }
  const deps = { state, urls, basePaths, tokens, faults, routes, requests, selfCheck: options.selfCheck ?? false }
  const failed = (response: ServerResponse) => (error: unknown) => {
    if (!response.headersSent) sendJson(response, 500, errorBody(500, `The emulator failed: ${String(error)}`), {})
  }
  server.on('request', (request, response) => void handleRequest(deps, request, response).catch(failed(response)))
  storage.on('request', (request, response) => void serveStored(deps, request, response).catch(failed(response)))

  return {
    url: urls.api,
    urls,
    env: { GITHUB_API_URL: urls.api, GITHUB_SERVER_URL: urls.server, GITHUB_GRAPHQL_URL: `${origin}/api/graphql` },
    token: tokens.keys().next().value ?? DEFAULT_TOKEN,
    state,
    faults,
    requests,
    close: async () => {
      await Promise.all([close(server), close(storage)])
      state.assetFiles.dispose()
    },
  }
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port))
  })
}

/** Keep-alive connections would hold close() open: end them. */
function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()))
    server.closeAllConnections()
  })
}
