import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UserError } from '../errors/index.js'
import { loadTable, takeRows, type Table } from '../table/index.js'
import { parseTrainParams } from './params.js'
import { MODEL_DIR_FILES } from './layout.js'
import { loadModelDir } from './model-dir.js'
import { loadModel, saveModel, TFJS_FILES } from './store.js'
import { trainModel, type TrainedModel } from './train.js'

const dirs: string[] = []
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'model-store-'))
  dirs.push(dir)
  return dir
}

let weather: Table
let trained: TrainedModel
let saved: string

beforeAll(async () => {
  weather = await loadTable('node_modules/vega-datasets/data/seattle-weather.csv')
  const rows = Array.from({ length: weather.rows }, (_, i) => i)
  trained = await trainModel({
    table: weather,
    features: ['precipitation', 'temp_max', 'temp_min', 'wind'],
    target: 'weather',
    task: 'classification',
    model: 'mlp',
    params: parseTrainParams({ epochs: 10, hiddenUnits: [16] }),
    trainRows: Int32Array.from(rows.filter((row) => row % 4 !== 0)),
    validationRows: Int32Array.from(rows.filter((row) => row % 4 === 0)),
    seed: 3,
  })
  saved = tempDir()
  await saveModel(saved, trained)
})

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

/** A copy of the saved model with one file replaced, or removed when `content` is undefined. */
function damaged(file: string, content?: string): string {
  const dir = tempDir()
  for (const name of TFJS_FILES) writeFileSync(join(dir, name), readFileSync(join(saved, name)))
  if (content === undefined) rmSync(join(dir, file))
  else writeFileSync(join(dir, file), content)
  return dir
}

describe('saveModel and loadModel', () => {
  it('reload a model that predicts exactly as the trained one', async () => {
    const loaded = await loadModel(saved)
    expect(loaded).toMatchObject({ task: 'classification', target: 'weather', features: ['precipitation', 'temp_max', 'temp_min', 'wind'] })
    expect(loaded.classes).toEqual(['drizzle', 'fog', 'rain', 'snow', 'sun'])
    expect(await loaded.predict(weather)).toEqual(trained.predict(weather))
    expect(await loaded.predict(takeRows(weather, [5]))).toEqual(trained.predict(takeRows(weather, [5])))
  })

  it('write the TensorFlow.js layers format and readable preprocessing', () => {
    const model = JSON.parse(readFileSync(join(saved, MODEL_DIR_FILES.topology), 'utf8'))
    expect(model.format).toBe('layers-model')
    expect(model.weightsManifest[0].paths).toEqual(['weights.bin'])
    expect(model.weightsManifest[0].weights.map((w: { name: string }) => w.name)).toEqual(['hidden_1/kernel', 'hidden_1/bias', 'output/kernel', 'output/bias'])
    expect(readFileSync(join(saved, MODEL_DIR_FILES.weights)).byteLength).toBe(4 * (4 * 16 + 16 + 16 * 5 + 5))
    const manifest = JSON.parse(readFileSync(join(saved, MODEL_DIR_FILES.preprocessing), 'utf8'))
    expect(manifest).toMatchObject({ format: 'mlops-actions/preprocessing', version: 1, model: 'mlp', inputs: ['precipitation', 'temp_max', 'temp_min', 'wind'] })
  })

  it('predict a million rows in bounded batches', async () => {
    const loaded = await loadModel(saved)
    const rows = Array.from({ length: 1_000_000 }, (_, i) => i % weather.rows)
    const prediction = await loaded.predict(takeRows(weather, rows))
    if (prediction.task !== 'classification') throw new Error('not classification')
    expect(prediction.labels.length).toBe(1_000_000)
    expect(prediction.probabilities![2]![weather.rows + 7]).toBe(prediction.probabilities![2]![7])
  })

  it.each([
    [MODEL_DIR_FILES.topology, undefined, /^Input 'model-dir': cannot read '.*model\.json' \(no such file or directory\)\.$/],
    [MODEL_DIR_FILES.weights, undefined, /^Input 'model-dir': cannot read '.*weights\.bin' \(no such file or directory\)\.$/],
    [MODEL_DIR_FILES.preprocessing, undefined, /^Input 'model-dir': cannot read '.*preprocessing\.json' \(no such file or directory\)\.$/],
    [MODEL_DIR_FILES.topology, '{"modelTopology": ', /^Input 'model-dir': .*model\.json is not valid JSON/],
    [MODEL_DIR_FILES.topology, '{"weightsManifest": []}', /^Input 'model-dir': .*model\.json is not a TensorFlow\.js layers model/],
    [MODEL_DIR_FILES.weights, 'short', /^Input 'model-dir': .*weights\.bin holds 5 bytes of weights where .*model\.json describes 660/],
    [MODEL_DIR_FILES.preprocessing, '{"format": "other"}', /^Input 'model-dir': .*preprocessing\.json is not a model's preprocessing file: format must be/],
  ])('report a missing or damaged %s as a UserError naming it', async (file, content, message) => {
    const dir = damaged(file, content)
    await expect(loadModel(dir)).rejects.toThrow(UserError)
    await expect(loadModel(dir)).rejects.toThrow(message)
  })

  it('load through the tfjs flavor when metadata.json names no flavor, or there is none', async () => {
    const withMetadata = damaged(MODEL_DIR_FILES.metrics, '{}')
    writeFileSync(join(withMetadata, MODEL_DIR_FILES.metadata), JSON.stringify({ format: 'mlops-actions/model', version: 1, task: 'classification' }))
    for (const dir of [saved, withMetadata]) {
      const loaded = await loadModelDir(dir)
      expect(loaded.flavor).toBe('tfjs')
      expect(await loaded.predict(weather)).toEqual(trained.predict(weather))
    }
  })

  it('name the input it was given', async () => {
    await expect(loadModel(join(saved, 'nowhere'), 'baseline-model')).rejects.toThrow(/^Input 'baseline-model': cannot read/)
  })
})
