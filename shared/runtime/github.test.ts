import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { GITHUB_SUMMARY_LIMIT } from '../report/cap.js'
import { githubIO } from './github.js'

describe('githubIO().writeSummary', () => {
  // @actions/core keeps the first path it finds, so one file serves every test.
  const dir = mkdtempSync(join(tmpdir(), 'summary-'))
  const file = join(dir, 'step_summary.md')
  const saved = process.env.GITHUB_STEP_SUMMARY

  beforeAll(() => {
    process.env.GITHUB_STEP_SUMMARY = file
  })

  beforeEach(() => writeFileSync(file, ''))

  afterAll(() => {
    if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY
    else process.env.GITHUB_STEP_SUMMARY = saved
    rmSync(dir, { recursive: true, force: true })
  })

  it('writes a summary of a 2 MB field below GitHub’s 1 MiB and says it was cut', async () => {
    const markdown = `## Data validation failed\n\n| column | message |\n| --- | --- |\n| notes | ${'x'.repeat(2_000_000)} |\n| city | ok |\n`
    await githubIO().writeSummary(markdown)
    const written = readFileSync(file, 'utf8')
    expect(Buffer.byteLength(written)).toBeLessThan(GITHUB_SUMMARY_LIMIT)
    expect(written).toMatch(/^## Data validation failed\n\n\| column \| message \|\n\| --- \| --- \|\n\n---\n> \[!WARNING\]\n> This summary is cut short/)
    expect(written).toContain("the last 2 of 6 lines are left out. The JSON file named by input 'report' has every result.")
  })

  it('writes a summary that fits as it is', async () => {
    await githubIO().writeSummary('## Trained\n')
    expect(readFileSync(file, 'utf8')).toBe('## Trained\n\n')
  })
})
