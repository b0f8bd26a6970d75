import { describe, expect, it } from 'vitest'
import { datasetPath, tableOf } from '../../test/fixtures/profile/cases.js'
import { loadTable, type Table } from '../table/index.js'
import { buildReferenceProfile } from './index.js'

/** A table of one numeric column holding each row's index. */
const indexTable = (rows: number): Table => tableOf([{ name: 'i', kind: 'number', values: Float64Array.from({ length: rows }, (_, i) => i) }])

const sampledRows = (table: Table, sampleSize: number, seed: number): number[] => buildReferenceProfile(table, { sampleSize, seed }).sample.rows

describe('sample', () => {
  it('holds at most sampleSize distinct rows, ascending, and their values', async () => {
    const weather = await loadTable(datasetPath('seattle-weather.csv'))
    const profile = buildReferenceProfile(weather, { sampleSize: 100 })
    const rows = profile.sample.rows
    expect(profile.sample).toMatchObject({ limit: 100, seed: 0 })
    expect(rows).toHaveLength(100)
    expect(rows.every((row, i) => Number.isInteger(row) && row >= 0 && row < weather.rows && (i === 0 || row > rows[i - 1]))).toBe(true)
    weather.columns.forEach((column, c) => {
      expect(profile.columns[c].sample).toEqual(rows.map((row) => (column.kind === 'number' ? column.values[row] : column.values[row])))
    })
  })

  it('holds every row when the table is smaller than sampleSize, and none for sampleSize 0', () => {
    expect(sampledRows(indexTable(30), 5000, 0)).toEqual(Array.from({ length: 30 }, (_, i) => i))
    const none = buildReferenceProfile(indexTable(30), { sampleSize: 0 })
    expect(none.sample.rows).toEqual([])
    expect(none.columns[0].sample).toEqual([])
  })

  it('stores missing values as null', async () => {
    const cars = await loadTable(datasetPath('cars.json'))
    const profile = buildReferenceProfile(cars, { sampleSize: 1000 })
    const mpg = profile.columns.find((c) => c.name === 'Miles_per_Gallon')!
    expect(mpg.sample.filter((value) => value === null)).toHaveLength(8)
  })

  it('is the same for a seed and differs between seeds', () => {
    const table = indexTable(10_000)
    expect(buildReferenceProfile(table, { sampleSize: 5000, seed: 7 })).toEqual(buildReferenceProfile(table, { sampleSize: 5000, seed: 7 }))
    // Independent halves of 10,000 rows share 2,500 rows, give or take 25.
    for (const [a, b] of [
      [0, 1],
      [1, 2],
      [0, 0xffffffff],
    ]) {
      const first = new Set(sampledRows(table, 5000, a))
      const shared = sampledRows(table, 5000, b).filter((row) => first.has(row)).length
      expect(Math.abs(shared - 2500), `seeds ${a} and ${b} share ${shared} rows`).toBeLessThan(150)
    }
  })

  /*
   * Over 4,000 seeds, drawing 10 of 40 rows: each row must be drawn about 1,000 times and each
   * pair of rows about 231 times. Seeded, so deterministic; the bounds (about 1e-6 tails)
   * fail samplers that favour early or late rows, or that spread rows too evenly (strides).
   */
  it('draws every row and every pair of rows about equally often', () => {
    const rows = 40
    const size = 10
    const seeds = 4000
    const table = indexTable(rows)
    const drawn = new Float64Array(rows)
    const pairs = new Float64Array(rows * rows)
    for (let seed = 0; seed < seeds; seed++) {
      const sample = sampledRows(table, size, seed)
      for (const a of sample) {
        drawn[a]++
        for (const b of sample) if (a < b) pairs[a * rows + b]++
      }
    }
    const p = size / rows
    const chiSquare = drawn.reduce((sum, count) => sum + (count - seeds * p) ** 2 / (seeds * p * (1 - p)), 0)
    // 39 degrees of freedom: the 1e-6 tails are about 10 and 96.
    expect(chiSquare).toBeGreaterThan(10)
    expect(chiSquare).toBeLessThan(96)
    const pPair = (size * (size - 1)) / (rows * (rows - 1))
    const pairSd = Math.sqrt(seeds * pPair * (1 - pPair))
    for (let a = 0; a < rows; a++) {
      for (let b = a + 1; b < rows; b++) expect(Math.abs(pairs[a * rows + b] - seeds * pPair), `rows ${a} and ${b}`).toBeLessThan(6 * pairSd)
    }
  })

  it('spreads over a long table', () => {
    const rows = 100_000
    const buckets = new Float64Array(10)
    for (const row of sampledRows(indexTable(rows), 5000, 3)) buckets[Math.floor(row / 10_000)]++
    // Expected 500 a tenth; 9 degrees of freedom, 1e-6 tail about 46.
    const chiSquare = buckets.reduce((sum, count) => sum + (count - 500) ** 2 / 500, 0)
    expect(chiSquare).toBeLessThan(46)
  })
})
