import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { node24Binary, repoPath, repoRoot } from './repo.js'
import { parseAnnotations, parseOutputFile, type ParsedAnnotation } from './workflow-commands.js'

export interface RunActionOptions {
  /** Action inputs by their action.yml names; undefined values are left out. */
  inputs?: Record<string, string | undefined>
  /** Extra environment, applied last. */
  env?: Record<string, string>
  event?: { name?: string; payload?: object }
  /** GITHUB_WORKSPACE and working directory; a fresh empty directory when absent. */
  cwd?: string
  /** RUNNER_TEMP; a fresh directory when absent. */
  runnerTemp?: string
}

export interface ActionRun {
  exitCode: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  annotations: ParsedAnnotation[]
}

/** As @actions/core's getInput looks it up. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** Inherited variables that would leak the host's runner, inputs or module paths into the action. */
const INHERITED = /^(INPUT_|GITHUB_|RUNNER_|ACTIONS_|NODE_OPTIONS$|NODE_PATH$)/

/**
 * Runs the committed bundle of an action the way the runner does: `node24` on the `runs.main` of its
 * action.yml, from a copy of actions/ outside the repository so that only what was bundled can be loaded.
 */
export async function runBundledAction(action: string, options: RunActionOptions = {}): Promise<ActionRun> {
  const dist = repoPath('actions', 'dist')
  const main = (parseYaml(readFileSync(repoPath('actions', action, 'action.yml'), 'utf8')) as { runs: { main: string } }).runs.main
  if (!existsSync(repoPath('actions', action, main))) throw new Error(`actions/${action}/${main} is missing; run 'npm run build'.`)
  const node = node24Binary()
  const root = realpathSync(mkdtempSync(join(tmpdir(), `mlops-${action}-`)))
  try {
    assertIsolated(root)
    const actionDir = join(root, 'actions', action)
    mkdirSync(actionDir, { recursive: true })
    cpSync(repoPath('actions', action, 'action.yml'), join(actionDir, 'action.yml'))
    cpSync(dist, join(root, 'actions', 'dist'), { recursive: true })
    const workspace = options.cwd ?? join(root, 'workspace')
    mkdirSync(workspace, { recursive: true })
    const files = {
      output: join(root, 'github_output'),
      summary: join(root, 'step_summary'),
      event: join(root, 'event.json'),
      temp: options.runnerTemp ?? join(root, 'runner_temp'),
    }
    writeFileSync(files.output, '')
    writeFileSync(files.summary, '')
    writeFileSync(files.event, JSON.stringify(options.event?.payload ?? {}))
    mkdirSync(files.temp, { recursive: true })

    const env: Record<string, string> = {}
    for (const [name, value] of Object.entries(process.env)) if (value !== undefined && !INHERITED.test(name)) env[name] = value
    Object.assign(env, {
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION: action,
      GITHUB_ACTION_PATH: actionDir,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_EVENT_PATH: files.event,
      GITHUB_EVENT_NAME: options.event?.name ?? 'push',
      GITHUB_REPOSITORY: 'mlops-actions/mlops-actions',
      GITHUB_REPOSITORY_OWNER: 'mlops-actions',
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: 'https://api.github.com',
      GITHUB_WORKFLOW: 'test',
      GITHUB_JOB: 'test',
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: files.temp,
      RUNNER_OS: 'Linux',
    })
    for (const [name, value] of Object.entries(options.inputs ?? {})) if (value !== undefined) env[inputVariable(name)] = value
    Object.assign(env, options.env)

    const { exitCode, stdout, stderr } = await spawnCollect(node, [join(actionDir, main)], { cwd: workspace, env })
    return {
      exitCode,
      stdout,
      stderr,
      outputs: parseOutputFile(readFileSync(files.output, 'utf8')),
      summary: readFileSync(files.summary, 'utf8'),
      annotations: parseAnnotations(stdout),
    }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

/** The bundle must not find the repository's node_modules (or any other) by walking up. */
function assertIsolated(dir: string): void {
  if (dir.startsWith(repoRoot)) throw new Error(`${dir} is inside the repository`)
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(join(current, 'node_modules'))) throw new Error(`${current}/node_modules is reachable from ${dir}`)
    if (dirname(current) === current) return
  }
}

function spawnCollect(command: string, args: string[], options: { cwd: string; env: Record<string, string> }) {
  return new Promise<{ exitCode: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (exitCode) => resolve({ exitCode, stdout, stderr }))
  })
}
