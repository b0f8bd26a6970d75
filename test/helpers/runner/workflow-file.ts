/** The parts of a workflow file the runner reads, and where a `uses:` points. */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { repoRoot } from '../repo.js'
import { WorkflowError } from './errors.js'

export interface StepSpec {
  id?: string
  name?: string
  uses?: string
  run?: string
  shell?: string
  'working-directory'?: string
  with?: Record<string, unknown>
  env?: Record<string, unknown>
  if?: unknown
  'continue-on-error'?: unknown
}

export interface JobSpec {
  name?: string
  needs?: string | string[]
  if?: unknown
  'runs-on'?: unknown
  environment?: unknown
  permissions?: unknown
  concurrency?: unknown
  strategy?: { matrix?: unknown; 'fail-fast'?: unknown; 'max-parallel'?: unknown }
  outputs?: Record<string, string>
  env?: Record<string, unknown>
  defaults?: { run?: { 'working-directory'?: string; shell?: string } }
  'continue-on-error'?: unknown
  steps?: StepSpec[]
  /** A reusable workflow called as this job. */
  uses?: string
  with?: Record<string, unknown>
  secrets?: 'inherit' | Record<string, unknown>
}

export interface CallInput {
  type?: 'string' | 'boolean' | 'number'
  required?: boolean
  default?: unknown
  description?: string
}

export interface DispatchInput {
  type?: 'string' | 'boolean' | 'number' | 'choice' | 'environment'
  required?: boolean
  default?: unknown
  options?: string[]
}

export interface WorkflowCall {
  inputs?: Record<string, CallInput>
  secrets?: Record<string, { required?: boolean }>
  outputs?: Record<string, { value: string; description?: string }>
}

export interface WorkflowSpec {
  name?: string
  on: Record<string, unknown>
  env?: Record<string, unknown>
  permissions?: unknown
  concurrency?: unknown
  defaults?: JobSpec['defaults']
  jobs: Record<string, JobSpec>
}

export interface WorkflowFile {
  /** Absolute path. */
  path: string
  /** As messages name it: relative to the repository it sits in, `.github/workflows/x.yml`. */
  label: string
  /** The repository the file belongs to: the folder holding `.github`. */
  repository: string
  spec: WorkflowSpec
}

/** The slug this repository's own workflows and actions are referenced by. */
export const OWN_REPOSITORY = 'mlops-actions/mlops-actions'

export function loadWorkflow(path: string): WorkflowFile {
  const absolute = resolve(path)
  if (!existsSync(absolute)) throw new WorkflowError(`${path}: no such workflow file`)
  const raw = parseYaml(readFileSync(absolute, 'utf8')) as Record<string, unknown> | null
  if (!raw || typeof raw !== 'object' || !raw.jobs) throw new WorkflowError(`${path}: not a workflow (no jobs)`)
  const repository = dirname(dirname(dirname(absolute)))
  return { path: absolute, label: relative(repository, absolute) || absolute, repository, spec: { ...(raw as object), on: triggers(raw.on) } as WorkflowSpec }
}

/** `on: push`, `on: [push, pull_request]` and the mapping form, as one mapping. */
function triggers(on: unknown): Record<string, unknown> {
  if (typeof on === 'string') return { [on]: null }
  if (Array.isArray(on)) return Object.fromEntries(on.map((name) => [String(name), null]))
  if (on && typeof on === 'object') return on as Record<string, unknown>
  return {}
}

export function workflowCall(file: WorkflowFile): WorkflowCall | undefined {
  if (!('workflow_call' in file.spec.on)) return undefined
  return (file.spec.on.workflow_call ?? {}) as WorkflowCall
}

/**
 * `./.github/workflows/x.yml` in the caller's repository, or this repository's workflow at any ref,
 * read from `ownRepository` (a test may point it at a copy it changed).
 */
export function resolveReusable(uses: string, caller: WorkflowFile, ownRepository = repoRoot): string {
  if (uses.startsWith('./')) return join(caller.repository, uses)
  const own = new RegExp(`^${OWN_REPOSITORY}/(\\.github/workflows/[^/@]+\\.ya?ml)@.+$`, 'i').exec(uses)
  if (own) return join(ownRepository, own[1]!)
  throw new WorkflowError(`the local runner cannot call the workflow '${uses}'`)
}

/** This repository's action that a step's `uses:` names, if it names one. */
export function ownAction(uses: string): string | undefined {
  const local = /^\.\/actions\/([\w-]+)\/?$/.exec(uses)
  if (local) return local[1]
  const remote = new RegExp(`^${OWN_REPOSITORY}/actions/([\\w-]+)@.+$`, 'i').exec(uses)
  return remote?.[1]
}

export interface ActionDefinition {
  inputs: Record<string, { required?: boolean; default?: string }>
  outputs: Record<string, unknown>
}

export function actionDefinition(action: string): ActionDefinition {
  const path = join(repoRoot, 'actions', action, 'action.yml')
  if (!existsSync(path)) throw new WorkflowError(`there is no action 'actions/${action}' (no ${relative(repoRoot, path)})`)
  const spec = parseYaml(readFileSync(path, 'utf8')) as Partial<ActionDefinition>
  return { inputs: spec.inputs ?? {}, outputs: spec.outputs ?? {} }
}

/** A job's `needs`, always a list. */
export function needsOf(job: JobSpec): string[] {
  if (job.needs === undefined) return []
  return Array.isArray(job.needs) ? job.needs : [job.needs]
}
