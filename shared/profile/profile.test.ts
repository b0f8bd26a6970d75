import { describe, expect, it } from 'vitest'
import { caseTable, datasetPath, profileFixture, tableOf } from '../../test/fixtures/profile/cases.js'
import { UserError } from '../errors/index.js'
import { loadTable, type Column } from '../table/index.js'
import { buildReferenceProfile, MAX_CATEGORIES, parseReferenceProfile, QUANTILE_LEVELS, type ColumnProfile, type NumericColumnProfile, type StringColumnProfile } from './index.js'

const relative = (actual: number, expected: number): number => (actual === expected ? 0 : Math.abs(actual - expected) / Math.abs(expected))

const numericColumn = (columns: ColumnProfile[], name: string): NumericColumnProfile => {
  const found = columns.find((c) => c.name === name)
  if (found?.kind !== 'number') throw new Error(`no numeric column ${name}`)
  return found
}

const stringColumn = (columns: ColumnProfile[], name: string): StringColumnProfile => {
  const found = columns.find((c) => c.name === name)
  if (found?.kind !== 'string') throw new Error(`no string column ${name}`)
  return found
}

describe(`numeric columns agree with numpy ${profileFixture.numpy} and pandas ${profileFixture.pandas}`, () => {
  it('at the same quantile levels', () => expect(QUANTILE_LEVELS).toEqual(profileFixture.quantiles))
  for (const c of profileFixture.numeric) {
    const label = `${c.file ?? c.name} ${c.column ?? ''}${c.rows ? ` (${c.rows.length} rows)` : ''}, ${c.bins} bins`
    it(label, async () => {
      const { table, column } = await caseTable(c)
      const profile = buildReferenceProfile(table, { bins: c.bins, ...(c.rows && { rows: Int32Array.from(c.rows) }) })
      const p = numericColumn(profile.columns, column)
      expect({ count: p.count, missing: p.missing, infinite: p.infinite, distinct: p.distinct, min: p.min, max: p.max }).toEqual({
        count: c.count,
        missing: c.missing,
        infinite: 0,
        distinct: c.distinct,
        min: c.min,
        max: c.max,
      })
      expect(relative(p.mean!, c.mean), `mean ${p.mean}, pandas ${c.mean}`).toBeLessThanOrEqual(1e-9)
      if (c.std === null) expect(p.std).toBeNull()
      else expect(relative(p.std!, c.std), `std ${p.std}, pandas ${c.std}`).toBeLessThanOrEqual(1e-9)
      expect(p.quantiles.map((q) => q.p)).toEqual(QUANTILE_LEVELS)
      // Quantiles and edges repeat numpy's arithmetic, so they agree exactly, not just to 1e-9.
      expect(p.quantiles.map((q) => q.value)).toEqual(c.quantiles)
      expect(p.histogram).toEqual({ edges: c.edges, counts: c.counts })
    })
  }
})

