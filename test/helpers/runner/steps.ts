/** One step of a job: this repository's action from its committed bundle, a `run:` script, or a stand-in. */
import { spawn } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { runBundledAction } from '../action.js'
import { parseOutputFile } from '../workflow-commands.js'
import { downloadArtifact, uploadArtifact } from './artifacts.js'
import { githubVariables, hostEnvironment, type RunContext } from './context.js'
import { WorkflowError } from './errors.js'
import { actionDefinition, ownAction, type StepSpec } from './workflow-file.js'

export interface StepRun {
  /** The step's id, or a generated one. */
  id: string
  name: string
  outcome: 'success' | 'failure' | 'skipped'
  conclusion: 'success' | 'failure' | 'skipped'
  outputs: Record<string, string>
  /** The output names a later step may read: an action's declared outputs, or what a script can write. */
  declaredOutputs: (name: string) => boolean
  summary: string
  log: string
}

export interface StepHost {
  run: RunContext
  job: string
  workspace: string
  temp: string
  /** The step's environment after workflow, job and step `env:` (and GITHUB_ENV) were applied. */
  env: Record<string, string>
  /** Evaluates `${{ }}` in a string. */
  text: (value: unknown) => string
}

export type StepEffects = Pick<StepRun, 'outputs' | 'summary' | 'log'> & { ok: boolean; exported?: Record<string, string>; path?: string[] }

/** Stand-in actions: what they accept, what they output, what they do. */
const STAND_INS: { match: RegExp; inputs?: string[]; outputs: string[]; run: (host: StepHost, inputs: Record<string, string>, log: (line: string) => void) => Record<string, string> }[] = [
  {
    match: /^actions\/checkout@/,
    inputs: ['repository', 'ref', 'token', 'ssh-key', 'persist-credentials', 'path', 'clean', 'filter', 'sparse-checkout', 'sparse-checkout-cone-mode', 'fetch-depth', 'fetch-tags', 'show-progress', 'lfs', 'submodules', 'set-safe-directory', 'github-server-url'],
    outputs: ['ref', 'commit'],
    run: (host, inputs, log) => {
      const target = resolve(host.workspace, inputs.path ?? '')
      cpSync(host.run.checkoutFrom, target, { recursive: true, filter: (path) => !relative(host.run.checkoutFrom, path).startsWith('.git/') })
      log(`checked out ${host.run.checkoutFrom} into ${target}`)
      return { ref: host.run.ref, commit: host.run.sha }
    },
  },
  {
    match: /^actions\/upload-artifact@/,
    inputs: ['name', 'path', 'if-no-files-found', 'retention-days', 'compression-level', 'overwrite', 'include-hidden-files'],
    outputs: ['artifact-id', 'artifact-url', 'artifact-digest'],
    run: (host, inputs, log) => uploadArtifact({ store: host.run.artifacts, runId: host.run.runId, workspace: host.workspace, inputs, log }),
  },
  {
    match: /^actions\/download-artifact@/,
    inputs: ['name', 'path', 'pattern', 'merge-multiple', 'github-token', 'repository', 'run-id'],
    outputs: ['download-path'],
    run: (host, inputs, log) => downloadArtifact({ store: host.run.artifacts, runId: host.run.runId, workspace: host.workspace, inputs, log }),
  },
  // Setting up a language is a no-op: the host's tools are used.
  { match: /^actions\/setup-[\w-]+@/, outputs: ['python-version', 'node-version', 'cache-hit', 'python-path'], run: () => ({}) },
]

/** Which output names of a step exist, checked before the step runs so that skipped steps are checked too. */
export function declaredOutputs(step: StepSpec): (name: string) => boolean {
  if (step.run !== undefined) {
    // A script can write any name; one it never spells out is a typo.
    const script = step.run.toLowerCase()
    return (name) => script.includes(name.toLowerCase())
  }
  const action = step.uses ? ownAction(step.uses) : undefined
  if (action) {
    const outputs = Object.keys(actionDefinition(action).outputs).map((name) => name.toLowerCase())
    return (name) => outputs.includes(name.toLowerCase())
  }
  const standIn = STAND_INS.find((candidate) => candidate.match.test(step.uses ?? ''))
  return (name) => standIn?.outputs.includes(name) ?? false
}

