// Scoring 100k rows with the onnx flavor against scikit-learn's own predict_proba, on the same
// models and rows, in the same run; target: within 2x of scikit-learn.
// Usage: node test/bench/onnx.mjs    (or: node test/bench/run.mjs --only onnx)
// onnx_sklearn.py fits a LogisticRegression and a 10-tree RandomForest on a seeded 3-class table of
// 20 numeric features, exports both to ONNX with the fixture generator's functions, and times
// predict_proba in its own process (medians of 5, the data in memory). Here the CSV is parsed
// once (untimed), then the flavor's load + predict through build/ is timed, 5 runs alternating the
// models, and its probabilities are checked against scikit-learn's on every 100th row. A profile
// splits the flavor's time: ONNX Runtime alone on one [100k, 20] float32 tensor, and in the
// flavor's batches. The same timing runs again in a process whose working directory has
// onnxruntime-node (installed with --ignore-scripts), which the flavor then uses. Last, the command
// flavor's cost per call: the logistic pipeline pickled, scored by predict.py on 1, 1,000 and all
// rows. Writes test/bench/results/onnx.json.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { lastJsonLine } from './lib/measure.mjs'
import { machineInfo, median } from './lib/report.mjs'
import { codeVersion, ensureBuild, ensureSklearn, PYTHON } from './lib/system.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '../..')
const log = (message) => process.stderr.write(`bench onnx: ${message}\n`)

const ROWS = 100_000
const RUNS = 5
const TARGET_RATIO = 2
const TOLERANCE = 1e-5

ensureBuild(root, log)
if (!ensureSklearn(log)) throw new Error(`scikit-learn is unavailable to ${PYTHON}.`)
const { loadModelDir } = await import('../../build/shared/model/index.js')
const { loadTable } = await import('../../build/shared/table/index.js')
const { ONNX_BATCH_ROWS } = await import('../../build/shared/model/flavors/onnx.js')
const { prepareGraph } = await import('../../build/shared/model/flavors/onnx-graph.js')
const { loadOnnxRuntime } = await import('../../build/shared/model/flavors/onnx-runtime.js')

