import { existsSync, readFileSync } from 'node:fs'
import { parse as parseYaml } from 'yaml'
import { repoPath } from './repo.js'

/**
 * Static checks of the workflows users run: the reusable workflows, the starters and the examples.
 * Each check returns its problems as one line each, naming the job, step or reference at fault.
 */

interface StepSpec {
  id?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
}

interface JobSpec {
  uses?: string
  with?: Record<string, unknown>
  secrets?: Record<string, unknown> | 'inherit'
  needs?: string | string[]
  outputs?: Record<string, string>
  steps?: StepSpec[]
  permissions?: unknown
  concurrency?: unknown
}

interface WorkflowSpec {
  on: unknown
  permissions?: unknown
  concurrency?: unknown
  jobs: Record<string, JobSpec>
}

interface WorkflowCallSpec {
  inputs?: Record<string, { required?: boolean; default?: unknown }>
  secrets?: Record<string, { required?: boolean }>
  outputs?: Record<string, unknown>
}

export interface WorkflowFile {
  file: string
  text: string
  spec: WorkflowSpec
  steps: (StepSpec & { job: string })[]
  /** Jobs that call one of this repository's reusable workflows; `workflow` is its file name. */
  calls: { job: string; workflow: string; with: Record<string, unknown>; secrets: JobSpec['secrets'] }[]
}

const OWN = 'mlops-actions/mlops-actions'
const OWN_ACTION = /^mlops-actions\/mlops-actions\/actions\/([\w-]+)@(.+)$/
const OWN_WORKFLOW = /^mlops-actions\/mlops-actions\/\.github\/workflows\/([\w-]+\.ya?ml)@(.+)$/

/** The one pin of each third-party action, by commit, with the release it is. */
export const PINS: Record<string, string> = {
  'actions/checkout': '08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0',
  'actions/upload-artifact': 'ea165f8d65b6e75b540449e92b4886f43607fa02 # v4.6.2',
  'actions/download-artifact': 'd3f86a106a0bac45b974a628896c90dbdf5c8093 # v4.3.0',
  'actions/setup-python': 'a26af69be951a213d495a4c3e4e4022e16d87065 # v5.6.0',
  'actions/setup-node': '49933ea5288caeca8642d1e84afbd3f7d6820020 # v4.4.0',
}

/** Outputs of the third-party actions the workflows may read. */
const THIRD_PARTY_OUTPUTS: Record<string, string[]> = {
  'actions/checkout': ['ref', 'commit'],
  'actions/upload-artifact': ['artifact-id', 'artifact-url', 'artifact-digest'],
  'actions/download-artifact': ['download-path'],
  'actions/setup-python': ['python-version', 'python-path', 'cache-hit'],
  'actions/setup-node': ['node-version', 'cache-hit'],
}

export function readWorkflowFile(file: string, text: string): WorkflowFile {
  const spec = parseYaml(text) as WorkflowSpec
  const jobs = Object.entries(spec.jobs ?? {})
  return {
    file,
    text,
    spec,
    steps: jobs.flatMap(([job, spec]) => (spec.steps ?? []).map((step) => ({ ...step, job }))),
    calls: jobs.flatMap(([job, spec]) => {
      const match = OWN_WORKFLOW.exec(spec.uses ?? '')
      return match ? [{ job, workflow: match[1]!, with: spec.with ?? {}, secrets: spec.secrets }] : []
    }),
  }
}

interface ActionMetadata {
  inputs?: Record<string, { required?: boolean }>
  outputs?: Record<string, unknown>
}

function actionMetadata(name: string): ActionMetadata | undefined {
  const path = repoPath('actions', name, 'action.yml')
  return existsSync(path) ? (parseYaml(readFileSync(path, 'utf8')) as ActionMetadata) : undefined
}

function workflowCall(file: string): WorkflowCallSpec | undefined {
  const path = repoPath('.github', 'workflows', file)
  if (!existsSync(path)) return undefined
  const on = (parseYaml(readFileSync(path, 'utf8')) as WorkflowSpec).on as { workflow_call?: WorkflowCallSpec | null }
  return on?.workflow_call ?? undefined
}

const ownAction = (uses: string | undefined) => OWN_ACTION.exec(uses ?? '')?.[1]

/** Inputs given to this repository's actions: each declared in its action.yml, every required one given. */
export function stepProblems(workflow: WorkflowFile): string[] {
  const problems: string[] = []
  for (const step of workflow.steps) {
    const name = ownAction(step.uses)
    if (!name) continue
    const metadata = actionMetadata(name)
    if (!metadata) {
      problems.push(`job ${step.job}: no actions/${name}/action.yml`)
      continue
    }
    const inputs = metadata.inputs ?? {}
    const given = step.with ?? {}
    for (const input of Object.keys(given)) if (!(input in inputs)) problems.push(`job ${step.job}: ${name} has no input '${input}'`)
    for (const [input, spec] of Object.entries(inputs)) if (spec?.required && !(input in given)) problems.push(`job ${step.job}: ${name} needs input '${input}'`)
  }
  return problems
}