/** The inputs a step's action accepts, for the actions that declare them. */
export function knownInputs(step: StepSpec): { action: string; names: string[] } | undefined {
  if (step.uses === undefined) return undefined
  const action = ownAction(step.uses)
  if (action) return { action: `actions/${action}`, names: Object.keys(actionDefinition(action).inputs) }
  const standIn = STAND_INS.find((candidate) => candidate.match.test(step.uses!))
  return standIn?.inputs && { action: `'${step.uses.split('@')[0]}'`, names: standIn.inputs }
}

export async function runStep(step: StepSpec, host: StepHost): Promise<StepEffects> {
  if (step.run !== undefined) return runScript(step, host)
  const uses = step.uses ?? ''
  const action = ownAction(uses)
  if (action) return runOwnAction(action, step, host)
  const standIn = STAND_INS.find((candidate) => candidate.match.test(uses))
  if (!standIn) throw new WorkflowError(`the local runner cannot run '${uses}'`)
  const inputs = withInputs(step, host)
  const lines: string[] = []
  try {
    const outputs = standIn.run(host, inputs, (line) => lines.push(line))
    return { ok: true, outputs, summary: '', log: lines.join('\n') }
  } catch (error) {
    return { ok: false, outputs: {}, summary: '', log: [...lines, `::error::${(error as Error).message}`].join('\n') }
  }
}

/** A step's `with:`, evaluated; a key the action does not declare is a mistake. */
function withInputs(step: StepSpec, host: StepHost): Record<string, string> {
  const known = knownInputs(step)
  const inputs: Record<string, string> = {}
  for (const [key, value] of Object.entries(step.with ?? {})) {
    if (known && !known.names.includes(key)) throw new WorkflowError(`${known.action} has no input '${key}' (it has: ${known.names.join(', ')})`)
    inputs[key] = host.text(value)
  }
  return inputs
}

async function runOwnAction(action: string, step: StepSpec, host: StepHost): Promise<StepEffects> {
  const definition = actionDefinition(action)
  const inputs = withInputs(step, host)
  // The runner fills in each default the step left out, `${{ github.token }}` included.
  for (const [name, input] of Object.entries(definition.inputs)) if (!(name in inputs) && input.default !== undefined) inputs[name] = host.text(input.default)
  const result = await runBundledAction(action, {
    inputs,
    cwd: host.workspace,
    runnerTemp: host.temp,
    event: host.run.event,
    env: { ...host.run.hostEnv, ...githubVariables(host.run, host.job, host.workspace, host.temp), ...host.env },
  })
  return { ok: result.exitCode === 0, outputs: result.outputs, summary: result.summary, log: result.stdout + result.stderr }
}

const SHELLS: Record<string, string[]> = {
  bash: ['bash', '--noprofile', '--norc', '-eo', 'pipefail'],
  sh: ['sh', '-e'],
}

/** `run:` as GitHub runs it: the script in a file, bash -eo pipefail, with the step's command files. */
async function runScript(step: StepSpec, host: StepHost): Promise<StepEffects> {
  const shell = SHELLS[step.shell ?? 'bash']
  if (!shell) throw new WorkflowError(`the local runner has no shell '${step.shell}'`)
  const dir = mkdtempSync(join(host.temp, 'step-'))
  const files = { script: join(dir, 'script.sh'), output: join(dir, 'output'), env: join(dir, 'env'), path: join(dir, 'path'), summary: join(dir, 'summary') }
  writeFileSync(files.script, host.text(step.run))
  for (const file of [files.output, files.env, files.path, files.summary]) writeFileSync(file, '')
  const cwd = resolve(host.workspace, host.text(step['working-directory'] ?? ''))
  mkdirSync(cwd, { recursive: true })
  const env = {
    ...hostEnvironment(host.run),
    ...githubVariables(host.run, host.job, host.workspace, host.temp),
    ...host.env,
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STEP_SUMMARY: files.summary,
  }
  const { code, output } = await spawnCollect(shell[0]!, [...shell.slice(1), files.script], cwd, env)
  const path = readFileSync(files.path, 'utf8').split('\n').filter(Boolean)
  return { ok: code === 0, outputs: parseOutputFile(readFileSync(files.output, 'utf8')), exported: parseOutputFile(readFileSync(files.env, 'utf8')), path, summary: readFileSync(files.summary, 'utf8'), log: output }
}

/** Asynchronous, so that an emulator in this process keeps answering while the script runs. */
function spawnCollect(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolveRun({ code, output }))
  })
}
