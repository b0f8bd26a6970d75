// deploy-canary reading its figures from a real Prometheus (the Debian package) that scrapes the
// model server on loopback every second, through the HTTP API as Flagger and Argo Rollouts do.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { runCommand } from '../../../test/helpers/host.js'
import type { ModelRegistry } from '../../registry/index.js'
import { startModelServer, type ModelServer } from '../../serve/index.js'
import { onnxModelDir, registryWith, wineRows, workDir } from '../../serve/test-models.js'
import { deployCanaryCommand } from '../index.js'

const hasPrometheus = spawnSync('prometheus', ['--version']).status === 0
const TOKEN = 'admin-token-for-the-tests'
const MODEL = 'wine'
const ROWS = wineRows()
const VERSIONS = { stable: 1, healthy: 2, failing: 3 }
const LOAD_SCRIPT = fileURLToPath(new URL('../../../test/fixtures/serve/predict-load.cjs', import.meta.url))

let work: string
let registry: ModelRegistry
let root: string
let server: ModelServer
let prometheus: ChildProcess | undefined
let prometheusUrl: string
let rowsPath: string
let stopTraffic: (() => Promise<number>) | undefined

/** A command model of the wine features that answers without y_pred: every request it takes fails with a 500. */
function failingWineDir(): string {
  const dir = join(work, 'failing')
  mkdirSync(dir)
  writeFileSync(join(dir, 'serve.cjs'), "require('node:readline').createInterface({ input: process.stdin }).on('line', () => process.stdout.write('{}\\n'))\n")
  const inputs = Object.keys(ROWS[0]!).map((feature) => `  - {name: ${feature}, type: number}\n`).join('')
  writeFileSync(join(dir, 'manifest.yaml'), `version: 1\nflavor: command\ntask: classification\ntarget: cultivar\ninputs:\n${inputs}classes: [0, 1, 2]\nfiles: [serve.cjs]\ncommand:\n  predict: 'false'\n  serve: node serve.cjs\n`)
  writeFileSync(join(dir, 'metadata.json'), JSON.stringify({ format: 'mlops-actions/model', version: 1, trainer: 'command', seed: 'failing' }))
  return dir
}

async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as { port: number }
  await new Promise((resolve) => probe.close(resolve))
  return port
}

/** Starts Prometheus scraping `target` (host:port) every second; resolves once /-/ready answers. */
async function startPrometheus(target: string): Promise<void> {
  const dir = join(work, 'prometheus')
  mkdirSync(dir)
  const config = join(dir, 'prometheus.yml')
  writeFileSync(config, `global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nscrape_configs:\n  - job_name: mlops-serve\n    static_configs:\n      - targets: ['${target}']\n`)
  const port = await freePort()
  prometheusUrl = `http://127.0.0.1:${port}`
  let log = ''
  prometheus = spawn('prometheus', [`--config.file=${config}`, `--storage.tsdb.path=${join(dir, 'data')}`, `--web.listen-address=127.0.0.1:${port}`], { stdio: ['ignore', 'ignore', 'pipe'] })
  prometheus.stderr!.on('data', (chunk: Buffer) => void (log = (log + chunk.toString()).slice(-4000)))
  const deadline = Date.now() + 20_000
  while (Date.now() < deadline) {
    if (prometheus.exitCode !== null) throw new Error(`prometheus exited with ${prometheus.exitCode}:\n${log}`)
    const ready = await fetch(`${prometheusUrl}/-/ready`).then((r) => r.ok, () => false)
    if (ready) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`prometheus was not ready within 20 s:\n${log}`)
}

/** Waits until Prometheus has scraped the server successfully, so the first window is not lost to startup. */
async function untilScraped(): Promise<void> {
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    const body = (await (await fetch(`${prometheusUrl}/api/v1/query?query=up`)).json()) as { data: { result: { value: [number, string] }[] } }
    if (body.data.result[0]?.value[1] === '1') return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error('prometheus did not scrape the model server within 10 s')
}

/**
 * Single-row /predict requests from a second process, four at a time and 200 a second, for at
 * most 20,000 requests or 120 s. Counts the requests neither answered nor failed by the model
 * (status 200 or 500): a refused connection or any other status.
 */
function startTraffic(url: string): void {
  const child = spawn(process.execPath, [LOAD_SCRIPT, url, rowsPath, '20000', '4', '120', '200'], { stdio: ['ignore', 'pipe', 'inherit'] })
  let failed = 0
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const status = line.split(' ')[2]
    if (status !== '200' && status !== '500') failed++
  })
  // 'close' comes after the last line is read.
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()))
  stopTraffic = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    await closed
    return failed
  }
}

