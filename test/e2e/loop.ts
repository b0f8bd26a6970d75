/**
 * The loop as a team adopts it: a copy of examples/ as their repository (settings shortened so that a
 * run takes seconds), GitHub emulated on loopback, one artifact store for every run, and the caller
 * workflows run through the reusable workflows of this repository.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml'
import { seedWorkflowRun } from '../emulator/runs.js'
import { DEFAULT_TOKEN, HEAD_SHA, startEmulator, type Emulator } from '../emulator/server.js'
import { runBundledAction } from '../helpers/action.js'
import { pullRequestEvent } from '../helpers/events.js'
import { repoPath } from '../helpers/repo.js'
import { ArtifactStore, runWorkflow, type GitHubEvent, type RunWorkflowOptions, type WorkflowRun } from '../helpers/runner/index.js'

export const OWNER = 'octo-org'
export const REPO = 'weather'
export const REPOSITORY = `${OWNER}/${REPO}`
export const MODEL = 'seattle-weather'
/** The GITHUB_TOKEN of a run for a pull request from a fork: it may read, never write. */
export const FORK_TOKEN = 'ghs_forkReadOnlyToken'

/** Few epochs and resamples: the e2e suite proves the wiring, not the model. */
const FAST_FILES: Record<string, string> = {
  'mlops/params.yml': 'epochs: 8\nhidden-units: [8]\nlearning-rate: 0.05\n',
  'mlops/gate.yml': 'bootstrap: 200\n',
}

export interface Loop {
  github: Emulator
  artifacts: ArtifactStore
  /** The team's repository: what actions/checkout gives each job. */
  repo: string
  /** A copy of this repository's `.github/workflows`, for a test to change. */
  own: string
  run(workflow: string, event: GitHubEvent, options?: Partial<RunWorkflowOptions>): Promise<WorkflowRun>
  /** Adds keys to the `with:` (and `secrets:`) of a caller workflow's job. */
  setWith(workflow: string, job: string, values: Record<string, string>, secrets?: Record<string, string>): void
  close(): Promise<void>
}

export async function startLoop(): Promise<Loop> {
  const scratch = mkdtempSync(join(tmpdir(), 'mlops-e2e-'))
  const repo = join(scratch, 'repo')
  cpSync(repoPath('examples'), repo, { recursive: true })
  for (const [path, text] of Object.entries(FAST_FILES)) writeFileSync(join(repo, path), text)
  const own = join(scratch, 'own')
  cpSync(repoPath('.github', 'workflows'), join(own, '.github', 'workflows'), { recursive: true })
  const github = await startEmulator({ repos: [{ owner: OWNER, name: REPO }], selfCheck: true, tokens: { [DEFAULT_TOKEN]: {}, [FORK_TOKEN]: { readOnly: true } } })
  const artifacts = new ArtifactStore(join(scratch, 'artifacts'))
  const loop: Loop = {
    github,
    artifacts,
    repo,
    own,
    run: (workflow, event, options = {}) =>
      runWorkflow({ workflow: join(repo, '.github', 'workflows', workflow), event, github, checkout: repo, artifacts, repository: REPOSITORY, ownRepository: own, ...options }),
    setWith: (workflow, job, values, secrets) => {
      const path = join(repo, '.github', 'workflows', workflow)
      const spec = parseYaml(readFileSync(path, 'utf8')) as { jobs: Record<string, { with?: Record<string, string>; secrets?: Record<string, string> }> }
      spec.jobs[job]!.with = { ...spec.jobs[job]!.with, ...values }
      if (secrets) spec.jobs[job]!.secrets = { ...spec.jobs[job]!.secrets, ...secrets }
      writeFileSync(path, stringifyYaml(spec))
    },
    close: async () => {
      await github.close()
      rmSync(scratch, { recursive: true, force: true })
    },
  }
  loop.setWith('mlops-pr.yml', 'mlops', { 'gate-config': 'mlops/gate.yml' })
  return loop
}

/** Trains on the examples' data and registers the result as the champion, as an earlier release would have. */
export async function registerChampion(loop: Loop): Promise<void> {
  const workspace = mkdtempSync(join(tmpdir(), 'mlops-e2e-champion-'))
  try {
    cpSync(await trainedChampion(), join(workspace, 'champion'), { recursive: true })
    const register = await runBundledAction('register-model', {
      cwd: workspace,
      env: { ...loop.github.env, GITHUB_REPOSITORY: REPOSITORY, GITHUB_REPOSITORY_OWNER: OWNER },
      inputs: { 'model-dir': 'champion', name: MODEL, registry: 'github', alias: 'champion', 'github-token': loop.github.token, cache: 'false' },
    })
    if (register.exitCode !== 0) throw new Error(`registering the champion failed:\n${register.stdout}${register.stderr}`)
  } finally {
    rmSync(workspace, { recursive: true, force: true })
  }
}

