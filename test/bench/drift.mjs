// Drift comparison against pandas + SciPy, in the same run on the same files; target: at least 5x
// faster on at least 2.5M against 2.5M rows, peak RSS under 500 MB.
// Usage: node test/bench/drift.mjs   (or: node test/bench/run.mjs --only drift)
// Two pairs of CSVs (lib/drift-data.mjs): flights (2 numeric, 2 categorical columns compared, a
// date column not) and generated products (6 numeric columns with many distinct values, a quoted
// text column of up to 50,000 values, 2 short text columns). Each tool runs in its own process
// under GNU time, alternating, MLOPS_BENCH_RUNS times (default 3): `mlops drift` itself (the CLI,
// ks on the numeric columns and chi2 on the others, both files read at once on two threads),
// drift-ours.mjs (the library on one thread: readColumnSamples + compareDatasets with ks / chi2,
// plus the Wasserstein distance) and drift_scipy.py (read_csv,
// ks_2samp, wasserstein_distance, chi2_contingency). Every statistic and p-value must agree to
// 1e-6 relative. Ours then runs once more at a fifth of the rows, to show how its memory grows.
// Env: MLOPS_BENCH_DRIFT_ROWS (rows per side, default 2,500,000), MLOPS_BENCH_RUNS, MLOPS_BENCH_DIR.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { prepareData } from './lib/data.mjs'
import { prepareDriftData } from './lib/drift-data.mjs'
import { agreement } from './lib/drift-agreement.mjs'
import { lastJsonLine, measure, readRuns } from './lib/measure.mjs'
import { machineInfo, median } from './lib/report.mjs'
import { codeVersion, ensureBuild, ensureGnuTime, ensurePandas, PYTHON, snapshotBuild } from './lib/system.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '../..')
const log = (message) => process.stderr.write(`bench drift: ${message}\n`)
const NODE = process.env.MLOPS_BENCH_NODE || process.execPath
const TARGET_RATIO = 5
const TARGET_RSS_MB = 500

const rows = Number(process.env.MLOPS_BENCH_DRIFT_ROWS || 2_500_000)
if (!Number.isInteger(rows) || rows < 1000) throw new Error(`MLOPS_BENCH_DRIFT_ROWS must be a whole number of at least 1000, got '${process.env.MLOPS_BENCH_DRIFT_ROWS}'.`)
const runs = readRuns(process.env.MLOPS_BENCH_RUNS)
const cacheDir = resolve(process.env.MLOPS_BENCH_DIR || join(tmpdir(), 'mlops-bench'))

ensureBuild(root, log)
const gnuTime = ensureGnuTime(log)
const pandas = ensurePandas(log)
const scipy = spawnSync(PYTHON, ['-c', 'import scipy; print(scipy.__version__)'], { encoding: 'utf8' })
if (!pandas || scipy.status !== 0) throw new Error(`pandas and SciPy must be importable by ${PYTHON}; install them with: apt-get install -y python3-pandas python3-scipy`)

const { small } = await prepareData({ root, cacheDir, withBig: false, log })
const data = await prepareDriftData({ cacheDir, flightsCsv: small.path, rows, log })
const smaller = await prepareDriftData({ cacheDir, flightsCsv: small.path, rows: Math.round(rows / 5), log })

const work = mkdtempSync(join(tmpdir(), 'mlops-bench-drift-'))
try {
  const build = dirname(dirname(dirname(snapshotBuild(root, join(work, 'app')))))
  const results = {}
  for (const [name, pair] of Object.entries(data)) {
    const args = [pair.reference, pair.current, '--numeric', pair.numeric.join(','), '--categorical', pair.categorical.join(',')]
    const tests = `{${[...pair.numeric.map((column) => `${JSON.stringify(column)}: ks`), ...pair.categorical.map((column) => `${JSON.stringify(column)}: chi2`)].join(', ')}}`
    const cliArgs = [join(build, 'shared', 'cli', 'bin.js'), 'drift', '--reference', pair.reference, '--current', pair.current, '--columns', [...pair.numeric, ...pair.categorical].join(','),
      '--tests', tests, '--open-issue=false', '--report', join(work, `${name}-drift.json`), '--json']
    const tools = {
      ours: { command: NODE, args: [join(here, 'drift-ours.mjs'), build, ...args], samples: [] },
      cli: { command: NODE, args: cliArgs, samples: [] },
      scipy: { command: PYTHON, args: [join(here, 'drift_scipy.py'), ...args], samples: [] },
    }
    log(`${name}: warming the page cache with one untimed run of ours ...`)
    await run(tools.ours, work)
    for (let i = 1; i <= runs; i++) {
      for (const [tool, spec] of Object.entries(tools)) {
        const sample = await run(spec, work)
        spec.samples.push(sample)
        log(`${name} run ${i}/${runs} ${tool}: ${sample.seconds.toFixed(2)} s wall, ${sample.cpuSeconds ?? '?'} s CPU, ${(sample.peakRssKb / 1024).toFixed(0)} MiB`)
      }
    }
    const small = smaller[name]
    const scaled = await run({ command: NODE, args: [join(here, 'drift-ours.mjs'), build, small.reference, small.current, ...args.slice(2)] }, work)
    results[name] = summarise(pair, tools, scaled, small.rows)
  }
  report(results)
} finally {
  rmSync(work, { recursive: true, force: true })
}

async function run(spec, tmpDir) {
  const sample = await measure(spec.command, spec.args, { gnuTime, tmpDir })
  const output = lastJsonLine(sample.stdout)
  if (sample.status !== 0 || !output) throw new Error(`${spec.command} ${spec.args.join(' ')} failed (exit ${sample.status ?? sample.signal}):\n${sample.stderr}`)
  return { seconds: sample.seconds, cpuSeconds: sample.cpuSeconds, peakRssKb: sample.peakRssKb, output }
}

