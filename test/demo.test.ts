import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { repoPath } from './helpers/repo.js'

const cwd = mkdtempSync(join(tmpdir(), 'mlops-demo-'))
afterAll(() => rmSync(cwd, { recursive: true, force: true }))

/** The first run's reports as committed; `MLOPS_UPDATE_FIXTURES=1 npm test` writes them anew. */
const REPORTS_FIXTURE = repoPath('test', 'fixtures', 'demo', 'reports.json')
/** What changes from run to run: times, latencies, and digests of archives that hold a timestamp. */
// modelSizeBytes counts metadata.json, whose durationSeconds is as long as its digits.
const VARYING_KEYS = new Set(['created_at', 'createdAt', 'durationSeconds', 'p50Ms', 'p95Ms', 'digest', 'modelSizeBytes'])

function stableReports(dir: string): Record<string, unknown> {
  const replaceVarying = (key: string, value: unknown) => (VARYING_KEYS.has(key) ? '<varies>' : typeof value === 'string' ? value.split(dir).join('<demo>') : value)
  const files = readdirSync(dir).filter((name) => name.endsWith('.json') || name.endsWith('.yml')).sort()
  return Object.fromEntries(
    files.map((name) => {
      const text = readFileSync(join(dir, name), 'utf8')
      return [name, name.endsWith('.json') ? JSON.parse(text, replaceVarying) : text]
    }),
  )
}

describe('npm run demo', () => {
  it('validates, trains a champion and a candidate, and prints the gate diff table', () => {
    const run = spawnSync(process.execPath, [repoPath('build', 'shared', 'demo', 'run.js')], { cwd, encoding: 'utf8' })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toContain('==> 3. Validate a corrupted copy')
    expect(run.stdout).toMatch(/result: Data validation failed: \d+ findings/)
    expect(run.stdout.match(/^model flavor: tfjs$/gm)).toHaveLength(2)
    expect(run.stdout).toContain('==> 6. Gate the candidate against the champion on 2015')
    expect(run.stdout).toContain('| metric | baseline | candidate | Δ | CI of Δ | verdict |')
    expect(run.stdout).toMatch(/\| accuracy \| [\d.]+ \| [\d.]+ \| .+ \| \[[-+][\d.]+, [-+][\d.]+\] \| /)
    for (const model of ['champion', 'candidate']) {
      const metadata = JSON.parse(readFileSync(join(cwd, '.demo', model, 'metadata.json'), 'utf8'))
      expect(metadata.backend).toBe('wasm')
    }
    expect(existsSync(join(cwd, '.demo', 'evaluation.json'))).toBe(true)
    expect(run.stdout).toContain('==> 8. Register the candidate in the local registry and make it the champion')
    expect(run.stdout).toContain('## Registered a new version: models:/seattle-weather/1')
    expect(run.stdout).toContain('==> 10. Serve the champion on loopback and roll the newest version out as a canary')
    expect(run.stdout).toContain('registering .demo/champion as version 2, to roll it out beside the champion.')
    expect(run.stdout).toContain('Serving version 1 (champion) at http://127.0.0.1:')
    expect(run.stdout).toContain('canary: version 2 at 25 % beside version 1.')
    expect(run.stdout).toMatch(/^\| 1 \| canary \| 25 % \| [\d.]+ \| \d+ \| 0 \| /m)
    expect(run.stdout).toMatch(/^\*\*(Promoted|Rolled back|Inconclusive)\*\*: /m)
    expect(run.stdout).toMatch(/^Generated traffic: \d+ requests, 0 not answered 200\.$/m)
  })

  it('writes the reports it always has, but for times, latencies and paths', () => {
    const reports = stableReports(join(cwd, '.demo'))
    if (process.env.MLOPS_UPDATE_FIXTURES) writeFileSync(REPORTS_FIXTURE, JSON.stringify(reports, null, 2) + '\n')
    expect(reports).toEqual(JSON.parse(readFileSync(REPORTS_FIXTURE, 'utf8')))
  })

  it('gates a second run against the champion the first registered, and rolls the new version out beside the one before it', () => {
    const run = spawnSync(process.execPath, [repoPath('build', 'shared', 'demo', 'run.js')], { cwd, encoding: 'utf8' })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toContain('vs models:/seattle-weather/1 (champion)')
    // Version 2 is the logistic regression the first run registered to roll out.
    expect(run.stdout).toContain('## Registered a new version: models:/seattle-weather/3')
    expect(run.stdout).toContain('canary: version 3 at 25 % beside version 2.')
  })
})
