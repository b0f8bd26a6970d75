// One measured registry client: registers a model directory in the GitHub registry (the emulator),
// then fetches it back (download, verify, extract), in this one process.
// Usage: node test/bench/registry-client.mjs <build dir> '<json>'
//   json: { url, token, owner, repo, name, modelDir, target }
// Prints one JSON line: wall seconds of each step, split into the backend's part (upload, download)
// and the rest (packing and hashing, extraction), and the process's peak RSS after each step.
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const COMMIT = '0123456789abcdef0123456789abcdef01234567'
const [build, json] = process.argv.slice(2)
const options = JSON.parse(json)
const load = (module) => import(pathToFileURL(join(build, 'shared', module, 'index.js')).href)
const { createGitHubClient } = await load('github')
const { GitHubRegistry, ModelRegistry } = await load('registry')

const quiet = { info: () => {}, warning: (message) => process.stderr.write(`${message}\n`), group: (_title, body) => body() }
// As in the tests: backoff on a fast clock and writes not spaced a second apart, so that the
// time measured is the bytes' and not GitHub's politeness.
const client = createGitHubClient({ token: options.token, apiUrl: options.url, log: quiet, pacing: { msPerSecond: 2, spaceWrites: false } })
const backend = new GitHubRegistry({ client, owner: options.owner, repo: options.repo, commit: COMMIT, log: quiet })
const timed = { register: 0, downloadArchive: 0 }
const registry = new ModelRegistry(timedBackend(backend, timed))

const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9
const peakRssKb = () => process.resourceUsage().maxRSS

let start = process.hrtime.bigint()
const { record } = await registry.register(options.name, options.modelDir)
const register = { seconds: seconds(start), backendSeconds: timed.register, peakRssKb: peakRssKb() }

start = process.hrtime.bigint()
await registry.fetch({ name: options.name, version: record.version }, options.target)
const fetch = { seconds: seconds(start), backendSeconds: timed.downloadArchive, peakRssKb: peakRssKb() }

const sent = statSync(join(options.modelDir, 'weights.bin')).size
const received = statSync(join(options.target, 'weights.bin')).size
if (sent !== received) throw new Error(`fetched weights.bin has ${received} bytes, not ${sent}`)
process.stdout.write(JSON.stringify({ version: record.version, digest: record.digest, register, fetch }) + '\n')

/** The backend, with the wall time of its uploads and downloads added up in `totals`. */
function timedBackend(inner, totals) {
  return new Proxy(inner, {
    get(target, key) {
      const value = Reflect.get(target, key)
      if (typeof value !== 'function') return value
      if (!(key in totals)) return value.bind(target)
      return async (...args) => {
        const began = process.hrtime.bigint()
        try {
          return await value.apply(target, args)
        } finally {
          totals[key] += seconds(began)
        }
      }
    },
  })
}
