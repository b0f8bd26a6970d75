import { describe, expect, it } from 'vitest'
import { UserError } from '../errors/index.js'
import { buildReferenceProfile } from '../profile/index.js'
import { compareDatasets } from './index.js'
import { series, tableOf } from './table-fixture.js'

const column = (report: ReturnType<typeof compareDatasets>, name: string) => report.columns.find((c) => c.column === name)!

/** 0, 1, …, n−1 scaled and shifted: an evenly spread column. */
const spread = (n: number, shift = 0) => series(n, (i) => shift + i / n)

describe('compareDatasets: verdict and columns', () => {
  it('gives one entry per column with its kind, default test, summaries and verdict', () => {
    const reference = tableOf({ x: spread(200), colour: series(200, (i) => ['red', 'green', 'blue'][i % 3]!), flag: series(200, (i) => i % 2) })
    const current = tableOf({ x: spread(200, 5), colour: series(200, (i) => ['red', 'green', 'blue'][i % 3]!), flag: series(200, (i) => i % 2) })
    const report = compareDatasets(reference, current)
    expect(report.columns.map((c) => [c.column, c.kind, c.test, c.status, c.drifted])).toEqual([
      ['x', 'numeric', 'ks', 'compared', true],
      ['colour', 'categorical', 'chi2', 'compared', false],
      ['flag', 'binary', 'z', 'compared', false],
    ])
    expect(report.reference).toEqual({ kind: 'data', rows: 200 })
    expect(report).toMatchObject({ verdict: 'not drifted', comparedColumns: 3, driftedColumns: ['x'], driftShareThreshold: 0.5 })
    expect(report.driftShare).toBeCloseTo(1 / 3)
    expect(column(report, 'x').reference).toEqual({ stored: 'number', count: 200, missing: 0, mean: 0.4975 })
    expect(column(report, 'colour').current!.top).toHaveLength(3)
    expect(column(report, 'x').p_value).toBeLessThan(1e-10)
    expect(compareDatasets(reference, current, { driftShare: 0.3 }).verdict).toBe('drifted')
  })

  it('takes Wasserstein and Jensen–Shannon above 1,000 reference rows', () => {
    const reference = tableOf({ x: spread(1500), c: series(1500, (i) => (i % 3 ? 'a' : 'b')) })
    const report = compareDatasets(reference, tableOf({ x: spread(100), c: series(100, (i) => (i % 3 ? 'a' : 'b')) }))
    expect(report.columns.map((c) => [c.kind, c.test, c.p_value])).toEqual([
      ['numeric', 'wasserstein', null],
      ['binary', 'jensenshannon', null],
    ])
  })

  it('compares numbers with at most 5 distinct values as categories, and as numbers past that', () => {
    const reference = tableOf({ rating: series(100, (i) => (i % 5) + 1), six: series(100, (i) => i % 6) })
    const report = compareDatasets(reference, reference)
    expect(report.columns.map((c) => [c.kind, c.test])).toEqual([
      ['categorical', 'chi2'],
      ['numeric', 'ks'],
    ])
    expect(column(report, 'rating').reference.top![0]).toEqual({ value: '1', count: 20 })
  })

  it('reports an empty current table, or fewer rows than min-samples, as insufficient data: never drifted, never NaN', () => {
    const reference = tableOf({ x: spread(100), c: series(100, (i) => `v${i % 4}`) })
    for (const current of [tableOf({ x: [], c: [] }), tableOf({ x: [50, 60, 70], c: ['v9', 'v9', 'v9'] })]) {
      const report = compareDatasets(reference, current)
      expect(report).toMatchObject({ verdict: 'insufficient data', driftShare: 0, comparedColumns: 0, driftedColumns: [] })
      expect(report.columns.every((c) => c.status === 'insufficient data' && !c.drifted && c.statistic === null)).toBe(true)
      expect(JSON.stringify(report)).not.toMatch(/NaN|null,"p_value":NaN/)
    }
  })

  it('counts a column with fewer present values than min-samples as insufficient data', () => {
    const reference = tableOf({ x: spread(100), y: spread(100) })
    const current = tableOf({ x: spread(100, 9), y: series(100, (i) => (i < 20 ? i + 100 : null)) })
    const report = compareDatasets(reference, current)
    expect(column(report, 'y')).toMatchObject({ status: 'insufficient data', drifted: false, test: null, current: { count: 20, missing: 80 } })
    expect(report).toMatchObject({ verdict: 'drifted', comparedColumns: 1, driftShare: 1 })
    expect(column(compareDatasets(reference, current, { minSamples: 10 }), 'y').status).toBe('compared')
  })
})