function summarise(pair, tools, scaled, scaledRows) {
  const side = (spec) => ({
    medianSeconds: round(median(spec.samples.map((s) => s.seconds)), 3),
    medianCpuSeconds: gnuTime ? round(median(spec.samples.map((s) => s.cpuSeconds)), 2) : null,
    medianPeakRssMb: round((median(spec.samples.map((s) => s.peakRssKb)) * 1024) / 1e6, 1),
    medianPhaseSeconds: Object.fromEntries(['read', 'statistics'].map((phase) => [phase, round(median(spec.samples.map((s) => s.output.seconds[phase])), 3)])),
    samples: spec.samples.map((s) => ({ seconds: round(s.seconds, 3), cpuSeconds: s.cpuSeconds, peakRssKb: s.peakRssKb })),
  })
  const [ours, reference] = [side(tools.ours), side(tools.scipy)]
  const cli = {
    medianSeconds: round(median(tools.cli.samples.map((s) => s.seconds)), 3),
    medianPeakRssMb: round((median(tools.cli.samples.map((s) => s.peakRssKb)) * 1024) / 1e6, 1),
    samples: tools.cli.samples.map((s) => ({ seconds: round(s.seconds, 3), cpuSeconds: s.cpuSeconds, peakRssKb: s.peakRssKb })),
  }
  const last = (spec) => spec.samples.at(-1).output
  return {
    rowsPerSide: pair.rows,
    bytes: { reference: pair.bytes[0], current: pair.bytes[1] },
    columns: { numeric: pair.numeric, categorical: pair.categorical },
    ours,
    mlopsDrift: cli,
    pandasScipy: reference,
    speedup: round(reference.medianSeconds / ours.medianSeconds, 2),
    mlopsDriftSpeedup: round(reference.medianSeconds / cli.medianSeconds, 2),
    cpuSpeedup: gnuTime ? round(reference.medianCpuSeconds / ours.medianCpuSeconds, 2) : null,
    oursAtFifthOfRows: { rowsPerSide: scaledRows, seconds: round(scaled.seconds, 3), peakRssMb: round((scaled.peakRssKb * 1024) / 1e6, 1) },
    agreement: agreement(last(tools.ours).columns, last(tools.scipy).columns),
  }
}

function report(results) {
  const machine = machineInfo(spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim())
  const lines = [
    '',
    `Node ${machine.node}, pandas ${pandas}, SciPy ${scipy.stdout.trim()}, ${machine.cpu} x${machine.cores}, load ${machine.loadAverage.join(' ')}`,
    '',
    '| data | rows per side | `mlops drift` s | library, one thread s | pandas + SciPy s | speedup (`mlops drift`) | speedup (library) | `mlops drift` peak RSS MB | library peak RSS MB | pandas + SciPy peak RSS MB | library at 1/5 rows: s, RSS MB |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ]
  for (const [name, r] of Object.entries(results)) {
    lines.push(
      `| ${name} | ${r.rowsPerSide.toLocaleString('en-US')} | ${r.mlopsDrift.medianSeconds} | ${r.ours.medianSeconds} | ${r.pandasScipy.medianSeconds} | ${r.mlopsDriftSpeedup}x | ${r.speedup}x | ${r.mlopsDrift.medianPeakRssMb} | ${r.ours.medianPeakRssMb} | ${r.pandasScipy.medianPeakRssMb} | ${r.oursAtFifthOfRows.seconds}, ${r.oursAtFifthOfRows.peakRssMb} |`,
    )
  }
  process.stdout.write(lines.join('\n') + '\n\n')
  for (const [name, r] of Object.entries(results)) {
    process.stdout.write(`${name}: statistics, ours against SciPy (largest relative difference ${r.agreement.worst.toExponential(2)})\n`)
    for (const row of r.agreement.rows) process.stdout.write(`  ${row.column} ${row.statistic}: ours ${row.ours} scipy ${row.scipy}\n`)
  }
  const misses = Object.entries(results).flatMap(([name, r]) => [
    ...(r.mlopsDriftSpeedup < TARGET_RATIO ? [`${name}: mlops drift ${r.mlopsDriftSpeedup}x faster, short of ${TARGET_RATIO}x`] : []),
    ...(r.mlopsDrift.medianPeakRssMb >= TARGET_RSS_MB ? [`${name}: mlops drift peak RSS ${r.mlopsDrift.medianPeakRssMb} MB, not under ${TARGET_RSS_MB} MB`] : []),
    ...(r.agreement.disagree.length ? [`${name}: statistics disagree with SciPy: ${r.agreement.disagree.join(', ')}`] : []),
  ])
  for (const miss of misses) log(`warning: ${miss}`)
  const dir = join(here, 'results')
  mkdirSync(dir, { recursive: true })
  const record = {
    machine,
    code: codeVersion(root),
    runs,
    rssSource: gnuTime ? '/usr/bin/time %M' : '/proc/<pid>/status VmHWM (polled)',
    units: 'MB = 10^6 bytes; seconds are wall time of the whole process (start, read, statistics); cpuSeconds = user + sys',
    versions: { pandas, scipy: scipy.stdout.trim() },
    targets: { speedup: TARGET_RATIO, peakRssMb: TARGET_RSS_MB, relativeTolerance: 1e-6 },
    results,
    misses,
  }
  writeFileSync(join(dir, 'drift.json'), JSON.stringify(record, null, 2) + '\n')
  log(`Wrote ${join(dir, 'drift.json')}`)
}

function round(value, digits) {
  return Number.isFinite(value) ? Number(value.toFixed(digits)) : null
}
