import { readFileSync } from 'node:fs'
import { UserError } from '../errors/index.js'

/** What a run knows about where it runs, read once from GitHub's environment variables. */
export interface GitHubContext {
  eventName?: string
  /** owner/name */
  repository?: string
  apiUrl?: string
  workflow?: string
  job?: string
  /** The pull request or issue the event is about. */
  issueNumber?: number
  /** True on a pull request from a fork, whose token GitHub makes read-only. */
  fromFork: boolean
  sha?: string
  /** On a `workflow_run` event: the run that triggered this one, whose commit a comment it posts must be about. */
  workflowRun?: { id: number; headSha: string; htmlUrl?: string }
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment'])

/** Reads GitHub's variables and the event payload; the host calls it once, with its environment. */
export function githubContext(env: Readonly<Record<string, string | undefined>>): GitHubContext {
  const payload = readEventPayload(env.GITHUB_EVENT_PATH)
  const pullRequest = record(payload.pull_request)
  const number = pullRequest?.number ?? record(payload.issue)?.number
  const head = record(record(pullRequest?.head)?.repo)
  const base = record(record(pullRequest?.base)?.repo)
  return {
    eventName: env.GITHUB_EVENT_NAME || undefined,
    repository: env.GITHUB_REPOSITORY || undefined,
    apiUrl: env.GITHUB_API_URL || undefined,
    workflow: env.GITHUB_WORKFLOW || undefined,
    job: env.GITHUB_JOB || undefined,
    ...(typeof number === 'number' && { issueNumber: number }),
    fromFork: Boolean(head && base && head.full_name !== base.full_name),
    ...workflowRunOf(record(payload.workflow_run)),
    sha: (typeof record(pullRequest?.head)?.sha === 'string' ? (record(pullRequest!.head)!.sha as string) : env.GITHUB_SHA) || undefined,
  }
}

export function isPullRequestEvent(context: GitHubContext): boolean {
  return context.eventName !== undefined && PULL_REQUEST_EVENTS.has(context.eventName)
}

export function splitRepository(repository: string): { owner: string; repo: string } {
  const [owner, repo, extra] = repository.split('/')
  if (!owner || !repo || extra !== undefined) throw new UserError(`GITHUB_REPOSITORY must be owner/name, not '${repository}'.`)
  return { owner, repo }
}

function workflowRunOf(run: Record<string, any> | undefined): Pick<GitHubContext, 'workflowRun'> {
  if (typeof run?.id !== 'number' || typeof run.head_sha !== 'string') return {}
  return { workflowRun: { id: run.id, headSha: run.head_sha, ...(typeof run.html_url === 'string' && { htmlUrl: run.html_url }) } }
}

function readEventPayload(path: string | undefined): Record<string, unknown> {
  if (!path) return {}
  try {
    return record(JSON.parse(readFileSync(path, 'utf8'))) ?? {}
  } catch {
    throw new UserError(`GITHUB_EVENT_PATH: cannot read the event payload at '${path}'.`)
  }
}

function record(value: unknown): Record<string, any> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, any>) : undefined
}
