import { createHash } from 'node:crypto'
import { latestState, type DeploymentRecord, type DeploymentStatusRecord, type DeploymentStatusState, type EnvironmentRecord } from '../deployments.js'
import { HttpError } from '../http.js'
import { nodeId, renderUser, repoUrl, type EmulatorUrls } from '../render.js'
import type { EmulatorState, RepoRecord } from '../state.js'
import { paginate } from './pagination.js'
import { defineRoutes, requireRepo, type RouteContext } from './registry.js'

/** GitHub keeps at most this many characters of a status's description. */
const STATUS_DESCRIPTION_LIMIT = 140

interface CreateBody {
  ref: string
  task?: string
  auto_merge?: boolean
  required_contexts?: string[]
  payload?: Record<string, unknown> | string
  environment?: string
  description?: string | null
  transient_environment?: boolean
  production_environment?: boolean
}

interface StatusBody {
  state: DeploymentStatusState
  target_url?: string
  log_url?: string
  description?: string
  environment?: string
  environment_url?: string
  auto_inactive?: boolean
}

/**
 * Deployments and their statuses, as the Environments page shows them. A branch behind the default
 * branch is merged first when `auto_merge` is on (GitHub's default): the answer is then 202 and no
 * deployment, or 409 for a branch the test declared conflicting. Commit status checks are not modelled:
 * the emulator has no commit statuses, so `required_contexts` always passes.
 */
export const deployments = defineRoutes('deployments', {
  'repos/create-deployment': (context) => {
    const repo = requireRepo(context)
    const body = context.body as CreateBody
    const sha = repo.git.resolveCommit(body.ref)
    if (!sha) throw new HttpError(422, `No ref found for: ${body.ref}`, context.operation.docsUrl)
    const merge = body.auto_merge !== false ? mergeDefaultBranch(context, repo, body.ref) : undefined
    if (merge) return merge
    const environment = body.environment ?? 'production'
    const record = repo.deployments.add({
      sha,
      ref: body.ref,
      task: body.task ?? 'deploy',
      payload: body.payload ?? {},
      environment,
      originalEnvironment: environment,
      description: body.description ?? '',
      transient: body.transient_environment ?? false,
      production: body.production_environment ?? environment === 'production',
      creator: context.actor.login,
      createdAt: context.state.now(),
    })
    return { status: 201, body: renderDeployment(context.urls, context.state, repo, record) }
  },
  'repos/list-deployments': (context) => {
    const repo = requireRepo(context)
    // `none`, the description's default, means no filter.
    const filter = (value: unknown) => (value === undefined || value === 'none' || value === null ? undefined : String(value))
    const [sha, ref, task, environment] = ['sha', 'ref', 'task', 'environment'].map((name) => filter(context.query[name]))
    const found = repo.deployments.list().filter(
      (d) => (!sha || d.sha === sha) && (!ref || d.ref === ref) && (!task || d.task === task) && (!environment || d.environment.toLowerCase() === environment.toLowerCase()),
    )
    return paginate(context, found, (d) => renderDeployment(context.urls, context.state, repo, d))
  },
  'repos/get-deployment': (context) => {
    const repo = requireRepo(context)
    return { status: 200, body: renderDeployment(context.urls, context.state, repo, requireDeployment(context, repo)) }
  },
  'repos/create-deployment-status': (context) => {
    const repo = requireRepo(context)
    const deployment = requireDeployment(context, repo)
    const body = context.body as StatusBody
    const description = body.description ?? ''
    if (description.length > STATUS_DESCRIPTION_LIMIT)
      throw new HttpError(422, `Validation Failed: description is too long (maximum is ${STATUS_DESCRIPTION_LIMIT} characters)`, context.operation.docsUrl)
    const now = context.state.now()
    const environment = body.environment ?? deployment.statuses.at(-1)?.environment ?? deployment.environment
    // `log_url` replaces `target_url`; setting either sets both.
    const logUrl = body.log_url ?? body.target_url ?? ''
    const status = repo.deployments.addStatus(deployment, {
      state: body.state,
      description,
      environment,
      environmentUrl: body.environment_url ?? '',
      logUrl,
      creator: context.actor.login,
      createdAt: now,
    })
    if (body.state === 'success' && body.auto_inactive !== false) retireEarlier(repo, deployment, context.actor.login, now)
    const rendered = renderStatus(context.urls, context.state, repo, deployment, status)
    return { status: 201, body: rendered, headers: { location: rendered.url } }
  },
  'repos/list-deployment-statuses': (context) => {
    const repo = requireRepo(context)
    const deployment = requireDeployment(context, repo)
    return paginate(context, [...deployment.statuses].reverse(), (s) => renderStatus(context.urls, context.state, repo, deployment, s))
  },
  'repos/get-all-environments': (context) => {
    const repo = requireRepo(context)
    const all = [...repo.deployments.environments.values()].sort((a, b) => a.name.localeCompare(b.name))
    const page = paginate(context, all, (e) => renderEnvironment(context.urls, repo, e))
    return { ...page, body: { total_count: all.length, environments: page.body } }
  },
})

