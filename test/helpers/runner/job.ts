/** A job of steps, run on a fresh workspace as a hosted runner gives one. */
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { globSync } from 'tinyglobby'
import { githubContext, runnerContext, type RunContext } from './context.js'
import { WorkflowError, at } from './errors.js'
import { condition, interpolate, interpolateString, strict, type Scope } from './expressions.js'
import { declaredOutputs, runStep, type StepRun } from './steps.js'
import type { JobSpec, StepSpec, WorkflowFile } from './workflow-file.js'

export type JobResult = 'success' | 'failure' | 'skipped' | 'cancelled'

export interface StepsJob {
  file: WorkflowFile
  id: string
  /** As shown in messages: `gate`, `pr / train (depth-3)`. */
  label: string
  spec: JobSpec
  /** github is filled in here; inputs, needs, matrix, strategy, vars and secrets come from the caller. */
  contexts: Record<string, unknown>
  /** The workflow's `env:`, evaluated. */
  env: Record<string, string>
  /** `environment.url`, evaluated once the steps have run, as it may read their outputs. */
  environmentUrl?: unknown
}

export interface JobRunResult {
  result: JobResult
  outputs: Record<string, string>
  steps: StepRun[]
  log: string
  environmentUrl?: string
}

export async function runStepsJob(job: StepsJob, run: RunContext): Promise<JobRunResult> {
  const where = (what: string) => `${job.file.label}: job '${job.label}'${what}`
  const steps = job.spec.steps ?? []
  if (steps.length === 0) throw new WorkflowError(where(': has no steps'))
  const declared = declarations(steps, where)
  const workspace = mkdtempSync(join(run.scratch, `${job.id}-workspace-`))
  const temp = mkdtempSync(join(run.scratch, `${job.id}-temp-`))
  const base = { ...job.contexts, github: githubContext(run, job.id, workspace, job.file.label), runner: runnerContext(temp) }
  const hashFiles = (patterns: string[]) => hashWorkspaceFiles(workspace, patterns)
  let status: 'success' | 'failure' = 'success'
  const scope = (env: Record<string, string>, results: StepRun[]): Scope => ({
    contexts: { ...base, env, job: { status }, steps: stepsContext(results, declared, job.label) },
    status,
    hashFiles,
  })

  let env = { ...job.env, ...evaluateEnv(job.spec.env, scope(job.env, []), where(' env')) }
  const results: StepRun[] = []
  for (const [index, step] of steps.entries()) {
    const id = step.id ?? `__step${index + 1}`
    const name = step.name ?? step.id ?? step.uses ?? (step.run ?? '').split('\n')[0]!
    const stepWhere = where(` step '${step.id ?? name}'`)
    const before = scope(env, results)
    if (!guard(() => condition(step.if, before), `${stepWhere} if`)) {
      results.push({ id, name, outcome: 'skipped', conclusion: 'skipped', outputs: {}, declaredOutputs: declared.get(id)!, summary: '', log: '' })
      continue
    }
    const stepEnv = { ...env, ...evaluateEnv(step.env, before, `${stepWhere} env`) }
    const stepScope = { ...before, contexts: { ...before.contexts, env: stepEnv } }
    const text = (value: unknown) => guard(() => interpolateString(value, stepScope), stepWhere)
    const defaults = { ...job.file.spec.defaults?.run, ...job.spec.defaults?.run }
    const effective: StepSpec = { ...step, shell: step.shell ?? defaults.shell, 'working-directory': step['working-directory'] ?? defaults['working-directory'] }
    const started = Date.now()
    const effects = await guardAsync(() => runStep(effective, { run, job: job.id, workspace, temp, env: stepEnv, text }), stepWhere)
    const continueOnError = guard(() => interpolate(step['continue-on-error'] ?? false, stepScope), `${stepWhere} continue-on-error`)
    const outcome = effects.ok ? 'success' : 'failure'
    const conclusion = outcome === 'failure' && (continueOnError === true || continueOnError === 'true') ? 'success' : outcome
    if (conclusion === 'failure') status = 'failure'
    env = { ...env, ...effects.exported }
    if (effects.path?.length) env.PATH = [...effects.path.reverse(), env.PATH ?? process.env.PATH ?? ''].join(':')
    results.push({ id, name, outcome, conclusion, outputs: effects.outputs, declaredOutputs: declared.get(id)!, summary: effects.summary, log: effects.log })
    run.log(`${job.label} / ${name}: ${outcome} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }

  const final = scope(env, results)
  const outputs = Object.fromEntries(Object.entries(job.spec.outputs ?? {}).map(([key, value]) => [key, guard(() => interpolateString(value, final), where(` outputs.${key}`))]))
  const environmentUrl = job.environmentUrl === undefined ? undefined : guard(() => interpolateString(job.environmentUrl, final), where(' environment.url'))
  const log = results.map((step) => `--- ${step.name}: ${step.outcome}\n${step.log}`).join('\n')
  return { result: status, outputs, steps: results, log, ...(environmentUrl !== undefined && { environmentUrl }) }
}

/** Each step's declared outputs by id; duplicate ids are GitHub's error too. */
function declarations(steps: StepSpec[], where: (what: string) => string): Map<string, (name: string) => boolean> {
  const declared = new Map<string, (name: string) => boolean>()
  for (const [index, step] of steps.entries()) {
    const id = step.id ?? `__step${index + 1}`
    if (declared.has(id)) throw new WorkflowError(where(`: the step id '${id}' is used twice`))
    if (step.run === undefined && step.uses === undefined) throw new WorkflowError(where(` step ${index + 1}: has neither 'uses' nor 'run'`))
    declared.set(id, guard(() => declaredOutputs(step), where(` step '${id}'`)))
  }
  return declared
}

/** `steps.<id>`: only steps that ran or were skipped before this one, and only the outputs each can have. */
function stepsContext(results: StepRun[], declared: Map<string, unknown>, job: string) {
  const values: Record<string, unknown> = {}
  for (const step of results) {
    const outputs = strict(step.outputs, (key) => (step.declaredOutputs(key) ? undefined : `steps.${step.id}.outputs.${key}: step '${step.id}' has no output '${key}'`))
    values[step.id] = { outputs, outcome: step.outcome, conclusion: step.conclusion }
  }
  const ids = [...declared.keys()].filter((id) => !id.startsWith('__'))
  return strict(values, (key) =>
    ids.includes(key) ? `steps.${key}: step '${key}' has not run yet` : `steps.${key}: job '${job}' has no step with id '${key}' (ids: ${ids.join(', ') || 'none'})`,
  )
}

function evaluateEnv(env: Record<string, unknown> | undefined, scope: Scope, where: string): Record<string, string> {
  return Object.fromEntries(Object.entries(env ?? {}).map(([key, value]) => [key, guard(() => interpolateString(value, scope), `${where}.${key}`)]))
}

/** Like the runner's hashFiles: a SHA-256 over each matching file's SHA-256, '' when none match. */
function hashWorkspaceFiles(workspace: string, patterns: string[]): string {
  const files = globSync(patterns, { cwd: workspace, absolute: true, onlyFiles: true }).sort()
  if (files.length === 0) return ''
  const outer = createHash('sha256')
  for (const file of files) outer.update(createHash('sha256').update(readFileSync(file)).digest())
  return outer.digest('hex')
}

export function guard<T>(body: () => T, where: string): T {
  try {
    return body()
  } catch (error) {
    throw at(where, error)
  }
}

async function guardAsync<T>(body: () => Promise<T>, where: string): Promise<T> {
  try {
    return await body()
  } catch (error) {
    if (error instanceof WorkflowError) throw at(where, error)
    throw error
  }
}
