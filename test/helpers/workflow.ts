import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { pushEvent } from './events.js'
import { ArtifactStore, runWorkflow } from './runner/index.js'

/**
 * Runs one job of this repository's self-test workflows with the local workflow runner (see
 * runner/index.ts): the workflow is linted whole, `./actions/<name>` runs the committed bundle,
 * actions/checkout copies `workspace`, and `${{ }}` is evaluated by GitHub's expression library. The
 * self-tests reach no GitHub API: their API URL answers nothing.
 */

export interface StepResult {
  name: string
  outcome: 'success' | 'failure' | 'skipped'
  /** The outcome after continue-on-error. */
  conclusion?: 'success' | 'failure' | 'skipped'
  outputs: Record<string, string>
  log: string
}

export interface JobResult {
  conclusion: 'success' | 'failure'
  steps: StepResult[]
  /** Every step's name and log, for assertion messages. */
  log: string
}

export function readWorkflow(path: string): { env?: Record<string, unknown>; jobs: Record<string, unknown> } {
  return parseYaml(readFileSync(path, 'utf8'))
}

/** Nothing listens on the discard port: a step that calls GitHub fails at once. */
const NO_GITHUB = { url: 'http://127.0.0.1:9/api/v3', urls: { server: 'http://127.0.0.1:9' }, token: 'ghs_selfTestsReachNoGitHub' }

export async function runWorkflowJob(workflowPath: string, jobId: string, workspace: string): Promise<JobResult> {
  const store = mkdtempSync(join(tmpdir(), 'mlops-self-test-artifacts-'))
  try {
    const run = await runWorkflow({ workflow: workflowPath, jobs: [jobId], event: pushEvent({ after: '0123456789abcdef0123456789abcdef01234568' }), github: NO_GITHUB, checkout: workspace, artifacts: new ArtifactStore(store) })
    const job = run.job(jobId)
    const steps = job.steps.map(({ name, outcome, conclusion, outputs, log }) => ({ name, outcome, conclusion, outputs, log }))
    return { conclusion: job.result === 'success' ? 'success' : 'failure', steps, log: run.log }
  } finally {
    rmSync(store, { recursive: true, force: true })
  }
}
