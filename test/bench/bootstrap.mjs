// Time of the paired bootstrap gate: 1000 resamples of accuracy and roc_auc on 100k rows.
// Usage: node test/bench/bootstrap.mjs    (or: node test/bench/run.mjs --only bootstrap)
// Rebuilds with tsc when build/ is stale. Runs on all threads and on one, alternating, 5 times
// each; prints the medians against the 1 s target and writes test/bench/results/bootstrap.json.
// Then runs the same gate end to end through the committed bundle (`actions/dist/mlops.js gate` on
// two predictions files) with MLOPS_THREADS=1 and 2, as the evaluate-gate action would.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { machineInfo, median } from './lib/report.mjs'
import { codeVersion, ensureBuild } from './lib/system.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '../..')
const log = (message) => process.stderr.write(`bench bootstrap: ${message}\n`)

const ROWS = 100_000
const RUNS = 5
const METRICS = ['accuracy', 'roc_auc']
const TARGET_SECONDS = 1

ensureBuild(root, log)
const { pairedBootstrap, pairedBootstrapParallel } = await import('../../build/shared/gate/index.js')
const { RandomStream } = await import('../../build/shared/random/index.js')
const { prepareClassification } = await import('../../build/shared/metrics/index.js')

/** Two classifiers of one binary target, the candidate slightly sharper; scores rounded to 3 digits for ties. */
function models() {
  const random = new RandomStream(2024, 0)
  const yTrue = new Array(ROWS)
  const scores = [new Array(ROWS), new Array(ROWS)]
  for (let i = 0; i < ROWS; i++) {
    const positive = random.nextFloat() < 0.3
    yTrue[i] = positive ? 1 : 0
    for (const [m, lift] of [0.2, 0.22].entries()) {
      const score = (positive ? 0.5 + lift : 0.5 - lift) + 0.6 * (random.nextFloat() - 0.5)
      scores[m][i] = Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000
    }
  }
  const raw = scores.map((p) => ({ yTrue, yPred: p.map((x) => (x >= 0.5 ? 1 : 0)), scores: { labels: [0, 1], columns: [p.map((x) => 1 - x), p] } }))
  return { raw, prepared: raw.map((data) => prepareClassification(data)) }
}

/** A predictions file of a model's data: y_true, y_pred, proba_1. */
function predictionsCsv(model, path) {
  const lines = ['y_true,y_pred,proba_1']
  const positive = model.scores.columns[1]
  for (let i = 0; i < ROWS; i++) lines.push(`${model.yTrue[i]},${model.yPred[i]},${positive[i]}`)
  writeFileSync(path, lines.join('\n') + '\n')
}

/** Seconds of `mlops gate` from the bundle, whole process, and the intervals it reported. */
function gateThroughBundle(dir, threads) {
  const report = join(dir, `gate-${threads}.json`)
  const args = [join(root, 'actions', 'dist', 'mlops.js'), 'gate', '--predictions', 'candidate.csv', '--baseline', 'baseline.csv']
  args.push('--thresholds', 'accuracy: {not-worse: {margin: 0}}\nroc_auc: {not-worse: {margin: 0}}', '--bootstrap', String(options.resamples), '--seed', String(options.seed), '--report', report, '--json')
  const start = performance.now()
  const run = spawnSync(process.execPath, args, { cwd: dir, env: { ...process.env, MLOPS_THREADS: String(threads) }, encoding: 'utf8' })
  const seconds = (performance.now() - start) / 1000
  if (run.status !== 0 && run.status !== 1) throw new Error(`mlops gate failed: ${run.stderr}`)
  const used = /Paired bootstrap on (\d+) thread/.exec(run.stderr)?.[1]
  return { seconds, threadsUsed: Number(used), diff: JSON.parse(readFileSync(report, 'utf8')).diff }
}

const { raw, prepared } = models()
const [baseline, candidate] = prepared
const options = { resamples: 1000, confidence: 0.95, seed: 7 }
const threads = availableParallelism()
const modes = [
  { name: 'all threads', threads, run: () => pairedBootstrapParallel(candidate, baseline, METRICS, { ...options, threads }), seconds: [] },
  { name: 'one thread', threads: 1, run: () => pairedBootstrap(candidate, baseline, METRICS, options), seconds: [] },
]

