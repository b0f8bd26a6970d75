import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { repoPath } from './helpers/repo.js'

const cwd = mkdtempSync(join(tmpdir(), 'mlops-demo-'))
afterAll(() => rmSync(cwd, { recursive: true, force: true }))

describe('npm run demo', () => {
  it('validates, trains a champion and a candidate, and prints the gate diff table', () => {
    const run = spawnSync(process.execPath, [repoPath('build', 'shared', 'demo', 'run.js')], { cwd, encoding: 'utf8' })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toContain('==> 3. Validate a corrupted copy')
    expect(run.stdout).toMatch(/result: Data validation failed: \d+ findings/)
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
  })

  it('gates a second run against the champion the first registered', () => {
    const run = spawnSync(process.execPath, [repoPath('build', 'shared', 'demo', 'run.js')], { cwd, encoding: 'utf8' })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toContain('vs models:/seattle-weather/1 (champion)')
    expect(run.stdout).toContain('## Registered a new version: models:/seattle-weather/2')
  })
})
