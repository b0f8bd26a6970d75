/** A workflow's jobs in `needs` order, with matrices, job outputs and calls to reusable workflows. */
import { githubContext, type RunContext } from './context.js'
import { startEnvironmentDeployment, environmentParts } from './environments.js'
import { WorkflowError } from './errors.js'
import { condition, interpolateDeep, interpolateString, strict, type Scope } from './expressions.js'
import { callInputs, callSecrets, inputsContext, secretsContext } from './inputs.js'
import { guard, runStepsJob, type JobResult } from './job.js'
import { expandMatrix, legLabel, type Leg } from './matrix.js'
import { grantOf, nestedGrant, type Grant } from './permissions.js'
import type { StepRun } from './steps.js'
import { loadWorkflow, needsOf, resolveReusable, workflowCall, type JobSpec, type WorkflowFile } from './workflow-file.js'

export interface JobRecord {
  /** `gate`, or `pr / train (depth-3)` for a leg of a called workflow's matrix job. */
  name: string
  /** The job's `name:` as evaluated, as the checks list shows it. */
  displayName?: string
  /** The workflow file the job is in. */
  workflow: string
  job: string
  result: JobResult
  outputs: Record<string, string>
  steps: StepRun[]
  matrix?: Leg
  /** `environment:` as evaluated (a name, or `{ name, url }`); GitHub records a Deployment there, following the job. */
  environment?: unknown
  /** The token's scopes, after the caller's bounds were checked; undefined for the repository's default. */
  permissions?: Grant
  log: string
}

export interface WorkflowOutcome {
  conclusion: 'success' | 'failure'
  /** A called workflow's `on.workflow_call.outputs`. */
  outputs: Record<string, string>
  /** Every job that ran or was skipped, called workflows' jobs included, in the order they ran. */
  jobs: JobRecord[]
}

/** What a workflow sees of its caller. */
export interface Invocation {
  file: WorkflowFile
  inputs: Record<string, unknown>
  secrets: { values: Record<string, string>; strict: boolean }
  /** `pr / ` for the jobs of a workflow called by job `pr`. */
  prefix: string
  /** What the calling job's token may do; undefined at the top, where the repository's default applies. */
  allowed?: Grant
  /** Only these jobs, as a re-run of selected jobs; they may not need others. Default: every job. */
  only?: string[]
}

