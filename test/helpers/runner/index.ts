/**
 * Runs a workflow locally the way GitHub does, for the end-to-end tests: a caller workflow, the reusable
 * workflows it calls, their jobs in `needs` order (matrix legs one after another), and each step with
 * GitHub's environment contract. This repository's actions run from their committed bundles; checkout,
 * artifacts and setup-* are stood in for; `run:` runs in bash. `${{ }}` is evaluated by GitHub's own
 * expression library, and a name that nothing defines (an input, an output, a job, a step) is an error.
 * A job with `environment:` records its Deployment through the API, as GitHub does.
 *
 *   const run = await runWorkflow({ workflow: 'examples/.github/workflows/mlops.yml', event: pullRequestEvent(...),
 *     github: emulator, checkout: examplesDir, artifacts: new ArtifactStore(dir) })
 *   expect(run.conclusion, run.log).toBe('success')
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ArtifactStore } from './artifacts.js'
import type { GitHubEvent, RunContext } from './context.js'
import { WorkflowError } from './errors.js'
import { dispatchInputs } from './inputs.js'
import { runWorkflowFile, type JobRecord } from './run.js'
import { lintWorkflow } from './lint.js'
import { checkTriggered } from './triggers.js'
import { repoRoot } from '../repo.js'
import { loadWorkflow, needsOf, OWN_REPOSITORY } from './workflow-file.js'

export { ArtifactStore } from './artifacts.js'
export type { GitHubEvent } from './context.js'
export { WorkflowError } from './errors.js'
export type { JobRecord } from './run.js'
export type { StepRun } from './steps.js'

export interface RunWorkflowOptions {
  /** The workflow file that the event triggers. */
  workflow: string
  event: GitHubEvent
  /** Where the actions and scripts reach GitHub: an emulator, or anything with its url, urls.server and token. */
  github: { url: string; urls: { server: string }; token: string }
  /** What actions/checkout leaves in a job's workspace. */
  checkout: string
  artifacts: ArtifactStore
  /** Default {@link OWN_REPOSITORY}. */
  repository?: string
  /** Default the event's: the pull request's merge ref, the push's after, and so on. */
  sha?: string
  ref?: string
  runId?: number
  actor?: string
  secrets?: Record<string, string>
  vars?: Record<string, string>
  /** Where this repository's reusable workflows are read from; default the repository itself. */
  ownRepository?: string
  /** Only these jobs of the workflow (which need no others); default every job. */
  jobs?: string[]
  /** Environment for every step, over the host's. */
  env?: Record<string, string>
}

export interface WorkflowRun {
  runId: number
  conclusion: 'success' | 'failure'
  jobs: JobRecord[]
  /** The job of that name (`pr / gate`); throws when there is none. */
  job(name: string): JobRecord
  /** Every job's and step's log, for assertion messages. */
  log: string
}

let nextRunId = 7_000_001

export async function runWorkflow(options: RunWorkflowOptions): Promise<WorkflowRun> {
  const file = loadWorkflow(options.workflow)
  const { sha, ref } = revision(options)
  checkTriggered(file, options.event, ref)
  lintWorkflow(file, options.ownRepository ?? repoRoot)
  const scratch = mkdtempSync(join(tmpdir(), 'mlops-run-'))
  const lines: string[] = []
  const run: RunContext = {
    event: options.event,
    repository: options.repository ?? OWN_REPOSITORY,
    sha,
    ref,
    runId: options.runId ?? nextRunId++,
    actor: options.actor ?? 'octocat',
    apiUrl: options.github.url,
    serverUrl: options.github.urls.server,
    token: options.github.token,
    secrets: options.secrets ?? {},
    vars: options.vars ?? {},
    artifacts: options.artifacts,
    checkoutFrom: options.checkout,
    ownRepository: options.ownRepository ?? repoRoot,
    scratch,
    hostEnv: options.env ?? {},
    workflowName: file.spec.name ?? file.label,
    log: (line) => {
      lines.push(line)
      // Progress as it happens, when a slow or stuck run needs watching.
      if (process.env.MLOPS_RUNNER_TRACE) process.stderr.write(`${line}\n`)
    },
  }
  try {
    const inputs = dispatchInputs(file, options.event)
    const secrets = { values: { ...run.secrets, GITHUB_TOKEN: run.token }, strict: false }
    for (const id of options.jobs ?? []) {
      if (!file.spec.jobs[id]) throw new WorkflowError(`${file.label} has no job '${id}'`)
      const missing = needsOf(file.spec.jobs[id]!).filter((need) => !options.jobs!.includes(need))
      if (missing.length > 0) throw new WorkflowError(`${file.label}: job '${id}' needs ${missing.join(', ')}, which would not run`)
    }
    const outcome = await runWorkflowFile({ file, inputs, secrets, prefix: '', ...(options.jobs && { only: options.jobs }) }, run)
    const job = (name: string) => {
      const found = outcome.jobs.find((candidate) => candidate.name === name)
      if (!found) throw new Error(`No job '${name}' ran; jobs: ${outcome.jobs.map((candidate) => candidate.name).join(', ')}`)
      return found
    }
    const log = lines.join('\n') + '\n' + outcome.jobs.map((record) => `=== ${record.name}: ${record.result}\n${record.log}`).join('\n')
    return { runId: run.runId, conclusion: outcome.conclusion, jobs: outcome.jobs, job, log }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

/** GITHUB_SHA and GITHUB_REF as GitHub sets them for each event. */
function revision(options: RunWorkflowOptions): { sha: string; ref: string } {
  const payload = options.event.payload as {
    after?: string
    ref?: string
    number?: number
    pull_request?: { head: { sha: string } }
    workflow_run?: { head_sha: string }
    repository?: { default_branch?: string }
  }
  const defaultRef = `refs/heads/${payload.repository?.default_branch ?? 'main'}`
  const byEvent: Record<string, { sha?: string; ref?: string }> = {
    push: { sha: payload.after, ref: payload.ref },
    // The merge commit GitHub makes is not in the payload; the head stands in for it.
    pull_request: { sha: payload.pull_request?.head.sha, ref: `refs/pull/${payload.number}/merge` },
    workflow_dispatch: { ref: payload.ref },
  }
  const fallback = '0123456789abcdef0123456789abcdef01234567'
  const event = byEvent[options.event.name] ?? {}
  return { sha: options.sha ?? event.sha ?? fallback, ref: options.ref ?? event.ref ?? defaultRef }
}
