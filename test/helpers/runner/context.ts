/** What one workflow run shares across its jobs: the event, the run's identity, GitHub, secrets, artifacts. */
import type { ArtifactStore } from './artifacts.js'

export interface GitHubEvent {
  name: string
  payload: Record<string, unknown>
}

export interface RunContext {
  event: GitHubEvent
  /** `owner/name`. */
  repository: string
  sha: string
  ref: string
  runId: number
  actor: string
  /** The emulator (or any API) the actions and `run:` steps are pointed at. */
  apiUrl: string
  serverUrl: string
  token: string
  secrets: Record<string, string>
  vars: Record<string, string>
  artifacts: ArtifactStore
  /** What actions/checkout copies into a job's workspace. */
  checkoutFrom: string
  /** Where `mlops-actions/mlops-actions/.github/workflows/x.yml@ref` is read from. */
  ownRepository: string
  /** Where job workspaces and temp folders are made. */
  scratch: string
  /** Environment for every step on top of the host's (a PATH with the CLI, for example). */
  hostEnv: Record<string, string>
  /** The top-level workflow's name: `github.workflow`, in called workflows too. */
  workflowName: string
  log: (line: string) => void
}

/** Inherited variables that would leak the host's runner or inputs into a step. */
const INHERITED = /^(INPUT_|GITHUB_|RUNNER_|ACTIONS_|NODE_OPTIONS$|NODE_PATH$)/

export function hostEnvironment(run: RunContext): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined && !INHERITED.test(name)) env[name] = value
  return { ...env, ...run.hostEnv }
}

/** The `github` context of a job. */
export function githubContext(run: RunContext, job: string, workspace: string, workflowRef: string): Record<string, unknown> {
  const [owner] = run.repository.split('/')
  const payload = run.event.payload
  const pullRequest = payload.pull_request as { head?: { ref?: string }; base?: { ref?: string } } | undefined
  const refName = run.ref.replace(/^refs\/(heads|tags)\//, '').replace(/^refs\/pull\/(\d+)\/merge$/, '$1/merge')
  return {
    action: '',
    action_path: '',
    actor: run.actor,
    triggering_actor: run.actor,
    api_url: run.apiUrl,
    base_ref: pullRequest?.base?.ref ?? '',
    head_ref: pullRequest?.head?.ref ?? '',
    event: payload,
    event_name: run.event.name,
    event_path: '',
    graphql_url: `${run.apiUrl.replace(/\/v3$/, '')}/graphql`,
    job,
    ref: run.ref,
    ref_name: refName,
    ref_type: run.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    repository: run.repository,
    repository_owner: owner,
    retention_days: '90',
    run_attempt: '1',
    run_id: String(run.runId),
    run_number: '1',
    server_url: run.serverUrl,
    sha: run.sha,
    token: run.token,
    workflow: run.workflowName,
    workflow_ref: workflowRef,
    workspace,
  }
}

/** The variables the runner sets for every step, as GitHub names them. */
export function githubVariables(run: RunContext, job: string, workspace: string, temp: string): Record<string, string> {
  const github = githubContext(run, job, workspace, '')
  return {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTOR: run.actor,
    GITHUB_API_URL: run.apiUrl,
    GITHUB_SERVER_URL: run.serverUrl,
    GITHUB_GRAPHQL_URL: String(github.graphql_url),
    GITHUB_BASE_REF: String(github.base_ref),
    GITHUB_HEAD_REF: String(github.head_ref),
    GITHUB_EVENT_NAME: run.event.name,
    GITHUB_JOB: job,
    GITHUB_REF: run.ref,
    GITHUB_REF_NAME: String(github.ref_name),
    GITHUB_REPOSITORY: run.repository,
    GITHUB_REPOSITORY_OWNER: String(github.repository_owner),
    GITHUB_RUN_ID: String(run.runId),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_SHA: run.sha,
    GITHUB_WORKFLOW: run.workflowName,
    GITHUB_WORKSPACE: workspace,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: temp,
  }
}

export function runnerContext(temp: string): Record<string, string> {
  return { os: 'Linux', arch: 'X64', name: 'local', environment: 'github-hosted', temp, tool_cache: temp, debug: '' }
}