function requireDeployment(context: RouteContext, repo: RepoRecord): DeploymentRecord {
  const deployment = repo.deployments.byId.get(context.params.deployment_id as number)
  if (!deployment) throw new HttpError(404, 'Not Found', context.operation.docsUrl)
  return deployment
}

/**
 * A branch that lacks the default branch's head is merged first, as GitHub does with `auto_merge`: the
 * branch moves to a merge commit and the answer is 202 without a deployment; a conflict is a 409.
 */
function mergeDefaultBranch(context: RouteContext, repo: RepoRecord, ref: string) {
  const branch = ref.replace(/^refs\/heads\//, '')
  const record = repo.git.refs.get(`refs/heads/${branch}`)
  const base = repo.git.refs.get(`refs/heads/${repo.defaultBranch}`)
  if (!record || !base || branch === repo.defaultBranch || repo.git.isAncestor(base.sha, record.sha)) return undefined
  if (repo.deployments.conflicts.has(branch)) throw new HttpError(409, `Conflict merging ${repo.defaultBranch} into ${branch}.`, context.operation.docsUrl)
  const merged = createHash('sha1').update(`merge ${base.sha} into ${record.sha}`).digest('hex')
  repo.git.addCommit(merged, [record.sha, base.sha])
  record.sha = merged
  return { status: 202, body: { message: `Auto-merged ${repo.defaultBranch} into ${branch} on deployment.` } }
}

/** GitHub's `auto_inactive`: earlier successful deployments to the same non-production, lasting environment. */
function retireEarlier(repo: RepoRecord, current: DeploymentRecord, actor: string, now: string): void {
  for (const earlier of repo.deployments.byId.values()) {
    if (earlier.id === current.id || earlier.transient || earlier.production) continue
    if (earlier.environment.toLowerCase() !== current.environment.toLowerCase() || latestState(earlier) !== 'success') continue
    const last = earlier.statuses.at(-1)!
    repo.deployments.addStatus(earlier, { ...last, state: 'inactive', description: '', creator: actor, createdAt: now })
  }
}

export function renderDeployment(urls: EmulatorUrls, state: EmulatorState, repo: RepoRecord, deployment: DeploymentRecord) {
  const url = `${repoUrl(urls, repo)}/deployments/${deployment.id}`
  return {
    url,
    id: deployment.id,
    node_id: nodeId('DE', deployment.id),
    sha: deployment.sha,
    ref: deployment.ref,
    task: deployment.task,
    payload: deployment.payload,
    original_environment: deployment.originalEnvironment,
    environment: deployment.environment,
    description: deployment.description,
    creator: renderUser(urls, state.user(deployment.creator)),
    created_at: deployment.createdAt,
    updated_at: deployment.updatedAt,
    statuses_url: `${url}/statuses`,
    repository_url: repoUrl(urls, repo),
    transient_environment: deployment.transient,
    production_environment: deployment.production,
  }
}

function renderStatus(urls: EmulatorUrls, state: EmulatorState, repo: RepoRecord, deployment: DeploymentRecord, status: DeploymentStatusRecord) {
  const deploymentUrl = `${repoUrl(urls, repo)}/deployments/${deployment.id}`
  return {
    url: `${deploymentUrl}/statuses/${status.id}`,
    id: status.id,
    node_id: nodeId('DES', status.id),
    state: status.state,
    creator: renderUser(urls, state.user(status.creator)),
    description: status.description,
    environment: status.environment,
    target_url: status.logUrl,
    created_at: status.createdAt,
    updated_at: status.createdAt,
    deployment_url: deploymentUrl,
    repository_url: repoUrl(urls, repo),
    environment_url: status.environmentUrl,
    log_url: status.logUrl,
  }
}

function renderEnvironment(urls: EmulatorUrls, repo: RepoRecord, environment: EnvironmentRecord) {
  return {
    id: environment.id,
    node_id: nodeId('EN', environment.id),
    name: environment.name,
    url: `${repoUrl(urls, repo)}/environments/${encodeURIComponent(environment.name)}`,
    html_url: `${urls.server}/${repo.owner}/${repo.name}/deployments/activity_log?environments_filter=${encodeURIComponent(environment.name)}`,
    created_at: environment.createdAt,
    updated_at: environment.updatedAt,
    protection_rules: [],
    deployment_branch_policy: null,
  }
}
