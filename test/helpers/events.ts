/**
 * Webhook payloads of the events that start the loop's workflows, shaped as GitHub sends them: the
 * fields workflows and actions read carry the values given, and every other field GitHub's webhook
 * description requires is present (see {@link completePayload}).
 */
import type { GitHubEvent } from './runner/index.js'
import { completePayload } from './webhook-payload.js'

export const REPOSITORY = 'mlops-actions/mlops-actions'

export interface PullRequestEventOptions {
  number: number
  headSha: string
  baseSha?: string
  headRef?: string
  baseRef?: string
  /** The head repository when it is a fork: `someone/mlops-actions`. */
  fork?: string
  action?: 'opened' | 'synchronize' | 'reopened'
  repository?: string
}

function repositoryObject(fullName: string, id = 1296269) {
  const [owner = '', name = ''] = fullName.split('/')
  return { id, name, full_name: fullName, owner: { login: owner, type: 'Organization' }, default_branch: 'main', private: false, fork: false, html_url: `https://github.com/${fullName}` }
}

const sender = { login: 'octocat', id: 1, type: 'User' }

export function pullRequestEvent(options: PullRequestEventOptions): GitHubEvent {
  const repository = options.repository ?? REPOSITORY
  const headRepository = options.fork ? { ...repositoryObject(options.fork, 4242), fork: true } : repositoryObject(repository)
  const baseSha = options.baseSha ?? '0123456789abcdef0123456789abcdef01234567'
  return event('pull_request', 'webhook-pull-request-synchronize', {
    action: options.action ?? 'synchronize',
    number: options.number,
    before: baseSha,
    after: options.headSha,
    pull_request: {
      number: options.number,
      state: 'open',
      title: 'Retrain the model',
      html_url: `https://github.com/${repository}/pull/${options.number}`,
      user: sender,
      merged: false,
      head: { label: `${headRepository.owner.login}:${options.headRef ?? 'retrain'}`, ref: options.headRef ?? 'retrain', sha: options.headSha, repo: headRepository, user: headRepository.owner },
      base: { label: `${repository.split('/')[0]}:${options.baseRef ?? 'main'}`, ref: options.baseRef ?? 'main', sha: baseSha, repo: repositoryObject(repository), user: repositoryObject(repository).owner },
    },
    repository: repositoryObject(repository),
    sender,
  })
}

export interface PushEventOptions {
  after: string
  before?: string
  ref?: string
  message?: string
  repository?: string
}

export function pushEvent(options: PushEventOptions): GitHubEvent {
  const repository = options.repository ?? REPOSITORY
  const before = options.before ?? '0123456789abcdef0123456789abcdef01234567'
  const commit = { id: options.after, tree_id: options.after, distinct: true, message: options.message ?? 'Merge pull request', timestamp: '2026-01-01T00:00:00Z', url: `https://github.com/${repository}/commit/${options.after}`, author: { name: 'Octo Cat', email: 'octocat@example.com' }, committer: { name: 'GitHub', email: 'noreply@github.com' }, added: [], removed: [], modified: [] }
  return event('push', 'webhook-push', {
    ref: options.ref ?? 'refs/heads/main',
    before,
    after: options.after,
    created: false,
    deleted: false,
    forced: false,
    base_ref: null,
    compare: `https://github.com/${repository}/compare/${before.slice(0, 12)}...${options.after.slice(0, 12)}`,
    commits: [commit],
    head_commit: commit,
    pusher: { name: 'octocat', email: 'octocat@example.com' },
    repository: repositoryObject(repository),
    sender,
  })
}

/** GitHub sends no webhook for a schedule; the event holds the cron line. */
export function scheduleEvent(cron = '0 6 * * 1', repository = REPOSITORY): GitHubEvent {
  return { name: 'schedule', payload: { schedule: cron, repository: repositoryObject(repository), sender: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' } } }
}

export interface WorkflowRunEventOptions {
  /** The run that completed. */
  runId: number
  /** Its workflow's `name:`. */
  name: string
  /** Its file: `.github/workflows/mlops.yml`. */
  path: string
  headSha: string
  headBranch?: string
  /** The head repository of the pull request it ran for: a fork's `someone/mlops-actions`. */
  headRepository?: string
  event?: string
  conclusion?: 'success' | 'failure'
  pullRequests?: { number: number; headSha: string }[]
  repository?: string
}

export function workflowRunEvent(options: WorkflowRunEventOptions): GitHubEvent {
  const repository = options.repository ?? REPOSITORY
  const head = options.headRepository ?? repository
  const workflow = { id: 161335, name: options.name, path: options.path, state: 'active' }
  return event('workflow_run', 'webhook-workflow-run-completed', {
    action: 'completed',
    workflow,
    workflow_run: {
      id: options.runId,
      name: options.name,
      path: options.path,
      event: options.event ?? 'pull_request',
      status: 'completed',
      conclusion: options.conclusion ?? 'success',
      head_sha: options.headSha,
      head_branch: options.headBranch ?? 'retrain',
      run_attempt: 1,
      run_number: 1,
      workflow_id: workflow.id,
      html_url: `https://github.com/${repository}/actions/runs/${options.runId}`,
      // GitHub lists no pull requests for a run from a fork: the head is not in this repository.
      pull_requests: head === repository ? (options.pullRequests ?? []).map((pr) => ({ number: pr.number, head: { sha: pr.headSha, ref: options.headBranch ?? 'retrain' }, base: { sha: '0123456789abcdef0123456789abcdef01234567', ref: 'main' } })) : [],
      head_repository: { ...repositoryObject(head, head === repository ? 1296269 : 4242), fork: head !== repository },
      repository: repositoryObject(repository),
      actor: sender,
      triggering_actor: sender,
    },
    repository: repositoryObject(repository),
    sender,
  })
}

export function workflowDispatchEvent(workflowPath: string, inputs: Record<string, string> = {}, ref = 'refs/heads/main', repository = REPOSITORY): GitHubEvent {
  return event('workflow_dispatch', 'webhook-workflow-dispatch', { inputs, ref, workflow: workflowPath, repository: repositoryObject(repository), sender })
}

function event(name: string, schema: string, payload: Record<string, unknown>): GitHubEvent {
  return { name, payload: completePayload(schema, payload) }
}