log(`node ${process.version}, ${threads} threads available, ${ROWS} rows, ${options.resamples} resamples of ${METRICS.join(' + ')}`)
// Alternating the modes spreads a busy spell on a shared machine over both.
const results = new Map()
for (let run = 1; run <= RUNS; run++) {
  for (const mode of modes) {
    const start = performance.now()
    results.set(mode.name, await mode.run())
    mode.seconds.push((performance.now() - start) / 1000)
    log(`run ${run}/${RUNS} ${mode.name}: ${mode.seconds.at(-1).toFixed(3)} s`)
  }
}
// End to end through the bundle, on one thread and on two.
const bundleDir = mkdtempSync(join(tmpdir(), 'mlops-bench-gate-'))
predictionsCsv(raw[1], join(bundleDir, 'candidate.csv'))
predictionsCsv(raw[0], join(bundleDir, 'baseline.csv'))
const bundleModes = [1, 2].map((threads) => ({ threads, seconds: [], threadsUsed: 0, diff: undefined }))
for (let run = 1; run <= RUNS; run++) {
  for (const mode of bundleModes) {
    const result = gateThroughBundle(bundleDir, mode.threads)
    Object.assign(mode, { threadsUsed: result.threadsUsed, diff: result.diff })
    mode.seconds.push(result.seconds)
    log(`run ${run}/${RUNS} bundle MLOPS_THREADS=${mode.threads}: ${result.seconds.toFixed(3)} s on ${result.threadsUsed} threads`)
  }
}
rmSync(bundleDir, { recursive: true, force: true })
const bundleRows = bundleModes.map((mode) => ({ mlopsThreads: mode.threads, threadsUsed: mode.threadsUsed, medianSeconds: median(mode.seconds), seconds: mode.seconds }))
const bundleSame = JSON.stringify(bundleModes[0].diff) === JSON.stringify(bundleModes[1].diff)

const same = JSON.stringify(results.get('all threads')) === JSON.stringify(results.get('one thread'))
const rows = modes.map((mode) => ({ mode: mode.name, threads: mode.threads, medianSeconds: median(mode.seconds), seconds: mode.seconds }))
for (const row of rows) row.underTarget = row.medianSeconds < TARGET_SECONDS

const machine = machineInfo(process.version)
const lines = [
  '',
  `## Paired bootstrap: ${options.resamples} resamples of ${METRICS.join(' + ')} on ${ROWS.toLocaleString('en-US')} rows`,
  '',
  `Node ${machine.node}, ${machine.cpu} x${machine.cores}, load ${machine.loadAverage.join(' ')}`,
  '',
  `| mode | threads | median s | runs s | under ${TARGET_SECONDS} s |`,
  '| --- | ---: | ---: | --- | --- |',
  ...rows.map((row) => `| ${row.mode} | ${row.threads} | ${row.medianSeconds.toFixed(3)} | ${row.seconds.map((s) => s.toFixed(2)).join(', ')} | ${row.underTarget ? 'yes' : 'no'} |`),
  '',
  `Target (median under ${TARGET_SECONDS} s): ${rows.map((row) => `${row.mode} ${row.underTarget ? 'MET' : 'MISSED'} (${row.medianSeconds.toFixed(2)} s)`).join('; ')}.`,
  `All threads and one thread give ${same ? 'the same intervals to the last bit' : 'DIFFERENT intervals'}.`,
  ...results.get('one thread').map((r) => `${r.metric}: delta ${r.delta.toFixed(5)}, ${r.confidence * 100}% CI [${r.ci[0].toFixed(5)}, ${r.ci[1].toFixed(5)}], SE ${r.standardError.toFixed(5)}`),
  '',
  '### The whole gate through the bundle (`actions/dist/mlops.js gate`, two predictions files, process start to exit)',
  '',
  '| MLOPS_THREADS | bootstrap threads | median s | runs s |',
  '| ---: | ---: | ---: | --- |',
  ...bundleRows.map((row) => `| ${row.mlopsThreads} | ${row.threadsUsed} | ${row.medianSeconds.toFixed(3)} | ${row.seconds.map((s) => s.toFixed(2)).join(', ')} |`),
  '',
  `One and two threads give ${bundleSame ? 'the same intervals' : 'DIFFERENT intervals'} through the bundle.`,
  '',
]
process.stdout.write(lines.join('\n'))

const path = join(here, 'results', 'bootstrap.json')
mkdirSync(dirname(path), { recursive: true })
const round = (value) => Number(value.toFixed(4))
const record = {
  machine,
  code: codeVersion(root),
  task: { rows: ROWS, metrics: METRICS, ...options },
  runs: RUNS,
  targetSeconds: TARGET_SECONDS,
  results: rows.map((row) => ({ ...row, medianSeconds: round(row.medianSeconds), seconds: row.seconds.map(round) })),
  sameResultOnAllThreads: same,
  // The process's peak, worker threads included.
  peakRssMb: Number(((process.resourceUsage().maxRSS * 1024) / 1e6).toFixed(1)),
  intervals: results.get('one thread'),
  bundle: { results: bundleRows.map((row) => ({ ...row, medianSeconds: round(row.medianSeconds), seconds: row.seconds.map(round) })), sameResult: bundleSame },
}
writeFileSync(path, JSON.stringify(record, null, 2) + '\n')
log(`Wrote ${path}`)
