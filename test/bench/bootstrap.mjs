// Time of the paired bootstrap gate: 1000 resamples of accuracy and roc_auc on 100k rows.
// Usage: npx tsc -p . && node test/bench/bootstrap.mjs
// Prints the median of 5 runs, on all threads and on one.
import { availableParallelism } from 'node:os'
import { pairedBootstrap, pairedBootstrapParallel, RandomStream } from '../../build/shared/gate/index.js'
import { prepareClassification } from '../../build/shared/metrics/index.js'

const ROWS = 100_000
const RUNS = 5
const METRICS = ['accuracy', 'roc_auc']

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

async function median(run) {
  const times = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    await run()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return { median: times[RUNS >> 1], times }
}

const [baseline, candidate] = models()
const options = { resamples: 1000, confidence: 0.95, seed: 7 }
const show = ({ median, times }) => `median ${median.toFixed(0)} ms (runs: ${times.map((t) => t.toFixed(0)).join(', ')})`
console.log(`node ${process.version}, ${availableParallelism()} threads available, ${ROWS} rows, ${options.resamples} resamples of ${METRICS.join(' + ')}`)
const parallel = await median(() => pairedBootstrapParallel(candidate, baseline, METRICS, options))
console.log(`all threads: ${show(parallel)}`)
const single = await median(() => pairedBootstrap(candidate, baseline, METRICS, options))
console.log(`one thread:  ${show(single)}`)
const result = await pairedBootstrapParallel(candidate, baseline, METRICS, options)
for (const r of result) console.log(`${r.metric}: delta ${r.delta.toFixed(5)}, ${r.confidence * 100}% CI [${r.ci[0].toFixed(5)}, ${r.ci[1].toFixed(5)}], SE ${r.standardError.toFixed(5)}`)
