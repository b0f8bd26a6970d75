// The model server under load: `wrk` on loopback against `mlops serve`'s /predict with single rows
// of the demo model, and in the same run a bare node:http server answering a constant (the local
// ceiling). Targets: at least 50 % of the bare server's requests per second; p99 under 10 ms at
// half of that load; RSS within 10 % over many requests.
// Usage: node test/bench/serve.mjs [--quick]   (or: node test/bench/run.mjs --only serve)
// The demo champion (the built-in linear model of seattle-weather 2012-2014, as `npm run demo`
// trains it) is registered in a local registry in a temporary folder and served from there.
// Throughput: after 2 s of warm-up each, wrk -t2 -c32 for 10 s (5 s with --quick), alternating
// the two servers, 3 runs each, medians; the share of the bare server is the median of each run's
// ratio, and each run records the server's CPU time a request (from /proc), steadier than req/s
// on a busy machine. Half load: requests at half the server's median rate for 10 s (wrk on a
// connection per 200 req/s, at least 8, each pausing about 5 ms between requests), with wrk's
// latency percentiles, and the bare server at the same pace for what the machine adds. Memory:
// the server's RSS after 20,000 warm-up requests and again after MLOPS_BENCH_SERVE_REQUESTS more
// (default 1,000,000; 100,000 with --quick). Writes test/bench/results/serve.json.
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { machineInfo, median } from './lib/report.mjs'
import { codeVersion, ensureBuild } from './lib/system.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '../..')
const log = (message) => process.stderr.write(`bench serve: ${message}\n`)
const quick = process.argv.includes('--quick')
const RUNS = 3
const SECONDS = quick ? 5 : 10
const MEMORY_REQUESTS = Number(process.env.MLOPS_BENCH_SERVE_REQUESTS || (quick ? 100_000 : 1_000_000))
const NODE = process.env.MLOPS_BENCH_NODE || process.execPath
const BODY = JSON.stringify({ instances: [{ precipitation: 0.3, temp_max: 12.8, temp_min: 5, wind: 4.7 }] })
const BIN = join(root, 'build', 'shared', 'cli', 'bin.js')

if (spawnSync('wrk', ['--version']).error) throw new Error('wrk is not installed: apt-get install -y wrk')
ensureBuild(root, log)
const work = mkdtempSync(join(tmpdir(), 'mlops-bench-serve-'))
const children = []
try {
  const registry = prepareModel(work)
  const bare = await start(NODE, [join(here, 'serve-bare.mjs')], 'bare')
  const served = await start(NODE, [BIN, 'serve', '--registry', `local:${registry}`, '--model', 'weather', '--port', '0'], 'mlops serve')
  const check = await post(served.url)
  if (!Array.isArray(check.predictions)) throw new Error(`/predict answered ${JSON.stringify(check)}`)
  const runs = { bare: [], served: [] }
  // Both warmed up first, so no run measures the JIT compiling the request path.
  for (const server of [bare, served]) wrk(server.url, 2)
  const shares = []
  for (let run = 1; run <= RUNS; run++) {
    for (const [name, server] of [['bare', bare], ['served', served]]) {
      const cpuBefore = cpuSeconds(server.pid)
      const result = wrk(server.url, SECONDS)
      result.cpuUsPerRequest = ((cpuSeconds(server.pid) - cpuBefore) * 1e6) / result.requests
      runs[name].push(result)
      log(`run ${run}/${RUNS} ${name}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.cpuUsPerRequest.toFixed(1)} µs CPU a request, ${result.errors} errors`)
    }
    shares.push(runs.served.at(-1).rps / runs.bare.at(-1).rps)
  }
  const bareRps = median(runs.bare.map((r) => r.rps))
  const servedRps = median(runs.served.map((r) => r.rps))
  log(`Half load: ${Math.round(servedRps / 2)} req/s for ${SECONDS} s ...`)
  const half = atRate(served.url, servedRps / 2, SECONDS)
  log(`half load: p50 ${half.p50.toFixed(2)} ms, p99 ${half.p99.toFixed(2)} ms, ${half.failed} failed of ${half.sent}`)
  // The bare server at the same rate: the latency the machine and wrk add whatever the server.
  half.bare = atRate(bare.url, servedRps / 2, SECONDS)
  log(`bare at that rate: p50 ${half.bare.p50.toFixed(2)} ms, p99 ${half.bare.p99.toFixed(2)} ms`)
  const memory = await memoryOver(served, MEMORY_REQUESTS)
  log(`RSS ${memory.beforeMb} MB after warm-up, ${memory.afterMb} MB after ${MEMORY_REQUESTS.toLocaleString('en-US')} more requests`)
  report({ runs, bareRps, servedRps, shares, half, memory })
} finally {
  for (const child of children) child.kill('SIGTERM')
  rmSync(work, { recursive: true, force: true })
}

