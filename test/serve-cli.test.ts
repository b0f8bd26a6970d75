import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createGitHubClient } from '../shared/github/index.js'
import { GitHubRegistry, ModelRegistry } from '../shared/registry/index.js'
import { HEAD_SHA, startEmulator } from './emulator/server.js'
import { commandModelDir, onnxModelDir, registryWith, wineRows, workDir } from '../shared/serve/test-models.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const BIN = join(ROOT, 'build', 'shared', 'cli', 'bin.js')
const TOKEN = 'a-long-admin-token-for-the-cli'

let work: string
let registryRoot: string
let signsRoot: string

beforeAll(async () => {
  work = workDir()
  const { root } = await registryWith(work, 'wine', [onnxModelDir(work, 'wine-logistic', 1)])
  registryRoot = root
  signsRoot = (await registryWith(work, 'signs', [commandModelDir(work)])).root
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** GitHub's variables of the host are left out: each test gives the ones it is about. */
function hostEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(GITHUB_|ACTIONS_|RUNNER_)/.test(name)))
  return { ...inherited, ...env }
}

function mlops(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: work, env: hostEnv(env) }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }))
  })
}

/** Starts `mlops serve` and waits for the URL it prints. */
async function serve(args: string[], env: Record<string, string> = {}): Promise<{ child: ChildProcess; url: string; exited: Promise<number | null>; stderr: () => string }> {
  const child = spawn(process.execPath, [BIN, 'serve', ...args], { cwd: work, env: hostEnv({ MLOPS_ADMIN_TOKEN: '', ...env }), stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr!.on('data', (chunk) => (stderr += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const first = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve)
    child.once('exit', () => reject(new Error(`mlops serve exited: ${stderr}`)))
  })
  const url = /at (http:\/\/\S+)$/.exec(first)?.[1]
  if (!url) throw new Error(`no URL in '${first}'`)
  return { child, url, exited, stderr: () => stderr }
}

describe('mlops serve', () => {
  it('serves the champion on the port the system picks, with the admin API off without a token, and exits 0 on SIGTERM', async () => {
    const server = await serve(['--registry', `local:${registryRoot}`, '--model', 'wine', '--port', '0'])
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      const answer = await fetch(`${server.url}/predict`, { method: 'POST', body: JSON.stringify({ instances: wineRows().slice(0, 2) }) })
      expect(answer.status).toBe(200)
      expect(((await answer.json()) as { version: string }).version).toBe('1')
      expect((await fetch(`${server.url}/admin/routing`)).status).toBe(404)
    } finally {
      server.child.kill('SIGTERM')
    }
    expect(await server.exited).toBe(0)
    expect(server.stderr()).toContain('SIGTERM: finishing the requests in flight, then stopping.')
  })

  it('finishes a request in flight after SIGTERM, then exits 0', async () => {
    const server = await serve(['--registry', `local:${signsRoot}`, '--model', 'signs', '--version', '1', '--port', '0'], { MLOPS_ADMIN_TOKEN: TOKEN })
    const routing = await fetch(`${server.url}/admin/routing`, { headers: { authorization: `Bearer ${TOKEN}` } })
    expect(await routing.json()).toEqual({ mode: 'stable', stable: 1 })
    // The model's serve process waits 700 ms before answering x = 1700.
    const inFlight = fetch(`${server.url}/predict`, { method: 'POST', body: JSON.stringify({ instances: [{ x: 1700, color: 'red' }] }) })
    await new Promise((resolve) => setTimeout(resolve, 200))
    server.child.kill('SIGTERM')
    const answer = await inFlight
    expect(answer.status).toBe(200)
    expect(await answer.json()).toMatchObject({ predictions: ['pos'], version: '1' })
    expect(await server.exited).toBe(0)
  })

  it('names the flag at fault and exits 2', async () => {
    expect(await mlops(['serve', '--registry', `local:${registryRoot}`])).toEqual({ code: 2, stdout: '', stderr: "mlops serve: Input 'model' is required.\n" })
    expect(await mlops(['serve', '--model', 'wine', '--prot', '80'])).toEqual({ code: 2, stdout: '', stderr: "mlops serve: unknown flag '--prot'; did you mean --port?\n" })
    expect(await mlops(['serve', '--registry', `local:${registryRoot}`, '--model', 'wine', '--version', 'two'])).toEqual({ code: 2, stdout: '', stderr: "mlops serve: Input 'version': 'two' is not a whole number.\n" })
    expect(await mlops(['serve', '--registry', `local:${registryRoot}`, '--model', 'wine', '--alias', 'canary'])).toEqual({ code: 2, stdout: '', stderr: "mlops serve: Model 'wine' has no alias 'canary'; its aliases are champion (v1).\n" })
    const help = await mlops(['serve', '--help'])
    expect(help.stdout).toMatch(/--github-token .*GITHUB_REPOSITORY.*Default: GITHUB_TOKEN\./)
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('MLOPS_ADMIN_TOKEN')
  })

  describe('with the github registry', () => {
    const github = ['serve', '--registry', 'github', '--model', 'wine', '--port', '0']

    it('names exactly what is missing of the repository and the token, and exits 2', async () => {
      expect(await mlops(github)).toEqual({ code: 2, stdout: '', stderr: "mlops serve: Input 'registry': 'github' needs GITHUB_REPOSITORY and 'github-token' (or GITHUB_TOKEN).\n" })
      expect(await mlops(github, { GITHUB_TOKEN: 'ghs_token' })).toEqual({ code: 2, stdout: '', stderr: "mlops serve: Input 'registry': 'github' needs GITHUB_REPOSITORY.\n" })
      expect(await mlops(github, { GITHUB_REPOSITORY: 'octo-org/weather' })).toEqual({ code: 2, stdout: '', stderr: "mlops serve: Input 'registry': 'github' needs 'github-token' (or GITHUB_TOKEN).\n" })
    })

    it('serves with the token from GITHUB_TOKEN, without --github-token or a commit (GITHUB_SHA)', async () => {
      const emulator = await startEmulator({ repos: [{ owner: 'octo-org', name: 'weather' }] })
      try {
        const log = { info: () => {}, warning: () => {}, group: <T>(_title: string, body: () => Promise<T>) => body() }
        const client = createGitHubClient({ token: emulator.token, apiUrl: emulator.url, log })
        const registry = new ModelRegistry(new GitHubRegistry({ client, owner: 'octo-org', repo: 'weather', commit: HEAD_SHA, log }))
        await registry.register('wine', onnxModelDir(work, 'wine-logistic', 2), { aliases: ['champion'] })
        const server = await serve(['--registry', 'github', '--model', 'wine', '--port', '0'], { GITHUB_API_URL: emulator.url, GITHUB_REPOSITORY: 'octo-org/weather', GITHUB_TOKEN: emulator.token })
        try {
          const answer = await fetch(`${server.url}/predict`, { method: 'POST', body: JSON.stringify({ instances: wineRows().slice(0, 1) }) })
          expect(answer.status).toBe(200)
        } finally {
          server.child.kill('SIGTERM')
        }
        expect(await server.exited).toBe(0)
      } finally {
        await emulator.close()
      }
    })
  })
})
