import { readFileSync, rmSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { compareDatasets } from '../drift/index.js'
import { UserError } from '../errors/index.js'
import { loadTable } from '../table/index.js'
import { startModelServer, type ModelServer } from './index.js'
import { metricValue, onnxModelDir, registryWith, wineRows, workDir } from './test-models.js'

const expected = JSON.parse(readFileSync(new URL('../../test/fixtures/onnx/wine-logistic/expected.json', import.meta.url), 'utf8')) as { labels: number[]; probabilities: number[][] }

let work: string
let server: ModelServer
let logPath: string

beforeAll(async () => {
  work = workDir()
  const { registry } = await registryWith(work, 'wine', [onnxModelDir(work, 'wine-logistic', 1)])
  logPath = join(work, 'logs', 'predictions.jsonl')
  server = await startModelServer({ registry, model: 'wine', port: 0, log: logPath, bodyLimit: 64 * 1024 })
})
afterAll(async () => {
  await server?.close()
  rmSync(work, { recursive: true, force: true })
})

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await fetch(server.url + path, { method, ...(body !== undefined && { body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json' } }) })
  const text = await response.text()
  return { status: response.status, body: text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : text, headers: response.headers }
}

function inferBody(rows: Record<string, unknown>[], datatype = 'FP64', nested = false) {
  const names = Object.keys(wineRows()[0]!)
  return {
    id: 'req-1',
    inputs: names.map((name) => ({ name, datatype, shape: nested ? [rows.length, 1] : [rows.length], data: rows.map((row) => (nested ? [row[name]] : row[name])) })),
  }
}

describe('the Open Inference Protocol v2', () => {
  it('answers health and lists exactly the model inputs in its metadata', async () => {
    expect(await call('GET', '/v2/health/live')).toMatchObject({ status: 200, body: { live: true } })
    expect(await call('GET', '/v2/health/ready')).toMatchObject({ status: 200, body: { ready: true } })
    expect(await call('GET', '/v2/models/wine/ready')).toMatchObject({ status: 200, body: { name: 'wine', ready: true } })
    const metadata = await call('GET', '/v2/models/wine')
    expect(metadata.status).toBe(200)
    expect(metadata.headers.get('mlops-model-version')).toBe('1')
    expect(metadata.body.inputs).toEqual(Object.keys(wineRows()[0]!).map((name) => ({ name, datatype: 'FP64', shape: [-1] })))
    expect(metadata.body).toMatchObject({ name: 'wine', versions: ['1'], platform: 'mlops-onnx', outputs: [{ name: 'predict', datatype: 'INT64' }, { name: 'predict_proba', datatype: 'FP64', shape: [-1, 3] }] })
  })

  it('infers from one input per column, shape [N] or [N, 1], as scikit-learn predicted', async () => {
    const rows = wineRows().slice(0, 5)
    for (const nested of [false, true]) {
      const answer = await call('POST', '/v2/models/wine/infer', inferBody(rows, 'FP64', nested))
      expect(answer.status).toBe(200)
      expect(answer.headers.get('mlops-model-version')).toBe('1')
      expect(answer.body).toMatchObject({ model_name: 'wine', model_version: '1', id: 'req-1' })
      expect(answer.body.outputs[0]).toEqual({ name: 'predict', shape: [5], datatype: 'INT64', data: expected.labels.slice(0, 5) })
      const proba = answer.body.outputs[1]
      expect(proba).toMatchObject({ name: 'predict_proba', shape: [5, 3] })
      proba.data.forEach((p: number, i: number) => expect(p).toBeCloseTo(expected.probabilities[Math.floor(i / 3)]![i % 3]!, 5))
    }
    const explicit = await call('POST', '/v2/models/wine/versions/1/infer', inferBody(rows.slice(0, 1), 'FP32'))
    expect(explicit).toMatchObject({ status: 200, body: { model_version: '1' } })
  })

  it('refuses an unknown model, a path out of the model, an unloaded version and a wrong method', async () => {
    expect(await call('GET', '/v2/models/beer')).toMatchObject({ status: 404, body: { error: "No model 'beer' here; this server serves 'wine'." } })
    expect((await call('GET', '/v2/models/..%2F..%2Fetc%2Fpasswd')).status).toBe(404)
    expect((await call('POST', '/v2/models/wine/versions/7/infer', inferBody(wineRows().slice(0, 1)))).body.error).toBe("Version '7' of model 'wine' is not loaded; the loaded versions are 1.")
    const wrong = await call('GET', '/v2/models/wine/infer')
    expect(wrong).toMatchObject({ status: 405, body: { error: 'Method GET is not allowed here; use POST.' } })
    expect(wrong.headers.get('allow')).toBe('POST')
    expect((await call('DELETE', '/predict')).status).toBe(405)
    expect((await call('GET', '/nothing')).status).toBe(404)
    expect(await call('GET', '/admin/routing')).toMatchObject({ status: 404, body: { error: 'The admin API is off: the server was started without MLOPS_ADMIN_TOKEN.' } })
  })
})

describe('POST /predict', () => {
  it('answers predictions, probabilities by class and the version', async () => {
    const answer = await call('POST', '/predict', { instances: wineRows().slice(0, 3) })
    expect(answer.status).toBe(200)
    expect(answer.headers.get('mlops-model-version')).toBe('1')
    expect(answer.body.version).toBe('1')
    expect(answer.body.predictions).toEqual(expected.labels.slice(0, 3))
    expect(Object.keys(answer.body.probabilities[0])).toEqual(['0', '1', '2'])
    expect(answer.body.probabilities[2]['2']).toBeCloseTo(expected.probabilities[2]![2]!, 5)
  })

  it('is a 400 naming the missing feature, the wrong type, or the malformed JSON', async () => {
    const [first, second] = wineRows()
    const { proline: _dropped, ...withoutProline } = second!
    const missing = await call('POST', '/predict', { instances: [first, withoutProline] })
    expect(missing.status).toBe(400)
    expect(missing.body.error).toMatch(/^instances\[1\] has no feature 'proline'; the model reads alcohol, malic_acid/)
    const wrongType = await call('POST', '/predict', { instances: [{ ...first, hue: 'blue' }] })
    expect(wrongType).toMatchObject({ status: 400, body: { error: `instances[0].hue is the text "blue"; feature 'hue' is a number.` } })
    expect(wrongType.headers.get('mlops-model-version')).toBe('1')
    expect(await call('POST', '/predict', '{"instances": [')).toMatchObject({ status: 400, body: { error: 'The request body is not valid JSON.' } })
    expect(await call('POST', '/predict', { rows: [] })).toMatchObject({ status: 400, body: { error: 'The body must be a JSON object with "instances": an array of rows, each an object of feature values.' } })
    const bytes = await call('POST', '/v2/models/wine/infer', inferBody([first!], 'BYTES'))
    expect(bytes).toMatchObject({ status: 400, body: { error: "Input 'alcohol' is BYTES; the model reads it as numbers (FP64, FP32 or INT64)." } })
    const short = inferBody([first!, second!])
    short.inputs.pop()
    expect((await call('POST', '/v2/models/wine/infer', short)).body.error).toBe("No input 'proline' in the request; the model reads alcohol, malic_acid, ash, alcalinity_of_ash, magnesium, total_phenols, flavanoids, nonflavanoid_phenols, proanthocyanins, color_intensity, hue, od280_od315_of_diluted_wines, proline.")
  })

  it('answers concurrent requests each with its own rows, and refuses a number JSON cannot hold without failing the others', async () => {
    const rows = wineRows().slice(0, 12)
    const overflowing = JSON.stringify({ instances: [rows[0]] }).replace(/"hue":[^,}]+/, '"hue":1e400')
    const [refused, ...answers] = await Promise.all([call('POST', '/predict', overflowing), ...rows.map((row) => call('POST', '/predict', { instances: [row, row] }))])
    expect(refused).toMatchObject({ status: 400, body: { error: "instances[0].hue is Infinity; feature 'hue' is a finite number." } })
    expect(answers.map((answer) => answer.body.predictions)).toEqual(expected.labels.slice(0, 12).map((label) => [label, label]))
  })

  it('is a 413 for a body over the limit, declared or streamed', async () => {
    const big = JSON.stringify({ instances: Array.from({ length: 400 }, () => wineRows()[0]) })
    expect(big.length).toBeGreaterThan(64 * 1024)
    expect(await call('POST', '/predict', big)).toMatchObject({ status: 413, body: { error: 'The request body is over the limit of 65536 bytes.' } })
    // Chunked, without a content-length: refused once the limit is passed.
    const status = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(server.url + '/predict', { method: 'POST', headers: { 'transfer-encoding': 'chunked' } }, (response) => {
        response.resume()
        resolve(response.statusCode!)
      })
      request.on('error', reject)
      for (let i = 0; i < 20; i++) request.write(big.slice(0, 8192))
      request.end()
    })
    expect(status).toBe(413)
    expect((await call('POST', '/predict', { instances: wineRows().slice(0, 1) })).status).toBe(200)
  })
})

describe('the records of what was answered', () => {
  it('counts requests, errors, latency and predicted classes per version in /metrics', async () => {
    await call('POST', '/predict', { instances: wineRows().slice(0, 10) })
    const metrics = await call('GET', '/metrics')
    expect(metrics.status).toBe(200)
    expect(metrics.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
    const text: string = metrics.body
    expect(metricValue(text, 'mlops_requests_total', { version: '1', model: 'wine' })).toBeGreaterThan(0)
    expect(metricValue(text, 'mlops_request_duration_seconds_bucket', { version: '1', le: '+Inf' })).toBe(metricValue(text, 'mlops_requests_total', { version: '1' }))
    expect(text).toContain('# TYPE mlops_request_errors_total counter')
    const classCounts = (body: string) => [0, 1, 2].map((label) => metricValue(body, 'mlops_predictions_total', { version: '1', class: String(label) }))
    const before = classCounts(text)
    await call('POST', '/predict', { instances: wineRows().slice(0, 10) })
    const after = classCounts((await call('GET', '/metrics')).body)
    expect(after.map((count, label) => count - before[label]!)).toEqual([0, 1, 2].map((label) => expected.labels.slice(0, 10).filter((p) => p === label).length))
  })

  it('logs every answered row as JSON Lines that loadTable and compareDatasets read as current data', async () => {
    await call('POST', '/predict', { instances: wineRows() })
    await new Promise((resolve) => setTimeout(resolve, 100))
    const lines = readFileSync(logPath, 'utf8').trim().split('\n').map((line) => JSON.parse(line))
    const last = lines.at(-1)
    expect(Object.keys(last)).toEqual(['timestamp', 'version', ...Object.keys(wineRows()[0]!), 'prediction'])
    expect(last).toMatchObject({ version: 1, ...wineRows().at(-1), prediction: expected.labels.at(-1) })
    const current = await loadTable(logPath, { input: 'current' })
    expect(current.rows).toBe(lines.length)
    const reference = await loadTable(join(work, 'wine-logistic-1', 'eval.csv'), { input: 'reference' })
    const report = compareDatasets(reference, current, { ignore: ['cultivar'] })
    expect(report.columns.map((column) => column.column)).toContain('proline')
  })
})

describe('the options', () => {
  it('refuses a version that does not exist before listening, naming it', async () => {
    const { registry } = await registryWith(work, 'wine', [onnxModelDir(work, 'wine-logistic', 3)])
    await expect(startModelServer({ registry, model: 'wine', version: 4 })).rejects.toThrow(new UserError("Input 'version': model 'wine' has no version 4; it has 1."))
    await expect(startModelServer({ registry, model: '../wine' })).rejects.toThrow(/^Input 'model': '\.\.\/wine' is not a model name/)
    await expect(startModelServer({ registry, model: 'wine', alias: 'champion', version: 1 })).rejects.toThrow("Inputs 'alias' and 'version' name the version to serve in two ways; give one.")
  })
})

describe('a regression', () => {
  it('answers values and counts them in a histogram', async () => {
    const { registry } = await registryWith(work, 'diabetes', [onnxModelDir(work, 'diabetes-linear', 1)])
    const regression = await startModelServer({ registry, model: 'diabetes' })
    try {
      const [header, first] = readFileSync(join(work, 'diabetes-linear-1', 'eval.csv'), 'utf8').split('\n')
      const names = header!.split(',')
      const row = Object.fromEntries(names.map((name, i) => [name, Number(first!.split(',')[i])]))
      const answer = await fetch(`${regression.url}/predict`, { method: 'POST', body: JSON.stringify({ instances: [row] }) })
      const body = (await answer.json()) as { predictions: number[]; probabilities?: unknown }
      const values = (JSON.parse(readFileSync(join(work, 'diabetes-linear-1', 'expected.json'), 'utf8')) as { values: number[] }).values
      expect(body.predictions[0]).toBeCloseTo(values[0]!, 3)
      expect(body.probabilities).toBeUndefined()
      const metrics = await (await fetch(`${regression.url}/metrics`)).text()
      expect(metricValue(metrics, 'mlops_prediction_value_bucket', { version: '1', le: '250' })).toBe(1)
      expect(metricValue(metrics, 'mlops_prediction_value_bucket', { version: '1', le: '100' })).toBe(0)
      expect(metricValue(metrics, 'mlops_prediction_value_count', { version: '1' })).toBe(1)
    } finally {
      await regression.close()
    }
  })
})
