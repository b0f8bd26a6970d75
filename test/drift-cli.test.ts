import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const BIN = join(ROOT, 'build', 'shared', 'cli', 'bin.js')
const SEATTLE = join(ROOT, 'node_modules', 'vega-datasets', 'data', 'seattle-weather.csv')

let work: string

/** Seattle weather of the given months, as a CSV file in the working folder. */
function season(name: string, months: number[]): void {
  const [header, ...lines] = readFileSync(SEATTLE, 'utf8').trimEnd().split('\n')
  writeFileSync(join(work, name), [header, ...lines.filter((line) => months.includes(Number(line.slice(5, 7))))].join('\n') + '\n')
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'mlops-drift-cli-'))
  season('winter.csv', [12, 1, 2])
  season('summer.csv', [6, 7, 8])
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

function mlops(args: string[], extraEnv: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // Outside GitHub Actions: no repository, so no issue and no token from the test's environment.
    const env = { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GITHUB_'))), ...extraEnv }
    execFile(process.execPath, [BIN, ...args], { cwd: work, env }, (error, stdout, stderr) => {
      const code = error ? ((error as { code?: number }).code ?? -1) : 0
      resolve({ code: typeof code === 'number' ? code : -1, stdout, stderr })
    })
  })
}

describe('mlops drift', () => {
  it('reads two data files on two threads with the report of one, and names a fault found by the reading thread', async () => {
    const reports = []
    for (const threads of ['1', '2']) {
      const run = await mlops(['drift', '--reference', 'winter.csv', '--current', 'summer.csv', '--report', `threads-${threads}.json`, '--json'], { MLOPS_THREADS: threads })
      expect(run.code, run.stderr).toBe(0)
      reports.push(JSON.parse(readFileSync(join(work, `threads-${threads}.json`), 'utf8')))
    }
    expect(reports[1]).toEqual(reports[0])
    writeFileSync(join(work, 'ragged.csv'), readFileSync(join(work, 'summer.csv'), 'utf8') + '2015-07-01,0,20\n')
    for (const threads of ['1', '2']) {
      const run = await mlops(['drift', '--reference', 'winter.csv', '--current', 'ragged.csv'], { MLOPS_THREADS: threads })
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(/^mlops drift: .*ragged\.csv:\d+: 3 fields where the header has 6\.\n$/m)
    }
  })

  it('exits 0 on drift, printing the typed outputs with --json and writing the report', async () => {
    const run = await mlops(['drift', '--reference', 'winter.csv', '--current', 'summer.csv', '--ignore', 'date', '--report', 'out/drift.json', '--json'])
    expect(run.code).toBe(0)
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1)
    const outputs = JSON.parse(run.stdout)
    expect(outputs).toEqual({
      drifted: true,
      'drift-share': 1,
      'drifted-columns': ['precipitation', 'temp_max', 'temp_min', 'wind', 'weather'],
      report: 'out/drift.json',
      'issue-number': null,
      'issue-url': '',
    })
    const report = JSON.parse(readFileSync(join(work, 'out', 'drift.json'), 'utf8'))
    expect(report).toMatchObject({ tool: 'mlops-actions/monitor-drift', drifted: true, verdict: 'drifted', reference: { kind: 'data', rows: 361 }, current: { rows: 368 } })
    expect(report.columns.find((c: { column: string }) => c.column === 'temp_max')).toMatchObject({ test: 'ks', drifted: true })
    expect(run.stderr).toContain('Drift in winter.csv: 5 of 5 columns drifted')
  })

  it('prints the Markdown report without --json', async () => {
    const run = await mlops(['drift', '--reference', 'winter.csv', '--current', 'summer.csv', '--ignore', 'date', '--report', 'markdown.json'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^## 🔴 Data drift in winter\.csv: drifted · 5 of 5 compared columns drifted/m)
  })

  it('exits 1 with --fail-on-drift, saying what drifted', async () => {
    const run = await mlops(['drift', '--reference', 'winter.csv', '--current', 'summer.csv', '--ignore', 'date', '--fail-on-drift', '--report', 'failed.json', '--json'])
    expect(run.code).toBe(1)
    expect(JSON.parse(run.stdout).drifted).toBe(true)
    expect(run.stderr).toMatch(/^mlops drift: Drift in winter\.csv: 5 of 5 columns drifted \(precipitation, temp_max, temp_min, wind, weather\) \(see failed\.json\)\.$/m)
  })

  it('exits 0 without drift, and 2 with one line on bad input', async () => {
    const same = await mlops(['drift', '--reference', 'winter.csv', '--current', 'winter.csv', '--report', 'same.json', '--fail-on-drift', '--json'])
    expect(same.code).toBe(0)
    expect(JSON.parse(same.stdout)).toMatchObject({ drifted: false, 'drift-share': 0, 'drifted-columns': [] })
    const bad = await mlops(['drift', '--reference', 'winter.csv', '--current', 'summer.csv', '--tests', '{temp_max: kolmogorov}', '--report', 'bad.json'])
    expect(bad.code).toBe(2)
    expect(bad.stderr.trimEnd()).toBe(
      "mlops drift: Input 'tests': column 'temp_max': unknown drift test 'kolmogorov'; the tests are ks, wasserstein, chi2, chi2_gof, z, jensenshannon, psi, linf.",
    )
  })
})
