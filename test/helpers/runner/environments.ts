/**
 * What GitHub does for a job with `environment:`: it records a Deployment of the run's commit to the
 * environment, `in_progress` while the job runs, then `success` or `failure` with the job, the
 * evaluated `url` as the environment URL. Made here through the REST API, so the emulator checks
 * every request against GitHub's description as it does an action's.
 */
import type { RunContext } from './context.js'
import { WorkflowError } from './errors.js'
import type { JobResult } from './job.js'

/** `environment: staging`, or `{ name, url }`: the name is known as the job starts, the url once it ends. */
export function environmentParts(spec: unknown): { name: unknown; url?: unknown } | undefined {
  if (spec === undefined || spec === null) return undefined
  if (typeof spec !== 'object') return { name: spec }
  const { name, url } = spec as { name?: unknown; url?: unknown }
  return { name, ...(url !== undefined && { url }) }
}

export interface EnvironmentDeployment {
  id: number
  finish(result: JobResult, environmentUrl: string): Promise<void>
}

export async function startEnvironmentDeployment(run: RunContext, environment: string, where: string): Promise<EnvironmentDeployment> {
  if (!environment) throw new WorkflowError(`${where}: environment has no name`)
  // GitHub records the branch or tag by its short name, and the run's commit.
  const ref = /^refs\/(heads|tags)\//.test(run.ref) ? run.ref.replace(/^refs\/(heads|tags)\//, '') : run.sha
  const created = await call<{ id: number; sha: string }>(run, 'deployments', { ref, environment, auto_merge: false, required_contexts: [] }, where)
  if (created.sha !== run.sha) throw new WorkflowError(`${where}: the deployment of '${ref}' is at ${created.sha}, not the run's commit ${run.sha}; point the ref at the run's commit`)
  const logUrl = `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}`
  const status = (body: Record<string, unknown>) => call(run, `deployments/${created.id}/statuses`, { log_url: logUrl, ...body }, where)
  await status({ state: 'in_progress' })
  return {
    id: created.id,
    finish: async (result, environmentUrl) => {
      await status({ state: result === 'success' ? 'success' : 'failure', ...(environmentUrl && { environment_url: environmentUrl }) })
    },
  }
}

async function call<T>(run: RunContext, path: string, body: Record<string, unknown>, where: string): Promise<T> {
  const url = `${run.apiUrl}/repos/${run.repository}/${path}`
  const response = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${run.token}`, accept: 'application/vnd.github+json', 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  const text = await response.text()
  if (response.status !== 201) throw new WorkflowError(`${where}: recording the environment's deployment: POST ${url} answered ${response.status}: ${text}`)
  return JSON.parse(text) as T
}
