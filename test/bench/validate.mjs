// Throughput, CPU and peak memory of `mlops validate` against pandas (read_csv + profile) and a
// bare byte scan, in the same run, on two tables: flights (dates, airports and delays that repeat
// endlessly) and generated transactions (values that rarely repeat, quoted free text). Each table
// is validated on the machine's threads and on one, and transactions once more with a schema that
// about a million rows violate, which must cost little more than a clean run.
// Usage: node test/bench/validate.mjs [--quick]   (or: node test/bench/run.mjs --only validate)
//   --quick  flights-3m.csv (106 MB) and 60 MB of transactions, one run;
//            else flights-big.csv (423 MB) and 300 MB of transactions, MLOPS_BENCH_RUNS runs.
// Env: MLOPS_BENCH_DIR (data cache), MLOPS_BENCH_RUNS (default 3), MLOPS_BENCH_NODE (node binary).
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { computeScaling } from './lib/cores.mjs'
import { prepareData } from './lib/data.mjs'
import { lastJsonLine, measure, readRuns } from './lib/measure.mjs'
import { machineInfo, median, summarise } from './lib/report.mjs'
import { ensureBuild, ensureGnuTime, ensurePandas, PYTHON, snapshotBuild, codeVersion } from './lib/system.mjs'
import { prepareTransactions, transactionSchemas } from './lib/transactions.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '../..')
const log = (message) => process.stderr.write(`bench: ${message}\n`)
const NODE = process.env.MLOPS_BENCH_NODE || process.execPath

async function main(quick) {
  const runs = quick ? 1 : readRuns(process.env.MLOPS_BENCH_RUNS)
  const cacheDir = resolve(process.env.MLOPS_BENCH_DIR || join(tmpdir(), 'mlops-bench'))
  log(`Measuring with node ${nodeVersion()} (${NODE})`)
  ensureBuild(root, log)
  const data = await prepareData({ root, cacheDir, withBig: !quick, log })
  const flights = quick ? data.small : data.big
  const transactions = await prepareTransactions({ cacheDir, megabytes: quick ? 60 : 300, log })
  const gnuTime = ensureGnuTime(log)
  if (!gnuTime) log('Peak RSS and CPU fall back to polling VmHWM in /proc/<pid>/status (no CPU time).')
  const pandasVersion = ensurePandas(log)

  const tmpDir = mkdtempSync(join(tmpdir(), 'mlops-bench-run-'))
  const cleanup = () => rmSync(tmpDir, { recursive: true, force: true })
  process.once('SIGINT', () => {
    cleanup()
    process.exit(130)
  })
  try {
    const bin = snapshotBuild(root, join(tmpDir, 'app'))
    const flightsSchema = join(cacheDir, 'flights.schema.yml')
    log(`Inferring ${flightsSchema} from flights-3m.csv (not timed) ...`)
    await runValidator(bin, ['--data', data.small.path, '--write-schema', flightsSchema, '--report', join(tmpDir, 'infer.json'), '--json'], tmpDir, gnuTime)
    log(`Inferring the transactions schema from the first 20 MB (not timed) ...`)
    const tx = transactionSchemas({ node: NODE, bin, table: transactions, cacheDir, tmpDir })
    const tables = [
      { name: 'flights', target: flights, tools: [validatorTool(bin, flights.path, flightsSchema), validatorTool(bin, flights.path, flightsSchema, 1)] },
      {
        name: 'transactions',
        target: transactions,
        tools: [
          validatorTool(bin, transactions.path, tx.schema),
          validatorTool(bin, transactions.path, tx.schema, 1),
          validatorTool(bin, transactions.path, tx.findingsSchema, undefined, 'findings'),
        ],
      },
    ]
    const machine = { ...machineInfo(nodeVersion()), computeScaling: await computeScaling() }
    log(`All ${machine.computeScaling.threads} threads run a pure integer loop ${machine.computeScaling.speedup}× as fast as one (2.0 on two real cores).`)
    for (const table of tables) {
      table.tools.push(pandasTool(table.target.path, pandasVersion), scanTool(table.target.path))
      log(`${table.name}: ${mb(table.target.bytes)}, ${table.target.rows} rows; warming the page cache with one untimed scan ...`)
      await measure(NODE, [join(here, 'scan.mjs'), table.target.path], { gnuTime: false, tmpDir })
      for (let run = 1; run <= runs; run++) {
        for (const tool of table.tools.filter((candidate) => !candidate.skipped)) {
          const sample = await tool.run(tmpDir, gnuTime)
          if (!sample) continue
          tool.samples.push(sample)
          log(`run ${run}/${runs} ${table.name} ${tool.name}: ${sample.seconds.toFixed(2)} s wall, ${sample.cpuSeconds ?? '?'} s CPU, ${(sample.peakRssKb / 1024).toFixed(0)} MiB`)
        }
      }
      const rows = summarise(table.tools, table.target.bytes)
      process.stdout.write(`\n${markdown(table, rows)}\n\n`)
      for (const warning of rowCountMismatches(table.tools, table.target.rows)) log(`warning: ${warning}`)
      if (table.name === 'transactions') {
        checkFindingsRun(table.tools, tx.findingsExpected)
        table.costByType = await costByType(bin, table.target, tx.typeSchemas, tmpDir, gnuTime, runs)
      }
      writeResults({ machine, quick, runs, table, rows, gnuTime, sources: { 'flights-3m.csv': { bytes: data.small.bytes, rows: data.small.rows } } })
    }
    process.stdout.write(`Node ${machine.node} (${NODE}), ${machine.cpu} x${machine.cores}, load ${machine.loadAverage.join(' ')}\n`)
  } finally {
    cleanup()
  }
}

