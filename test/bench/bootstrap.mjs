// Time of the paired bootstrap gate: 1000 resamples of accuracy and roc_auc on 100k rows.
// Usage: node test/bench/bootstrap.mjs    (or: node test/bench/run.mjs --only bootstrap)
// Rebuilds with tsc when build/ is stale. Runs on all threads and on one, alternating, 5 times
// each; prints the medians against the 1 s target and writes test/bench/results/bootstrap.json.
import { mkdirSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
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
const { pairedBootstrap, pairedBootstrapParallel, RandomStream } = await import('../../build/shared/gate/index.js')
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
  return scores.map((p) =>
    prepareClassification({ yTrue, yPred: p.map((x) => (x >= 0.5 ? 1 : 0)), scores: { labels: [0, 1], columns: [p.map((x) => 1 - x), p] } }),
  )
}

const [baseline, candidate] = models()
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
}
writeFileSync(path, JSON.stringify(record, null, 2) + '\n')
log(`Wrote ${path}`)