/** Inputs and secrets given to this repository's reusable workflows, against their `on.workflow_call`. */
export function callProblems(workflow: WorkflowFile): string[] {
  const problems: string[] = []
  for (const call of workflow.calls) {
    const declared = workflowCall(call.workflow)
    if (!declared) {
      problems.push(`job ${call.job}: no reusable workflow .github/workflows/${call.workflow}`)
      continue
    }
    const inputs = declared.inputs ?? {}
    for (const input of Object.keys(call.with)) if (!(input in inputs)) problems.push(`job ${call.job}: ${call.workflow} has no input '${input}'`)
    for (const [input, spec] of Object.entries(inputs)) {
      if (spec?.required && !(input in call.with)) problems.push(`job ${call.job}: ${call.workflow} needs input '${input}'`)
    }
    if (call.secrets === 'inherit') continue
    const secrets = declared.secrets ?? {}
    for (const secret of Object.keys(call.secrets ?? {})) if (!(secret in secrets)) problems.push(`job ${call.job}: ${call.workflow} has no secret '${secret}'`)
  }
  return problems
}

const REFERENCE = /\b(steps|needs|jobs)\.([\w-]+)\.outputs\.([\w-]+)/g

/** Every `steps.<id>.outputs.<name>`, `needs.<job>.outputs.<name>` and `jobs.<job>.outputs.<name>` names an output that exists. */
export function outputProblems(workflow: WorkflowFile): string[] {
  const problems: string[] = []
  const { jobs } = workflow.spec
  const jobOutputs = (job: string): string[] | undefined => {
    const spec = jobs[job]
    if (!spec) return undefined
    const call = OWN_WORKFLOW.exec(spec.uses ?? '')
    return call ? Object.keys(workflowCall(call[1]!)?.outputs ?? {}) : Object.keys(spec.outputs ?? {})
  }
  const check = (reference: string, owner: string, outputs: string[] | undefined, name: string) => {
    if (outputs === undefined) problems.push(`${reference}: no ${owner}`)
    else if (!outputs.includes(name)) problems.push(`${reference}: ${owner} has no output '${name}'`)
  }
  const on = workflow.spec.on as { workflow_call?: WorkflowCallSpec | null }
  for (const [reference, kind, job, name] of JSON.stringify(on?.workflow_call?.outputs ?? {}).matchAll(REFERENCE)) {
    if (kind === 'jobs') check(reference, `job ${job}`, jobOutputs(job!), name!)
    else problems.push(`${reference}: only jobs.<job>.outputs may be read here`)
  }
  for (const [jobId, job] of Object.entries(jobs)) {
    const needs = [job.needs ?? []].flat()
    for (const [reference, kind, id, name] of JSON.stringify(job).matchAll(REFERENCE)) {
      if (kind === 'needs') {
        if (!needs.includes(id!)) problems.push(`${reference}: job ${jobId} does not need ${id}`)
        else check(reference, `job ${id}`, jobOutputs(id!), name!)
      } else if (kind === 'steps') {
        const step = (job.steps ?? []).find((candidate) => candidate.id === id)
        check(reference, step ? stepOwner(step) : `step '${id}' in job ${jobId}`, step && stepOutputs(step), name!)
      } else problems.push(`${reference}: jobs.<job>.outputs may be read only by on.workflow_call.outputs`)
    }
  }
  return problems
}

function stepOwner(step: StepSpec): string {
  return ownAction(step.uses) ?? step.uses?.split('@')[0] ?? `the run step '${step.id}'`
}

function stepOutputs(step: StepSpec): string[] | undefined {
  const own = ownAction(step.uses)
  if (own) return Object.keys(actionMetadata(own)?.outputs ?? {})
  if (step.uses) return THIRD_PARTY_OUTPUTS[step.uses.split('@')[0]!] ?? []
  // A run step's outputs are the names it writes to GITHUB_OUTPUT.
  return [...(step.run ?? '').matchAll(/\b([\w-]+)=[^\n]*>>\s*"?\$GITHUB_OUTPUT/g)].map((match) => match[1]!)
}

/**
 * Reusable workflows name the release they ship in (`@v<package.json version>`); what users copy
 * names the major tag; third-party actions use the one pin of PINS, commented with its release.
 */
export function refProblems(workflow: WorkflowFile, { reusable }: { reusable: boolean }): string[] {
  const version = (JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as { version: string }).version
  const major = `v${version.split('.')[0]}`
  const problems: string[] = []
  for (const [, uses, comment] of workflow.text.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)[ \t]*(?:#[ \t]*(.*))?$/gm)) {
    const action = OWN_ACTION.exec(uses!)
    const called = OWN_WORKFLOW.exec(uses!)
    if (action) {
      const expected = reusable ? `v${version}` : major
      if (action[2] !== expected) problems.push(`${uses}: expected @${expected}`)
      if (!existsSync(repoPath('actions', action[1]!))) problems.push(`${uses}: no actions/${action[1]}`)
    } else if (called) {
      if (reusable) problems.push(`${uses}: a reusable workflow calls another`)
      else if (called[2] !== major) problems.push(`${uses}: expected @${major}`)
      if (!existsSync(repoPath('.github', 'workflows', called[1]!))) problems.push(`${uses}: no .github/workflows/${called[1]}`)
    } else if (uses!.startsWith('./') || uses!.startsWith(OWN)) {
      problems.push(`${uses}: users run this file, so it names ${OWN} and a release`)
    } else {
      const [name, ref] = uses!.split('@')
      const pin = PINS[name!]
      if (!pin) problems.push(`${uses}: not a pinned action (add it to PINS)`)
      else if (`${ref} # ${comment ?? ''}`.trim() !== pin) problems.push(`${uses}: expected ${name}@${pin}`)
    }
  }
  return problems
}