function deploy(version: number) {
  return runCommand(deployCanaryCommand, {
    name: MODEL,
    version: String(version),
    registry: `local:${root}`,
    'server-url': server.url,
    'admin-token': TOKEN,
    'metrics-source': 'prometheus',
    'prometheus-url': prometheusUrl,
    steps: '50,100',
    interval: '3',
    'min-requests': '5',
    report: join(work, `report-${version}.json`),
  })
}

const champion = async () => (await registry.resolve({ name: MODEL, alias: 'champion' })).version

describe.skipIf(!hasPrometheus)('deploy-canary reading a real Prometheus', () => {
  beforeAll(async () => {
    work = workDir()
    ;({ registry, root } = await registryWith(work, MODEL, [onnxModelDir(work, 'wine-logistic', 1), onnxModelDir(work, 'wine-logistic', 2), failingWineDir()]))
    server = await startModelServer({ registry, model: MODEL, adminToken: TOKEN })
    rowsPath = join(work, 'rows.json')
    writeFileSync(rowsPath, JSON.stringify(ROWS))
    await startPrometheus(new URL(server.url).host)
    await untilScraped()
  })
  afterEach(async () => {
    await stopTraffic?.()
    stopTraffic = undefined
  })
  afterAll(async () => {
    await stopTraffic?.()
    if (prometheus && prometheus.exitCode === null) {
      const exited = new Promise((resolve) => prometheus!.once('exit', resolve))
      prometheus.kill('SIGTERM')
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))])
      if (prometheus.exitCode === null) prometheus.kill('SIGKILL')
    }
    await server?.close()
    if (work) rmSync(work, { recursive: true, force: true })
  })

  it('rolls back a candidate whose every answer fails, judged from Prometheus, and leaves the alias', async () => {
    startTraffic(server.url)
    const run = await deploy(VERSIONS.failing)
    expect(run.outputs).toMatchObject({ result: 'rolled-back', 'final-weight': '0' })
    expect(run.failures).toEqual([expect.stringMatching(/^Rolled back models:\/wine\/3: at 50 %: .*error-rate (1\.00|0\.9\d) over 0\.01.*; 2 failed windows reached failure-limit\.$/)])
    expect(run.logs).toContainEqual(expect.stringContaining(`judged from Prometheus at ${prometheusUrl}`))
    const [first] = JSON.parse(readFileSync(run.outputs.report!, 'utf8')).windows
    expect(first.candidate.requests).toBeGreaterThanOrEqual(5)
    // Every candidate answer failed; two counters read through increase() may differ by one scrape's rounding.
    expect(Math.abs(first.candidate.errors - first.candidate.requests)).toBeLessThanOrEqual(1)
    expect(first.candidate.errors).toBeGreaterThan(0)
    expect(first.stable.errors).toBe(0)
    expect(server.routing()).toEqual({ mode: 'stable', stable: VERSIONS.stable })
    expect(await champion()).toBe(VERSIONS.stable)
    expect(await stopTraffic!()).toBe(0)
  })

  it('promotes a healthy canary through 50 % and 100 % on the figures Prometheus scraped, and moves the champion alias', async () => {
    startTraffic(server.url)
    const run = await deploy(VERSIONS.healthy)
    expect(run.failures).toEqual([])
    expect(run.outputs).toMatchObject({ result: 'promoted', 'final-weight': '100' })
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8'))
    expect(report.windows.map((w: { weight: number; verdict: string }) => [w.weight, w.verdict])).toEqual([[50, 'pass'], [100, 'pass']])
    // The figures are Prometheus's: increase() of the counters, histogram_quantile() of the latency buckets.
    const [half] = report.windows
    expect(half.candidate.requests).toBeGreaterThanOrEqual(5)
    expect(half.stable.requests).toBeGreaterThanOrEqual(5)
    expect(half.candidate.p95Ms).toBeGreaterThan(0)
    expect(Object.keys(half.candidate.predictions).length).toBeGreaterThan(0)
    expect(run.summary).toContain('**Promoted**: every step passed; version 2 is stable.')
    expect(server.routing()).toEqual({ mode: 'stable', stable: VERSIONS.healthy })
    expect(await champion()).toBe(VERSIONS.healthy)
    expect(await stopTraffic!()).toBe(0)
  })
})