export async function runWorkflowFile(invocation: Invocation, run: RunContext): Promise<WorkflowOutcome> {
  const { file } = invocation
  const jobs: JobRecord[] = []
  const finished = new Map<string, { result: JobResult; outputs: Record<string, string> }>()
  const base = {
    inputs: inputsContext(file, invocation.inputs),
    secrets: secretsContext(file, invocation.secrets),
    vars: strict(run.vars, () => undefined),
  }
  const github = githubContext(run, '', '', file.label)
  const workflowEnv = Object.fromEntries(
    Object.entries(file.spec.env ?? {}).map(([key, value]) => [key, guard(() => interpolateString(value, { contexts: { ...base, github } }), `${file.label}: env.${key}`)]),
  )
  guard(() => interpolateDeep(file.spec.concurrency, { contexts: { ...base, github } }), `${file.label}: concurrency`)
  for (const id of jobOrder(file).filter((job) => !invocation.only || invocation.only.includes(job))) {
    const spec = file.spec.jobs[id]!
    const label = invocation.prefix + id
    const grant = guard(() => nestedGrant(invocation.allowed, grantOf(spec.permissions ?? file.spec.permissions), label), file.label)
    const needs = needsContext(file, id, finished, run.ownRepository)
    const status = needsStatus(file, id, finished)
    const scope: Scope = { contexts: { ...base, github, needs }, status }
    if (!guard(() => condition(spec.if, scope), `${file.label}: job '${label}' if`)) {
      finished.set(id, { result: 'skipped', outputs: {} })
      jobs.push({ name: label, workflow: file.label, job: id, result: 'skipped', outputs: {}, steps: [], log: '' })
      continue
    }
    const legs = spec.strategy?.matrix === undefined ? [undefined] : guard(() => expandMatrix(interpolateDeep(spec.strategy!.matrix, scope)), `${file.label}: job '${label}'`)
    let result: JobResult = 'success'
    const outputs: Record<string, string> = {}
    for (const [index, leg] of legs.entries()) {
      const legName = leg ? `${label} (${legLabel(leg)})` : label
      if (result === 'failure' && spec.strategy?.['fail-fast'] !== false) {
        jobs.push({ name: legName, workflow: file.label, job: id, result: 'cancelled', outputs: {}, steps: [], matrix: leg, log: '' })
        continue
      }
      const matrix = strict(leg ?? {}, (key) => `matrix.${key}: job '${label}' has no matrix value '${key}'`)
      const strategy = { 'fail-fast': spec.strategy?.['fail-fast'] ?? true, 'job-index': index, 'job-total': legs.length, 'max-parallel': legs.length }
      const legScope: Scope = { contexts: { ...scope.contexts, matrix, strategy } }
      const where = `${file.label}: job '${legName}'`
      const environmentSpec = environmentParts(spec.environment)
      const environmentName = environmentSpec && String(guard(() => interpolateDeep(environmentSpec.name, legScope), `${where} environment`) ?? '')
      // Evaluated only to catch a name nothing defines; the runner has no use for them.
      const shown = guard(() => interpolateDeep({ name: spec.name, 'runs-on': spec['runs-on'], concurrency: spec.concurrency }, legScope), where) as { name?: string }
      const deployment = environmentName === undefined || spec.uses ? undefined : await startEnvironmentDeployment(run, environmentName, where)
      const record = spec.uses
        ? await callWorkflow(invocation, legName, spec, legScope, run, jobs, grant)
        : { ...(await runStepsJob({ file, id, label: legName, spec, contexts: legScope.contexts, env: workflowEnv, environmentUrl: environmentSpec?.url }, run)) }
      await deployment?.finish(record.result, record.environmentUrl ?? '')
      const environment = environmentSpec?.url === undefined ? environmentName : { name: environmentName, url: record.environmentUrl }
      jobs.push({ name: legName, displayName: shown.name ?? legName, workflow: file.label, job: id, result: record.result, outputs: record.outputs, steps: record.steps, matrix: leg, environment, permissions: grant, log: record.log })
      if (record.result === 'failure') result = 'failure'
      for (const [key, value] of Object.entries(record.outputs)) if (value !== '' || !(key in outputs)) outputs[key] = value
    }
    const tolerated = result === 'failure' && (spec['continue-on-error'] === true || spec['continue-on-error'] === 'true')
    finished.set(id, { result: tolerated ? 'success' : result, outputs })
  }
  const conclusion = [...finished.values()].some((job) => job.result === 'failure') ? 'failure' : 'success'
  return { conclusion, outputs: workflowOutputs(invocation, finished, base, github, run.ownRepository), jobs }
}

/** A job that calls a reusable workflow: its `with:` and `secrets:` bound and checked, its jobs run under this one's name. */
async function callWorkflow(caller: Invocation, label: string, spec: JobSpec, scope: Scope, run: RunContext, jobs: JobRecord[], allowed: Grant | undefined) {
  const where = `${caller.file.label}: job '${label}'`
  const file = guard(() => loadWorkflow(resolveReusable(spec.uses!, caller.file, run.ownRepository)), where)
  const call = workflowCall(file)
  if (!call) throw new WorkflowError(`${where}: ${file.label} has no 'on: workflow_call' trigger`)
  const given = guard(() => interpolateDeep(spec.with ?? {}, scope) as Record<string, unknown>, `${where} with`)
  const inputs = guard(() => callInputs(file, call, given, { contexts: { github: scope.contexts.github } }), where)
  const secrets = guard(() => callSecrets(file, call, spec.secrets, caller.secrets.values, scope), where)
  const outcome = await runWorkflowFile({ file, inputs, secrets, prefix: `${label} / `, ...(allowed && { allowed }) }, run)
  jobs.push(...outcome.jobs)
  return { result: outcome.conclusion as JobResult, outputs: outcome.outputs, steps: [] as StepRun[], log: '', environmentUrl: undefined as string | undefined }
}