describe(`string columns agree with pandas ${profileFixture.pandas}`, () => {
  for (const c of profileFixture.strings) {
    it(`${c.file} ${c.column}`, async () => {
      const profile = buildReferenceProfile(await loadTable(datasetPath(c.file)))
      const p = stringColumn(profile.columns, c.column)
      expect({ count: p.count, missing: p.missing, distinct: p.distinct }).toEqual({ count: c.count, missing: c.missing, distinct: c.distinct })
      const { values, other } = p.categories
      expect(values).toHaveLength(Math.min(MAX_CATEGORIES, c.distinct))
      for (const v of values) expect(v, v.value).toEqual({ value: v.value, count: c.valueCounts[v.value], frequency: c.valueCounts[v.value] / c.count })
      const counts = values.map((v) => v.count)
      expect(counts).toEqual([...counts].sort((a, b) => b - a))
      // What is pooled is never more frequent than what is kept.
      const kept = new Set(values.map((v) => v.value))
      const pooled = Object.entries(c.valueCounts).filter(([value]) => !kept.has(value))
      for (const [, count] of pooled) expect(count).toBeLessThanOrEqual(counts[counts.length - 1])
      const pooledCount = pooled.reduce((sum, [, count]) => sum + count, 0)
      expect(other).toEqual({ count: pooledCount, frequency: pooledCount / c.count, distinct: pooled.length })
    })
  }

  it('break ties by first appearance', () => {
    const values = ['b', 'a', 'c', 'a', 'b', 'c', 'd']
    const p = stringColumn(buildReferenceProfile(tableOf([{ name: 's', kind: 'string', values }])).columns, 's')
    expect(p.categories.values.map((v) => v.value)).toEqual(['b', 'a', 'c', 'd'])
  })

  it(`keep the ${MAX_CATEGORIES} most frequent values, ties by first appearance, and pool the rest`, () => {
    // Value i appears once, value 'many' 3 times: 'many' and the first 99 singletons are kept.
    const values = [...Array.from({ length: 500 }, (_, i) => `v${i}`), 'many', 'many', 'many', null]
    const p = stringColumn(buildReferenceProfile(tableOf([{ name: 's', kind: 'string', values }])).columns, 's')
    expect(p.categories.values.map((v) => v.value)).toEqual(['many', ...Array.from({ length: 99 }, (_, i) => `v${i}`)])
    expect(p.categories.other).toEqual({ count: 401, frequency: 401 / 503, distinct: 401 })
    expect(p.missing).toBe(1)
  })

  it('cut values longer than 200 characters in categories and the sample, counting them whole', () => {
    const [long1, long2] = ['1', '2'].map((end) => 'x'.repeat(1_000_000) + end)
    const values = [long1, long2, long1, null]
    const p = stringColumn(buildReferenceProfile(tableOf([{ name: 's', kind: 'string', values }])).columns, 's')
    const cut = 'x'.repeat(200) + '…'
    expect(p.distinct).toBe(2)
    expect(p.categories.values.map(({ value, count }) => [value, count])).toEqual([
      [cut, 2],
      [cut, 1],
    ])
    expect(p.sample).toEqual([cut, cut, cut, null])
  })
})

describe('numeric columns', () => {
  it(`list each value's count when there are at most ${MAX_CATEGORIES} distinct values`, async () => {
    const cars = await loadTable(datasetPath('cars.json'))
    const profile = buildReferenceProfile(cars)
    const cylinders = numericColumn(profile.columns, 'Cylinders').categories!
    const expected = profileFixture.numeric.find((c) => c.column === 'Cylinders')!
    expect(cylinders.values.map((v) => v.value)).toEqual([4, 8, 6, 3, 5])
    expect(cylinders.values.map((v) => v.count).reduce((a, b) => a + b)).toBe(expected.count)
    expect(cylinders.other).toEqual({ count: 0, frequency: 0, distinct: 0 })
    expect(numericColumn(profile.columns, 'Weight_in_lbs').categories).toBeNull()
  })

  it('keep infinities out of the statistics and the sample, counting them apart', () => {
    const values = Float64Array.of(1, Infinity, NaN, -Infinity, 2)
    const p = numericColumn(buildReferenceProfile(tableOf([{ name: 'x', kind: 'number', values }])).columns, 'x')
    expect(p).toMatchObject({ count: 2, missing: 1, infinite: 2, min: 1, max: 2, mean: 1.5, sample: [1, null, null, null, 2] })
  })

  it('have null statistics when no value is present', () => {
    const table = tableOf([{ name: 'x', kind: 'number', values: Float64Array.of(NaN, NaN) }])
    expect(numericColumn(buildReferenceProfile(table).columns, 'x')).toEqual({
      name: 'x',
      kind: 'number',
      count: 0,
      missing: 2,
      infinite: 0,
      distinct: 0,
      min: null,
      max: null,
      mean: null,
      std: null,
      quantiles: [],
      histogram: null,
      categories: { values: [], other: { count: 0, frequency: 0, distinct: 0 } },
      sample: [null, null],
    })
  })
})