/** `threads` sets MLOPS_THREADS; the machine's parallelism when undefined. */
function validatorTool(bin, file, schema, threads, variant) {
  const name = variant ?? (threads ? `validator-${threads}t` : 'validator')
  const label = `mlops validate (node${threads ? `, ${threads} thread` : ''}${variant ? `, ~1M ${variant}` : ''})`
  const tool = { name, label, samples: [], outputs: {}, findings: [] }
  const env = threads ? { ...process.env, MLOPS_THREADS: String(threads) } : undefined
  tool.run = async (tmpDir, gnuTime) => {
    const report = join(tmpDir, 'report.json')
    try {
      const sample = await runValidator(bin, ['--data', file, '--schema', schema, '--report', report, '--json'], tmpDir, gnuTime, env)
      const { report: _, ...outputs } = sample.outputs
      tool.outputs = outputs
      tool.findings = summariseFindings(report)
      return sample
    } finally {
      rmSync(report, { force: true })
    }
  }
  return tool
}

// Exit 1 with the --json outputs means the data had findings, which is fine for timing.
// Exit 1 without them is a crash (Node exits 1 on an uncaught error), as is any other exit.
async function runValidator(bin, args, tmpDir, gnuTime, env) {
  const sample = await measure(NODE, [bin, 'validate', ...args], { gnuTime, tmpDir, env })
  const outputs = lastJsonLine(sample.stdout)
  if ((sample.status !== 0 && sample.status !== 1) || typeof outputs?.rows !== 'number') {
    throw new Error(`mlops validate ${args.join(' ')} failed (exit ${sample.status ?? sample.signal}):\n${sample.stderr}`)
  }
  return { ...sample, outputs }
}

function summariseFindings(reportPath) {
  try {
    const report = JSON.parse(readFileSync(reportPath, 'utf8'))
    const seen = new Set(report.findings.map((f) => `${f.severity} ${f.check}${f.column ? ` (${f.column})` : ''}`))
    return [...seen]
  } catch (error) {
    return [`report unreadable: ${error.message}`]
  }
}

function pandasTool(file, version) {
  const tool = { name: 'pandas', label: `pandas${version ? ` ${version}` : ''} (read_csv + profile)`, samples: [] }
  if (!version) tool.skipped = `pandas is unavailable to ${PYTHON}; install with apt-get install -y python3-pandas.`
  tool.run = (tmpDir, gnuTime) => runOptional(tool, PYTHON, [join(here, 'pandas_profile.py'), file], tmpDir, gnuTime)
  return tool
}

