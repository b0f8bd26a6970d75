// One timed fit of the built-in trainer (shared/model, TensorFlow.js) on the benchmark CSV.
// Usage: node test/bench/train-tfjs.mjs BUILD_DIR DATA.csv --epochs E --batch-size B
//        [--learning-rate LR] [--hidden 64,64] [--holdout 0.2] [--seed S]
//        [--backend wasm|cpu] [--simd on|off] [--threads on|off]
// BUILD_DIR is a compiled build/ (train.mjs passes a snapshot). Trains on the first 80% of
// the rows and scores accuracy on the last 20%, as train_sklearn.py does. The timed part is
// trainModel alone (preprocessing and the fit), after the table is loaded and the backend
// started. --simd off and --threads on override tfjs-backend-wasm's feature detection before
// it starts; --backend cpu switches to the pure-JavaScript backend after it started.
// Prints one JSON line.
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import * as tf from '@tensorflow/tfjs'
import { getThreadsCount } from '@tensorflow/tfjs-backend-wasm'

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    epochs: { type: 'string' },
    'batch-size': { type: 'string' },
    'learning-rate': { type: 'string', default: '0.001' },
    hidden: { type: 'string', default: '64,64' },
    holdout: { type: 'string', default: '0.2' },
    seed: { type: 'string', default: '1' },
    backend: { type: 'string', default: 'wasm' },
    simd: { type: 'string', default: 'on' },
    threads: { type: 'string', default: 'off' },
  },
})
if (positionals.length !== 2 || !values.epochs || !values['batch-size']) {
  throw new Error('usage: train-tfjs.mjs BUILD_DIR DATA.csv --epochs E --batch-size B [options]')
}
const [buildDir, data] = positionals.map((path) => resolve(path))
const load = (path) => import(pathToFileURL(join(buildDir, path)).href)
const { parseTrainParams } = await load('shared/model/index.js')
const { initBackend, trainModel } = await load('shared/model/tfjs.js')
const { loadTable, takeRows } = await load('shared/table/index.js')

const log = { info: () => {}, warning: (message) => process.stderr.write(`warning: ${message}\n`), group: (_, body) => body() }
// The trainer registers the backend, so these flags are read when it starts, not before.
if (values.simd === 'off') tf.env().set('WASM_HAS_SIMD_SUPPORT', false)
if (values.threads === 'on') tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', true)
const chosen = await initBackend(log)
if (values.backend === 'wasm' && chosen !== 'wasm') throw new Error(`the wasm backend did not start; the trainer fell back to '${chosen}'`)
if (values.backend !== chosen) {
  if (!(await tf.setBackend(values.backend))) throw new Error(`tf.setBackend('${values.backend}') failed`)
  await tf.ready()
}

const loadStarted = performance.now()
const table = await loadTable(data)
const loadSeconds = (performance.now() - loadStarted) / 1000
const peakMb = () => (process.resourceUsage().maxRSS * 1024) / 1e6
const peakRssMbBeforeFit = peakMb()
const label = table.columns.find((column) => column.name === 'label')
const features = table.columns.map((column) => column.name).filter((name) => name !== 'label')
const trainRows = table.rows - Math.round(table.rows * Number(values.holdout))
const range = (from, to) => Int32Array.from({ length: to - from }, (_, i) => from + i)
const params = parseTrainParams({
  epochs: Number(values.epochs),
  batchSize: Number(values['batch-size']),
  learningRate: Number(values['learning-rate']),
  hiddenUnits: values.hidden.split(',').map(Number),
  // 0 trains every epoch and keeps the last weights, as sklearn without early stopping.
  patience: 0,
})

const started = performance.now()
// No validation rows: sklearn with early_stopping=False computes no validation loss either.
const trained = await trainModel({
  table,
  features,
  target: 'label',
  task: 'classification',
  model: 'mlp',
  params,
  trainRows: range(0, trainRows),
  validationRows: new Int32Array(0),
  seed: Number(values.seed),
})
const fitSeconds = (performance.now() - started) / 1000
const peakRssMbAfterFit = peakMb()

const holdout = range(trainRows, table.rows)
const predicted = trained.predict(takeRows(table, holdout)).labels
let correct = 0
for (let i = 0; i < holdout.length; i++) if (String(predicted[i]) === String(label.values[holdout[i]])) correct++

const backend = tf.getBackend()
console.log(
  JSON.stringify({
    fitSeconds,
    accuracy: correct / holdout.length,
    epochs: trained.history.length,
    loss: trained.history.at(-1)?.loss ?? null,
    trainRows,
    holdoutRows: holdout.length,
    loadSeconds,
    peakRssMbBeforeFit,
    peakRssMbAfterFit,
    backend,
    trainerBackend: trained.backend,
    simd: backend === 'wasm' ? await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT') : null,
    wasmThreads: backend === 'wasm' ? getThreadsCount() : null,
    tfjs: tf.version.tfjs,
    node: process.version,
  }),
)
