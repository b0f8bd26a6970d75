import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { repoPath } from './helpers/repo.js'

const cwd = mkdtempSync(join(tmpdir(), 'mlops-demo-'))
afterAll(() => rmSync(cwd, { recursive: true, force: true }))

/** The first run's reports as committed; `MLOPS_UPDATE_FIXTURES=1 npm test` writes them anew. */
const REPORTS_FIXTURE = repoPath('test', 'fixtures', 'demo', 'reports.json')
/** What changes from run to run or machine to machine: times, latencies, and the digest and size of models whose metadata.json names the Node version that trained them. */
const VARYING_KEYS = new Set(['created_at', 'createdAt', 'durationSeconds', 'p50Ms', 'p95Ms', 'digest', 'modelSizeBytes'])

/** The JSON reports, but for what varies; the rollout's report is all timings and counts, so it is checked apart. */
function stableReports(demoDir: string): Record<string, unknown> {
  const reportsDir = join(demoDir, 'reports')
  const replaceVarying = (key: string, value: unknown) => (VARYING_KEYS.has(key) ? '<varies>' : typeof value === 'string' ? value.split(demoDir).join('<demo>') : value)
  const files = readdirSync(reportsDir).filter((name) => name.endsWith('.json') && name !== 'deploy.json').sort()
  return {
    'seattle-weather.schema.yml': readFileSync(join(demoDir, 'seattle-weather.schema.yml'), 'utf8'),
    ...Object.fromEntries(files.map((name) => [name, JSON.parse(readFileSync(join(reportsDir, name), 'utf8'), replaceVarying)])),
  }
}

describe('npm run demo', () => {
  it('runs the whole loop: validate, train and register a champion, train, gate and register a candidate, roll it out, check drift', () => {
    const run = spawnSync(process.execPath, [repoPath('build', 'shared', 'demo', 'run.js')], { cwd, encoding: 'utf8' })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toContain('==> 3. Validate a corrupted copy')
    expect(run.stdout).toMatch(/result: Data validation failed: \d+ findings/)
    expect(run.stdout.match(/^model flavor: tfjs$/gm)).toHaveLength(2)
    expect(run.stdout).toContain('==> 5. Register v1 in the local registry as the champion')
    expect(run.stdout).toContain('## Registered a new version: models:/seattle-weather/1')
    expect(run.stdout).toContain("==> 7. Gate v2 against the registry's champion on 2015")
    expect(run.stdout).toContain('vs models:/seattle-weather/1 (champion)')
    expect(run.stdout).toContain('| metric | baseline | candidate | Δ | CI of Δ | verdict |')
    expect(run.stdout).toMatch(/\| accuracy \| [\d.]+ \| [\d.]+ \| .+ \| \[[-+][\d.]+, [-+][\d.]+\] \| /)
    for (const model of ['v1', 'v2']) {
      const metadata = JSON.parse(readFileSync(join(cwd, '.demo', model, 'metadata.json'), 'utf8'))
      expect(metadata.backend).toBe('wasm')
    }
    expect(run.stdout).toContain('## Registered a new version: models:/seattle-weather/2')
    expect(run.stdout).toContain('==> 9. Canary rollout of v2')
    expect(run.stdout).toContain('Serving version 1 (champion) at http://127.0.0.1:')
    expect(run.stdout).toContain('canary: version 2 at 25 % beside version 1.')
    expect(run.stdout).toMatch(/^\| 1 \| canary \| 25 % \| [\d.]+ \| \d+ \| 0 \| /m)
    expect(run.stdout).toMatch(/^\*\*(Promoted|Rolled back|Inconclusive)\*\*: /m)
    expect(run.stdout).toMatch(/^Generated traffic: \d+ requests, 0 not answered 200\.$/m)
    const deploy = JSON.parse(readFileSync(join(cwd, '.demo', 'reports', 'deploy.json'), 'utf8'))
    expect(['promoted', 'rolled-back', 'inconclusive']).toContain(deploy.result)
    if (deploy.result === 'promoted') expect(run.stdout).toContain("The alias 'champion' moved to version 2.")
    expect(run.stdout).toContain('==> 10. Check the champion for drift against 2015 made 4 °C warmer')
    expect(run.stdout).toContain('The issue the scheduled workflow would open')
    expect(run.stdout).toContain('## The loop, step by step')
    expect(run.stdout).toMatch(/^\| 10 \| Check the champion for drift against 2015 made 4 °C warmer \| drift in temp_max, temp_min/m)
    expect(run.stdout).toMatch(/^\| 3 \| Validate a corrupted copy \| the planted faults found: \d+ errors, so the data is refused \|/m)
    expect(run.stdout).toMatch(/^10 steps in [\d.]+ s\.$/m)
  })

  it('writes the reports it always has into one folder, but for times, latencies and paths', () => {
    const reports = stableReports(join(cwd, '.demo'))
    if (process.env.MLOPS_UPDATE_FIXTURES) writeFileSync(REPORTS_FIXTURE, JSON.stringify(reports, null, 2) + '\n')
    expect(reports).toEqual(JSON.parse(readFileSync(REPORTS_FIXTURE, 'utf8')))
  })

  it('runs the loop again on a second run, registering new versions beside the first', () => {
    const run = spawnSync(process.execPath, [repoPath('build', 'shared', 'demo', 'run.js')], { cwd, encoding: 'utf8' })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toContain('## Registered a new version: models:/seattle-weather/3')
    expect(run.stdout).toContain('vs models:/seattle-weather/3 (champion)')
    expect(run.stdout).toContain('## Registered a new version: models:/seattle-weather/4')
    expect(run.stdout).toContain('canary: version 4 at 25 % beside version 3.')
  })
})
