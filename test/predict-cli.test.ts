import { execFile } from 'node:child_process'
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const BIN = join(ROOT, 'build', 'shared', 'cli', 'bin.js')
const WINE = join(ROOT, 'test', 'fixtures', 'onnx', 'wine-logistic')
const BIG_ROWS = 400_000

let work: string

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'mlops-predict-cli-'))
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

function mlops(args: string[], nodeArgs: string[] = []): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [...nodeArgs, '--require', join(work, 'peak-rss.cjs'), BIN, ...args], { cwd: work, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      const code = error ? ((error as { code?: number }).code ?? -1) : 0
      const peak = /peak-rss (\d+)/.exec(stderr)
      resolve({ code: typeof code === 'number' ? code : -1, stdout, stderr: stderr.replace(/peak-rss \d+\n/, ''), peakRss: peak ? Number(peak[1]) : NaN })
    })
  })
}

/** The wine rows over and over, each with an id and a 200-character note the model does not read: about 110 MB, and its first half. */
function writeBigWine(path: string, halfPath: string): void {
  const [header, ...rows] = readFileSync(join(WINE, 'eval.csv'), 'utf8').trimEnd().split('\n')
  const note = 'n'.repeat(200)
  const full = openSync(path, 'w')
  const half = openSync(halfPath, 'w')
  let buffer = `id,${header},note\n`
  for (let i = 0; i < BIG_ROWS; i++) {
    buffer += `${i},${rows[i % rows.length]},${note}\n`
    if (buffer.length > 1 << 20 || i === BIG_ROWS / 2 - 1) {
      writeSync(full, buffer)
      if (i < BIG_ROWS / 2) writeSync(half, buffer)
      buffer = ''
    }
  }
  writeSync(full, buffer)
  closeSync(full)
  closeSync(half)
}

describe('mlops predict', () => {
  it('prints the outputs as JSON and writes scikit-learn\'s predictions', async () => {
    const run = await mlops(['predict', '--model', WINE, '--data', join(WINE, 'eval.csv'), '--output', 'wine.jsonl', '--json'])
    expect(run.code, run.stderr).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual({ rows: 60, output: 'wine.jsonl', version: '', report: 'predict.json' })
    const want = JSON.parse(readFileSync(join(WINE, 'expected.json'), 'utf8'))
    const rows = readFileSync(join(work, 'wine.jsonl'), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line))
    expect(rows.map((row) => row.prediction)).toEqual(want.labels)
  })

  it(`predicts ${BIG_ROWS.toLocaleString('en-US')} rows (110 MB) in memory that does not grow with them`, async () => {
    writeBigWine(join(work, 'big.csv'), join(work, 'half.csv'))
    const size = statSync(join(work, 'big.csv')).size
    const small = await mlops(['predict', '--model', WINE, '--data', join(WINE, 'eval.csv'), '--output', 'small.csv', '--report', 'small.json'])
    const half = await mlops(['predict', '--model', WINE, '--data', 'half.csv', '--output', 'half-out.csv', '--id-columns', 'id', '--report', 'half.json'])
    // A JavaScript heap of 96 MB: enough batch by batch, far too little for the rows read whole.
    const run = await mlops(['predict', '--model', WINE, '--data', 'big.csv', '--output', 'big-out.csv', '--id-columns', 'id', '--report', 'big.json'], ['--max-old-space-size=96'])
    for (const done of [small, half, run]) expect(done.code, done.stderr).toBe(0)
    const lines = readFileSync(join(work, 'big-out.csv'), 'utf8').trimEnd().split('\n')
    expect(lines).toHaveLength(BIG_ROWS + 1)
    expect(lines.at(-1)).toMatch(new RegExp(`^${BIG_ROWS - 1},\\d,`))
    const peaks = `peaks: ${small.peakRss} for 60 rows, ${half.peakRss} for half, ${run.peakRss} for all`
    // Read whole (loadTable), this file takes some 700 MB. Batch by batch, twice the rows take
    // no more memory than GC timing varies by (peak RSS is loose: V8 collects when it likes), and
    // the whole run less than the file's size beyond 60 rows'.
    expect(run.peakRss - half.peakRss, peaks).toBeLessThan(80 << 20)
    expect(run.peakRss - small.peakRss, peaks).toBeLessThan(size)
  }, 30_000)

  it('exits 2 with one line naming the missing column, and writes no output', async () => {
    const run = await mlops(['predict', '--model', WINE, '--data', join(ROOT, 'test', 'fixtures', 'onnx', 'diabetes-linear', 'eval.csv'), '--output', 'missing.csv'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^mlops predict: Input 'data': '.*diabetes-linear\/eval\.csv' has no column 'alcohol' \(the model reads it\); its columns are age, /m)
    expect(run.stdout + run.stderr).not.toMatch(/^\s+at /m)
    expect(existsSync(join(work, 'missing.csv'))).toBe(false)
  })

  it('exits 2 on an output format it cannot write, saying what it can', async () => {
    const run = await mlops(['predict', '--model', WINE, '--data', join(WINE, 'eval.csv'), '--output', 'out.xlsx'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("mlops predict: Input 'output': 'out.xlsx' has the extension '.xlsx'; give a .csv, .jsonl (JSON Lines) or .parquet path, which names the format.")
  })
})
