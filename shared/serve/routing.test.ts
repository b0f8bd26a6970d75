import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startModelServer, type ModelServer } from './index.js'
import { constantWineDir, metricValue, onnxModelDir, registryWith, wineRows, workDir } from './test-models.js'

const TOKEN = 'a-long-admin-token-for-tests'
const expected = JSON.parse(readFileSync(new URL('../../test/fixtures/onnx/wine-logistic/expected.json', import.meta.url), 'utf8')) as { labels: number[] }

let work: string
let server: ModelServer
let logPath: string

// Version 1: the ONNX wine classifier (champion). Version 2: a command model answering class 1
// for every row. Version 3: the same ONNX graph again.
beforeAll(async () => {
  work = workDir()
  const { registry } = await registryWith(work, 'wine', [onnxModelDir(work, 'wine-logistic', 1), constantWineDir(work, 1), onnxModelDir(work, 'wine-logistic', 3)])
  logPath = join(work, 'predictions.jsonl')
  server = await startModelServer({ registry, model: 'wine', adminToken: TOKEN, log: logPath })
})
afterAll(async () => {
  await server?.close()
  rmSync(work, { recursive: true, force: true })
})

async function admin(method: string, path: string, body?: unknown, token: string | null = TOKEN): Promise<{ status: number; body: any }> {
  const response = await fetch(server.url + path, {
    method,
    headers: { 'content-type': 'application/json', ...(token !== null && { authorization: `Bearer ${token}` }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  })
  return { status: response.status, body: await response.json() }
}

/** Sends `count` single-row /predict requests, `concurrency` at a time; every answer's status, version and prediction. */
async function load(count: number, concurrency: number, during?: (sent: number) => Promise<void>) {
  const rows = wineRows()
  const answers: { status: number; version: string | null; prediction: number; row: number }[] = []
  let next = 0
  const worker = async () => {
    while (next < count) {
      const index = next++
      if (during) await during(index)
      const row = index % rows.length
      const response = await fetch(`${server.url}/predict`, { method: 'POST', body: JSON.stringify({ instances: [rows[row]] }) })
      const body = (await response.json()) as { predictions?: number[] }
      answers.push({ status: response.status, version: response.headers.get('mlops-model-version'), prediction: body.predictions?.[0] ?? -1, row })
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return answers
}

describe('the admin API', () => {
  it('refuses calls without the token or with a wrong one, and changes nothing', async () => {
    const before = await admin('GET', '/admin/routing')
    expect(before).toEqual({ status: 200, body: { mode: 'stable', stable: 1 } })
    for (const token of [null, 'wrong', `${TOKEN}x`, '']) {
      expect(await admin('POST', '/admin/versions', { version: 2 }, token)).toEqual({ status: 401, body: { error: 'The admin API needs the header Authorization: Bearer <MLOPS_ADMIN_TOKEN>.' } })
      expect((await admin('PUT', '/admin/routing', { stable: 3 }, token)).status).toBe(401)
    }
    expect(await admin('GET', '/admin/routing')).toEqual(before)
    expect((await admin('GET', '/admin/versions')).body.versions.map((v: { version: number }) => v.version)).toEqual([1])
  })

  it('refuses routing to a version that is not loaded, and a body it cannot read', async () => {
    expect(await admin('PUT', '/admin/routing', { stable: 1, canary: 2, weight: 10 })).toEqual({ status: 409, body: { error: "Routing 'canary': version 2 is not loaded; load it with POST /admin/versions first." } })
    expect((await admin('PUT', '/admin/routing', { stable: 1, weight: 10 })).body.error).toBe("Routing 'weight' does not apply to mode 'stable'.")
    expect((await admin('POST', '/admin/versions', { version: 9 })).body.error).toBe("Input 'version': model 'wine' has no version 9; it has 1, 2, 3.")
    expect((await admin('POST', '/admin/versions', { alias: 'nobody' })).status).toBe(422)
    expect(await admin('GET', '/admin/routing')).toEqual({ status: 200, body: { mode: 'stable', stable: 1 } })
  })
})

describe('routing', () => {
  it('loads versions beside the live one and sends the canary its weight of requests', async () => {
    expect((await admin('POST', '/admin/versions', { version: 2 })).body.loaded).toMatchObject({ version: 2, flavor: 'command' })
    expect((await admin('POST', '/admin/versions', { alias: 'latest' })).body.versions.map((v: { version: number }) => v.version)).toEqual([1, 2, 3])
    expect(await admin('PUT', '/admin/routing', { mode: 'canary', stable: 1, canary: 2, weight: 25 })).toEqual({ status: 200, body: { mode: 'canary', stable: 1, canary: 2, weight: 25 } })
    const answers = await load(1000, 16)
    expect(answers.every((answer) => answer.status === 200)).toBe(true)
    expect(answers.filter((answer) => answer.version === '2').length).toBe(250)
    // Each answer is the answering version's own: the canary says 1, stable says what the graph says.
    for (const answer of answers) expect(answer.prediction).toBe(answer.version === '2' ? 1 : expected.labels[answer.row])
    const metrics = await (await fetch(`${server.url}/metrics`)).text()
    expect(metricValue(metrics, 'mlops_predictions_total', { version: '2', class: '1' })).toBe(250)
  })

  it('switches blue-green under concurrent load without failing a request', async () => {
    await admin('PUT', '/admin/routing', { mode: 'blue-green', stable: 1 })
    const switches: Promise<unknown>[] = []
    const answers = await load(3000, 32, async (sent) => {
      if (sent % 500 === 250) switches.push(admin('PUT', '/admin/routing', { mode: 'blue-green', stable: (sent / 250) % 4 === 1 ? 3 : 1 }))
    })
    await Promise.all(switches)
    expect(answers.length).toBe(3000)
    expect(answers.filter((answer) => answer.status !== 200)).toEqual([])
    expect(new Set(answers.map((answer) => answer.version))).toEqual(new Set(['1', '3']))
    await admin('PUT', '/admin/routing', { stable: 3 })
    expect((await load(50, 8)).every((answer) => answer.version === '3')).toBe(true)
  }, 120_000)

  it('mirrors to the shadow without changing an answer, and logs both', async () => {
    await admin('PUT', '/admin/routing', { mode: 'shadow', stable: 1, shadow: 2 })
    const before = readFileSync(logPath, 'utf8').length
    const answers = await load(200, 8)
    for (const answer of answers) {
      expect(answer.version).toBe('1')
      expect(answer.prediction).toBe(expected.labels[answer.row])
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
    const logged = readFileSync(logPath, 'utf8').slice(before).trim().split('\n').map((line) => JSON.parse(line) as { version: number; prediction: number })
    expect(logged.filter((line) => line.version === 1).length).toBe(200)
    expect(logged.filter((line) => line.version === 2).length).toBe(200)
    expect(logged.filter((line) => line.version === 2).every((line) => line.prediction === 1)).toBe(true)
  })
})
