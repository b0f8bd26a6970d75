// Fit time of the built-in trainer (shared/model: TensorFlow.js on WebAssembly) against
// scikit-learn's MLPClassifier: one generated CSV, the same 64-64 ReLU network, Adam with the
// same learning rate, batch size and epochs, and no early stopping on either side.
// Usage: node test/bench/train.mjs [--quick]    (or: node test/bench/run.mjs --only train)
//   --quick  one run of the first config, scikit-learn and wasm only; prints, writes nothing.
// Env: MLOPS_BENCH_RUNS (default 3), MLOPS_BENCH_NODE, MLOPS_BENCH_INSTALL, as in run.mjs.
// Every fit is its own process, which times its fit alone (no start-up, no CSV parsing) and
// scores the same held-out 20%. Runs interleave, every case once and then again, so a busy
// minute on a shared machine slows all of them alike; the table shows medians.
// Writes test/bench/results/train.json. Takes about 5 minutes on 2 cores.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { lastJsonLine, measure, readRuns } from './lib/measure.mjs'
import { machineInfo } from './lib/report.mjs'
import { ensureBuild, ensureGnuTime, ensureSklearn, PYTHON, snapshotBuild, codeVersion } from './lib/system.mjs'
import { summariseTraining, trainingRecord, trainingTable } from './lib/train-report.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '../..')
const log = (message) => process.stderr.write(`bench train: ${message}\n`)
const NODE = process.env.MLOPS_BENCH_NODE || process.execPath

const DATA = { rows: 100_000, features: 20, classes: 2, seed: 42 }
const HOLDOUT = 0.2
const NETWORK = { hidden: [64, 64], learningRate: 0.001, seed: 1 }

// 30 epochs at batch 256: scikit-learn's held-out accuracy levels off there (98.5% at 30 and at 60).
const CONFIGS = [
  { name: '5 epochs, batch 256', epochs: 5, batchSize: 256, tools: ['sklearn', 'sklearn-1-thread', 'tfjs', 'tfjs-no-simd', 'tfjs-cpu'] },
  { name: '5 epochs, batch 1024', epochs: 5, batchSize: 1024, tools: ['sklearn', 'sklearn-1-thread', 'tfjs'] },
  { name: '30 epochs, batch 256', epochs: 30, batchSize: 256, tools: ['sklearn', 'tfjs'] },
]

// expect: the backend the run must report, or its time is not what the label says.
const TOOLS = {
  sklearn: { label: 'scikit-learn', side: 'sklearn', args: [] },
  'sklearn-1-thread': { label: 'scikit-learn, 1 BLAS thread', side: 'sklearn', args: ['--threads', '1'] },
  tfjs: { label: 'built-in (tfjs wasm)', side: 'tfjs', args: [], expect: 'wasm' },
  'tfjs-no-simd': { label: 'built-in (tfjs wasm, SIMD off)', side: 'tfjs', args: ['--simd', 'off'], expect: 'wasm' },
  // About 6x the wasm time, so once is enough to show the gap.
  'tfjs-cpu': { label: 'built-in (tfjs cpu, pure JS)', side: 'tfjs', args: ['--backend', 'cpu'], expect: 'cpu', maxRuns: 1 },
}

