import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildReferenceProfile } from '../profile/index.js'
import { loadTable, readColumnSamples } from '../table/index.js'
import { compareDatasets } from './index.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-drift-samples-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** 3,000 rows: spread numbers with gaps, a text column, a number of 3 values, long text, and a column that turns to text. */
function csv(name: string, shift: number): string {
  const lines = ['x,city,few,long,code']
  for (let i = 0; i < 3000; i++) {
    const x = i % 97 === 0 ? '' : String(((i * 7919) % 3000) / 10 + shift * 5)
    const code = i === 2500 ? 'X1' : String(i % 40)
    lines.push(`${x},"city ${(i + shift) % 30}, north",${(i + shift) % 3},${'z'.repeat(250)}${i % 4},${code}`)
  }
  const path = join(dir, name)
  writeFileSync(path, lines.join('\n') + '\n')
  return path
}

describe('compareDatasets on column samples', () => {
  it('gives the report it gives on the tables, with the default tests and with named ones', async () => {
    const [reference, current] = [csv('reference.csv', 0), csv('current.csv', 7)]
    const tables = [await loadTable(reference), await loadTable(current)] as const
    const samples = [await readColumnSamples(reference), await readColumnSamples(current)] as const
    for (const options of [{}, { tests: { x: 'ks', city: 'chi2', few: 'psi' } }]) {
      const fromTables = compareDatasets(tables[0], tables[1], options)
      expect(compareDatasets(samples[0], samples[1], options)).toEqual(fromTables)
      expect(fromTables.driftedColumns.length).toBeGreaterThan(0)
    }
  })

  it('against a profile, cuts long current text as the profile stored it', async () => {
    const path = csv('same.csv', 0)
    const profile = buildReferenceProfile(await loadTable(path), { sampleSize: 500 })
    const report = compareDatasets(profile, await readColumnSamples(path, { columns: ['x', 'long'] }))
    expect(report.findings.filter((finding) => finding.column === 'long')).toEqual([])
    expect(report.columns.find((c) => c.column === 'long')).toMatchObject({ statistic: 0, drifted: false })
    expect(report.columns.find((c) => c.column === 'city')).toMatchObject({ status: 'missing in current' })
  })
})