/** Trains the demo champion and registers it as `weather@champion` in a local registry. */
function prepareModel(dir) {
  const [header, ...rows] = readFileSync(join(root, 'node_modules', 'vega-datasets', 'data', 'seattle-weather.csv'), 'utf8').trim().split('\n')
  writeFileSync(join(dir, 'train.csv'), [header, ...rows.filter((row) => !row.startsWith('2015'))].join('\n') + '\n')
  const registry = join(dir, 'registry')
  for (const args of [
    ['train', '--data', 'train.csv', '--target', 'weather', '--ignore', 'date', '--model', 'linear', '--output-dir', 'model'],
    ['register', '--name', 'weather', '--model-dir', 'model', '--alias', 'champion', '--registry', `local:${registry}`],
  ]) {
    const result = spawnSync(NODE, [BIN, ...args], { cwd: dir, encoding: 'utf8' })
    if (result.status !== 0) throw new Error(`mlops ${args[0]} failed:\n${result.stderr}`)
  }
  return registry
}

/** Starts a server process that prints its URL, and waits until it answers. */
function start(command, args, name) {
  const child = spawn(command, args, { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] })
  children.push(child)
  return new Promise((resolvePromise, reject) => {
    let out = ''
    let err = ''
    child.stderr.on('data', (chunk) => (err += chunk))
    child.stdout.on('data', (chunk) => {
      out += chunk
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out)
      if (match) resolvePromise({ url: match[1], pid: child.pid })
    })
    child.on('exit', (code) => reject(new Error(`${name} exited with code ${code}:\n${err}`)))
  })
}

function post(url) {
  return new Promise((resolvePromise, reject) => {
    const request = http.request(`${url}/predict`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (response) => {
      let text = ''
      response.on('data', (chunk) => (text += chunk))
      response.on('end', () => resolvePromise(JSON.parse(text)))
    })
    request.on('error', reject)
    request.end(BODY)
  })
}

/** wrk with a POST of one row; requests per second and latency percentiles from --latency. */
function wrk(url, seconds, extra = []) {
  const script = join(work, 'post.lua')
  writeFileSync(script, `wrk.method = "POST"\nwrk.body = ${JSON.stringify(BODY)}\nwrk.headers["Content-Type"] = "application/json"\n`)
  const result = spawnSync('wrk', ['-t2', '-c32', `-d${seconds}s`, '--latency', '-s', script, ...extra, `${url}/predict`], { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`wrk failed:\n${result.stderr}`)
  return parseWrk(result.stdout)
}

/** Requests per second, requests, latency percentiles (--latency) and failures from wrk's report. */
function parseWrk(text) {
  const ms = (label) => {
    const match = new RegExp(`\\s${label}%\\s+([\\d.]+)(us|ms|s)`).exec(text)
    if (!match) return null
    const value = Number(match[1])
    return match[2] === 'us' ? value / 1000 : match[2] === 's' ? value * 1000 : value
  }
  const errors = /Non-2xx or 3xx responses: (\d+)/.exec(text)
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(text)
  return {
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(text)[1]),
    requests: Number(/(\d+) requests in/.exec(text)[1]),
    p50: ms('50'),
    p99: ms('99'),
    errors: (errors ? Number(errors[1]) : 0) + (socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0),
  }
}

/**
 * Half load: wrk with a connection per 200 req/s (at least 8), each pausing between requests
 * (its `delay()` hook, whole milliseconds: about 5, so rounding costs little of the rate) so
 * that together they send about `rate` per second; the latencies are wrk's own. Close to an open
 * loop while the server keeps up, which it should at half its capacity.
 */