function scanTool(file) {
  const tool = { name: 'scan', label: 'node byte scan (I/O ceiling)', samples: [] }
  tool.run = (tmpDir, gnuTime) => runOptional(tool, NODE, [join(here, 'scan.mjs'), file], tmpDir, gnuTime)
  return tool
}

// A reference that fails is noted and dropped from later runs; it does not fail the benchmark.
async function runOptional(tool, command, args, tmpDir, gnuTime) {
  const sample = await measure(command, args, { gnuTime, tmpDir })
  if (sample.status === 0) {
    tool.output = lastJsonLine(sample.stdout)
    return sample
  }
  tool.skipped = `failed (exit ${sample.status ?? sample.signal}): ${sample.stderr.trim().split('\n').slice(-3).join(' | ')}`
  tool.samples = []
  log(`${tool.name} ${tool.skipped}`)
  return undefined
}

/** The table with rows/s and CPU per row, which is what the validator's speed comes down to. */
function markdown(table, rows) {
  const fixed = (value, digits) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a')
  const { target } = table
  const lines = [
    `${table.name}: ${target.path} (${(target.bytes / 1e6).toFixed(1)} MB, ${target.rows.toLocaleString('en-US')} rows)`,
    '',
    '| tool | median s | CPU s | MB/s | rows/s | CPU µs/row | peak RSS MB | vs pandas |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ]
  for (const row of rows) {
    if (row.runs === 0) {
      lines.push(`| ${row.label} | skipped | | | | | | |`)
      continue
    }
    const cpuPerRow = row.cpuSeconds === null ? NaN : (row.cpuSeconds / target.rows) * 1e6
    const ratio = row.vsPandas === null ? 'n/a' : `${row.vsPandas.toFixed(2)}x`
    lines.push(
      `| ${row.label} | ${fixed(row.seconds, 2)} | ${fixed(row.cpuSeconds ?? NaN, 2)} | ${fixed(row.mbPerSecond, 1)} | ${Math.round(target.rows / row.seconds).toLocaleString('en-US')} | ${fixed(cpuPerRow, 2)} | ${fixed(row.rssMb, 0)} | ${ratio} |`,
    )
  }
  const notes = rows.filter((row) => row.skipped).map((row) => `- ${row.label}: ${row.skipped}`)
  return [...lines, ...(notes.length ? ['', ...notes] : [])].join('\n')
}

// Each tool must have read the whole file, or its timing means nothing.
function rowCountMismatches(tools, rows) {
  const seen = tools.map((tool) => [tool.name, tool.name === 'scan' ? tool.output && tool.output.lines - 1 : tool.name === 'pandas' ? tool.output?.rows : tool.outputs?.rows])
  return seen.filter(([, count]) => count !== undefined && Number(count) !== rows).map(([name, count]) => `${name} read ${count} rows, expected ${rows}.`)
}

/** The run with about a million findings must have found them, and cost at most 1.5x a clean run. */
function checkFindingsRun(tools, expected) {
  const clean = tools.find((tool) => tool.name === 'validator')
  const findings = tools.find((tool) => tool.name === 'findings')
  if (!clean?.samples.length || !findings?.samples.length) return
  const errors = Number(findings.outputs.errors)
  const ratio = median(findings.samples.map((s) => s.seconds)) / median(clean.samples.map((s) => s.seconds))
  log(`findings run: ${errors.toLocaleString('en-US')} errors (expected at least ${expected.toLocaleString('en-US')}), ${ratio.toFixed(2)}x the clean run's time (target at most 1.5x)`)
  if (errors < expected) log(`warning: the findings run found ${errors} errors, fewer than ${expected}.`)
  findings.vsClean = ratio
}

/** CPU µs per row per column of each type, on one thread: each type's columns alone, less reading alone. */
async function costByType(bin, target, schemas, tmpDir, gnuTime, runs) {
  if (!gnuTime) return undefined
  // A difference of two CPU times is noisy: medians of up to three alternated rounds.
  const samples = {}
  for (let round = 0; round < Math.min(runs, 3); round++) {
    for (const { type, path } of schemas) {
      const sample = await runValidator(bin, ['--data', target.path, '--schema', path, '--report', join(tmpDir, 'type.json'), '--json'], tmpDir, gnuTime, { ...process.env, MLOPS_THREADS: '1' })
      ;(samples[type] ??= []).push(sample.cpuSeconds)
    }
  }
  const cpu = Object.fromEntries(Object.entries(samples).map(([type, seconds]) => [type, median(seconds)]))
  const costs = Object.fromEntries(
    schemas.filter(({ type }) => type !== 'none').map(({ type, columns }) => [type, round((((cpu[type] - cpu.none) / columns) * 1e6) / target.rows, 3)]),
  )
  const summary = { readingMicrosecondsPerRow: round((cpu.none * 1e6) / target.rows, 3), perColumnMicrosecondsPerRow: costs }
  log(`CPU per row, one thread: reading and parsing ${summary.readingMicrosecondsPerRow} µs; per column ${Object.entries(costs).map(([type, us]) => `${type} ${us} µs`).join(', ')}`)
  return summary
}

function writeResults({ machine, quick, runs, table, rows, gnuTime, sources }) {
  const dir = join(here, 'results')
  mkdirSync(dir, { recursive: true })
  const suffix = table.name === 'flights' ? '' : `-${table.name}`
  const path = join(dir, `validate${suffix}${quick ? '-quick' : ''}.json`)
  const { target, tools } = table
  const record = {
    machine,
    code: codeVersion(root),
    mode: quick ? 'quick' : 'full',
    runs,
    rssSource: gnuTime ? '/usr/bin/time %M' : '/proc/<pid>/status VmHWM (polled)',
    units: 'MB = 10^6 bytes; cpuSeconds = user + sys of the process and its threads',
    file: { name: target.path.split('/').pop(), bytes: target.bytes, rows: target.rows },
    ...(table.name === 'flights' ? { sources } : { generator: 'test/bench/generate-transactions.mjs, seed 1' }),
    results: rows.map((row) => {
      const tool = tools.find((candidate) => candidate.name === row.name)
      return {
        tool: row.name,
        label: row.label,
        medianSeconds: round(row.seconds, 3),
        mbPerSecond: round(row.mbPerSecond, 1),
        rowsPerSecond: round(target.rows / row.seconds, 0),
        medianPeakRssMb: round(row.rssMb, 1),
        medianCpuSeconds: row.cpuSeconds === null ? null : round(row.cpuSeconds, 2),
        cpuMicrosecondsPerRow: row.cpuSeconds === null ? null : round((row.cpuSeconds / target.rows) * 1e6, 3),
        throughputVsPandas: row.vsPandas === null ? null : round(row.vsPandas, 3),
        ...(tool.vsClean ? { secondsVsCleanRun: round(tool.vsClean, 3) } : {}),
        ...(tool.outputs ? { outputs: tool.outputs, findings: tool.findings } : {}),
        samples: tool.samples.map((s) => ({ seconds: round(s.seconds, 3), cpuSeconds: s.cpuSeconds, peakRssKb: s.peakRssKb, exit: s.status })),
        ...(row.skipped ? { skipped: row.skipped } : {}),
      }
    }),
    ...(table.costByType ? { cpuByColumnType: table.costByType } : {}),
    references: { pandas: tools.find((tool) => tool.name === 'pandas')?.output ?? null, scan: tools.find((tool) => tool.name === 'scan')?.output ?? null },
  }
  writeFileSync(path, JSON.stringify(record, null, 2) + '\n')
  log(`Wrote ${path}`)
}

function nodeVersion() {
  const result = spawnSync(NODE, ['--version'], { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`MLOPS_BENCH_NODE=${NODE} does not run (${result.error?.message ?? result.stderr}).`)
  return result.stdout.trim()
}

const round = (value, digits) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null)
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`

const args = process.argv.slice(2)
if (args.some((arg) => arg !== '--quick')) {
  process.stderr.write('usage: node test/bench/validate.mjs [--quick]\n')
  process.exit(2)
}
main(args.includes('--quick')).catch((error) => {
  log(`error: ${error.message}`)
  process.exit(1)
})
