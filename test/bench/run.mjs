// The benchmarks: throughput and peak memory of `mlops validate` against pandas and a bare
// byte scan (here); fit time of the built-in trainer against scikit-learn (train.mjs); time
// of the paired bootstrap gate (bootstrap.mjs); registering and fetching a 500 MB model in the
// GitHub registry against curl (registry.mjs); scoring with the onnx flavor against scikit-learn's
// predict_proba (onnx.mjs); drift comparison against pandas + SciPy (drift.mjs); batch prediction
// throughput of `mlops predict` (predict.mjs); `mlops serve` under wrk against a bare node:http
// server (serve.mjs).
// Usage: node test/bench/run.mjs [--quick] [--only validate,train,bootstrap,registry,onnx,drift,predict,serve]
//   --only  run just these parts, comma-separated or repeated; by default all eight, in that order.
//   --quick validate the 3M-row file instead of the 400 MB one, one run; train one config once;
//           register and fetch once; serve for 5 s runs and 100,000 requests.
// Env: MLOPS_BENCH_DIR (data cache), MLOPS_BENCH_RUNS (default 3), MLOPS_BENCH_INSTALL (1 or 0),
// MLOPS_BENCH_NODE (node binary for the measured runs; default this one, which under
// `npm run bench` is the `node` devDependency, not the system node).
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { prepareData } from './lib/data.mjs'
import { measure, readRuns } from './lib/measure.mjs'
import { machineInfo, markdownTable, summarise } from './lib/report.mjs'
import { ensureBuild, ensureGnuTime, ensurePandas, PYTHON, snapshotBuild, codeVersion } from './lib/system.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '../..')
const log = (message) => process.stderr.write(`bench: ${message}\n`)
const NODE = process.env.MLOPS_BENCH_NODE || process.execPath

/** Our validator failed for a reason other than findings. */
class ValidatorFailure extends Error {}

const PARTS = ['validate', 'train', 'bootstrap', 'registry', 'onnx', 'drift', 'predict', 'serve']
/** The parts that take --quick themselves. */
const QUICK_PARTS = ['train', 'registry', 'serve']
const USAGE = `usage: node test/bench/run.mjs [--quick] [--only ${PARTS.join(',')}]`

/** Runs each chosen part; one that fails is reported and the others still run. */
async function main(argv) {
  const { quick, parts } = parseArguments(argv)
  const failed = []
  for (const part of parts) {
    try {
      if (part === 'validate') await benchValidate(quick)
      else runScript(`${part}.mjs`, quick && QUICK_PARTS.includes(part) ? ['--quick'] : [])
    } catch (error) {
      log(error instanceof ValidatorFailure ? error.message : `${part}: error: ${error.message}`)
      failed.push(part)
    }
  }
  if (failed.length) throw new Error(`${failed.join(', ')} failed.`)
}

function parseArguments(argv) {
  let quick = false
  const only = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--quick') quick = true
    else if (arg === '--only' && i + 1 < argv.length) only.push(...argv[++i].split(','))
    else if (arg.startsWith('--only=')) only.push(...arg.slice('--only='.length).split(','))
    else throw new Error(`unknown argument ${arg}; ${USAGE}`)
  }
  const unknown = only.filter((part) => !PARTS.includes(part))
  if (unknown.length) throw new Error(`unknown part ${unknown.join(', ')}; ${USAGE}`)
  return { quick, parts: only.length ? PARTS.filter((part) => only.includes(part)) : PARTS }
}