describe('compareDatasets: edge cases', () => {
  it('refuses data without a column in common, naming reference and current', () => {
    const run = () => compareDatasets(tableOf({ a: spread(50) }), tableOf({ b: spread(50) }))
    expect(run).toThrow(UserError)
    expect(run).toThrow("Inputs 'reference' and 'current' have no column in common to compare: the reference has 'a'; current has 'b'.")
  })

  it('reports a column missing from current as a finding, and compares the rest', () => {
    const report = compareDatasets(tableOf({ a: spread(50), b: spread(50) }), tableOf({ a: spread(50) }))
    expect(column(report, 'b')).toMatchObject({ status: 'missing in current', current: null, drifted: false })
    expect(report.findings).toContainEqual({ type: 'missing in current', column: 'b' })
    expect(report).toMatchObject({ comparedColumns: 1, verdict: 'not drifted' })
  })

  it('counts numbers that became text as a drifted column whose kind changed', () => {
    const reference = tableOf({ amount: spread(60), other: spread(60) })
    const current = tableOf({ amount: series(60, (i) => `${i},00 €`), other: spread(60) })
    const report = compareDatasets(reference, current)
    expect(column(report, 'amount')).toMatchObject({ status: 'kind changed', drifted: true, test: null, reference: { stored: 'number' }, current: { stored: 'string' } })
    expect(report.findings).toContainEqual({ type: 'kind changed', column: 'amount', reference: 'number', current: 'string' })
    expect(report).toMatchObject({ verdict: 'drifted', driftShare: 0.5, driftedColumns: ['amount'] })
  })

  it('compares a constant column: the same constant does not drift, another one does', () => {
    const reference = tableOf({ k: series(100, () => 7), s: series(100, () => 'on') })
    const same = compareDatasets(reference, tableOf({ k: series(100, () => 7), s: series(100, () => 'on') }))
    expect(same.columns.map((c) => [c.kind, c.test, c.statistic, c.p_value, c.drifted])).toEqual([
      ['categorical', 'chi2', 0, 1, false],
      ['categorical', 'chi2', 0, 1, false],
    ])
    const moved = compareDatasets(reference, tableOf({ k: series(100, () => 8), s: series(100, () => 'off') }))
    expect(moved.columns.map((c) => [c.kind, c.test, c.drifted])).toEqual([
      ['binary', 'z', true],
      ['binary', 'z', true],
    ])
    expect(moved.findings.filter((f) => f.type === 'unseen categories').map((f) => f.type === 'unseen categories' && f.categories)).toEqual([['8'], ['off']])
  })

  it('reports an all-missing column as insufficient data, with a null-rate finding', () => {
    const reference = tableOf({ x: spread(100), empty: series(100, () => null), y: spread(100) })
    const current = tableOf({ x: series(100, () => null), empty: series(100, () => null), y: spread(100) })
    const report = compareDatasets(reference, current)
    expect(column(report, 'x')).toMatchObject({ status: 'insufficient data', drifted: false })
    expect(column(report, 'empty')).toMatchObject({ status: 'insufficient data', drifted: false, reference: { count: 0, missing: 100, mean: null } })
    expect(report.findings).toEqual([{ type: 'null rate', column: 'x', reference: 0, current: 1, pValue: expect.any(Number) }])
    expect(report).toMatchObject({ verdict: 'not drifted', comparedColumns: 1 })
  })

  it('does not take text that went missing for a change of kind', () => {
    const report = compareDatasets(tableOf({ s: series(50, (i) => `v${i % 3}`), y: spread(50) }), tableOf({ s: series(50, () => null), y: spread(50) }))
    expect(column(report, 's').status).toBe('insufficient data')
  })

  it('compares categories present on one side only, and lists the unseen ones', () => {
    const reference = tableOf({ c: series(300, (i) => ['a', 'b', 'c'][i % 3]!) })
    const current = tableOf({ c: series(300, (i) => ['a', 'b', 'd', 'e', 'e'][i % 5]!) })
    const report = compareDatasets(reference, current)
    expect(column(report, 'c')).toMatchObject({ kind: 'categorical', test: 'chi2', drifted: true })
    expect(report.findings).toContainEqual({ type: 'unseen categories', column: 'c', categories: ['e', 'd'], distinct: 2, rows: 180, pooledInReference: 0 })
    const distribution = column(report, 'c').distribution
    expect(distribution).toMatchObject({ kind: 'categories', categories: ['a', 'b', 'e', 'c', 'd'], rest: { reference: 0, current: 0 } })
  })

  it('finds a change in the null rate of at least 0.1 that a z-test can tell from chance, and no smaller one', () => {
    const reference = tableOf({ x: spread(1000) })
    const rate = (share: number) => compareDatasets(reference, tableOf({ x: series(1000, (i) => (i < share * 1000 ? null : i)) })).findings
    expect(rate(0.09)).toEqual([])
    expect(rate(0.12)).toEqual([{ type: 'null rate', column: 'x', reference: 0, current: 0.12, pValue: expect.any(Number) }])
    // 3 of 30 missing is a change of 0.1, but a z-test cannot tell it from chance at 30 rows against 30 (p ≈ 0.076).
    expect(compareDatasets(tableOf({ x: spread(30) }), tableOf({ x: series(30, (i) => (i < 3 ? null : i)) }), { minSamples: 10 }).findings).toEqual([])
  })
})

