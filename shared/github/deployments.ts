import { randomUUID } from 'node:crypto'
import { UserError } from '../errors/index.js'
import type { Logger } from '../log/index.js'
import { apiError, apiFailure, githubMessage, isAmbiguous, ReadOnlyTokenError, type ApiFailure } from './api-errors.js'
import type { GitHubClient } from './client.js'
import { CREATE_ATTEMPTS } from './sticky-comment.js'
import { clipLine, oneLine } from './tracking-text.js'

/** GitHub keeps at most this many characters of a deployment status's description. */
export const STATUS_DESCRIPTION_LIMIT = 140

/** The payload key that tells this run's deployment apart when a POST ended without an answer. */
export const REQUEST_KEY = 'mlops-request'

export interface DeploymentOptions {
  client: GitHubClient
  owner: string
  repo: string
  /** The branch, tag or commit SHA deployed. */
  ref: string
  /** The environment's name, as the repository's Environments page shows it (`production`, `staging`). */
  environment: string
  /** One line: what is rolled out, such as `churn v4, canary`. */
  description: string
  /** What a deployment system reads back: the model, version and strategy. {@link REQUEST_KEY} is added. */
  payload: Record<string, unknown>
  /**
   * Payload keys that name the same rollout. When given, the newest deployment of the ref to the
   * environment whose payload agrees on them and which is still `in_progress` (a cancelled run's) is
   * taken over instead of recording a second one.
   */
  sameRolloutKeys?: readonly string[]
  log: Logger
}

export type DeploymentResult =
  /** `takenOver`: an unfinished deployment of the same rollout, not a new one. */
  | { status: 'created'; id: number; url: string; environment: string; sha: string; takenOver?: boolean }
  /** The token cannot create deployments; `warning` names `deployments: write` and has already been logged. */
  | { status: 'forbidden'; warning: string }

export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'inactive'

export interface DeploymentStatusOptions {
  client: GitHubClient
  owner: string
  repo: string
  deploymentId: number
  state: DeploymentState
  /** Where the deployed service answers; the Environments page links to it. */
  environmentUrl?: string
  /** The run that deploys; the deployment's "View logs" link. */
  logUrl?: string
  /** Made one line and cut to {@link STATUS_DESCRIPTION_LIMIT} characters. */
  description?: string
  log: Logger
}

export type DeploymentStatusResult =
  | { status: 'set'; id: number | bigint; state: DeploymentState }
  /** The token cannot write statuses; `warning` names `deployments: write` and has already been logged. */
  | { status: 'forbidden'; warning: string }

interface Deployment {
  id: number
  url: string
  sha: string
  environment: string
  payload: unknown
}

const CREATE = 'POST /repos/{owner}/{repo}/deployments'
const LIST = 'GET /repos/{owner}/{repo}/deployments'
const CREATE_STATUS = 'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses'
const LIST_STATUSES = 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses'

/**
 * Records a deployment of `ref` to `environment`, shown on the repository's Environments page. It asks
 * for no merge (`auto_merge: false`) and no commit status checks (`required_contexts: []`): the rollout's
 * own analysis decides. A POST that ended without an answer is not repeated until the deployments of
 * that ref and environment have been listed and this run's (found by {@link REQUEST_KEY}) is not there.
 */
export async function createDeployment(options: DeploymentOptions): Promise<DeploymentResult> {
  const { client, owner, repo, log } = options
  const ref = checkRef(options.ref)
  const environment = checkEnvironment(options.environment)
  const requestId = randomUUID()
  const body = {
    owner, repo, ref, environment,
    description: oneLine(options.description),
    payload: { ...options.payload, [REQUEST_KEY]: requestId },
    auto_merge: false,
    required_contexts: [],
    request: { retries: 0 },
  }
  const endpoint = `POST /repos/${owner}/${repo}/deployments`
  const target = `a deployment of '${ref}' to environment '${environment}' in ${owner}/${repo}`
  try {
    const unfinished = options.sameRolloutKeys && (await findUnfinishedDeployment(options, ref, environment, options.sameRolloutKeys))
    if (unfinished) {
      log.info(`Taking over deployment ${unfinished.id} to environment '${environment}', which an earlier run of the same rollout left in progress.`)
      return { status: 'created', id: unfinished.id, url: unfinished.url, environment: unfinished.environment, sha: unfinished.sha, takenOver: true }
    }
    for (let attempt = 1, merged = false; ; attempt++) {
      let answer: { status: number; data: unknown }
      try {
        answer = await client.request(CREATE, body)
      } catch (error) {
        const failure = apiFailure(endpoint, error)
        if (!isAmbiguous(failure)) throw deploymentError(endpoint, target, failure)
        log.warning(`${endpoint} ended without a clear answer (${failure.answered ? failure.status : failure.message}); checking whether the deployment was created.`)
        await client.pause(attempt)
        const landed = await findDeployment(options, ref, environment, requestId)
        if (landed) return created(log, landed)
        if (attempt >= CREATE_ATTEMPTS) throw apiError(endpoint, failure, attempt)
        continue
      }
      // 202: GitHub merged the default branch into the ref instead of deploying, and says a new request succeeds.
      if (answer.status === 202 && !merged) {
        merged = true
        log.info(`GitHub merged the default branch into '${ref}' instead of deploying (${messageOf(answer.data)}); asking again.`)
        continue
      }
      if (answer.status !== 201) throw new UserError(`GitHub did not create ${target}: it answered ${answer.status} ${messageOf(answer.data)}.`)
      return created(log, answer.data as Deployment)
    }
  } catch (error) {
    if (!(error instanceof ReadOnlyTokenError)) throw error
    return forbidden(log, `Cannot create ${target}`, error.endpoint)
  }
}