describe('rows', () => {
  it('restrict the profile to those rows, in any order', async () => {
    const weather = await loadTable(datasetPath('seattle-weather.csv'))
    const rows = Int32Array.from({ length: 400 }, (_, i) => (i * 7919) % weather.rows)
    const picked = (column: Column): Column =>
      column.kind === 'number'
        ? { ...column, values: Float64Array.from(rows, (row) => column.values[row]) }
        : { ...column, values: Array.from(rows, (row) => column.values[row]) }
    const subset = buildReferenceProfile(weather, { rows, sampleSize: 50 })
    const copy = buildReferenceProfile(tableOf(weather.columns.map(picked), weather.hash), { sampleSize: 50 })
    const withoutSample = (c: ColumnProfile) => ({ ...c, sample: undefined })
    expect(subset.rows).toBe(400)
    expect(subset.columns.map(withoutSample)).toEqual(copy.columns.map(withoutSample))
    const allowed = new Set(rows)
    expect(subset.sample.rows.every((row) => allowed.has(row))).toBe(true)
    expect(subset.sample.rows).toEqual([...subset.sample.rows].sort((a, b) => a - b))
    const wind = numericColumn(subset.columns, 'wind')
    const windValues = weather.columns.find((c) => c.name === 'wind')!.values as Float64Array
    expect(wind.sample).toEqual(subset.sample.rows.map((row) => windValues[row]))
  })

  it('must lie in the table', () => {
    const table = tableOf([{ name: 'x', kind: 'number', values: Float64Array.of(1, 2) }])
    expect(() => buildReferenceProfile(table, { rows: Int32Array.of(0, 2) })).toThrow(RangeError)
    expect(() => buildReferenceProfile(table, { rows: Int32Array.of(-1) })).toThrow(RangeError)
  })

  it('may be none', () => {
    const table = tableOf([{ name: 'x', kind: 'number', values: Float64Array.of(1, 2) }])
    const profile = buildReferenceProfile(table, { rows: new Int32Array(0) })
    expect(profile.rows).toBe(0)
    expect(numericColumn(profile.columns, 'x')).toMatchObject({ count: 0, missing: 0, histogram: null, sample: [] })
  })
})

describe('options', () => {
  const table = tableOf([{ name: 'x', kind: 'number', values: Float64Array.of(1, 2) }])
  for (const options of [{ bins: 0 }, { bins: 2.5 }, { sampleSize: -1 }, { seed: -1 }, { seed: NaN }]) {
    it(`reject ${JSON.stringify(options)} naming the option`, () => {
      expect(() => buildReferenceProfile(table, options)).toThrow(UserError)
      expect(() => buildReferenceProfile(table, options)).toThrow(`'${Object.keys(options)[0]}'`)
    })
  }
})

describe('profile.json', () => {
  it('round-trips through JSON and is read back', async () => {
    const profile = buildReferenceProfile(await loadTable(datasetPath('penguins.json')), { sampleSize: 100 })
    const text = JSON.stringify(profile)
    expect(JSON.parse(text)).toEqual(profile)
    expect(parseReferenceProfile(text, 'model/profile.json')).toEqual(profile)
    expect(profile).toMatchObject({ version: 1, rows: 344, dataHash: expect.stringMatching(/^[0-9a-f]{64}$/) })
  })

  for (const [label, text, message] of [
    ['not JSON', '{', 'not valid JSON'],
    ['no version', '{}', "no 'version'"],
    ['another version', '{"version":2}', 'version 2'],
    ['no columns', '{"version":1,"rows":1,"dataHash":"x","sample":{"rows":[]}}', "'columns'"],
    ['a short sample', '{"version":1,"rows":1,"dataHash":"x","columns":[{"name":"a","kind":"number","sample":[]}],"sample":{"rows":[0]}}', "'a' has 0 sampled values"],
  ]) {
    it(`rejects ${label}, naming the file`, () => {
      expect(() => parseReferenceProfile(text, 'model/profile.json')).toThrow(UserError)
      expect(() => parseReferenceProfile(text, 'model/profile.json')).toThrow(`model/profile.json: `)
      expect(() => parseReferenceProfile(text, 'model/profile.json')).toThrow(message)
    })
  }
})