/**
 * The champion's model directory, trained once per bundle and data for every test file (the test files
 * run in parallel; the first to finish training keeps its copy).
 */
async function trainedChampion(): Promise<string> {
  const key = createHash('sha256').update(readdirSync(repoPath('actions', 'dist')).join()).update(readFileSync(repoPath('examples', 'data', 'train.csv'))).digest('hex').slice(0, 16)
  const cached = join(tmpdir(), `mlops-e2e-champion-${key}`)
  if (existsSync(join(cached, 'metadata.json'))) return cached
  const workspace = mkdtempSync(join(tmpdir(), 'mlops-e2e-train-'))
  try {
    cpSync(repoPath('examples', 'data'), join(workspace, 'data'), { recursive: true })
    const inputs = { data: 'data/train.csv', target: 'weather', ignore: 'date', model: 'mlp', params: 'epochs: 4\nhidden-units: [4]\n', 'output-dir': 'champion' }
    const train = await runBundledAction('train', { cwd: workspace, inputs })
    if (train.exitCode !== 0) throw new Error(`training the champion failed:\n${train.stdout}${train.stderr}`)
    try {
      renameSync(join(workspace, 'champion'), cached)
    } catch (error) {
      if (!existsSync(join(cached, 'metadata.json'))) throw error
    }
    return cached
  } finally {
    rmSync(workspace, { recursive: true, force: true })
  }
}

/**
 * A run of the pull-request workflow as GitHub records it: listed in progress under its run id, then
 * completed with the run's conclusion, so that a later release or comment run can find it.
 */
export async function pullRequestRun(loop: Loop, number: number, headSha: string, fork?: string): Promise<WorkflowRun> {
  const record = seedWorkflowRun(loop.github.state, REPOSITORY, { workflow: 'mlops-pr.yml', headSha, status: 'in_progress', conclusion: null, headRepo: fork ?? REPOSITORY })
  const event = pullRequestEvent({ number, headSha, repository: REPOSITORY, ...(fork && { fork }) })
  const token = fork ? { github: { url: loop.github.url, urls: loop.github.urls, token: FORK_TOKEN } } : {}
  const run = await loop.run('mlops-pr.yml', event, { runId: record.id, ...token })
  Object.assign(record, { status: 'completed', conclusion: run.conclusion })
  return run
}

export interface ServedModel {
  url: string
  /** Stops the traffic and the server; resolves to the traffic's answers by status. */
  stop(): Promise<Record<string, number>>
}

export const ADMIN_TOKEN = 'admin-token-of-the-model-server'

/**
 * The bundled `mlops serve` on loopback, serving the champion from the emulated registry, with bounded
 * single-row traffic of the holdout's rows from a second process while a rollout judges it.
 */
export async function serveChampion(loop: Loop, requests = 4000): Promise<ServedModel> {
  const env = { ...process.env, ...loop.github.env, GITHUB_REPOSITORY: REPOSITORY, GITHUB_SHA: HEAD_SHA, MLOPS_ADMIN_TOKEN: ADMIN_TOKEN }
  const server = spawn(process.execPath, [repoPath('actions', 'dist', 'mlops.js'), 'serve', '--registry', 'github', '--github-token', loop.github.token, '--model', MODEL, '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  const url = await listeningUrl(server)
  const rows = join(loop.repo, 'holdout-rows.json')
  writeFileSync(rows, JSON.stringify(holdoutRows(join(loop.repo, 'data', 'holdout.csv'))))
  const traffic = spawn(process.execPath, [repoPath('test', 'fixtures', 'serve', 'predict-load.cjs'), url, rows, String(requests), '2', '90', '100'], { stdio: ['ignore', 'pipe', 'inherit'] })
  let answers = ''
  traffic.stdout.setEncoding('utf8').on('data', (chunk: string) => (answers += chunk))
  return {
    url,
    stop: async () => {
      traffic.kill()
      server.kill('SIGTERM')
      await Promise.all([exited(traffic), exited(server)])
      const counts: Record<string, number> = {}
      for (const line of answers.trim().split('\n').filter(Boolean)) counts[line.split(' ')[2]!] = (counts[line.split(' ')[2]!] ?? 0) + 1
      return counts
    },
  }
}

function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = ''
    let stderr = ''
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
      const match = / at (http:\/\/\S+)/.exec(stdout)
      if (match) resolve(match[1]!)
    })
    child.once('exit', (code) => reject(new Error(`mlops serve exited with ${code}: ${stderr}`)))
  })
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()))
}

/** The holdout's feature columns as /predict instances. */
function holdoutRows(csv: string): Record<string, number>[] {
  const [header, ...lines] = readFileSync(csv, 'utf8').trim().split('\n')
  const columns = header!.split(',')
  const features = ['precipitation', 'temp_max', 'temp_min', 'wind']
  return lines.map((line) => {
    const fields = line.split(',')
    return Object.fromEntries(features.map((name) => [name, Number(fields[columns.indexOf(name)])]))
  })
}