/**
 * Adds a status to a deployment: `in_progress` while rolling out, then `success` or `failure`;
 * `inactive` retires it. A POST that ended without an answer is sent again only when the deployment's
 * newest status is not already this one.
 */
export async function setDeploymentStatus(options: DeploymentStatusOptions): Promise<DeploymentStatusResult> {
  const { client, owner, repo, deploymentId, state, log } = options
  if (!Number.isSafeInteger(deploymentId) || deploymentId < 1) throw new UserError(`A deployment status needs the deployment's id (a positive integer), not ${deploymentId}.`)
  const description = clipLine(oneLine(options.description ?? ''), STATUS_DESCRIPTION_LIMIT)
  const body = {
    owner, repo, deployment_id: deploymentId, state, description,
    ...(options.environmentUrl && { environment_url: checkUrl(options.environmentUrl, 'environment URL') }),
    ...(options.logUrl && { log_url: checkUrl(options.logUrl, 'log URL') }),
    // A production rollout keeps earlier successful deployments as they are; an explicit `inactive` retires one.
    auto_inactive: false,
    request: { retries: 0 },
  }
  const endpoint = `POST /repos/${owner}/${repo}/deployments/${deploymentId}/statuses`
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        const { data } = await client.request(CREATE_STATUS, body)
        log.info(`Deployment ${deploymentId} in ${owner}/${repo} is now ${state}${description ? `: ${description}` : ''}`)
        return { status: 'set', id: data.id, state }
      } catch (error) {
        const failure = apiFailure(endpoint, error)
        if (!isAmbiguous(failure)) throw statusError(endpoint, options, failure)
        log.warning(`${endpoint} ended without a clear answer (${failure.answered ? failure.status : failure.message}); checking whether the status was set.`)
        await client.pause(attempt)
        const newest = await newestStatus(options)
        if (newest && newest.state === state && newest.description === description) return { status: 'set', id: newest.id, state }
        if (attempt >= CREATE_ATTEMPTS) throw apiError(endpoint, failure, attempt)
      }
    }
  } catch (error) {
    if (!(error instanceof ReadOnlyTokenError)) throw error
    return forbidden(log, `Cannot set deployment ${deploymentId} in ${owner}/${repo} to ${state}`, error.endpoint)
  }
}

/** This run's deployment, if a POST that failed without an answer created it; newest first, so one page is enough. */
async function findDeployment(options: DeploymentOptions, ref: string, environment: string, requestId: string): Promise<Deployment | undefined> {
  const { client, owner, repo } = options
  const endpoint = `GET /repos/${owner}/${repo}/deployments`
  try {
    const { data } = await client.request(LIST, { owner, repo, ref, environment, per_page: 100 })
    return (data as Deployment[]).find((d) => (d.payload as Record<string, unknown> | null)?.[REQUEST_KEY] === requestId)
  } catch (error) {
    throw apiError(endpoint, apiFailure(endpoint, error))
  }
}

