/**
 * The `inputs` and `secrets` a workflow sees: a called workflow's from the caller's `with:` and `secrets:`,
 * typed and checked as GitHub checks them; a dispatched one's from the event.
 */
import { WorkflowError } from './errors.js'
import { interpolate, strict, type Scope } from './expressions.js'
import type { DispatchInput, WorkflowCall, WorkflowFile } from './workflow-file.js'

type Typed = { type?: string; required?: boolean; default?: unknown }

export function callInputs(file: WorkflowFile, call: WorkflowCall, given: Record<string, unknown>, defaults: Scope): Record<string, unknown> {
  const declared = call.inputs ?? {}
  const names = Object.keys(declared)
  for (const key of Object.keys(given))
    if (!(key in declared)) throw new WorkflowError(`with.${key}: ${file.label} has no input '${key}' (inputs: ${names.join(', ') || 'none'})`)
  const values: Record<string, unknown> = {}
  for (const [name, input] of Object.entries(declared)) {
    if (input.required && given[name] === undefined) throw new WorkflowError(`Input ${name} is required, but not provided while calling ${file.label}`)
    const value = given[name] ?? (input.default === undefined ? undefined : interpolate(input.default, defaults))
    values[name] = typed(name, input, value)
  }
  return values
}

/**
 * A dispatched workflow's inputs from the event; on any other event the names it declares read as null
 * (an empty string), as on GitHub.
 */
export function dispatchInputs(file: WorkflowFile, event: { name: string; payload: Record<string, unknown> }): Record<string, unknown> {
  const declared = ((file.spec.on.workflow_dispatch as { inputs?: Record<string, DispatchInput> } | null)?.inputs ?? {}) as Record<string, DispatchInput>
  if (event.name !== 'workflow_dispatch') return Object.fromEntries(Object.keys(declared).map((name) => [name, null]))
  const payload = event.payload
  const given = (payload.inputs ?? {}) as Record<string, unknown>
  for (const key of Object.keys(given)) if (!(key in declared)) throw new WorkflowError(`Unexpected inputs provided: ["${key}"] (${file.label})`)
  const values: Record<string, unknown> = {}
  for (const [name, input] of Object.entries(declared)) {
    const value = given[name] ?? input.default
    if (input.required && (value === undefined || value === '')) throw new WorkflowError(`Required input '${name}' not provided (${file.label})`)
    if (input.type === 'choice' && value !== undefined && !input.options?.includes(String(value)))
      throw new WorkflowError(`Provided value '${String(value)}' for input '${name}' not in the list of allowed values`)
    values[name] = typed(name, { ...input, type: input.type === 'boolean' || input.type === 'number' ? input.type : 'string' }, value)
  }
  return values
}

/** A value as its declared type; unset ones are '', false or 0 as on GitHub. */
function typed(name: string, input: Typed, value: unknown): unknown {
  const type = input.type ?? 'string'
  if (type === 'boolean') {
    if (value === undefined) return false
    if (value === true || value === 'true') return true
    if (value === false || value === 'false') return false
    throw new WorkflowError(`Input '${name}' is a boolean, not ${JSON.stringify(value)}`)
  }
  if (type === 'number') {
    if (value === undefined) return 0
    const number = typeof value === 'number' ? value : Number(value)
    if (value === '' || Number.isNaN(number)) throw new WorkflowError(`Input '${name}' is a number, not ${JSON.stringify(value)}`)
    return number
  }
  if (value === undefined || value === null) return ''
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}

/** `inputs.<name>` for names the workflow declares; any other is a typo. */
export function inputsContext(file: WorkflowFile, values: Record<string, unknown>) {
  const names = Object.keys(values)
  return strict(values, (key) => `inputs.${key}: ${file.label} declares no input '${key}' (inputs: ${names.join(', ') || 'none'})`)
}

/** The secrets a called workflow receives: named ones checked against its declaration, or all with `inherit`. */
export function callSecrets(file: WorkflowFile, call: WorkflowCall, given: 'inherit' | Record<string, unknown> | undefined, caller: Record<string, string>, scope: Scope) {
  const declared = call.secrets ?? {}
  const token = { GITHUB_TOKEN: caller.GITHUB_TOKEN ?? '' }
  if (given === 'inherit') return { values: { ...caller, ...token }, strict: false }
  const values: Record<string, string> = {}
  for (const [key, value] of Object.entries(given ?? {})) {
    if (!(key in declared)) throw new WorkflowError(`secrets.${key}: Invalid secret, ${key} is not defined in the referenced workflow ${file.label}`)
    values[key] = String(interpolate(value, scope) ?? '')
  }
  for (const [name, secret] of Object.entries(declared))
    if (secret?.required && !values[name]) throw new WorkflowError(`Secret ${name} is required, but not provided while calling ${file.label}`)
  for (const name of Object.keys(declared)) values[name] ??= ''
  return { values: { ...values, ...token }, strict: true }
}

export function secretsContext(file: WorkflowFile, secrets: { values: Record<string, string>; strict: boolean }) {
  const names = Object.keys(secrets.values)
  return strict(secrets.values, (key) => (secrets.strict ? `secrets.${key}: ${file.label} declares no secret '${key}' (secrets: ${names.join(', ')})` : undefined))
}