async function main(argv) {
  const unknown = argv.filter((arg) => arg !== '--quick')
  if (unknown.length) throw new Error(`unknown argument ${unknown.join(' ')}; usage: node test/bench/train.mjs [--quick]`)
  const quick = argv.includes('--quick')
  const runs = quick ? 1 : readRuns(process.env.MLOPS_BENCH_RUNS)
  const configs = quick ? [{ ...CONFIGS[0], tools: ['sklearn', 'tfjs'] }] : CONFIGS

  ensureBuild(root, log)
  const gnuTime = ensureGnuTime(log)
  const sklearn = ensureSklearn(log)
  if (!sklearn) throw new Error(`scikit-learn is unavailable to ${PYTHON}; install it with apt-get install -y python3-sklearn python3-pandas.`)

  const tmpDir = mkdtempSync(join(tmpdir(), 'mlops-bench-train-'))
  const cleanup = () => rmSync(tmpDir, { recursive: true, force: true })
  process.once('SIGINT', () => {
    cleanup()
    process.exit(130)
  })
  try {
    snapshotBuild(root, join(tmpDir, 'app'))
    const paths = { build: join(tmpDir, 'app/build'), data: join(tmpDir, 'train.csv') }
    const data = generateData(paths.data)
    log(`${paths.data}: ${(data.bytes / 1e6).toFixed(1)} MB, ${data.rows} rows x ${data.features} features, ${data.classes} classes`)

    const cases = configs.flatMap((config) => config.tools.map((tool) => ({ config, tool, ...TOOLS[tool], samples: [] })))
    for (let run = 1; run <= runs; run++) {
      for (const c of cases.filter((candidate) => !candidate.skipped && run <= (candidate.maxRuns ?? runs))) {
        const sample = await runCase(c, paths, tmpDir, gnuTime)
        if (sample) c.samples.push(sample)
        if (sample) log(`run ${run}/${runs} ${c.config.name}, ${c.label}: fit ${sample.fitSeconds.toFixed(2)} s, accuracy ${(sample.accuracy * 100).toFixed(2)}%, ${(sample.peakRssKb / 1024).toFixed(0)} MiB`)
      }
    }
    const threads = quick ? undefined : await probeWasmThreads(paths, tmpDir)

    const rows = summariseTraining(cases)
    const split = { ...data, trainRows: data.rows - Math.round(data.rows * HOLDOUT), holdoutRows: Math.round(data.rows * HOLDOUT) }
    const machine = machineInfo(nodeVersion())
    process.stdout.write(`\n## Training: built-in trainer vs scikit-learn ${sklearn}\n\nNode ${machine.node}, ${machine.cpu} x${machine.cores}, load ${machine.loadAverage.join(' ')}\n\n${trainingTable(rows, split)}\n`)
    process.stdout.write('\nratio = median fit time / scikit-learn\'s (all BLAS threads) in the same config; above 1 is slower.\n')
    if (threads) process.stdout.write(`WASM threads (threaded SIMD build): ${threads.started ? `started, ${threads.wasmThreads} threads` : `not available in Node: ${threads.reason}`}\n`)
    if (quick) log('Quick run: results not written.')
    else writeResults({ machine, runs, gnuTime, sklearn, split, rows, cases, threads })
  } finally {
    cleanup()
  }
}

function generateData(path) {
  const args = [join(here, 'train_data.py'), path, '--rows', String(DATA.rows), '--features', String(DATA.features), '--classes', String(DATA.classes), '--seed', String(DATA.seed)]
  log(`Generating the data (not timed): ${PYTHON} ${args.join(' ')}`)
  const result = spawnSync(PYTHON, args, { encoding: 'utf8' })
  const report = result.status === 0 ? lastJsonLine(result.stdout) : undefined
  if (!report) throw new Error(`train_data.py failed (exit ${result.status ?? result.signal}):\n${result.stderr}`)
  return report
}

function caseCommand(c, paths, extra = []) {
  const { epochs, batchSize } = c.config
  const shared = ['--epochs', String(epochs), '--batch-size', String(batchSize), '--learning-rate', String(NETWORK.learningRate), '--hidden', NETWORK.hidden.join(','), '--holdout', String(HOLDOUT), '--seed', String(NETWORK.seed)]
  const args = [...shared, ...c.args, ...extra]
  return c.side === 'sklearn' ? [PYTHON, [join(here, 'train_sklearn.py'), paths.data, ...args]] : [NODE, [join(here, 'train-tfjs.mjs'), paths.build, paths.data, ...args]]
}

