import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_MISSING_VALUES, resolveDataFiles } from '../../data/index.js'
import { compileSchema } from '../schema/index.js'
import { validateData } from '../index.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-unique-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function validate(data: string, yaml: string) {
  const schema = compileSchema(yaml, 'schema.yml')
  return validateData({ files: await resolveDataFiles(data), schema, missingValues: DEFAULT_MISSING_VALUES, infer: false })
}

describe('unique across files', () => {
  it('names the file of the first occurrence when a value repeats in a later file', async () => {
    mkdirSync(join(dir, 'parts'))
    const first = join(dir, 'parts/a.csv')
    const second = join(dir, 'parts/b.csv')
    writeFileSync(first, 'id,day\n1,2024-01-01\n2,2024-01-02\n')
    writeFileSync(second, 'id,day\n3,2024-01-03\n2,2024-01-01\n')
    const result = await validate(`${first},${second}`, 'columns: {id: {type: integer, unique: true}, day: {type: string}}\nunique: [[day]]')
    expect(result.findings).toEqual([
      { check: 'unique', severity: 'error', file: second, line: 3, message: `duplicate key (day): the same key is at ${first}:2` },
      { check: 'unique', severity: 'error', column: 'id', file: second, line: 3, message: `duplicate value: the same value is at ${first}:3` },
    ])
  })
})

describe('unique on more values than fit in memory', () => {
  it('spills to disk and still reports repeats with their lines, on a column and a compound key', async () => {
    // More entries than the DuplicateCounter keeps in memory (2^20), so both counters spill.
    const rows = (1 << 21) + 100_000
    const parts: string[] = ['id,store,day\n']
    for (let i = 0; i < rows; i++) parts.push(`${i},s${i % 1000},${Math.floor(i / 1000)}\n`)
    // Repeats: an id from the first rows near the end, and a (store, day) pair from the start.
    parts.push(`17,s999,999999\n`)
    parts.push(`${rows + 1},s5,0\n`)
    const path = join(dir, 'large.csv')
    writeFileSync(path, parts.join(''))

    const result = await validate(path, 'columns: {id: {type: integer, unique: true}, store: {type: string}, day: {type: integer}}\nunique: [[store, day]]')
    expect(result.rows).toBe(rows + 2)
    expect(result.findings).toEqual([
      { check: 'unique', severity: 'error', column: 'id', file: path, line: rows + 2, message: 'duplicate value: the same value is at line 19' },
      { check: 'unique', severity: 'error', file: path, line: rows + 3, message: 'duplicate key (store, day): the same key is at line 7' },
    ])
  }, 30_000)
})
