import { describe, expect, it } from 'vitest'
import { UserError } from '../errors/index.js'
import type { Column, Table } from '../table/index.js'
import { featureNames, fitPreprocessing, medianOf, transform } from './preprocess.js'

/** A table from literal columns: numbers (NaN = missing) or text (null = missing). */
function table(columns: Record<string, (number | null)[] | (string | null)[]>): Table {
  const cols: Column[] = Object.entries(columns).map(([name, values]) =>
    values.some((v) => typeof v === 'string')
      ? { name, kind: 'string', values: values as (string | null)[] }
      : { name, kind: 'number', values: Float64Array.from(values as (number | null)[], (v) => v ?? Number.NaN) },
  )
  const rows = Object.values(columns)[0]!.length
  return { columns: cols, rows, lines: Int32Array.from({ length: rows }, (_, i) => i + 2), fileOfRow: new Uint16Array(rows), files: [{ path: 'data.csv', format: 'csv', sha256: '' }], hash: '' }
}

const rows = (...indexes: number[]): Int32Array => Int32Array.from(indexes)

describe('fitPreprocessing', () => {
  it('takes the median, mean and population std from the training rows only', () => {
    // Rows 4 and 5 are validation rows with extreme values: they must not move any statistic.
    const data = table({ x: [1, 2, null, 10, 1000, -1000] })
    const prep = fitPreprocessing(data, ['x'], rows(0, 1, 2, 3))
    // Training values 1, 2, 10 and one missing: median 2, imputed column 1, 2, 2, 10.
    const mean = (1 + 2 + 2 + 10) / 4
    const std = Math.sqrt(((1 - mean) ** 2 + 2 * (2 - mean) ** 2 + (10 - mean) ** 2) / 4)
    expect(prep.steps).toEqual([{ name: 'x', kind: 'number', median: 2, mean, scale: std }])
    const { matrix } = transform(prep, data, rows(2, 4))
    expect(matrix[0]).toBeCloseTo((2 - mean) / std, 6)
    expect(matrix[1]).toBeCloseTo((1000 - mean) / std, 3)
  })

  it('keeps scale 1 for a constant column, so it encodes as zeros', () => {
    const data = table({ x: [3, 3, 3, 7] })
    const prep = fitPreprocessing(data, ['x'], rows(0, 1, 2))
    expect(prep.steps[0]).toMatchObject({ mean: 3, scale: 1 })
    expect([...transform(prep, data).matrix]).toEqual([0, 0, 0, 4])
  })

  it('one-hot encodes sorted training categories, with unseen and missing values in the unknown column', () => {
    const train = table({ island: ['Dream', 'Biscoe', null, 'Dream'] })
    const prep = fitPreprocessing(train, ['island'], rows(0, 1, 2, 3))
    expect(featureNames(prep)).toEqual(['island=Biscoe', 'island=Dream', 'island=<unknown>'])
    const serving = table({ island: ['Torgersen', 'Biscoe', null] })
    expect([...transform(prep, serving).matrix]).toEqual([0, 0, 1, 1, 0, 0, 0, 0, 1])
  })

  it('keeps the most frequent categories and pools the rarer ones into the unknown column, saying so in the step', () => {
    // c and d tie with 2 rows each: the tie goes to the first in code point order.
    const train = table({ city: ['a', 'a', 'a', 'd', 'd', 'c', 'c', 'b', null] })
    const prep = fitPreprocessing(train, ['city'], rows(0, 1, 2, 3, 4, 5, 6, 7, 8), 2)
    expect(prep.steps).toEqual([{ name: 'city', kind: 'category', categories: ['a', 'c'], pooled: { maxCategories: 2, categories: 2, rows: 3 } }])
    expect(featureNames(prep)).toEqual(['city=a', 'city=c', 'city=<unknown>'])
    // A pooled category (d), an unseen one (z) and a missing value all land in the unknown column.
    const serving = table({ city: ['d', 'z', null, 'c'] })
    expect([...transform(prep, serving).matrix]).toEqual([0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 1, 0])
  })

  it('records no pooling when a column has no more categories than the limit, so the file is as before', () => {
    const prep = fitPreprocessing(table({ city: ['b', 'a', 'b'] }), ['city'], rows(0, 1, 2), 2)
    expect(JSON.stringify(prep)).toBe('{"steps":[{"name":"city","kind":"category","categories":["a","b"]}]}')
  })

  it('refuses an infinite number in a numeric feature, naming the input, column, line and file', () => {
    const data = table({ x: [1, Number.POSITIVE_INFINITY, 3, Number.NEGATIVE_INFINITY] })
    const prep = fitPreprocessing(table({ x: [1, 2] }), ['x'], rows(0, 1))
    expect(() => transform(prep, data)).toThrow(UserError)
    expect(() => transform(prep, data)).toThrow(
      `Input 'data': column 'x' holds Infinity on line 3 of data.csv; numbers must be finite (inf, Infinity and literals that overflow, such as 1e400, are not valid numbers). Fix or drop the row.`,
    )
    expect(() => transform(prep, data, rows(2, 3), 'validation-data')).toThrow(/^Input 'validation-data': column 'x' holds -Infinity on line 5 of data\.csv;/)
  })

  it('finds columns by name in another table, whatever their order', () => {
    const train = table({ a: [1, 2, 3], b: ['x', 'y', 'x'] })
    const prep = fitPreprocessing(train, ['b', 'a'], rows(0, 1, 2))
    const other = table({ a: [2], extra: [0], b: ['y'] })
    expect(transform(prep, other)).toMatchObject({ rows: 1, width: 4 })
    expect(featureNames(prep)).toEqual(['b=x', 'b=y', 'b=<unknown>', 'a'])
    expect([...transform(prep, other).matrix]).toEqual([0, 1, 0, 0])
  })

  it('names the column when serving data holds text where the model learnt numbers', () => {
    const prep = fitPreprocessing(table({ mass: [3000, 4000] }), ['mass'], rows(0, 1))
    const serving = table({ mass: ['3500', 'heavy'] })
    expect(() => transform(prep, serving)).toThrow(UserError)
    expect(() => transform(prep, serving)).toThrow(`Input 'data': column 'mass' holds text ("heavy" on line 3), but the model was trained on it as numbers.`)
  })

  it('rejects a feature the data lacks, naming the input', () => {
    expect(() => fitPreprocessing(table({ a: [1] }), ['b'], rows(0))).toThrow(`Input 'features': no column 'b' in the data; its columns are a.`)
    expect(() => fitPreprocessing(table({ a: [1] }), ['a', 'a'], rows(0))).toThrow(`Input 'features': column 'a' is listed twice.`)
    expect(() => transform(fitPreprocessing(table({ a: [1] }), ['a'], rows(0)), table({ b: [1] }))).toThrow(`Input 'data': no column 'a'`)
  })

  it('survives a JSON round trip unchanged', () => {
    const data = table({ x: [0.1, 0.7, null], c: ['é', 'a', 'Z'] })
    const prep = fitPreprocessing(data, ['x', 'c'], rows(0, 1, 2))
    const copy = JSON.parse(JSON.stringify(prep))
    expect(copy).toEqual(prep)
    expect(transform(copy, data).matrix).toEqual(transform(prep, data).matrix)
  })
})

describe('medianOf', () => {
  it('matches a sort, with odd and even counts and many ties', () => {
    let seed = 7
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    for (const n of [1, 2, 3, 10, 11, 1000, 1001]) {
      for (const spread of [3, 1e6]) {
        const values = Float64Array.from({ length: n }, () => Math.floor(next() * spread) - spread / 2)
        const sorted = values.slice().sort()
        const expected = n % 2 ? sorted[n >> 1]! : (sorted[(n >> 1) - 1]! + sorted[n >> 1]!) / 2
        expect(medianOf(values)).toBe(expected)
      }
    }
  })
})