// A case that fails or runs on another backend than its label says is dropped from later
// runs and noted in the table; the other cases go on.
async function runCase(c, paths, tmpDir, gnuTime) {
  const [command, args] = caseCommand(c, paths)
  const run = await measure(command, args, { gnuTime, tmpDir })
  const report = run.status === 0 ? lastJsonLine(run.stdout) : undefined
  let problem
  if (typeof report?.fitSeconds !== 'number') problem = `failed (exit ${run.status ?? run.signal}): ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`
  else if (c.expect && report.backend !== c.expect) problem = `ran on the '${report.backend}' backend, not '${c.expect}'`
  if (problem) {
    c.skipped = problem
    c.samples = []
    log(`${c.config.name}, ${c.label}: ${problem}`)
    return undefined
  }
  return { ...report, wallSeconds: run.seconds, cpuSeconds: run.cpuSeconds, peakRssKb: run.peakRssKb, exit: run.status }
}

/**
 * tfjs-backend-wasm never picks its threaded build in Node. Forcing it shows why: its
 * workers are started from a blob: URL, which Node's Worker refuses.
 */
async function probeWasmThreads(paths, tmpDir) {
  log('Trying the threaded WASM build for one epoch ...')
  const probe = { config: { epochs: 1, batchSize: 256 }, side: 'tfjs', args: ['--threads', 'on'] }
  const [command, args] = caseCommand(probe, paths)
  const run = await measure(command, args, { gnuTime: false, tmpDir })
  const report = run.status === 0 ? lastJsonLine(run.stdout) : undefined
  if (report?.backend === 'wasm') return { started: true, wasmThreads: report.wasmThreads, fitSeconds: report.fitSeconds }
  const reasons = run.stderr.split('\n').filter((line) => /ERR_|^warning:/.test(line))
  return { started: false, reason: reasons[0]?.trim() ?? `exit ${run.status ?? run.signal}` }
}

function writeResults({ machine, runs, gnuTime, sklearn, split, rows, cases, threads }) {
  const dir = join(here, 'results')
  mkdirSync(dir, { recursive: true })
  const path = join(dir, 'train.json')
  const record = {
    machine,
    code: codeVersion(root),
    runs,
    rssSource: gnuTime ? '/usr/bin/time %M' : '/proc/<pid>/status VmHWM (polled)',
    units: 'seconds; MB = 10^6 bytes; fitSeconds as each side times it, wallSeconds the whole process; cpuSeconds = user + sys of the process; peak RSS of the whole process, and its peak before the fit began (after loading the data) as the process reads it',
    method: {
      network: `${NETWORK.hidden.join('-')} ReLU, Adam, learning rate ${NETWORK.learningRate}, no L2, seed ${NETWORK.seed}`,
      timed: 'scikit-learn: StandardScaler + MLPClassifier.fit; built-in: trainModel (median/scale fit, encoding, minibatch Adam)',
      noEarlyStopping: 'scikit-learn: early_stopping=False, tol=0, n_iter_no_change=epochs+1; built-in: patience 0 and no validation rows',
      ratio: "median fit time over scikit-learn's (all BLAS threads) in the same config",
    },
    data: { generator: 'test/bench/train_data.py (sklearn.datasets.make_classification)', seed: DATA.seed, ...split },
    versions: { sklearn, python: PYTHON, tfjs: cases.find((c) => c.side === 'tfjs' && c.samples.length)?.samples[0].tfjs ?? null },
    results: rows.map((row, i) => trainingRecord(row, cases[i].samples)),
    wasmThreads: threads ?? null,
  }
  writeFileSync(path, JSON.stringify(record, null, 2) + '\n')
  log(`Wrote ${path}`)
}

function nodeVersion() {
  const result = spawnSync(NODE, ['--version'], { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`MLOPS_BENCH_NODE=${NODE} does not run (${result.error?.message ?? result.stderr}).`)
  return result.stdout.trim()
}

main(process.argv.slice(2)).catch((error) => {
  log(`error: ${error.message}`)
  process.exit(1)
})
