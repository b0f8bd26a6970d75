// Batch prediction throughput: `mlops predict` on 1M rows, end to end (the CLI's process, from
// start to exit: reading, predicting, writing the CSV), for the tfjs flavor on the demo's models
// (seattle-weather: the champion, a linear model, and the candidate, an MLP) and for the onnx
// flavor on the wine classifier fixture (13 features, 3 classes). Target: at least 100k rows/s
// on the demo's champion. Medians of MLOPS_BENCH_RUNS runs (default 3); peak RSS per run.
// Usage: node test/bench/predict.mjs    (or: node test/bench/run.mjs --only predict)
// Writes test/bench/results/predict.json.
import { spawnSync } from 'node:child_process'
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { lastJsonLine, measure, readRuns } from './lib/measure.mjs'
import { machineInfo, median } from './lib/report.mjs'
import { codeVersion, ensureBuild, ensureGnuTime, snapshotBuild } from './lib/system.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '../..')
const log = (message) => process.stderr.write(`bench predict: ${message}\n`)
const NODE = process.env.MLOPS_BENCH_NODE || process.execPath

const ROWS = 1_000_000
const TARGET_ROWS_PER_SECOND = 100_000
const SEATTLE = join(root, 'node_modules', 'vega-datasets', 'data', 'seattle-weather.csv')
const WINE = join(root, 'test', 'fixtures', 'onnx', 'wine-logistic')

ensureBuild(root, log)
const gnuTime = ensureGnuTime(log)
const runs = readRuns(process.env.MLOPS_BENCH_RUNS)
const work = mkdtempSync(join(tmpdir(), 'mlops-bench-predict-'))
try {
  const bin = snapshotBuild(root, join(work, 'app'))
  const seattle = repeatRows(SEATTLE, join(work, 'seattle-1m.csv'))
  const wine = repeatRows(join(WINE, 'eval.csv'), join(work, 'wine-1m.csv'))
  log(`Training the demo's models on seattle-weather (untimed) ...`)
  const common = ['--data', SEATTLE, '--target', 'weather', '--ignore', 'date', '--seed', '7']
  train(bin, [...common, '--model', 'linear', '--output-dir', join(work, 'champion')])
  train(bin, [...common, '--model', 'mlp', '--params', '{hidden-units: [32, 32], epochs: 60}', '--output-dir', join(work, 'candidate')])
  const cases = [
    { name: 'tfjs linear (demo champion)', flavor: 'tfjs', model: join(work, 'champion'), data: seattle, ids: 'date', target: true },
    { name: 'tfjs mlp 32x32 (demo candidate)', flavor: 'tfjs', model: join(work, 'candidate'), data: seattle, ids: 'date' },
    { name: 'onnx logistic (wine fixture)', flavor: 'onnx', model: WINE, data: wine, ids: 'proline' },
  ].map((c) => ({ ...c, samples: [] }))

  for (let run = 1; run <= runs; run++) {
    for (const c of cases) {
      const output = join(work, 'predictions.csv')
      const report = join(work, 'predict.json')
      const sample = await measure(NODE, [bin, 'predict', '--model', c.model, '--data', c.data.path, '--id-columns', c.ids, '--output', output, '--report', report, '--json'], { gnuTime, tmpDir: work })
      const outputs = lastJsonLine(sample.stdout)
      if (sample.status !== 0 || outputs?.rows !== ROWS) throw new Error(`${c.name}: mlops predict failed (exit ${sample.status ?? sample.signal}):\n${sample.stderr}`)
      const inRun = JSON.parse(readFileSync(report, 'utf8'))
      c.samples.push({ seconds: round(sample.seconds, 3), predictSeconds: inRun.seconds, cpuSeconds: sample.cpuSeconds, peakRssKb: sample.peakRssKb })
      rmSync(output, { force: true })
      log(`run ${run}/${runs} ${c.name}: ${sample.seconds.toFixed(2)} s (${Math.round(ROWS / sample.seconds).toLocaleString('en-US')} rows/s), ${(sample.peakRssKb / 1024).toFixed(0)} MiB`)
    }
  }

  const results = cases.map((c) => {
    const seconds = median(c.samples.map((s) => s.seconds))
    const predictSeconds = median(c.samples.map((s) => s.predictSeconds))
    return {
      case: c.name,
      flavor: c.flavor,
      rows: ROWS,
      fileBytes: c.data.bytes,
      medianSeconds: round(seconds, 3),
      rowsPerSecond: Math.round(ROWS / seconds),
      medianPredictSeconds: round(predictSeconds, 3),
      rowsPerSecondInRun: Math.round(ROWS / predictSeconds),
      medianPeakRssMb: round(median(c.samples.map((s) => s.peakRssKb)) / 1024, 1),
      samples: c.samples,
    }
  })
  const champion = results[0]
  const verdict = { target: `at least ${TARGET_ROWS_PER_SECOND.toLocaleString('en-US')} rows/s end to end on ${champion.case}`, rowsPerSecond: champion.rowsPerSecond, met: champion.rowsPerSecond >= TARGET_ROWS_PER_SECOND }
  const machine = machineInfo(spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim())
  process.stdout.write(`\nNode ${machine.node}, ${machine.cpu} x${machine.cores}, load ${machine.loadAverage.join(' ')}\n${table(results)}\n\n${verdict.met ? 'Met' : 'MISSED'}: ${verdict.target} (${verdict.rowsPerSecond.toLocaleString('en-US')}).\n`)
  const dir = join(here, 'results')
  mkdirSync(dir, { recursive: true })
  const record = {
    machine,
    code: codeVersion(root),
    runs,
    rssSource: gnuTime ? '/usr/bin/time %M' : '/proc/<pid>/status VmHWM (polled)',
    timing: 'medianSeconds: the whole process (start, model load, read, predict, write CSV, exit); medianPredictSeconds: the report\'s seconds, from the model loaded to the output renamed into place',
    verdict,
    results,
  }
  writeFileSync(join(dir, 'predict.json'), JSON.stringify(record, null, 2) + '\n')
  log(`Wrote ${join(dir, 'predict.json')}`)
  if (!verdict.met) process.exitCode = 1
} finally {
  rmSync(work, { recursive: true, force: true })
}

