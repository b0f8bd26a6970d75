import { describe, expect, it } from 'vitest'
import { buildReferenceProfile } from '../profile/index.js'
import { compareDatasets } from './index.js'
import { series, tableOf } from './table-fixture.js'

/** 2,000 rows: a spread number, text with 150 categories (50 pooled by the profile), a number with 3 values, long text. */
function training() {
  return tableOf({
    x: series(2000, (i) => (i * 7919) % 2000),
    c: series(2000, (i) => `cat${i % 150}`),
    few: series(2000, (i) => i % 3),
    long: series(2000, (i) => `${'z'.repeat(300)}${i % 4}`),
  })
}

describe('compareDatasets with a training profile as the reference', () => {
  const table = training()
  const profile = buildReferenceProfile(table, { sampleSize: 500 })

  it('says a profile was used, and that numeric tests ran on its sample', () => {
    const report = compareDatasets(profile, table)
    expect(report.reference).toEqual({ kind: 'profile', rows: 2000, sampleRows: 500 })
    const x = report.columns[0]!
    expect(x).toMatchObject({ column: 'x', kind: 'numeric', test: 'wasserstein', sampled: true, drifted: false, reference: { count: 2000, mean: 999.5 } })
    expect(report.columns.find((c) => c.column === 'few')).toMatchObject({ kind: 'categorical', test: 'jensenshannon', sampled: false, statistic: 0 })
    expect(report.verdict).toBe('not drifted')
  })

  it('pools the current categories the profile did not list with its own pooled ones', () => {
    const report = compareDatasets(profile, table)
    const c = report.columns.find((column) => column.column === 'c')!
    // Same data on both sides: the 50 categories beyond the profile's 100 land in the pooled bucket, so nothing moves.
    expect(c).toMatchObject({ kind: 'categorical', test: 'jensenshannon', drifted: false })
    expect(c.statistic).toBeLessThan(1e-9)
    expect(c.distribution).toMatchObject({ kind: 'categories', rest: { reference: 1 - (8 * 14) / 2000, current: 1 - (8 * 14) / 2000 } })
    const unseen = report.findings.find((f) => f.type === 'unseen categories' && f.column === 'c')
    expect(unseen).toMatchObject({ distinct: 50, rows: 50 * 13, pooledInReference: 50 })
  })

  it('cuts long current text as the profile stored it, so equal values match', () => {
    const report = compareDatasets(profile, table)
    expect(report.findings.filter((f) => f.column === 'long')).toEqual([])
    expect(report.columns.find((c) => c.column === 'long')).toMatchObject({ statistic: 0, drifted: false })
  })

  it('detects a shift against the profile as against the data', () => {
    const shifted = tableOf({ x: series(2000, (i) => ((i * 7919) % 2000) + 700), c: series(2000, (i) => `cat${i % 150}`), few: series(2000, (i) => (i % 4 ? 0 : 2)), long: series(2000, () => 'short') })
    for (const reference of [profile, table]) {
      const report = compareDatasets(reference, shifted)
      expect(report.driftedColumns).toEqual(['x', 'few', 'long'])
      expect(report.verdict).toBe('drifted')
    }
  })
})