/** Jobs so that each comes after its needs; unknown needs and cycles are GitHub's errors too. */
function jobOrder(file: WorkflowFile): string[] {
  const order: string[] = []
  const visiting = new Set<string>()
  const visit = (id: string, from?: string) => {
    if (order.includes(id)) return
    if (!file.spec.jobs[id]) throw new WorkflowError(`${file.label}: job '${from}' depends on unknown job '${id}'`)
    if (visiting.has(id)) throw new WorkflowError(`${file.label}: job '${id}' is part of a dependency cycle`)
    visiting.add(id)
    for (const need of needsOf(file.spec.jobs[id]!)) visit(need, id)
    visiting.delete(id)
    order.push(id)
  }
  for (const id of Object.keys(file.spec.jobs)) visit(id)
  return order
}

/** `needs.<job>.outputs.<name>` and `.result`, for the jobs this one needs, with the outputs each declares. */
function needsContext(file: WorkflowFile, id: string, finished: Map<string, { result: JobResult; outputs: Record<string, string> }>, ownRepository: string) {
  const needs = needsOf(file.spec.jobs[id]!)
  const values: Record<string, unknown> = {}
  for (const need of needs) {
    const done = finished.get(need)!
    const declared = declaredJobOutputs(file, need, ownRepository)
    values[need] = {
      result: done.result,
      outputs: strict(done.outputs, (key) => (declared.includes(key) ? undefined : `needs.${need}.outputs.${key}: job '${need}' has no output '${key}' (outputs: ${declared.join(', ') || 'none'})`)),
    }
  }
  return strict(values, (key) => `needs.${key}: job '${id}' does not need '${key}' (needs: ${needs.join(', ') || 'none'})`)
}

function declaredJobOutputs(file: WorkflowFile, id: string, ownRepository: string): string[] {
  const spec = file.spec.jobs[id]!
  if (!spec.uses) return Object.keys(spec.outputs ?? {})
  const called = loadWorkflow(resolveReusable(spec.uses, file, ownRepository))
  return Object.keys(workflowCall(called)?.outputs ?? {})
}

function needsStatus(file: WorkflowFile, id: string, finished: Map<string, { result: JobResult }>): Scope['status'] {
  const results = needsOf(file.spec.jobs[id]!).map((need) => finished.get(need)!.result)
  if (results.includes('failure')) return 'failure'
  if (results.includes('cancelled')) return 'cancelled'
  if (results.includes('skipped')) return 'skipped'
  return 'success'
}

/** A called workflow's outputs, from `jobs.<job>.outputs.<name>`. */
function workflowOutputs(invocation: Invocation, finished: Map<string, { result: JobResult; outputs: Record<string, string> }>, base: Record<string, unknown>, github: unknown, ownRepository: string) {
  const { file } = invocation
  const declared = workflowCall(file)?.outputs
  if (!declared || invocation.prefix === '') return {}
  const values: Record<string, unknown> = {}
  for (const [id, done] of finished) {
    const names = declaredJobOutputs(file, id, ownRepository)
    values[id] = { result: done.result, outputs: strict(done.outputs, (key) => (names.includes(key) ? undefined : `jobs.${id}.outputs.${key}: job '${id}' has no output '${key}'`)) }
  }
  const jobs = strict(values, (key) => `jobs.${key}: ${file.label} has no job '${key}'`)
  const scope: Scope = { contexts: { ...base, github, jobs } }
  return Object.fromEntries(Object.entries(declared).map(([name, output]) => [name, guard(() => interpolateString(output?.value, scope), `${file.label}: on.workflow_call.outputs.${name}`)]))
}
