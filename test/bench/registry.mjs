// Registering and fetching a 500 MB model in the GitHub registry (against the REST emulator on
// loopback), against curl moving the same bytes through the same emulator.
// Usage: node test/bench/registry.mjs [--quick] [--mb N]    (or: node test/bench/run.mjs --only registry)
//   --quick  one run of each; prints, writes nothing.
//   --mb N   size of the model's weights.bin in MB (10^6 bytes), default 500; other sizes print only.
// Env: MLOPS_BENCH_RUNS (default 3), MLOPS_BENCH_NODE, MLOPS_BENCH_INSTALL, as in run.mjs.
// The emulator runs in a process of its own. Each run is one client process that registers and then
// fetches (download, verify the sha256, extract), timed and measured by GNU time, then curl uploading
// weights.bin to the emulator's upload endpoint and downloading it back (following the 302 to the
// storage host): interleaved, so a busy spell slows all alike, and each after a sync. Targets: the
// client's peak RSS under 200 MB, each direction within 2x of curl's time.
// Writes test/bench/results/registry.json.
// Needs about 3 GB free in the temp directory; takes about a minute on 2 cores.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { spawnSync } from 'node:child_process'
import { buildEmulator, startEmulatorProcess } from './lib/emulator.mjs'
import { lastJsonLine, measure, readRuns } from './lib/measure.mjs'
import { registryRecord, registryTable, summariseRegistry } from './lib/registry-report.mjs'
import { writeModel } from './lib/registry-model.mjs'
import { machineInfo } from './lib/report.mjs'
import { codeVersion, ensureBuild, ensureCurl, ensureGnuTime, snapshotBuild } from './lib/system.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '../..')
const log = (message) => process.stderr.write(`bench registry: ${message}\n`)
const NODE = process.env.MLOPS_BENCH_NODE || process.execPath
const OWNER = 'bench'
const REPO = 'models'

async function main(argv) {
  const { quick, megabytes } = parseArguments(argv)
  const runs = quick ? 1 : readRuns(process.env.MLOPS_BENCH_RUNS)
  const bytes = megabytes * 1e6
  const base = tmpdir()
  checkFreeSpace(base, 6 * bytes + 200e6)
  const curl = ensureCurl(log)
  if (!curl) throw new Error('curl is needed as the reference; install it with apt-get install -y curl.')
  const gnuTime = ensureGnuTime(log)
  if (!gnuTime) log('Peak RSS falls back to polling VmHWM in /proc/<pid>/status.')
  ensureBuild(root, log)

  const work = mkdtempSync(join(base, 'mlops-bench-registry-'))
  const cleanup = () => rmSync(work, { recursive: true, force: true })
  process.once('SIGINT', () => {
    cleanup()
    process.exit(130)
  })
  let emulator
  try {
    const dirs = Object.fromEntries(['client-tmp', 'emulator-tmp', 'out'].map((name) => [name, join(work, name)]))
    for (const dir of Object.values(dirs)) mkdirSync(dir)
    snapshotBuild(root, join(work, 'app'))
    const build = join(work, 'app', 'build')
    const server = buildEmulator(root, join(work, 'emulator'), log)
    log(`Writing a ${megabytes} MB model (random weights, which do not compress) ...`)
    const model = writeModel(join(work, 'model'), bytes)
    settle()
    emulator = await startEmulatorProcess(NODE, join(here, 'registry-emulator.mjs'), [server, `${OWNER}/${REPO}`], { ...process.env, TMPDIR: dirs['emulator-tmp'] })
    log(`Emulator at ${emulator.url} (pid ${emulator.pid}); node ${nodeVersion()} (${NODE}); ${curl}`)
    const api = apiClient(emulator)

    const samples = { registry: [], upload: [], download: [] }
    for (let run = 1; run <= runs; run++) {
      const target = join(dirs.out, `fetched-${run}`)
      const config = { url: emulator.url, token: emulator.token, owner: OWNER, repo: REPO, name: `bench-${run}`, modelDir: model.dir, target }
      settle()
      const ours = await measure(NODE, [join(here, 'registry-client.mjs'), build, JSON.stringify(config)], { gnuTime, tmpDir: work, env: { ...process.env, TMPDIR: dirs['client-tmp'] } })
      const result = ours.status === 0 ? lastJsonLine(ours.stdout) : undefined
      if (!result) throw new Error(`the registry client failed (exit ${ours.status ?? ours.signal}):\n${ours.stderr}`)
      samples.registry.push({ ...result, seconds: ours.seconds, cpuSeconds: ours.cpuSeconds, peakRssKb: ours.peakRssKb })
      log(`run ${run}/${runs} registry: register ${result.register.seconds.toFixed(2)} s (upload ${result.register.backendSeconds.toFixed(2)} s), fetch ${result.fetch.seconds.toFixed(2)} s (download ${result.fetch.backendSeconds.toFixed(2)} s), peak RSS ${(ours.peakRssKb / 1024).toFixed(0)} MiB`)

      const release = await api('POST', `/repos/${OWNER}/${REPO}/releases`, { tag_name: `curl-${run}`, draft: true })
      settle()
      const upload = await curlUpload(emulator, release, model.weights, `weights-${run}.bin`, work, gnuTime)
      samples.upload.push(upload)
      settle()
      const download = await curlDownload(emulator, upload.assetId, join(dirs.out, `curl-${run}.bin`), work, gnuTime, bytes)
      samples.download.push(download)
      log(`run ${run}/${runs} curl: upload ${upload.seconds.toFixed(2)} s, download ${download.seconds.toFixed(2)} s`)

      // Free the disk for the next run: the stored assets and what came back.
      await api('DELETE', `/repos/${OWNER}/${REPO}/releases/${release.id}`)
      const registered = await api('GET', `/repos/${OWNER}/${REPO}/releases/tags/${encodeURIComponent(`model/bench-${run}/v${result.version}`)}`)
      await api('DELETE', `/repos/${OWNER}/${REPO}/releases/${registered.id}`)
      rmSync(dirs.out, { recursive: true, force: true })
      mkdirSync(dirs.out)
    }

    const summary = summariseRegistry(samples, bytes)
    const machine = machineInfo(nodeVersion())
    const emulatorPeakRssKb = emulator.peakRssKb()
    process.stdout.write(`\n${registryTable(summary, { machine, node: NODE, curl, megabytes, emulatorPeakRssKb })}\n\n`)
    if (!quick && megabytes === 500) {
      const path = join(here, 'results', 'registry.json')
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, JSON.stringify(registryRecord(summary, samples, { machine, code: codeVersion(root), runs, bytes, curl, gnuTime, emulatorPeakRssKb }), null, 2) + '\n')
      log(`Wrote ${path}`)
    }
  } finally {
    await emulator?.stop()
    cleanup()
  }
}