// Under the measured node, in its own process, like every measured run.
function runScript(script, args) {
  const result = spawnSync(NODE, [join(here, script), ...args], { stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`node ${script} ${args.join(' ')} exited with ${result.status ?? result.signal}.`)
}

async function benchValidate(quick) {
  const runs = quick ? 1 : readRuns(process.env.MLOPS_BENCH_RUNS)
  const cacheDir = resolve(process.env.MLOPS_BENCH_DIR || join(tmpdir(), 'mlops-bench'))

  log(`Measuring with node ${nodeVersion()} (${NODE})`)
  ensureBuild(root, log)
  const data = await prepareData({ root, cacheDir, withBig: !quick, log })
  log(`flights-3m.csv: ${mb(data.small.bytes)}, ${data.small.rows} rows`)
  if (data.big) log(`flights-big.csv: ${mb(data.big.bytes)}, ${data.big.rows} rows (${data.big.copies} copies)`)
  const target = quick ? data.small : data.big

  const gnuTime = ensureGnuTime(log)
  if (!gnuTime) log('Peak RSS falls back to polling VmHWM in /proc/<pid>/status.')
  const pandasVersion = ensurePandas(log)

  const tmpDir = mkdtempSync(join(tmpdir(), 'mlops-bench-run-'))
  const cleanup = () => rmSync(tmpDir, { recursive: true, force: true })
  process.once('SIGINT', () => {
    cleanup()
    process.exit(130)
  })
  try {
    const bin = snapshotBuild(root, join(tmpDir, 'app'))
    const schema = join(cacheDir, 'flights.schema.yml')
    log(`Inferring ${schema} from flights-3m.csv (not timed) ...`)
    await runValidator(bin, ['--data', data.small.path, '--write-schema', schema, '--report', join(tmpDir, 'infer.json'), '--json'], tmpDir, gnuTime)

    const tools = [
      validatorTool(bin, target.path, schema),
      pandasTool(target.path, pandasVersion),
      scanTool(target.path),
    ]
    log('Warming the page cache with one untimed scan ...')
    await measure(NODE, [join(here, 'scan.mjs'), target.path], { gnuTime: false, tmpDir })

    for (let run = 1; run <= runs; run++) {
      for (const tool of tools.filter((candidate) => !candidate.skipped)) {
        const sample = await tool.run(tmpDir, gnuTime)
        if (sample) tool.samples.push(sample)
        if (sample) log(`run ${run}/${runs} ${tool.name}: ${sample.seconds.toFixed(2)} s wall, ${sample.cpuSeconds ?? '?'} s CPU, ${(sample.peakRssKb / 1024).toFixed(0)} MiB`)
      }
    }

    const rows = summarise(tools, target.bytes)
    const table = markdownTable(rows, target)
    const machine = machineInfo(nodeVersion())
    process.stdout.write(`\nNode ${machine.node} (${NODE}), ${machine.cpu} x${machine.cores}, load ${machine.loadAverage.join(' ')}\n${table}\n\n`)
    const validator = tools[0]
    const { report: _, ...outputs } = validator.outputs
    validator.outputs = outputs
    process.stdout.write(`validate outputs: ${JSON.stringify(outputs)}; findings: ${validator.findings.join('; ') || 'none'}\n`)
    for (const warning of rowCountMismatches(tools, target.rows)) log(`warning: ${warning}`)
    writeResults({ machine, quick, runs, target, data, rows, tools, gnuTime })
  } finally {
    cleanup()
  }
}

function validatorTool(bin, file, schema) {
  const tool = { name: 'validator', label: 'mlops validate (node)', samples: [], outputs: {}, findings: [] }
  tool.run = async (tmpDir, gnuTime) => {
    const report = join(tmpDir, 'report.json')
    try {
      const sample = await runValidator(bin, ['--data', file, '--schema', schema, '--report', report, '--json'], tmpDir, gnuTime)
      tool.outputs = sample.outputs
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
async function runValidator(bin, args, tmpDir, gnuTime) {
  const sample = await measure(NODE, [bin, 'validate', ...args], { gnuTime, tmpDir })
  const outputs = parseLastJsonLine(sample.stdout)
  if ((sample.status !== 0 && sample.status !== 1) || typeof outputs?.rows !== 'number') {
    throw new ValidatorFailure(`mlops validate ${args.join(' ')} failed (exit ${sample.status ?? sample.signal}):\n${sample.stderr}`)
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
    tool.output = parseLastJsonLine(sample.stdout)
    return sample
  }
  tool.skipped = `failed (exit ${sample.status ?? sample.signal}): ${sample.stderr.trim().split('\n').slice(-3).join(' | ')}`
  tool.samples = []
  log(`${tool.name} ${tool.skipped}`)
  return undefined
}

// Each tool must have read the whole file, or its timing means nothing.
function rowCountMismatches(tools, rows) {
  const seen = { validator: Number(tools[0].outputs.rows), pandas: tools[1].output?.rows, scan: tools[2].output && tools[2].output.lines - 1 }
  return Object.entries(seen)
    .filter(([, count]) => count !== undefined && count !== rows)
    .map(([name, count]) => `${name} read ${count} rows, expected ${rows}.`)
}

function parseLastJsonLine(text) {
  const line = text.trim().split('\n').pop()
  try {
    return line ? JSON.parse(line) : undefined
  } catch {
    return undefined
  }
}

function writeResults({ machine, quick, runs, target, data, rows, tools, gnuTime }) {
  const dir = join(here, 'results')
  mkdirSync(dir, { recursive: true })
  const path = join(dir, quick ? 'validate-quick.json' : 'validate.json')
  const record = {
    machine,
    code: codeVersion(root),
    mode: quick ? 'quick' : 'full',
    runs,
    rssSource: gnuTime ? '/usr/bin/time %M' : '/proc/<pid>/status VmHWM (polled)',
    units: 'MB = 10^6 bytes; cpuSeconds = user + sys of the process and its threads',
    file: { name: target.path.split('/').pop(), bytes: target.bytes, rows: target.rows },
    sources: { 'flights-3m.csv': { bytes: data.small.bytes, rows: data.small.rows } },
    results: rows.map((row) => ({
      tool: row.name,
      label: row.label,
      medianSeconds: round(row.seconds, 3),
      mbPerSecond: round(row.mbPerSecond, 1),
      medianPeakRssMb: round(row.rssMb, 1),
      medianCpuSeconds: row.cpuSeconds === null ? null : round(row.cpuSeconds, 2),
      throughputVsPandas: row.vsPandas === null ? null : round(row.vsPandas, 3),
      samples: tools.find((tool) => tool.name === row.name).samples.map((s) => ({ seconds: round(s.seconds, 3), cpuSeconds: s.cpuSeconds, peakRssKb: s.peakRssKb, exit: s.status })),
      ...(row.skipped ? { skipped: row.skipped } : {}),
    })),
    validator: { outputs: tools[0].outputs, findings: tools[0].findings },
    references: { pandas: tools[1].output ?? null, scan: tools[2].output ?? null },
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

main(process.argv.slice(2)).catch((error) => {
  log(`error: ${error.message}`)
  process.exit(1)
})
