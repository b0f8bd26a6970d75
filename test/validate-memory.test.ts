import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const BIN = join(ROOT, 'build', 'shared', 'cli', 'bin.js')
/** The validator's documented bound on peak memory. */
const PEAK_RSS_LIMIT = 300 << 20
const SCHEMA_PARSE_ALLOWANCE = 100 << 20

let work: string

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'mlops-memory-'))
  // Prints the child's peak resident set size as its last line on stderr.
  writeFileSync(join(work, 'peak-rss.cjs'), "process.on('exit', () => process.stderr.write(`peak-rss ${process.resourceUsage().maxRSS * 1024}\\n`))\n")
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

interface Run {
  code: number
  stdout: string
  stderr: string
  peakRss: number
}

function mlops(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    // One thread: the bound is per process, and threads would only split the same work.
    const env = { ...process.env, MLOPS_THREADS: '1' }
    execFile(process.execPath, ['--require', join(work, 'peak-rss.cjs'), BIN, ...args], { cwd: work, env, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      const code = error ? ((error as { code?: number }).code ?? -1) : 0
      const peak = /peak-rss (\d+)/.exec(stderr)
      resolve({ code: typeof code === 'number' ? code : -1, stdout, stderr: stderr.replace(/peak-rss \d+\n/, ''), peakRss: peak ? Number(peak[1]) : NaN })
    })
  })
}

describe('mlops validate memory', () => {
  it('infers the schema of 5,000 columns of distinct values within 300 MB, and validates them against it', async () => {
    const columns = 5000
    const header = Array.from({ length: columns }, (_, c) => `c${c}`).join(',')
    const rows = Array.from({ length: 3 }, (_, r) => Array.from({ length: columns }, (_, c) => String(r * columns + c)).join(','))
    writeFileSync(join(work, 'wide.csv'), [header, ...rows].join('\n') + '\n')

    const inferred = await mlops(['validate', '--data', 'wide.csv', '--write-schema', 'wide.yml', '--report', 'infer.json', '--json'])
    expect(inferred.code).toBe(0)
    expect(inferred.peakRss).toBeLessThan(PEAK_RSS_LIMIT)
    // Every column is all-distinct, so every column carries a unique check.
    expect(readFileSync(join(work, 'wide.yml'), 'utf8').match(/unique: true/g)).toHaveLength(columns)

    const run = await mlops(['validate', '--data', 'wide.csv', '--schema', 'wide.yml', '--report', 'wide.json', '--json'])
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ valid: true, errors: 0, rows: 3 })
    // Parsing the 880 KB YAML schema alone peaks near 250 MB under Node 24 (its young
    // generation grows to tens of megabytes), so this run gets that on top of the bound.
    // The checks' own share was 20 GB when each unique check preallocated 4 MB.
    expect(run.peakRss).toBeLessThan(PEAK_RSS_LIMIT + SCHEMA_PARSE_ALLOWANCE)
  }, 240_000)

  it('keeps a 20 MB field out of the report and the messages, with bounded memory', async () => {
    const field = 'x'.repeat(20 << 20)
    writeFileSync(join(work, 'long.csv'), `id,text\n1,${field}\n2,abc\n3,${field}\n`)
    writeFileSync(join(work, 'long.yml'), 'columns:\n  id: {type: integer}\n  text: {type: string, pattern: "[a-z]{1,5}", allowed: [abc]}\n')

    const run = await mlops(['validate', '--data', 'long.csv', '--schema', 'long.yml', '--report', 'long.json', '--json'])
    expect(run.code).toBe(1)
    const cut = `'${'x'.repeat(200)}…'`
    expect(run.stderr.split('\n')).toEqual(
      expect.arrayContaining([
        `long.csv:2: error: text: ${cut} does not match the pattern /[a-z]{1,5}/`,
        `long.csv:2: error: text: ${cut} is not an allowed value (allowed: 'abc')`,
      ]),
    )
    expect(Math.max(...run.stderr.split('\n').map((line) => line.length))).toBeLessThan(400)
    expect(statSync(join(work, 'long.json')).size).toBeLessThan(16 << 10)
    const report = JSON.parse(readFileSync(join(work, 'long.json'), 'utf8')) as { profile: Record<string, { top: { value: string; count: number }[] }> }
    expect(report.profile.text.top).toEqual([
      { value: 'x'.repeat(200) + '…', count: 2 },
      { value: 'abc', count: 1 },
    ])
    expect(run.peakRss).toBeLessThan(PEAK_RSS_LIMIT)

    const inferred = await mlops(['validate', '--data', 'long.csv', '--write-schema', 'long-inferred.yml', '--report', 'long-inferred.json', '--json'])
    expect(inferred.code).toBe(0)
    expect(statSync(join(work, 'long-inferred.json')).size).toBeLessThan(16 << 10)
    expect(inferred.peakRss).toBeLessThan(PEAK_RSS_LIMIT)
  }, 240_000)
})
