// A rollout cancelled midway, as GitHub cancels a job (SIGINT to the CLI), then run again: the
// server's routing is the truth the second run starts from, and the Deployment is continued.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { HEAD_SHA } from '../../../test/emulator/git.js'
import { startEmulator, type Emulator } from '../../../test/emulator/server.js'
import { expectFaithfulTraffic } from '../../../test/emulator/testing.js'
import { runCommand } from '../../../test/helpers/host.js'
import type { ModelRegistry } from '../../registry/index.js'
import { startModelServer, type ModelServer } from '../../serve/index.js'
import { onnxModelDir, registryWith, wineRows, workDir } from '../../serve/test-models.js'
import { deployCanaryCommand } from '../index.js'

const BIN = fileURLToPath(new URL('../../../build/shared/cli/bin.js', import.meta.url))
const LOAD_SCRIPT = fileURLToPath(new URL('../../../test/fixtures/serve/predict-load.cjs', import.meta.url))
const TOKEN = 'admin-token-for-the-tests'
const MODEL = 'wine'
const VERSIONS = { stable: 1, candidate: 2 }

let work: string
let registry: ModelRegistry
let root: string
let rowsPath: string
let server: ModelServer | undefined
let emulator: Emulator | undefined
const children: ChildProcess[] = []

beforeAll(async () => {
  work = workDir()
  ;({ registry, root } = await registryWith(work, MODEL, [onnxModelDir(work, 'wine-logistic', 1), onnxModelDir(work, 'wine-logistic', 2)]))
  rowsPath = join(work, 'rows.json')
  writeFileSync(rowsPath, JSON.stringify(wineRows()))
})
afterAll(() => rmSync(work, { recursive: true, force: true }))
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL')
  await server?.close()
  server = undefined
  if (emulator) {
    expectFaithfulTraffic(emulator)
    await emulator.close()
    emulator = undefined
  }
})

/** Load from a second process, bounded in count and time. */
function startLoad(url: string): ChildProcess {
  const load = spawn(process.execPath, [LOAD_SCRIPT, url, rowsPath, '20000', '4', '60', '300'], { stdio: 'ignore' })
  children.push(load)
  return load
}

const flags = (inputs: Record<string, string>) => Object.entries(inputs).flatMap(([name, value]) => [`--${name}`, value])

/** Runs `mlops deploy` and sends SIGINT, as a cancelled job gets, once its log shows `line`; resolves when it has exited. */
function deployCancelledAt(line: string, args: string[], env: Record<string, string>): Promise<string> {
  const child = spawn(process.execPath, [BIN, 'deploy', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  children.push(child)
  let seen = ''
  // The CLI logs to stderr; stdout holds the summary.
  createInterface({ input: child.stderr! }).on('line', (text) => {
    seen += `${text}\n`
    if (text.includes(line) && child.exitCode === null) child.kill('SIGINT')
  })
  child.stdout!.resume()
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(`${seen}exit ${code ?? signal}`)))
}

describe('a rollout cancelled midway and run again', () => {
  it.skipIf(!existsSync(BIN))('leaves the step in progress, then the next run keeps the old stable, promotes and continues the one Deployment', async () => {
    emulator = await startEmulator({ repos: [{ owner: 'octo-org', name: 'models' }], selfCheck: true })
    server = await startModelServer({ registry, model: MODEL, adminToken: TOKEN })
    startLoad(server.url)
    const github = { ...emulator.env, GITHUB_REPOSITORY: 'octo-org/models', GITHUB_SHA: HEAD_SHA, GITHUB_TOKEN: emulator.token, GITHUB_SERVER_URL: 'https://github.example', GITHUB_RUN_ID: '7' }
    const inputs = { name: MODEL, version: String(VERSIONS.candidate), registry: `local:${root}`, 'server-url': server.url, 'admin-token': TOKEN, steps: '20,50,100', 'min-requests': '5', environment: 'production', 'promote-alias': 'resumed' }

    const log = await deployCancelledAt('canary: version 2 at 50 %', [...flags(inputs), '--interval', '2', '--report', join(work, 'cancelled.json')], github)
    expect(log).toMatch(/canary: version 2 at 50 % beside version 1\.\nexit SIGINT$/)
    // What a cancelled run leaves: the step in progress on the server, no alias moved, the Deployment in progress.
    expect(server.routing()).toEqual({ mode: 'canary', stable: VERSIONS.stable, canary: VERSIONS.candidate, weight: 50 })
    await expect(registry.resolve({ name: MODEL, alias: 'resumed' })).rejects.toThrow()
    const deployments = () => emulator!.state.deployments('octo-org/models')
    expect(deployments().list()).toHaveLength(1)
    const [deployment] = deployments().list()
    expect(deployments().states(deployment!.id)).toEqual(['in_progress'])

    const again = await runCommand(deployCanaryCommand, { ...inputs, interval: '0.5', report: join(work, 'again.json') }, github)
    expect(again.failures).toEqual([])
    expect(again.outputs).toMatchObject({ result: 'promoted', 'final-weight': '100', 'deployment-id': String(deployment!.id) })
    expect(JSON.parse(readFileSync(join(work, 'again.json'), 'utf8'))).toMatchObject({ stable: VERSIONS.stable, candidate: VERSIONS.candidate })
    expect(server.routing()).toEqual({ mode: 'stable', stable: VERSIONS.candidate })
    expect((await registry.resolve({ name: MODEL, alias: 'resumed' })).version).toBe(VERSIONS.candidate)
    expect(deployments().list()).toHaveLength(1)
    expect(deployments().states(deployment!.id)).toEqual(['in_progress', 'in_progress', 'success'])
  })

  it.skipIf(!existsSync(BIN))('judges a blue-green candidate the cancelled run had switched to before promoting it, and switches back without evidence', async () => {
    server = await startModelServer({ registry, model: MODEL, adminToken: TOKEN })
    const load = startLoad(server.url)
    const inputs = { name: MODEL, version: String(VERSIONS.candidate), registry: `local:${root}`, 'server-url': server.url, 'admin-token': TOKEN, strategy: 'blue-green', 'min-requests': '5' }

    const log = await deployCancelledAt('Switched all traffic to version 2.', [...flags(inputs), '--interval', '2', '--report', join(work, 'switched.json')], {})
    expect(log).toMatch(/Switched all traffic to version 2\.\nexit SIGINT$/)
    expect(server.routing()).toEqual({ mode: 'stable', stable: VERSIONS.candidate })
    expect((await registry.resolve({ name: MODEL, alias: 'champion' })).version).toBe(VERSIONS.stable)

    // No traffic now: the switch the cancelled run made cannot be confirmed.
    load.kill('SIGKILL')
    const again = await runCommand(deployCanaryCommand, { ...inputs, interval: '0.2', report: join(work, 'switched-again.json') })
    expect(again.outputs).toMatchObject({ result: 'inconclusive', 'final-weight': '0' })
    expect(again.failures).toEqual([expect.stringMatching(/^Inconclusive, models:\/wine\/2 not promoted: after the switch an earlier run made: 0 requests reached the candidate in 0\.\d s, fewer than min-requests \(5\); switched back to version 1\.$/)])
    expect(JSON.parse(readFileSync(join(work, 'switched-again.json'), 'utf8'))).toMatchObject({ stable: VERSIONS.stable, windows: [{ phase: 'after-switch', verdict: 'insufficient' }] })
    expect(server.routing()).toEqual({ mode: 'stable', stable: VERSIONS.stable })
    expect((await registry.resolve({ name: MODEL, alias: 'champion' })).version).toBe(VERSIONS.stable)
  })
})
