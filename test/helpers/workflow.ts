import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { runBundledAction } from './action.js'

/**
 * Runs one job of a workflow locally, for the workflows that exercise this repository's own actions.
 * It knows just enough of the runner to do that: `actions/checkout` is a no-op (the workspace is
 * already the repository), `uses: ./actions/<name>` runs the committed bundle, `run:` runs bash
 * as GitHub does, and `${{ }}` may only read runner.temp, github.workspace and earlier steps.
 */

interface StepSpec {
  id?: string
  name?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
  env?: Record<string, unknown>
  if?: string
  'continue-on-error'?: boolean
}

interface JobSpec {
  env?: Record<string, unknown>
  steps: StepSpec[]
}

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

export function readWorkflow(path: string): { env?: Record<string, unknown>; jobs: Record<string, JobSpec> } {
  return parseYaml(readFileSync(path, 'utf8'))
}

export async function runWorkflowJob(workflowPath: string, jobId: string, workspace: string): Promise<JobResult> {
  const workflow = readWorkflow(workflowPath)
  const job = workflow.jobs[jobId]
  if (!job) throw new Error(`${workflowPath} has no job '${jobId}'`)
  const runnerTemp = mkdtempSync(join(tmpdir(), 'mlops-runner-temp-'))
  const byId = new Map<string, StepResult>()
  const steps: StepResult[] = []
  let failed = false
  try {
    for (const [index, step] of job.steps.entries()) {
      const name = step.name ?? step.id ?? step.uses ?? `step ${index + 1}`
      if (step.if !== undefined) throw new Error(`${name}: 'if:' is not supported by this local runner`)
      let result: StepResult
      if (failed) {
        result = { name, outcome: 'skipped', outputs: {}, log: '' }
      } else {
        const evaluate = (value: unknown) => evaluateExpressions(String(value), { runnerTemp, workspace, steps: byId })
        result = await runStep(step, name, evaluate, { ...workflow.env, ...job.env, ...step.env }, { runnerTemp, workspace })
        if (result.outcome === 'failure' && !step['continue-on-error']) failed = true
      }
      result.conclusion = result.outcome === 'failure' && step['continue-on-error'] ? 'success' : result.outcome
      steps.push(result)
      if (step.id) byId.set(step.id, result)
    }
  } finally {
    rmSync(runnerTemp, { recursive: true, force: true })
  }
  const log = steps.map((step) => `--- ${step.name}: ${step.outcome}\n${step.log}`).join('\n')
  return { conclusion: failed ? 'failure' : 'success', steps, log }
}

async function runStep(
  step: StepSpec,
  name: string,
  evaluate: (value: unknown) => string,
  envSpec: Record<string, unknown>,
  context: { runnerTemp: string; workspace: string },
): Promise<StepResult> {
  const env = Object.fromEntries(Object.entries(envSpec).map(([key, value]) => [key, evaluate(value)]))
  if (step.uses?.startsWith('actions/checkout@')) return { name, outcome: 'success', outputs: {}, log: 'workspace is the repository copy' }
  if (step.uses?.startsWith('./actions/')) {
    const action = step.uses.slice('./actions/'.length).replace(/\/$/, '')
    const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([key, value]) => [key, evaluate(value)]))
    const run = await runBundledAction(action, { inputs, env, cwd: context.workspace, runnerTemp: context.runnerTemp })
    return { name, outcome: run.exitCode === 0 ? 'success' : 'failure', outputs: run.outputs, log: run.stdout + run.stderr }
  }
  if (step.run !== undefined) {
    // GitHub's default shell on Linux: `bash --noprofile --norc -eo pipefail {0}`.
    const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', evaluate(step.run)], {
      cwd: context.workspace,
      encoding: 'utf8',
      env: { ...process.env, ...env, GITHUB_WORKSPACE: context.workspace, RUNNER_TEMP: context.runnerTemp },
    })
    return { name, outcome: run.status === 0 ? 'success' : 'failure', outputs: {}, log: `${run.stdout}${run.stderr}${run.error ?? ''}` }
  }
  throw new Error(`${name}: this local runner cannot run '${step.uses}'`)
}

function evaluateExpressions(text: string, context: { runnerTemp: string; workspace: string; steps: Map<string, StepResult> }): string {
  return text.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression: string) => {
    if (expression === 'runner.temp') return context.runnerTemp
    if (expression === 'github.workspace') return context.workspace
    const step = /^steps\.([\w-]+)\.(outcome|conclusion|outputs\.([\w-]+))$/.exec(expression)
    if (!step) throw new Error(`this local runner cannot evaluate '\${{ ${expression} }}'`)
    const result = context.steps.get(step[1])
    if (!result) throw new Error(`'\${{ ${expression} }}' reads step '${step[1]}', which has not run`)
    if (step[2] === 'outcome') return result.outcome
    if (step[2] === 'conclusion') return result.conclusion ?? result.outcome
    return result.outputs[step[3]] ?? ''
  })
}
