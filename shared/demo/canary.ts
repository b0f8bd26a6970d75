import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { renderForTerminal } from '../cli/terminal.js'
import { deployCanarySummary } from '../commands/deploy-canary/report.js'
import { DEFAULTS } from '../commands/deploy-canary/options.js'
import { rollOut, ServerMetrics, ServerTarget, type RolloutPlan } from '../deploy/canary/index.js'
import type { Logger } from '../log/index.js'
import { writeOutputFile } from '../output/index.js'
import { LocalRegistry, ModelRegistry } from '../registry/index.js'
import { startModelServer } from '../serve/index.js'

/** Short steps, so the demo shows a whole rollout in seconds; the analysis keeps deploy-canary's defaults. */
const PLAN: Omit<RolloutPlan, 'candidate'> = {
  strategy: 'canary',
  steps: [25, 50, 100],
  intervalMs: 1000,
  thresholds: { maxErrorRate: DEFAULTS.maxErrorRate, maxLatencyRatio: DEFAULTS.maxLatencyRatio, minRequests: 20 },
  failureLimit: DEFAULTS.failureLimit,
}
/** The generated traffic stops at this many requests, whatever the rollout still waits for. */
const MAX_REQUESTS = 20_000
const CLIENTS = 4

const stdoutLogger: Logger = {
  info: (message) => process.stdout.write(`${message}\n`),
  warning: (message) => process.stdout.write(`warning: ${message}\n`),
  group: async (title, body) => {
    process.stdout.write(`${title}\n`)
    return body()
  },
}

export interface DemoRollout {
  registryDir: string
  model: string
  /** The champion, served first. */
  stable: number
  candidate: number
  /** Rows the generated traffic is made of. */
  rowsCsv: string
  /** Where the rollout's JSON report goes. */
  report: string
}

/**
 * Serves the stable version on loopback and rolls the candidate out beside it as a canary, under
 * traffic made of the rows of `rowsCsv`; promoted, the candidate becomes the champion, as
 * `deploy-canary` moves its promote-alias. Returns the step's outcome in one line.
 */
export async function serveAndRollOut({ registryDir, model, stable, candidate, rowsCsv, report }: DemoRollout): Promise<string> {
  const registry = new ModelRegistry(new LocalRegistry(registryDir))
  process.stdout.write(`    mlops serve --registry local:${registryDir} --model ${model} --alias champion --port 0\n    then the deploy-canary rollout of version ${candidate}: steps ${PLAN.steps.join(',')}, ${PLAN.intervalMs / 1000} s each, min-requests ${PLAN.thresholds.minRequests}\n\n`)
  const token = randomBytes(24).toString('hex')
  const server = await startModelServer({ registry, model, version: stable, port: 0, adminToken: token, logger: stdoutLogger })
  try {
    process.stdout.write(`Serving version ${stable} (champion) at ${server.url}.\n`)
    const traffic = generateTraffic(server.url, await instancesFor(server.url, model, rowsCsv))
    const outcome = await rollOut({ ...PLAN, candidate }, new ServerTarget(server.url, token), new ServerMetrics(server.url, model), stdoutLogger).finally(traffic.stop)
    const { sent, failed } = await traffic.done
    process.stdout.write(`\n${renderForTerminal(deployCanarySummary({ model, strategy: 'canary', target: server.url, outcome, deploymentId: '', warnings: [] }))}\n`)
    process.stdout.write(`Generated traffic: ${sent} requests, ${failed} not answered 200.\n`)
    if (outcome.result === 'promoted') {
      await registry.setAlias(model, 'champion', candidate)
      process.stdout.write(`The alias 'champion' moved to version ${candidate}.\n`)
    } else {
      process.stdout.write(`The alias 'champion' stays on version ${stable}.\n`)
    }
    writeOutputFile('report', report, JSON.stringify({ model, strategy: 'canary', ...outcome, traffic: { sent, failed } }, null, 2) + '\n')
    return `${outcome.result}: ${outcome.reason}`
  } finally {
    await server.close()
  }
}

/** `rowsCsv`'s rows as /predict instances of the features the served model reads, by its metadata. */
async function instancesFor(url: string, model: string, rowsCsv: string): Promise<Record<string, number | string>[]> {
  const metadata = (await (await fetch(`${url}/v2/models/${model}`)).json()) as { inputs: { name: string; datatype: string }[] }
  const [header, ...lines] = readFileSync(rowsCsv, 'utf8').trim().split('\n')
  const columns = header!.split(',')
  return lines.map((line) => {
    const fields = line.split(',')
    return Object.fromEntries(metadata.inputs.map(({ name, datatype }) => [name, datatype === 'BYTES' ? fields[columns.indexOf(name)]! : Number(fields[columns.indexOf(name)])]))
  })
}

/** Single-row /predict requests from a few clients until stopped or {@link MAX_REQUESTS} are sent. */
function generateTraffic(url: string, instances: Record<string, number | string>[]): { stop: () => void; done: Promise<{ sent: number; failed: number }> } {
  let running = true
  let sent = 0
  let failed = 0
  const client = async () => {
    while (running && sent < MAX_REQUESTS) {
      const body = JSON.stringify({ instances: [instances[sent++ % instances.length]] })
      const response = await fetch(`${url}/predict`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).catch(() => undefined)
      await response?.arrayBuffer()
      if (response?.status !== 200) failed++
    }
  }
  const done = Promise.all(Array.from({ length: CLIENTS }, client)).then(() => ({ sent, failed }))
  return { stop: () => void (running = false), done }
}
