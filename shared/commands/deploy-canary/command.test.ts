import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { HEAD_SHA } from '../../../test/emulator/git.js'
import { startEmulator, type Emulator } from '../../../test/emulator/server.js'
import { expectFaithfulTraffic } from '../../../test/emulator/testing.js'
import { runCommand } from '../../../test/helpers/host.js'
import type { ModelRegistry } from '../../registry/index.js'
import { startModelServer, type ModelServer } from '../../serve/index.js'
import { constantWineDir, onnxModelDir, registryWith, wineRows, workDir } from '../../serve/test-models.js'
import { deployCanaryCommand } from '../index.js'

const TOKEN = 'admin-token-for-the-tests'
const MODEL = 'wine'
const ROWS = wineRows()

let work: string
let registry: ModelRegistry
let root: string
let server: ModelServer | undefined
let emulator: Emulator | undefined
let stopTraffic: (() => Promise<number>) | undefined

/** A command model of the wine features whose serve process runs `onLine(row)` for each request. */
function wineCommandDir(name: string, onLine: string): string {
  const dir = join(work, name)
  mkdirSync(dir)
  writeFileSync(join(dir, 'serve.cjs'), `require('node:readline').createInterface({ input: process.stdin }).on('line', (line) => { const row = JSON.parse(line); ${onLine} })\n`)
  const inputs = Object.keys(ROWS[0]!).map((feature) => `  - {name: ${feature}, type: number}\n`).join('')
  writeFileSync(join(dir, 'manifest.yaml'), `version: 1\nflavor: command\ntask: classification\ntarget: cultivar\ninputs:\n${inputs}classes: [0, 1, 2]\nfiles: [serve.cjs]\ncommand:\n  predict: 'false'\n  serve: node serve.cjs\n`)
  writeFileSync(join(dir, 'metadata.json'), JSON.stringify({ format: 'mlops-actions/model', version: 1, trainer: 'command', seed: name }))
  return dir
}

const VERSIONS = { stable: 1, healthy: 2, failing: 3, slow: 4, skewed: 5, souring: 6 }

beforeAll(async () => {
  work = workDir()
  ;({ registry, root } = await registryWith(work, MODEL, [
    onnxModelDir(work, 'wine-logistic', 1),
    onnxModelDir(work, 'wine-logistic', 2),
    // Answers without y_pred: every request it takes fails with a 500.
    wineCommandDir('failing', "process.stdout.write('{}\\n')"),
    // Answers like the stable classes, 40 ms late.
    wineCommandDir('slow', "setTimeout(() => process.stdout.write(JSON.stringify({ y_pred: row.proline > 1000 ? 0 : 1 }) + '\\n'), 40)"),
    constantWineDir(work, 2),
    // Answers like the stable classes until the file `soured` exists, then fails every request.
    wineCommandDir('souring', `process.stdout.write(require('node:fs').existsSync(${JSON.stringify(join(work, 'soured'))}) ? '{}\\n' : JSON.stringify({ y_pred: row.proline > 1000 ? 0 : 1 }) + '\\n')`),
  ]))
})
afterAll(() => rmSync(work, { recursive: true, force: true }))
afterEach(async () => {
  await stopTraffic?.()
  stopTraffic = undefined
  await server?.close()
  server = undefined
  if (emulator) {
    expectFaithfulTraffic(emulator)
    await emulator.close()
    emulator = undefined
  }
})

/** Single-row /predict requests, four at a time, until stopped or 20,000 sent; resolves to the failures. */
function startTraffic(url: string): void {
  let running = true
  let sent = 0
  let failed = 0
  const worker = async () => {
    while (running && sent < 20_000) {
      const row = ROWS[sent++ % ROWS.length]
      const response = await fetch(`${url}/predict`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ instances: [row] }) })
      await response.arrayBuffer()
      if (response.status !== 200 && response.status !== 500) failed++
    }
  }
  const workers = Promise.all([worker(), worker(), worker(), worker()])
  stopTraffic = async () => {
    running = false
    await workers
    return failed
  }
}

async function serve(withTraffic = true): Promise<ModelServer> {
  server = await startModelServer({ registry, model: MODEL, adminToken: TOKEN })
  if (withTraffic) startTraffic(server.url)
  return server
}

function deploy(inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runCommand(
    deployCanaryCommand,
    { name: MODEL, registry: `local:${root}`, 'server-url': server?.url, 'admin-token': TOKEN, steps: '20,50,100', interval: '0.3', 'min-requests': '5', report: join(work, `report-${Math.random()}.json`), ...inputs },
    env,
  )
}

async function closedPort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as { port: number }
  await new Promise((resolve) => probe.close(resolve))
  return port
}

const champion = async () => (await registry.resolve({ name: MODEL, alias: 'champion' })).version