/** The newest deployment of the same rollout, when its newest status is still `in_progress`. */
async function findUnfinishedDeployment(options: DeploymentOptions, ref: string, environment: string, keys: readonly string[]): Promise<Deployment | undefined> {
  const { client, owner, repo } = options
  const endpoint = `GET /repos/${owner}/${repo}/deployments`
  let deployments: Deployment[]
  try {
    deployments = (await client.request(LIST, { owner, repo, ref, environment, per_page: 100 })).data as Deployment[]
  } catch (error) {
    throw apiError(endpoint, apiFailure(endpoint, error))
  }
  const same = deployments.find((d) => keys.every((key) => (d.payload as Record<string, unknown> | null)?.[key] === options.payload[key]))
  if (!same) return undefined
  const newest = await newestStatus({ client, owner, repo, deploymentId: same.id })
  return newest?.state === 'in_progress' ? same : undefined
}

async function newestStatus(options: Pick<DeploymentStatusOptions, 'client' | 'owner' | 'repo' | 'deploymentId'>): Promise<{ id: number | bigint; state: string; description: string } | undefined> {
  const { client, owner, repo, deploymentId } = options
  const endpoint = `GET /repos/${owner}/${repo}/deployments/${deploymentId}/statuses`
  try {
    const { data } = await client.request(LIST_STATUSES, { owner, repo, deployment_id: deploymentId, per_page: 1 })
    return data[0]
  } catch (error) {
    throw apiError(endpoint, apiFailure(endpoint, error))
  }
}

function created(log: Logger, deployment: Deployment): DeploymentResult {
  log.info(`Created deployment ${deployment.id} of ${deployment.sha.slice(0, 7)} to environment '${deployment.environment}'.`)
  return { status: 'created', id: deployment.id, url: deployment.url, environment: deployment.environment, sha: deployment.sha }
}

function forbidden(log: Logger, what: string, endpoint: string): { status: 'forbidden'; warning: string } {
  const warning = `${what}: GitHub answered ${endpoint} with 403 "Resource not accessible by integration", so the token lacks the permission. Give the job \`permissions: deployments: write\`.`
  log.warning(warning)
  return { status: 'forbidden', warning }
}

/** GitHub's message as a clause of ours: its own final period dropped. */
const clause = (failure: ApiFailure) => githubMessage(failure).replace(/\.$/, '')

function deploymentError(endpoint: string, target: string, failure: ApiFailure): UserError {
  const message = clause(failure)
  if (failure.status === 409)
    return new UserError(`GitHub refused ${target}: 409 ${message}. A merge conflict or failed commit status checks block it; this request asks for neither, so check the repository's deployment settings.`)
  if (failure.status === 422) return new UserError(`GitHub refused ${target}: 422 ${message}.${refusalHint(message)}`)
  return failureError(endpoint, target, failure)
}

function statusError(endpoint: string, options: DeploymentStatusOptions, failure: ApiFailure): UserError {
  const target = `the ${options.state} status of deployment ${options.deploymentId} in ${options.owner}/${options.repo}`
  if (failure.status === 422) return new UserError(`GitHub refused ${target}: 422 ${clause(failure)}.`)
  return failureError(endpoint, target, failure)
}

function failureError(endpoint: string, target: string, failure: ApiFailure): UserError {
  if (failure.status === 404 && failure.answered)
    return new UserError(`GitHub answered 404 for ${target}: check the repository and the deployment, and that the token can read the repository.`)
  if (failure.status === 403 && !/rate limit/i.test(failure.message))
    return new UserError(`GitHub refused ${target}: 403 ${clause(failure)}. The token needs \`deployments: write\`.`)
  return apiError(endpoint, failure)
}

function refusalHint(message: string): string {
  if (/No ref found/i.test(message)) return ' Deploy a branch, tag or commit that exists in the repository.'
  if (/protection rules|not allowed to deploy/i.test(message)) return " The environment's deployment branch policy does not allow this ref: deploy from an allowed branch or change the policy."
  return ''
}

function messageOf(data: unknown): string {
  const message = (data as { message?: unknown } | null)?.message
  return typeof message === 'string' ? message : 'without a message'
}

function checkRef(ref: string): string {
  const name = ref.trim()
  if (!name || /[\s\p{Cc}]/u.test(name)) throw new UserError(`The ref to deploy must be a branch, tag or commit SHA, not ${JSON.stringify(ref)}.`)
  return name
}

/** Environment names may hold spaces (`Production EU`), never line breaks; GitHub allows 255 characters. */
function checkEnvironment(environment: string): string {
  const name = environment.trim()
  if (!name || /\p{Cc}/u.test(name) || name.length > 255)
    throw new UserError(`Input 'environment': ${JSON.stringify(environment)} is not an environment name; use one line of at most 255 characters, such as production.`)
  return name
}

function checkUrl(value: string, what: string): string {
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) throw new UserError(`The deployment's ${what} '${value}' is not an http(s) URL.`)
  return value
}