/** The CSV's data rows over and over, to ROWS rows. */
function repeatRows(source, path) {
  const [header, ...rows] = readFileSync(source, 'utf8').trimEnd().split('\n')
  const fd = openSync(path, 'w')
  let buffer = `${header}\n`
  for (let i = 0; i < ROWS; i++) {
    buffer += `${rows[i % rows.length]}\n`
    if (buffer.length > 1 << 20) {
      writeSync(fd, buffer)
      buffer = ''
    }
  }
  writeSync(fd, buffer)
  closeSync(fd)
  return { path, bytes: statSync(path).size }
}

function train(bin, args) {
  const result = spawnSync(NODE, [bin, 'train', ...args, '--json'], { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`mlops train ${args.join(' ')} failed (exit ${result.status ?? result.signal}):\n${result.stderr}`)
}

function table(results) {
  const lines = ['| case | rows | file | median s (process) | rows/s | rows/s in run | peak RSS |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |']
  for (const r of results) {
    lines.push(`| ${r.case} | ${r.rows.toLocaleString('en-US')} | ${(r.fileBytes / 1e6).toFixed(1)} MB | ${r.medianSeconds} | ${r.rowsPerSecond.toLocaleString('en-US')} | ${r.rowsPerSecondInRun.toLocaleString('en-US')} | ${r.medianPeakRssMb} MiB |`)
  }
  return lines.join('\n')
}

function round(value, digits) {
  return Number.isFinite(value) ? Number(value.toFixed(digits)) : null
}