describe('deploy-canary on the model server', () => {
  it('promotes a healthy canary through every step to 100 % and moves the champion alias', async () => {
    await serve()
    const run = await deploy({ version: String(VERSIONS.healthy), 'max-prediction-drift': '0.5' })
    expect(run.failures).toEqual([])
    expect(run.outputs).toMatchObject({ result: 'promoted', 'final-weight': '100', 'deployment-id': '' })
    expect(server!.routing()).toEqual({ mode: 'stable', stable: VERSIONS.healthy })
    expect(await champion()).toBe(VERSIONS.healthy)
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8'))
    expect(report.windows.map((w: { weight: number; verdict: string }) => [w.weight, w.verdict])).toEqual([[20, 'pass'], [50, 'pass'], [100, 'pass']])
    expect(run.summary).toContain('**Promoted**: every step passed; version 2 is stable.')
    expect(run.summary).toMatch(/\| 1 \| canary \| 20 % \| 0\.\d \| \d+ \| 0 \|/)
    expect(await stopTraffic!()).toBe(0)
    await registry.setAlias(MODEL, 'champion', VERSIONS.stable)
  })

  it.each([
    ['errors', VERSIONS.failing, {}, 'error-rate 1.00 over 0.01'],
    ['latency', VERSIONS.slow, {}, 'latency-ratio'],
    ['skewed predictions', VERSIONS.skewed, { 'max-prediction-drift': '0.3' }, 'prediction-drift'],
  ])('rolls back a candidate with %s within failure-limit windows and leaves the alias', async (_fault, version, extra, check) => {
    await serve()
    const run = await deploy({ version: String(version), ...extra })
    expect(run.outputs).toMatchObject({ result: 'rolled-back', 'final-weight': '0' })
    expect(run.failures).toHaveLength(1)
    expect(run.failures[0]).toMatch(new RegExp(`^Rolled back models:/wine/${version}: at 20 %: .*${check}.*; 2 failed windows reached failure-limit\\.$`))
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8'))
    expect(report.windows.map((w: { verdict: string }) => w.verdict)).toEqual(['fail', 'fail'])
    expect(server!.routing()).toEqual({ mode: 'stable', stable: VERSIONS.stable })
    expect(await champion()).toBe(VERSIONS.stable)
  })

  it('ends inconclusive without traffic, never promotes, and routes everything to stable', async () => {
    await serve(false)
    const run = await deploy({ version: String(VERSIONS.healthy), interval: '0.1', 'min-requests': '50' })
    expect(run.outputs).toMatchObject({ result: 'inconclusive', 'final-weight': '0' })
    expect(run.failures).toEqual(['Inconclusive, models:/wine/2 not promoted: at 20 %: 0 requests reached the candidate in 0.3 s, fewer than min-requests (50).'])
    expect(server!.routing()).toEqual({ mode: 'stable', stable: VERSIONS.stable })
    expect(await champion()).toBe(VERSIONS.stable)
  })

  it('refuses a wrong admin token naming the input, and changes nothing', async () => {
    await serve(false)
    const run = await deploy({ version: String(VERSIONS.healthy), 'admin-token': 'not-the-admin-token' })
    expect(run.failures).toEqual([`Input 'admin-token': ${server!.url} refused it (401); give the MLOPS_ADMIN_TOKEN the server was started with.`])
    expect(server!.routing()).toEqual({ mode: 'stable', stable: VERSIONS.stable })
  })
})