const work = mkdtempSync(join(tmpdir(), 'mlops-bench-onnx-'))
try {
  log(`Fitting, exporting and timing scikit-learn on ${ROWS} rows (onnx_sklearn.py) ...`)
  const python = spawnSync(PYTHON, [join(here, 'onnx_sklearn.py'), work, '--rows', String(ROWS), '--runs', String(RUNS)], { encoding: 'utf8' })
  const sklearn = python.status === 0 ? lastJsonLine(python.stdout) : undefined
  if (!sklearn) throw new Error(`onnx_sklearn.py failed (exit ${python.status ?? python.signal}):\n${python.stderr}`)
  const sample = JSON.parse(readFileSync(sklearn.sample, 'utf8'))

  log('Reading the CSV once (untimed) ...')
  const table = await loadTable(sklearn.data)
  if (table.rows !== ROWS) throw new Error(`read ${table.rows} rows from ${sklearn.data}, expected ${ROWS}.`)

  const models = sklearn.models.map((model) => ({ ...model, load: [], predict: [], total: [] }))
  for (let run = 1; run <= RUNS; run++) {
    for (const model of models) {
      const start = performance.now()
      const loaded = await loadModelDir(model.dir)
      const loadedAt = performance.now()
      model.prediction = await loaded.predict(table)
      const end = performance.now()
      model.load.push((loadedAt - start) / 1000)
      model.predict.push((end - loadedAt) / 1000)
      model.total.push((end - start) / 1000)
      log(`run ${run}/${RUNS} ${model.name}: load ${ms(model.load.at(-1))}, predict ${ms(model.predict.at(-1))}`)
    }
  }
  for (const model of models) model.agreement = agreement(model.prediction, sample.rows, sample.probabilities[model.name])
  for (const model of models) model.profile = await profile(model.dir, table, sklearn.features)
  const native = nativeRuntime(sklearn.data, models.map((model) => model.dir))
  const command = await commandOverhead(join(work, 'command'), table)

  const rows = models.map((model) => {
    const sklearnSeconds = median(model.seconds)
    const onnxSeconds = median(model.total)
    return {
      model: model.name,
      sklearnSeconds,
      sklearnOneThreadSeconds: median(model.oneThreadSeconds),
      onnxLoadSeconds: median(model.load),
      onnxPredictSeconds: median(model.predict),
      onnxSeconds,
      ratio: onnxSeconds / sklearnSeconds,
      withinTarget: onnxSeconds / sklearnSeconds <= TARGET_RATIO,
      ...(native && { nativeSeconds: native.seconds[model.dir], nativeRatio: native.seconds[model.dir] / sklearnSeconds }),
      maxAbsDifference: model.agreement.maxAbsDifference,
      agrees: model.agreement.maxAbsDifference <= TOLERANCE,
      profile: model.profile,
      samples: { sklearn: model.seconds, sklearnOneThread: model.oneThreadSeconds, onnxLoad: model.load, onnxPredict: model.predict },
    }
  })

  const machine = machineInfo(process.version)
  const lines = [
    '',
    `## ONNX scoring: ${ROWS.toLocaleString('en-US')} rows, ${sklearn.features} features, ${sklearn.classes} classes (medians of ${RUNS})`,
    '',
    `Node ${machine.node}, scikit-learn ${sklearn.sklearn} (${sklearn.blasThreads ?? '?'} BLAS threads), ${machine.cpu} x${machine.cores}, load ${machine.loadAverage.join(' ')}`,
    '',
    `| model | scikit-learn predict_proba | same, 1 BLAS thread | onnx load | onnx predict | onnx load + predict | ratio | within ${TARGET_RATIO}x | max abs diff (${sample.rows.length} rows) |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
    ...rows.map((row) => `| ${row.model} | ${ms(row.sklearnSeconds)} | ${ms(row.sklearnOneThreadSeconds)} | ${ms(row.onnxLoadSeconds)} | ${ms(row.onnxPredictSeconds)} | ${ms(row.onnxSeconds)} | ${row.ratio.toFixed(2)}x | ${row.withinTarget ? 'yes' : 'no'} | ${row.maxAbsDifference.toExponential(1)} |`),
    '',
    `Profile (ONNX Runtime alone, float32 tensors built beforehand): ${rows.map((row) => `${row.model}: one [${ROWS}, ${sklearn.features}] run ${ms(row.profile.oneBatchSeconds)}, in batches of ${ONNX_BATCH_ROWS} ${ms(row.profile.batchedSeconds)}, building those float32 batches ${ms(row.profile.float32ConversionSeconds)}`).join('; ')}.`,
    `Target (load + predict within ${TARGET_RATIO}x of scikit-learn): ${rows.map((row) => `${row.model} ${row.withinTarget ? 'MET' : 'MISSED'} (${row.ratio.toFixed(2)}x)`).join('; ')}.`,
    `Probabilities agree within ${TOLERANCE}: ${rows.map((row) => `${row.model} ${row.agrees ? 'yes' : 'NO'}`).join('; ')}.`,
    native
      ? `With ${native.runtime} installed in the working directory: ${rows.map((row) => `${row.model} ${ms(row.nativeSeconds)} (${row.nativeRatio.toFixed(2)}x)`).join('; ')}.`
      : 'onnxruntime-node: not measured (not installed, and installing it was not allowed).',
    '',
    `Command flavor (the logistic pipeline pickled, scored by predict.py through ${PYTHON}), load + predict: ${command.map((entry) => `${entry.rows.toLocaleString('en-US')} rows ${ms(entry.seconds)}`).join('; ')}. Overhead of one call (a 1-row batch: starting Python, importing scikit-learn, unpickling): ${ms(command[0].seconds)}.`,
    '',
  ]
  process.stdout.write(lines.join('\n'))

  const path = join(here, 'results', 'onnx.json')
  mkdirSync(dirname(path), { recursive: true })
  const record = {
    machine,
    code: codeVersion(root),
    runs: RUNS,
    units: 'seconds',
    method: {
      data: `sklearn.datasets.make_classification, ${ROWS} rows, ${sklearn.features} features rounded to 6 digits, ${sklearn.classes} classes, seed 42`,
      models: 'StandardScaler + LogisticRegression (Scaler, LinearClassifier, ZipMap); RandomForestClassifier 10 trees, depth 6 (TreeEnsembleClassifier)',
      sklearn: 'predict_proba (after the scaler for the logistic model) on all rows in memory, in-process',
      onnx: 'loadModelDir + predict of the onnx flavor (build/), the table parsed beforehand; ONNX Runtime WebAssembly on one thread',
      ratio: 'median onnx load + predict over median scikit-learn predict_proba (all BLAS threads)',
      agreement: `max |difference| of probabilities on every ${sample.rows[1] - sample.rows[0]}th row`,
    },
    versions: { sklearn: sklearn.sklearn, numpy: sklearn.numpy, python: sklearn.python, blasThreads: sklearn.blasThreads },
    targetRatio: TARGET_RATIO,
    ...(native && { nativeRuntime: native.runtime }),
    commandFlavor: command.map((entry) => ({ rows: entry.rows, seconds: round(entry.seconds, 5), samples: entry.samples.map((value) => round(value, 5)) })),
    results: rows.map(({ samples, profile: p, ...row }) => ({ ...roundAll(row), profile: roundAll(p), samples: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, v.map((s) => round(s, 5))])) })),
  }
  writeFileSync(path, JSON.stringify(record, null, 2) + '\n')
  log(`Wrote ${path}`)
} finally {
  rmSync(work, { recursive: true, force: true })
}

/** The largest difference between the flavor's probabilities and scikit-learn's on the sampled rows. */
function agreement(prediction, sampleRows, expected) {
  let maxAbsDifference = 0
  sampleRows.forEach((row, i) => {
    expected[i].forEach((probability, c) => {
      maxAbsDifference = Math.max(maxAbsDifference, Math.abs(prediction.probabilities[c][row] - probability))
    })
  })
  return { maxAbsDifference }
}

/** ONNX Runtime on its own: where the flavor's time goes besides the runtime's (copies, batches). */
async function profile(dir, table, width) {
  const { ort } = await loadOnnxRuntime()
  const session = await ort.InferenceSession.create(prepareGraph(readFileSync(join(dir, 'model.onnx'))).bytes)
  const columns = Array.from({ length: width }, (_, c) => table.columns.find((col) => col.name === `x${c}`).values)
  const tensor = (from, rows) => {
    const data = new Float32Array(rows * width)
    for (let row = 0; row < rows; row++) for (let c = 0; c < width; c++) data[row * width + c] = columns[c][from + row]
    return new ort.Tensor('float32', data, [rows, width])
  }
  const input = session.inputNames[0]
  const whole = tensor(0, ROWS)
  let batches = []
  const oneBatch = []
  const batched = []
  const conversion = []
  for (let run = 0; run < RUNS; run++) {
    let start = performance.now()
    batches = []
    for (let from = 0; from < ROWS; from += ONNX_BATCH_ROWS) batches.push(tensor(from, Math.min(ONNX_BATCH_ROWS, ROWS - from)))
    conversion.push((performance.now() - start) / 1000)
    start = performance.now()
    await session.run({ [input]: whole })
    oneBatch.push((performance.now() - start) / 1000)
    start = performance.now()
    for (const batch of batches) await session.run({ [input]: batch })
    batched.push((performance.now() - start) / 1000)
  }
  await session.release()
  return { float32ConversionSeconds: median(conversion), oneBatchSeconds: median(oneBatch), batchedSeconds: median(batched) }
}

function roundAll(object) {
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, typeof value === 'number' && !Number.isInteger(value) ? round(value, 5) : value]))
}

function round(value, digits) {
  return Number(value.toPrecision(digits))
}

function ms(seconds) {
  return `${(seconds * 1000).toFixed(1)} ms`
}

/**
 * load + predict in a process whose working directory holds onnxruntime-node, installed with
 * --ignore-scripts as the docs say (its install script fetches CUDA files). Undefined when it
 * cannot be installed here (MLOPS_BENCH_INSTALL=0, or no npm registry).
 */
function nativeRuntime(data, dirs) {
  const dir = join(process.env.MLOPS_BENCH_DIR || join(tmpdir(), 'mlops-bench'), 'onnxruntime-node')
  mkdirSync(dir, { recursive: true })
  if (!existsSync(join(dir, 'node_modules', 'onnxruntime-node'))) {
    if (process.env.MLOPS_BENCH_INSTALL === '0') return undefined
    log(`Installing onnxruntime-node in ${dir} (npm install --ignore-scripts) ...`)
    writeFileSync(join(dir, 'package.json'), '{"private": true}\n')
    const npm = spawnSync('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', 'onnxruntime-node'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] })
    if (npm.status !== 0) return undefined
  }
  const child = spawnSync(process.execPath, [join(here, 'onnx-score.mjs'), data, String(RUNS), ...dirs], { cwd: dir, encoding: 'utf8' })
  const result = child.status === 0 ? lastJsonLine(child.stdout) : undefined
  if (!result) throw new Error(`onnx-score.mjs failed:\n${child.stderr}`)
  const seconds = Object.fromEntries(dirs.map((model) => [model, median(result.results[model].load.map((load, i) => load + result.results[model].predict[i]))]))
  log(`${result.runtime}: ${dirs.map((model) => ms(seconds[model])).join(', ')}`)
  return { runtime: result.runtime, seconds }
}

/** The command flavor's load + predict on 1, 1,000 and every row: the first is the cost of a call. */
async function commandOverhead(dir, table) {
  const { takeRows } = await import('../../build/shared/table/index.js')
  const entries = [1, 1_000, table.rows].map((rows) => ({ rows, table: takeRows(table, Array.from({ length: rows }, (_, i) => i)), samples: [] }))
  for (let run = 0; run < RUNS; run++) {
    for (const entry of entries) {
      const start = performance.now()
      await (await loadModelDir(dir)).predict(entry.table)
      entry.samples.push((performance.now() - start) / 1000)
    }
  }
  return entries.map((entry) => ({ rows: entry.rows, samples: entry.samples, seconds: median(entry.samples) }))
}
