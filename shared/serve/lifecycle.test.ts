import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadTable } from '../table/index.js'
import { PredictionLog, startModelServer, type ModelServer } from './index.js'
import { commandModelDir, metricValue, registryWith, workDir } from './test-models.js'

let work: string

beforeAll(() => {
  work = workDir()
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

function servingDirs(): Set<string> {
  return new Set(readdirSync(tmpdir()).filter((name) => name.startsWith('mlops-serve-') && !name.startsWith('mlops-serve-test-')))
}

async function predict(server: ModelServer, instances: unknown[]): Promise<{ status: number; body: any; version: string | null }> {
  const response = await fetch(`${server.url}/predict`, { method: 'POST', body: JSON.stringify({ instances }) })
  return { status: response.status, body: await response.json(), version: response.headers.get('mlops-model-version') }
}

describe('a command model with a serve command', () => {
  let server: ModelServer

  beforeAll(async () => {
    const { registry } = await registryWith(work, 'signs', [commandModelDir(work)])
    server = await startModelServer({ registry, model: 'signs' })
  })
  afterAll(() => server?.close())

  it('answers through its long-lived process, text inputs as BYTES', async () => {
    expect(await predict(server, [{ x: 2, color: 'red' }, { x: -1, color: 7 }])).toEqual({ status: 200, version: '1', body: { predictions: ['pos', 'neg'], probabilities: [{ neg: 0.1, pos: 0.9 }, { neg: 0.9, pos: 0.1 }], version: '1' } })
    const metadata = (await (await fetch(`${server.url}/v2/models/signs`)).json()) as { inputs: unknown }
    expect(metadata.inputs).toEqual([{ name: 'x', datatype: 'FP64', shape: [-1] }, { name: 'color', datatype: 'BYTES', shape: [-1] }])
    const infer = await fetch(`${server.url}/v2/models/signs/infer`, { method: 'POST', body: JSON.stringify({ inputs: [{ name: 'x', shape: [1, 1], datatype: 'INT64', data: [[3]] }, { name: 'color', shape: [1], datatype: 'BYTES', data: ['blue'] }] }) })
    expect(((await infer.json()) as { outputs: unknown[] }).outputs[0]).toEqual({ name: 'predict', shape: [1], datatype: 'BYTES', data: ['pos'] })
    expect((await predict(server, [{ x: 1, color: { r: 1 } }])).body.error).toBe("instances[0].color is an object; feature 'color' is text.")
  })

  it('restarts the process after it dies, counting the failure as an error', async () => {
    const crashed = await predict(server, [{ x: 666, color: 'red' }])
    expect(crashed.status).toBe(500)
    expect(crashed.version).toBe('1')
    expect(crashed.body.error).toMatch(/^Version 1 failed to predict: Input 'models:\/signs\/1': the serve command of '.+manifest\.yaml', 'node serve\.cjs' exited with code 3\.$/)
    expect(await predict(server, [{ x: 5, color: 'red' }])).toMatchObject({ status: 200, body: { predictions: ['pos'] } })
    const metrics = await (await fetch(`${server.url}/metrics`)).text()
    expect(metricValue(metrics, 'mlops_request_errors_total', { version: '1' })).toBe(1)
  })
})

describe('a shadow version', () => {
  it('gets a copy of every request, also of one the stable version fails on', async () => {
    const token = 'a-long-admin-token-for-tests'
    const { registry } = await registryWith(work, 'pair', [commandModelDir(work, 'stable-model'), commandModelDir(work, 'shadow-model', false)])
    const server = await startModelServer({ registry, model: 'pair', adminToken: token })
    try {
      const admin = (method: string, path: string, body: unknown) =>
        fetch(server.url + path, { method, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) })
      expect((await admin('POST', '/admin/versions', { version: 2 })).ok).toBe(true)
      expect((await admin('PUT', '/admin/routing', { mode: 'shadow', stable: 1, shadow: 2 })).ok).toBe(true)
      // The stable version's serve process exits on x = 666; the shadow's batch command answers it.
      expect(await predict(server, [{ x: 666, color: 'red' }])).toMatchObject({ status: 500, version: '1' })
      let metrics = ''
      for (let waited = 0; waited < 20_000 && metricValue(metrics, 'mlops_requests_total', { version: '2' }) === 0; waited += 50) {
        await new Promise((resolve) => setTimeout(resolve, 50))
        metrics = await (await fetch(`${server.url}/metrics`)).text()
      }
      expect(metricValue(metrics, 'mlops_requests_total', { version: '2' })).toBe(1)
      expect(metricValue(metrics, 'mlops_predictions_total', { version: '2', class: 'pos' })).toBe(1)
      expect(metricValue(metrics, 'mlops_request_errors_total', { version: '2' })).toBe(0)
      expect(metricValue(metrics, 'mlops_request_errors_total', { version: '1' })).toBe(1)
    } finally {
      await server.close()
    }
  })
})

describe('a command model without a serve command', () => {
  it('answers through its batch predict command', async () => {
    const { registry } = await registryWith(work, 'batch', [commandModelDir(work, 'batch-model', false)])
    const server = await startModelServer({ registry, model: 'batch' })
    try {
      expect(await predict(server, [{ x: -2, color: 'red' }, { x: 4, color: null }])).toEqual({ status: 200, version: '1', body: { predictions: ['neg', 'pos'], version: '1' } })
    } finally {
      await server.close()
    }
  })
})

describe('graceful shutdown', () => {
  it('finishes requests in flight, refuses new connections, and removes the version folders', async () => {
    const before = servingDirs()
    const { registry } = await registryWith(work, 'slow', [commandModelDir(work, 'slow-model')])
    const server = await startModelServer({ registry, model: 'slow' })
    const added = [...servingDirs()].filter((name) => !before.has(name))
    expect(added.length).toBe(1)
    // The serve process waits 800 ms before answering x = 1800.
    const inFlight = predict(server, [{ x: 1800, color: 'red' }])
    await new Promise((resolve) => setTimeout(resolve, 200))
    const closed = server.close()
    expect(await inFlight).toMatchObject({ status: 200, body: { predictions: ['pos'], version: '1' } })
    await closed
    await expect(fetch(`${server.url}/v2/health/live`)).rejects.toThrow()
    expect(existsSync(join(tmpdir(), added[0]!))).toBe(false)
  })
})

describe('the prediction log', () => {
  it('rotates by size, keeps the newest files, and each stays readable as JSON Lines', async () => {
    const path = join(work, 'rotate', 'log.jsonl')
    const log = new PredictionLog({ path, maxBytes: 2000, keep: 2 })
    const table = { columns: [{ name: 'x', kind: 'number' as const, values: Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) }], rows: 10, lines: new Int32Array(10), fileOfRow: new Uint16Array(10), files: [], hash: '' }
    for (let i = 0; i < 20; i++) log.write(i, table, { task: 'regression', values: Float64Array.from({ length: 10 }, (_, j) => i * 10 + j) })
    await log.close()
    expect(readdirSync(join(work, 'rotate')).sort()).toEqual(['log.1.jsonl', 'log.2.jsonl', 'log.jsonl'])
    for (const file of ['log.jsonl', 'log.1.jsonl', 'log.2.jsonl']) expect(readFileSync(join(work, 'rotate', file), 'utf8').length).toBeLessThanOrEqual(2000)
    const newest = await loadTable(path)
    const last = newest.columns.find((column) => column.name === 'prediction')!
    expect(last.values[newest.rows - 1]).toBe(199)
    const older = await loadTable(join(work, 'rotate', 'log.1.jsonl'))
    expect(older.columns.map((column) => column.name)).toEqual(['timestamp', 'version', 'x', 'prediction'])
  })
})
