/**
 * Checks every name a workflow reads before anything runs, as actionlint would: `steps.<id>.outputs.<name>`,
 * `needs.<job>.outputs.<name>`, `jobs.<job>.outputs.<name>`, `inputs.<name>` and each `with:` key of this
 * repository's actions. The evaluator checks the same at run time; this also covers steps and jobs
 * that a run skips, such as the fork-only or retrain-only ones.
 */
import { WorkflowError } from './errors.js'
import { declaredOutputs, knownInputs } from './steps.js'
import { loadWorkflow, needsOf, resolveReusable, workflowCall, type JobSpec, type StepSpec, type WorkflowFile } from './workflow-file.js'

const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g
const NAME = '[A-Za-z_][\\w-]*'
const STEP_OUTPUT = new RegExp(`(?<![\\w.-])steps\\.(${NAME})\\.outputs\\.(${NAME})`, 'g')
const NEEDS = new RegExp(`(?<![\\w.-])needs\\.(${NAME})(?:\\.outputs\\.(${NAME}))?`, 'g')
const JOB_OUTPUT = new RegExp(`(?<![\\w.-])jobs\\.(${NAME})\\.outputs\\.(${NAME})`, 'g')
const INPUT = new RegExp(`(?<![\\w.-])inputs\\.(${NAME})`, 'g')

/** Lints a workflow and, once each, the workflows it calls. */
export function lintWorkflow(file: WorkflowFile, ownRepository: string, seen = new Set<string>()): void {
  if (seen.has(file.path)) return
  seen.add(file.path)
  const inputs = declaredInputs(file)
  const problems: string[] = []
  for (const [id, job] of Object.entries(file.spec.jobs)) {
    const where = `${file.label}: job '${id}'`
    const { steps, ...rest } = job
    const needs = needsOf(job)
    for (const expression of expressions(rest, ['if'])) {
      problems.push(...inputProblems(expression, inputs, where), ...needsProblems(expression, needs, file, ownRepository, where))
      for (const [, step, output] of expression.matchAll(STEP_OUTPUT)) if (!steps?.some((candidate) => candidate.id === step)) problems.push(`${where}: steps.${step}.outputs.${output}: job '${id}' has no step with id '${step}'`)
    }
    if (job.uses) {
      const called = loadWorkflow(resolveReusable(job.uses, file, ownRepository))
      lintWorkflow(called, ownRepository, seen)
      continue
    }
    for (const [index, step] of (steps ?? []).entries()) {
      const stepWhere = `${where} step '${step.id ?? step.name ?? index + 1}'`
      const earlier = (steps ?? []).slice(0, index)
      for (const expression of expressions(step, ['if'])) {
        problems.push(...inputProblems(expression, inputs, stepWhere), ...needsProblems(expression, needs, file, ownRepository, stepWhere))
        problems.push(...stepOutputProblems(expression, earlier, id, stepWhere, problems))
      }
      const known = guardLint(() => knownInputs(step), stepWhere, problems, undefined)
      for (const key of Object.keys(step.with ?? {})) if (known && !known.names.includes(key)) problems.push(`${stepWhere}: ${known.action} has no input '${key}' (it has: ${known.names.join(', ')})`)
    }
  }
  const outputs = workflowCall(file)?.outputs ?? {}
  for (const [name, output] of Object.entries(outputs))
    for (const expression of expressions(output?.value, []))
      for (const [, job, key] of expression.matchAll(JOB_OUTPUT)) {
        const spec = file.spec.jobs[job!]
        if (!spec) problems.push(`${file.label}: on.workflow_call.outputs.${name}: jobs.${job}: there is no job '${job}'`)
        else if (!jobOutputs(spec, file, ownRepository).includes(key!)) problems.push(`${file.label}: on.workflow_call.outputs.${name}: jobs.${job}.outputs.${key}: job '${job}' has no output '${key}'`)
      }
  if (problems.length > 0) throw new WorkflowError(problems.join('\n'))
}

/** The text of every `${{ }}` in a YAML value, and the whole of the `if:` fields named. */
function expressions(value: unknown, whole: string[], key = ''): string[] {
  if (typeof value === 'string') return whole.includes(key) && !value.includes('${{') ? [value] : [...value.matchAll(EXPRESSION)].map((match) => match[1]!)
  if (Array.isArray(value)) return value.flatMap((item) => expressions(item, whole))
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([name, item]) => expressions(item, whole, name))
  return []
}

function declaredInputs(file: WorkflowFile): string[] {
  const call = workflowCall(file)?.inputs ?? {}
  const dispatch = ((file.spec.on.workflow_dispatch as { inputs?: object } | null)?.inputs ?? {}) as object
  return [...Object.keys(call), ...Object.keys(dispatch)]
}

function inputProblems(expression: string, inputs: string[], where: string): string[] {
  return [...expression.matchAll(INPUT)].filter(([, name]) => !inputs.includes(name!)).map(([, name]) => `${where}: inputs.${name}: the workflow declares no input '${name}' (inputs: ${inputs.join(', ') || 'none'})`)
}

function needsProblems(expression: string, needs: string[], file: WorkflowFile, ownRepository: string, where: string): string[] {
  const problems: string[] = []
  for (const [, job, output] of expression.matchAll(NEEDS)) {
    if (!needs.includes(job!)) problems.push(`${where}: needs.${job}: the job does not need '${job}' (needs: ${needs.join(', ') || 'none'})`)
    else if (output && !jobOutputs(file.spec.jobs[job!]!, file, ownRepository).includes(output)) problems.push(`${where}: needs.${job}.outputs.${output}: job '${job}' has no output '${output}'`)
  }
  return problems
}

function stepOutputProblems(expression: string, earlier: StepSpec[], job: string, where: string, reported: string[]): string[] {
  const problems: string[] = []
  for (const [, id, output] of expression.matchAll(STEP_OUTPUT)) {
    const step = earlier.find((candidate) => candidate.id === id)
    if (!step) problems.push(`${where}: steps.${id}: job '${job}' has no earlier step with id '${id}'`)
    else if (!guardLint(() => declaredOutputs(step), where, reported, () => true)(output!)) problems.push(`${where}: steps.${id}.outputs.${output}: step '${id}' has no output '${output}'`)
  }
  return problems
}

function jobOutputs(spec: JobSpec, file: WorkflowFile, ownRepository: string): string[] {
  if (!spec.uses) return Object.keys(spec.outputs ?? {})
  return Object.keys(workflowCall(loadWorkflow(resolveReusable(spec.uses, file, ownRepository)))?.outputs ?? {})
}

/** A step whose action cannot be read is one problem, reported once; the lint goes on past it. */
function guardLint<T>(body: () => T, where: string, problems: string[], fallback: T): T {
  try {
    return body()
  } catch (error) {
    const problem = `${where}: ${(error as Error).message}`
    if (!problems.includes(problem)) problems.push(problem)
    return fallback
  }
}