/**
 * Flushes dirty pages before each timed step, so that none of them is slowed by the kernel writing
 * back what an earlier one wrote (the model, above all): our steps write twice what curl's do.
 */
function settle() {
  const started = performance.now()
  spawnSync('sync')
  const seconds = (performance.now() - started) / 1000
  if (seconds > 1) log(`sync took ${seconds.toFixed(1)} s`)
}

function parseArguments(argv) {
  let quick = false
  let megabytes = 500
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--quick') quick = true
    else if (argv[i] === '--mb' && i + 1 < argv.length) megabytes = Number(argv[++i])
    else throw new Error(`unknown argument ${argv[i]}; usage: node test/bench/registry.mjs [--quick] [--mb N]`)
  }
  if (!Number.isInteger(megabytes) || megabytes < 1) throw new Error(`--mb must be a positive whole number of MB, got ${megabytes}.`)
  return { quick, megabytes }
}

// At the peak of a run: the model, the client's archive, the stored asset, the downloaded archive and the extracted copy.
function checkFreeSpace(dir, needed) {
  const { bavail, bsize } = statfsSync(dir)
  const free = bavail * bsize
  if (free < needed) throw new Error(`${dir} has ${(free / 1e9).toFixed(1)} GB free; the benchmark needs ${(needed / 1e9).toFixed(1)} GB (set TMPDIR elsewhere).`)
  log(`${dir}: ${(free / 1e9).toFixed(0)} GB free, ${(needed / 1e9).toFixed(1)} GB needed at the peak.`)
}

/** A JSON call to the emulator's REST API, for the setup and clean-up around the measured runs. */
function apiClient(emulator) {
  return async (method, path, body) => {
    const response = await fetch(emulator.url + path, {
      method,
      headers: { authorization: `token ${emulator.token}`, accept: 'application/vnd.github+json', ...(body && { 'content-type': 'application/json' }) },
      ...(body && { body: JSON.stringify(body) }),
    })
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
    return response.status === 204 ? undefined : response.json()
  }
}

// -T streams the file (--data-binary would read it all into memory first); no Expect: 100-continue round trip.
async function curlUpload(emulator, release, file, name, work, gnuTime) {
  const url = `${release.upload_url.replace(/\{.*$/, '')}?name=${name}`
  const response = join(work, 'curl-upload.json')
  const args = ['-sS', '-f', '-X', 'POST', '-T', file, '-H', `authorization: token ${emulator.token}`, '-H', 'content-type: application/octet-stream', '-H', 'expect:', '-o', response, url]
  const sample = await measure('curl', args, { gnuTime, tmpDir: work })
  if (sample.status !== 0) throw new Error(`curl upload failed (exit ${sample.status ?? sample.signal}): ${sample.stderr}`)
  const asset = JSON.parse(readFileSync(response, 'utf8'))
  return { seconds: sample.seconds, cpuSeconds: sample.cpuSeconds, peakRssKb: sample.peakRssKb, assetId: asset.id }
}

// As the registry does: the asset's API URL with Accept: application/octet-stream, following the 302.
async function curlDownload(emulator, assetId, out, work, gnuTime, bytes) {
  const url = `${emulator.url}/repos/${OWNER}/${REPO}/releases/assets/${assetId}`
  const args = ['-sS', '-f', '-L', '-H', `authorization: token ${emulator.token}`, '-H', 'accept: application/octet-stream', '-o', out, '-w', '%{size_download}', url]
  const sample = await measure('curl', args, { gnuTime, tmpDir: work })
  if (sample.status !== 0) throw new Error(`curl download failed (exit ${sample.status ?? sample.signal}): ${sample.stderr}`)
  if (Number(sample.stdout.trim()) !== bytes) throw new Error(`curl downloaded ${sample.stdout.trim()} bytes, not ${bytes}.`)
  return { seconds: sample.seconds, cpuSeconds: sample.cpuSeconds, peakRssKb: sample.peakRssKb }
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