describe('blue-green and shadow on the model server', () => {
  const phases = (run: { outputs: Record<string, string> }) => JSON.parse(readFileSync(run.outputs.report!, 'utf8')).windows.map((w: { phase: string; verdict: string }) => `${w.phase} ${w.verdict}`)

  it('blue-green checks the candidate in shadow, switches all traffic at once, watches it and promotes', async () => {
    await serve()
    // Shadow copies run after stable's answer, so on a busy machine their p95 can pass 10 ms and twice stable's.
    const run = await deploy({ version: String(VERSIONS.healthy), strategy: 'blue-green', 'promote-alias': 'blue-green', 'max-latency-ratio': '100' })
    expect(run.failures).toEqual([])
    expect(run.outputs).toMatchObject({ result: 'promoted', 'final-weight': '100' })
    expect(phases(run)).toEqual(['pre-switch pass', 'after-switch pass'])
    expect(server!.routing()).toEqual({ mode: 'stable', stable: VERSIONS.healthy })
    expect((await registry.resolve({ name: MODEL, alias: 'blue-green' })).version).toBe(VERSIONS.healthy)
    expect(await stopTraffic!()).toBe(0)
  })

  it('blue-green never switches to a candidate that fails before the switch', async () => {
    await serve()
    const run = await deploy({ version: String(VERSIONS.failing), strategy: 'blue-green' })
    expect(run.outputs.result).toBe('rolled-back')
    expect(phases(run)).toEqual(['pre-switch fail', 'pre-switch fail'])
    expect(server!.routing()).toEqual({ mode: 'stable', stable: VERSIONS.stable })
    expect(await stopTraffic!()).toBe(0)
  })

  it('blue-green switches everything back when the candidate fails after the switch', async () => {
    await serve()
    // The candidate sours the moment it takes all traffic.
    const sour = setInterval(() => {
      if (server!.routing()?.stable === VERSIONS.souring) writeFileSync(join(work, 'soured'), '')
    }, 10)
    // Its errors decide; a command model's latency beside an ONNX one on a busy machine must not.
    const run = await deploy({ version: String(VERSIONS.souring), strategy: 'blue-green', interval: '1', 'max-latency-ratio': '100' }).finally(() => clearInterval(sour))
    expect(run.outputs).toMatchObject({ result: 'rolled-back', 'final-weight': '0' })
    // A cold command model may fail one window before the switch; it must pass one to be switched to.
    expect(phases(run).slice(-2)).toEqual(['pre-switch pass', 'after-switch fail'])
    expect(run.failures).toEqual([expect.stringMatching(/^Rolled back models:\/wine\/6: after the switch: error-rate .* failed; one failed window is enough after the switch; switched back to version 1\.$/)])
    expect(server!.routing()).toEqual({ mode: 'stable', stable: VERSIONS.stable })
    expect(await champion()).toBe(VERSIONS.stable)
    expect(await stopTraffic!()).toBe(0)
  })

  it('shadow judges the candidate on copies, leaves stable answering every request, and moves no alias by default', async () => {
    const { url } = await serve(false)
    const answeredBy = new Set<string>()
    let running = true
    const client = (async () => {
      for (let i = 0; running && i < 20_000; i++) {
        const response = await fetch(`${url}/predict`, { method: 'POST', body: JSON.stringify({ instances: [ROWS[i % ROWS.length]] }) })
        answeredBy.add(String(((await response.json()) as { version: string }).version))
      }
    })()
    const run = await deploy({ version: String(VERSIONS.skewed), strategy: 'shadow', steps: '50,100', 'max-prediction-drift': '0.3' })
    running = false
    await client
    expect(run.outputs).toMatchObject({ result: 'rolled-back', 'final-weight': '0' })
    expect(phases(run)).toEqual(['shadow fail', 'shadow fail'])
    expect([...answeredBy]).toEqual([String(VERSIONS.stable)])
    expect(server!.routing()).toEqual({ mode: 'stable', stable: VERSIONS.stable })

    startTraffic(url)
    // The latency check has its own case (the slow candidate); in windows this short, on a busy machine,
    // a version's first requests after loading would decide it here.
    const safe = await deploy({ version: String(VERSIONS.healthy), strategy: 'shadow', steps: '50,100', 'max-latency-ratio': '100' })
    expect(safe.failures).toEqual([])
    expect(safe.outputs).toMatchObject({ result: 'promoted', 'final-weight': '0' })
    expect(phases(safe)).toEqual(['shadow pass', 'shadow pass'])
    expect(server!.routing()).toEqual({ mode: 'stable', stable: VERSIONS.stable })
    expect(await champion()).toBe(VERSIONS.stable)
  })

  it('resumes from the routing a cancelled run left: the stable version keeps its place', async () => {
    await serve()
    await fetch(`${server!.url}/admin/versions`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` }, body: JSON.stringify({ version: VERSIONS.failing }) })
    await fetch(`${server!.url}/admin/routing`, { method: 'PUT', headers: { authorization: `Bearer ${TOKEN}` }, body: JSON.stringify({ stable: VERSIONS.stable, canary: VERSIONS.failing, weight: 50 }) })
    const run = await deploy({ version: String(VERSIONS.healthy), 'promote-alias': 'resumed' })
    expect(run.outputs.result).toBe('promoted')
    expect(JSON.parse(readFileSync(run.outputs.report!, 'utf8')).stable).toBe(VERSIONS.stable)
    expect(server!.routing()).toEqual({ mode: 'stable', stable: VERSIONS.healthy })
  })
})

describe('the GitHub Deployment of a rollout', () => {
  const github = (token?: string) => ({ ...emulator!.env, GITHUB_REPOSITORY: 'octo-org/models', GITHUB_SHA: HEAD_SHA, GITHUB_TOKEN: token ?? emulator!.token, GITHUB_SERVER_URL: 'https://github.example', GITHUB_RUN_ID: '7' })

  it('records in_progress then failure for a rollback, with the server as environment URL', async () => {
    emulator = await startEmulator({ repos: [{ owner: 'octo-org', name: 'models' }], selfCheck: true })
    await serve()
    const run = await deploy({ version: String(VERSIONS.failing), environment: 'production' }, github())
    expect(run.outputs.result).toBe('rolled-back')
    const [deployment] = emulator.state.deployments('octo-org/models').list()
    expect(run.outputs['deployment-id']).toBe(String(deployment!.id))
    expect(emulator.state.deployments('octo-org/models').states(deployment!.id)).toEqual(['in_progress', 'failure'])
    expect(deployment!.environment).toBe('production')
    expect(deployment!.statuses.at(-1)).toMatchObject({ environmentUrl: server!.url })
  })

  it('routes traffic back to stable and ends the Deployment in failure when the metrics cannot be read midway', async () => {
    emulator = await startEmulator({ repos: [{ owner: 'octo-org', name: 'models' }], selfCheck: true })
    await serve()
    // A port nothing listens on: the first window cannot be judged.
    const prometheusUrl = `http://127.0.0.1:${await closedPort()}`
    const run = await deploy({ version: String(VERSIONS.healthy), environment: 'production', 'metrics-source': 'prometheus', 'prometheus-url': prometheusUrl }, github())
    expect(run.failures).toEqual([`Input 'prometheus-url': cannot reach ${prometheusUrl} (ECONNREFUSED).`])
    expect(server!.routing()).toEqual({ mode: 'stable', stable: VERSIONS.stable })
    expect(await champion()).toBe(VERSIONS.stable)
    const [deployment] = emulator.state.deployments('octo-org/models').list()
    expect(emulator.state.deployments('octo-org/models').states(deployment!.id)).toEqual(['in_progress', 'failure'])
    expect(deployment!.statuses.at(-1)!.description).toMatch(/^wine v2: stopped on an error: Input 'prometheus-url': cannot reach/)
  })

  it('warns naming deployments: write for a read-only token and still rolls out', async () => {
    emulator = await startEmulator({ repos: [{ owner: 'octo-org', name: 'models' }], tokens: { ghs_write: {}, ghs_read: { readOnly: true } }, selfCheck: true })
    await serve()
    const run = await deploy({ version: String(VERSIONS.healthy), environment: 'production', 'promote-alias': 'staging' }, github('ghs_read'))
    expect(run.failures).toEqual([])
    expect(run.outputs).toMatchObject({ result: 'promoted', 'deployment-id': '' })
    expect(run.logs.filter((line) => line.startsWith('warning:'))).toEqual([expect.stringContaining('Give the job `permissions: deployments: write`.')])
    expect(run.summary).toContain('deployments: write')
    expect((await registry.resolve({ name: MODEL, alias: 'staging' })).version).toBe(VERSIONS.healthy)
    expect(await champion()).toBe(VERSIONS.stable)
  })
})

describe('deploy-canary on KServe', () => {
  it('writes the manifests of every step without a kubeconfig, applies none and promotes nothing', async () => {
    const manifests = join(work, 'manifests')
    const run = await deploy({ version: String(VERSIONS.healthy), target: 'kserve', image: 'ghcr.io/octo-org/mlops-server:1.0', registry: `local:${root}`, manifests, 'server-url': '' })
    expect(run.failures).toEqual([])
    expect(run.outputs).toMatchObject({ result: 'inconclusive', manifests, 'final-weight': '0' })
    expect(readdirSync(manifests)).toEqual(['01-canary-20.yaml', '02-canary-50.yaml', '03-promote.yaml', '04-rollback.yaml'])
    expect(readFileSync(join(manifests, '02-canary-50.yaml'), 'utf8')).toContain('canaryTrafficPercent: 50')
    expect(readFileSync(join(manifests, '03-promote.yaml'), 'utf8')).not.toContain('canaryTrafficPercent')
    expect(await champion()).toBe(VERSIONS.stable)
  })

  it('refuses a kubeconfig rollout beside no version, naming promote-alias, before anything is applied', async () => {
    const run = await deploy({ version: '2', target: 'kserve', image: 'x:1', kubeconfig: join(work, 'kubeconfig'), 'metrics-source': 'prometheus', 'prometheus-url': 'http://127.0.0.1:9090', 'promote-alias': 'production', manifests: join(work, 'unapplied') })
    expect(run.failures).toEqual(["Input 'promote-alias': alias 'production' of model 'wine' names no version; the kserve target rolls out beside the version it names."])
    expect(existsSync(join(work, 'unapplied'))).toBe(false)
  })

  it('refuses blue-green naming the strategy input', async () => {
    const run = await deploy({ version: '2', target: 'kserve', strategy: 'blue-green', image: 'x:1' })
    expect(run.failures).toEqual(["Input 'strategy': the kserve target rolls out as a canary only (KServe's canaryTrafficPercent); use target 'server' for blue-green."])
  })
})