describe('compareDatasets: options', () => {
  const reference = tableOf({ x: spread(100), c: series(100, (i) => ['a', 'b', 'c'][i % 3]!), few: series(100, (i) => i % 3) })

  it('runs the test named in tests, with its threshold', () => {
    const report = compareDatasets(reference, reference, { tests: { x: { test: 'psi', threshold: 0.2 }, few: 'ks', c: { test: 'linf' } } })
    expect(report.columns.map((c) => [c.column, c.kind, c.test, c.threshold])).toEqual([
      ['x', 'numeric', 'psi', 0.2],
      ['c', 'categorical', 'linf', 0.1],
      ['few', 'numeric', 'ks', 0.05],
    ])
  })

  it.each([
    [{ tests: { x: { test: 'anderson' } } }, "Input 'tests': column 'x': unknown drift test 'anderson'; the tests are ks, wasserstein, chi2, chi2_gof, z, jensenshannon, psi, linf."],
    [{ tests: { c: { test: 'ks' } } }, "Input 'tests': column 'c': drift test 'ks' does not apply to categorical columns; it takes numeric columns."],
    [{ tests: { c: { test: 'z' } } }, "Input 'tests': column 'c': drift test 'z' does not apply to categorical columns; it takes binary columns."],
    [{ tests: { x: { test: 'ks', threshold: 1.5 } } }, "Input 'tests': column 'x': drift test 'ks': threshold 1.5 must be between 0 and 1, exclusive."],
    [{ tests: { x: { test: 'wasserstein', threshold: -1 } } }, "Input 'tests': column 'x': drift test 'wasserstein': threshold -1 must be greater than 0."],
    [{ tests: { x: { test: 'ks', threshold: '0.1' as unknown as number } } }, "Input 'tests': column 'x': threshold must be a number, got '0.1'."],
    [{ tests: { x: 'kolmogorov' } }, "Input 'tests': column 'x': unknown drift test 'kolmogorov'; the tests are ks, wasserstein, chi2, chi2_gof, z, jensenshannon, psi, linf."],
    [{ tests: { nope: { test: 'ks' } } }, "Input 'tests': no column 'nope' in the reference; its columns are 'x', 'c', 'few'."],
    [{ columns: ['x', 'nope'] }, "Input 'columns': no column 'nope' in the reference; its columns are 'x', 'c', 'few'."],
    [{ driftShare: 0 }, "Input 'drift-share': must be a number in (0, 1], got 0."],
    [{ correction: 'holm' as 'fdr' }, "Input 'correction': unknown correction 'holm'; use none, bonferroni, fdr."],
    [{ minSamples: 2.5 }, "Input 'min-samples': must be a whole number of at least 1, got 2.5."],
  ])('refuses %j', (options, message) => {
    const run = () => compareDatasets(reference, reference, options)
    expect(run).toThrow(UserError)
    expect(run).toThrow(message)
  })

  it('compares only the named columns, less the ignored ones', () => {
    expect(compareDatasets(reference, reference, { columns: ['x', 'c'], ignore: ['c'] }).columns.map((c) => c.column)).toEqual(['x'])
    expect(compareDatasets(reference, reference, { ignore: ['x'] }).columns.map((c) => c.column)).toEqual(['c', 'few'])
  })

  it('corrects p-value tests for multiple testing and leaves distances alone', () => {
    // KS on 40 against 40 values shifted by 0.3 of their range: p = 0.0286 (SciPy); three such columns and a binary one.
    const make = (shift: number) => tableOf({ a: spread(40, shift), b: spread(40, shift), c: spread(40, shift), d: series(40, (i) => (i % 2 ? 'y' : 'n')) })
    const none = compareDatasets(make(0), make(0.3))
    const p = none.columns[0]!.p_value!
    expect(p).toBeCloseTo(0.02860307028023343, 12)
    expect(none.driftedColumns).toEqual(['a', 'b', 'c'])
    const bonferroni = compareDatasets(make(0), make(0.3), { correction: 'bonferroni' })
    expect(bonferroni.columns.map((c) => c.p_adjusted)).toEqual([4 * p, 4 * p, 4 * p, 1])
    expect(bonferroni.driftedColumns).toEqual([])
    const fdr = compareDatasets(make(0), make(0.3), { correction: 'fdr' })
    // Three equal p-values rank 1 to 3 of 4: the largest rank's p · 4 / 3 carries down to all three.
    expect(fdr.columns.map((c) => c.p_adjusted)).toEqual([(4 * p) / 3, (4 * p) / 3, (4 * p) / 3, 1])
    expect(fdr.driftedColumns).toEqual(['a', 'b', 'c'])
    const distances = compareDatasets(make(0), make(0.3), { correction: 'bonferroni', tests: { a: { test: 'wasserstein' } } })
    expect(column(distances, 'a')).toMatchObject({ test: 'wasserstein', p_value: null, p_adjusted: null, drifted: true })
    expect(column(distances, 'b').p_adjusted).toBeCloseTo(3 * p, 12)
  })
})
