import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UserError } from '../errors/index.js'
import { loadTable, readColumnSamples } from './index.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-samples-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function write(name: string, content: string): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

const numbers = (samples: Awaited<ReturnType<typeof readColumnSamples>>, name: string) => {
  const column = samples.columns.find((c) => c.name === name)!
  if (column.kind !== 'number') throw new Error(`${name} is text`)
  return column
}

describe('readColumnSamples', () => {
  it('reads only the chosen columns: numbers sorted without missing or infinite cells, text counted', async () => {
    const path = write('a.csv', 'id,x,city,note\n1,3.5,"Paris, FR",a\n2,,Oslo,b\n3,-1,"Paris, FR",c\n4,inf,"say ""hi""",d\n5,NA,,e\n6,2,Oslo,f\n')
    const samples = await readColumnSamples(path, { columns: ['x', 'city'] })
    expect(samples.rows).toBe(6)
    expect(samples.columns.map((c) => [c.name, c.kind, c.rows])).toEqual([
      ['x', 'number', 6],
      ['city', 'string', 6],
    ])
    expect(Array.from(numbers(samples, 'x').values)).toEqual([-1, 2, 3.5])
    expect(numbers(samples, 'x').sum).toBe(4.5)
    const city = samples.columns[1]!
    expect(city.kind === 'string' && Object.fromEntries(city.counts)).toEqual({ 'Paris, FR': 2, Oslo: 2, 'say "hi"': 1 })
    expect(samples.files).toEqual([{ path, format: 'csv' }])
  })

  it('keeps only the listed columns the header has, and skips others, when no exact list is given', async () => {
    const path = write('selection.csv', 'id,x,city,when\n1,2.5,Oslo,2015-01-01\n2,1.5,Rome,2015-01-02\n')
    const kept = await readColumnSamples(path, { keepOnly: ['city', 'x', 'gone'], skip: ['x'] })
    expect(kept.columns.map((column) => column.name)).toEqual(['city'])
    const skipped = await readColumnSamples(path, { skip: ['id', 'when', 'gone'] })
    expect(skipped.columns.map((column) => column.name)).toEqual(['x', 'city'])
    expect(skipped.rows).toBe(2)
  })

  it('reads every column by default, and sorts many values as Float64Array sort does', async () => {
    const values = Array.from({ length: 5000 }, (_, i) => ((i * 7919) % 2001) - 1000 + (i % 3) / 4)
    const path = write('many.csv', 'v,w\n' + values.map((v, i) => `${v},${i % 2 ? 'odd' : 'even'}\n`).join(''))
    const samples = await readColumnSamples(path)
    expect(samples.columns.map((c) => c.name)).toEqual(['v', 'w'])
    expect(numbers(samples, 'v').values).toEqual(Float64Array.from(values).sort())
  })

  it('turns a column to text at its first cell that is not a number, counting the numbers before by their shortest text', async () => {
    const path = write('mixed.csv', 'code\n1.50\n7\n1.5\nA12\n7\n')
    const samples = await readColumnSamples(path)
    const code = samples.columns[0]!
    expect(code.kind).toBe('string')
    expect(code.kind === 'string' && Object.fromEntries(code.counts)).toEqual({ '1.5': 2, '7': 2, A12: 1 })
    expect((await loadTable(path)).columns[0]!.kind).toBe('string')
  })

  it('reads several files sharing a header, and JSON Lines', async () => {
    const a = write('p1.csv', 'x,c\n1,u\n2,v\n')
    const b = write('p2.csv', 'x,c\n3,u\n')
    const samples = await readColumnSamples([a, b])
    expect(samples.rows).toBe(3)
    expect(Array.from(numbers(samples, 'x').values)).toEqual([1, 2, 3])
    const lines = write('p.jsonl', '{"x": 2, "c": "u"}\n{"x": null, "c": "w"}\n')
    const fromJson = await readColumnSamples(lines)
    expect(Array.from(numbers(fromJson, 'x').values)).toEqual([2])
    expect(fromJson.columns[1]!.kind === 'string' && Object.fromEntries(fromJson.columns[1]!.counts)).toEqual({ u: 1, w: 1 })
  })

  it('names the input, the file and the columns there are when a chosen column is missing', async () => {
    const path = write('b.csv', 'x,y\n1,2\n')
    const read = readColumnSamples(path, { columns: ['x', 'z'], input: 'current' })
    await expect(read).rejects.toThrow(UserError)
    await expect(read).rejects.toThrow(`Input 'current': no column 'z' in ${path}; its columns are x, y.`)
  })

  it('refuses files whose headers differ, and a record with the wrong number of fields, naming the file and line', async () => {
    const a = write('h1.csv', 'x,y\n1,2\n')
    const b = write('h2.csv', 'x,z\n1,2\n')
    await expect(readColumnSamples([a, b], { input: 'reference' })).rejects.toThrow(`Input 'reference': ${b} has columns x, z, unlike the first file's x, y.`)
    const ragged = write('r.csv', 'x,y\n1,2\n3\n')
    await expect(readColumnSamples(ragged)).rejects.toThrow(`${ragged}:3: 1 fields where the header has 2.`)
  })

  it('refuses a file with a header and no rows', async () => {
    const path = write('empty.csv', 'x,y\n')
    await expect(readColumnSamples(path)).rejects.toThrow(`${path}: no data rows`)
  })
})

describe('readColumnSamples within a number budget', () => {
  it('keeps every value up to its share, then a seeded uniform sample, with the mean of all values', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `${i},${i % 7 === 0 ? 'a' : 'b'}`)
    const path = write('budget.csv', `x,c\n${rows.join('\n')}\n`)
    const whole = await readColumnSamples(path)
    const sampled = await readColumnSamples(path, { numberBudget: 2_000 })
    const [x] = sampled.columns
    if (x?.kind !== 'number' || whole.columns[0]?.kind !== 'number') throw new Error('x is not a number column')
    // Two columns read: 1,000 numbers each; text is counted whole.
    expect(x.values).toHaveLength(1_000)
    expect(x.present).toBe(10_000)
    expect(x.sum / x.present).toBe(4_999.5)
    expect(sampled.columns[1]).toEqual(whole.columns[1])
    // Uniform: about a tenth of the kept values in each tenth of the range, sorted, from the data.
    for (let tenth = 0; tenth < 10; tenth++) {
      const inside = x.values.filter((value) => value >= tenth * 1_000 && value < (tenth + 1) * 1_000).length
      expect(inside).toBeGreaterThan(60)
      expect(inside).toBeLessThan(140)
    }
    expect([...x.values]).toEqual([...x.values].sort((a, b) => a - b))
    expect(new Set(x.values).size).toBe(1_000)
    expect((await readColumnSamples(path, { numberBudget: 2_000 })).columns[0]).toEqual(x)
    expect((await readColumnSamples(path, { numberBudget: 20_000 })).columns[0]).toEqual(whole.columns[0])
  })
})
