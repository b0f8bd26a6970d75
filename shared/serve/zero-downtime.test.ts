import { spawn } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startModelServer, type ModelServer, type Routing } from './index.js'
import { onnxModelDir, registryWith, wineRows, workDir } from './test-models.js'

const TOKEN = 'a-long-admin-token-for-tests'
const LOAD_SCRIPT = fileURLToPath(new URL('../../test/fixtures/serve/predict-load.cjs', import.meta.url))
/** Answers between two routing changes; eight phases make 12,000 requests. */
const PER_PHASE = 1500

/** Version 1 serves first; version 2 takes the canary weights, then blue-green switches go both ways. */
const PHASES: Routing[] = [
  { mode: 'stable', stable: 1 },
  ...[10, 25, 50, 100].map((weight): Routing => ({ mode: 'canary', stable: 1, canary: 2, weight })),
  { mode: 'stable', stable: 2 },
  { mode: 'stable', stable: 1 },
  { mode: 'stable', stable: 2 },
]

interface Answer {
  started: number
  ended: number
  status: number
  version: string
}

let work: string
let server: ModelServer

beforeAll(async () => {
  work = workDir()
  const { registry } = await registryWith(work, 'wine', [onnxModelDir(work, 'wine-logistic', 1), onnxModelDir(work, 'wine-logistic', 2)])
  server = await startModelServer({ registry, model: 'wine', adminToken: TOKEN })
  await admin('POST', '/admin/versions', { version: 2 })
})
afterAll(async () => {
  await server?.close()
  rmSync(work, { recursive: true, force: true })
})

async function admin(method: string, path: string, body: unknown): Promise<void> {
  const response = await fetch(server.url + path, { method, headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify(body) })
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`)
}

/**
 * Runs the load process and moves to the next phase's routing each time another PER_PHASE answers
 * have come back. Returns every answer and, per phase, when its routing call was sent and answered.
 */
async function loadWhileRouting(): Promise<{ answers: Answer[]; changes: { sent: number; answered: number }[] }> {
  const rowsPath = join(work, 'rows.json')
  writeFileSync(rowsPath, JSON.stringify(wineRows()))
  const child = spawn(process.execPath, [LOAD_SCRIPT, server.url, rowsPath, String(PHASES.length * PER_PHASE), '8', '40'], { stdio: ['ignore', 'pipe', 'inherit'] })
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
  const answers: Answer[] = []
  const changes = [{ sent: 0, answered: 0 }]
  let routing: Promise<void> = Promise.resolve()
  for await (const line of createInterface({ input: child.stdout })) {
    const [started, ended, status, version] = line.split(' ')
    answers.push({ started: Number(started), ended: Number(ended), status: Number(status), version: version! })
    const phase = changes.length
    if (answers.length === phase * PER_PHASE && phase < PHASES.length) {
      const change = { sent: Date.now(), answered: 0 }
      changes.push(change)
      routing = routing.then(() => admin('PUT', '/admin/routing', PHASES[phase])).then(() => void (change.answered = Date.now()))
    }
  }
  await routing
  expect(await exited).toBe(0)
  return { answers, changes }
}

describe('routing changes under load from another process', () => {
  it('fails no request across canary weights 10 to 100 and blue-green switches both ways, and answers by the weights', async () => {
    const { answers, changes } = await loadWhileRouting()
    expect(answers.length).toBe(PHASES.length * PER_PHASE)
    expect(answers.filter((answer) => answer.status !== 200)).toEqual([])
    expect(new Set(answers.map((answer) => answer.version))).toEqual(new Set(['1', '2']))

    // Times are whole milliseconds: a request sent after a change was answered, and answered
    // before the next was sent, was routed by that phase alone.
    PHASES.forEach((routing, phase) => {
      const next = changes[phase + 1]?.sent ?? Infinity
      const routed = answers.filter((answer) => answer.started > changes[phase]!.answered && answer.ended < next)
      expect(routed.length, `phase ${phase}`).toBeGreaterThan(PER_PHASE / 2)
      const share = (100 * routed.filter((answer) => answer.version === '2').length) / routed.length
      const expected = routing.mode === 'canary' ? routing.weight : routing.stable === 2 ? 100 : 0
      if (expected % 100 === 0) expect(share, `phase ${phase}: ${JSON.stringify(routing)}`).toBe(expected)
      else expect(Math.abs(share - expected), `phase ${phase}: ${JSON.stringify(routing)} gave ${share.toFixed(1)} %`).toBeLessThan(2)
    })
  }, 60_000)
})