function atRate(url, rate, seconds) {
  const connections = Math.max(8, Math.ceil(rate / 200))
  const script = join(work, 'paced.lua')
  writeFileSync(script, `wrk.method = "POST"\nwrk.body = ${JSON.stringify(BODY)}\nwrk.headers["Content-Type"] = "application/json"\nfunction delay()\n  return ${Math.max(1, Math.round((connections * 1000) / rate))}\nend\n`)
  const result = spawnSync('wrk', ['-t2', `-c${connections}`, `-d${seconds}s`, '--latency', '-s', script, `${url}/predict`], { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`wrk failed:\n${result.stderr}`)
  const parsed = parseWrk(result.stdout)
  return { rate: Math.round(rate), connections, achieved: parsed.rps, sent: parsed.requests, failed: parsed.errors, p50: parsed.p50, p99: parsed.p99 }
}

/** User and system CPU seconds the process has used, from /proc (clock ticks of 10 ms). */
function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return (Number(fields[11]) + Number(fields[12])) / 100
}

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024)
}

/** RSS after a warm-up, then after `requests` more, sent by wrk for as long as it takes. */
async function memoryOver(server, requests) {
  wrk(server.url, 5)
  const beforeMb = rssMb(server.pid)
  let sent = 0
  while (sent < requests) sent += wrk(server.url, 20).requests
  return { beforeMb, afterMb: rssMb(server.pid), requests: sent, growth: rssMb(server.pid) / beforeMb - 1 }
}

function report({ runs, bareRps, servedRps, shares, half, memory }) {
  const machine = machineInfo(process.version)
  // Each run's ratio is taken between back-to-back runs, so other load on the machine weighs on both.
  const share = median(shares)
  const cpu = (name) => median(runs[name].map((r) => r.cpuUsPerRequest)).toFixed(1)
  const lines = [
    '',
    `## Model server: /predict with one row of the demo model (wrk -t2 -c32, ${SECONDS} s, medians of ${RUNS})`,
    '',
    `Node ${machine.node}, ${machine.cpu} x${machine.cores}, load ${machine.loadAverage.join(' ')}`,
    '',
    '| server | req/s | p50 ms | p99 ms | server CPU µs a request |',
    '| --- | ---: | ---: | ---: | ---: |',
    `| bare node:http, constant answer | ${Math.round(bareRps)} | ${median(runs.bare.map((r) => r.p50))} | ${median(runs.bare.map((r) => r.p99))} | ${cpu('bare')} |`,
    `| mlops serve | ${Math.round(servedRps)} | ${median(runs.served.map((r) => r.p50))} | ${median(runs.served.map((r) => r.p99))} | ${cpu('served')} |`,
    '',
    `Share of the bare server (median of the ${RUNS} runs' ratios: ${shares.map((x) => `${(x * 100).toFixed(0)} %`).join(', ')}): ${(share * 100).toFixed(0)} % (target 50 %: ${share >= 0.5 ? 'met' : 'MISSED'}).`,
    `At half load (${half.rate} req/s asked, ${Math.round(half.achieved)} achieved, ${half.sent} requests, ${half.connections} paced connections): p50 ${half.p50.toFixed(2)} ms, p99 ${half.p99.toFixed(2)} ms (target under 10 ms: ${half.p99 < 10 ? 'met' : 'MISSED'}); ${half.failed} failed. The bare server at the same pace: p50 ${half.bare.p50.toFixed(2)} ms, p99 ${half.bare.p99.toFixed(2)} ms.`,
    `RSS: ${memory.beforeMb} MB after warm-up, ${memory.afterMb} MB after ${memory.requests.toLocaleString('en-US')} more requests (${(memory.growth * 100).toFixed(1)} %; target: no more than 10 % growth: ${memory.growth <= 0.1 ? 'met' : 'MISSED'}).`,
    '',
  ]
  process.stdout.write(lines.join('\n'))
  const path = join(here, 'results', quick ? 'serve-quick.json' : 'serve.json')
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, JSON.stringify({ machine, code: codeVersion(root), runs: RUNS, seconds: SECONDS, bareRps, servedRps, share, shares, half, memory, samples: runs }, null, 2) + '\n')
  log(`Wrote ${path}`)
}
