import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_MISSING_VALUES, resolveDataFiles } from '../data/index.js'
import { compileSchema } from './schema/index.js'
import { FindingCollector } from './findings.js'
import { FINDINGS_KEPT_PER_CHECK, validateData } from './index.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-findings-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function validate(csv: string, yaml: string) {
  const path = join(dir, 'data.csv')
  writeFileSync(path, csv)
  const schema = compileSchema(yaml, 'schema.yml')
  const result = await validateData({ files: await resolveDataFiles(path), schema, missingValues: DEFAULT_MISSING_VALUES, infer: false })
  return { path, result }
}

describe('findings', () => {
  it('keeps the first 100 of a check, counts all, and ends the check with how many were left out', async () => {
    const values = Array.from({ length: 150 }, (_, i) => `x${i}`)
    const { path, result } = await validate(`n\n${values.join('\n')}\n`, 'columns: {n: {type: number}}')
    expect(FINDINGS_KEPT_PER_CHECK).toBe(100)
    expect(result.errors).toBe(150)
    expect(result.findings).toHaveLength(101)
    const listed = result.findings.filter((finding) => finding.line !== undefined)
    expect(listed.map((finding) => finding.line)).toEqual(Array.from({ length: 100 }, (_, i) => i + 2))
    expect(listed[0]).toEqual({ check: 'type', severity: 'error', column: 'n', file: path, line: 2, message: "'x0' is not a number" })
    expect(result.findings[100]).toEqual({ check: 'type', severity: 'error', column: 'n', message: '50 more type findings not listed (150 in all).', omitted: 50 })
  })

  it('lists errors before warnings, then by line', async () => {
    const { result } = await validate('a,b\n1,x\n-1,y\n5,z\n', 'columns: {a: {type: integer, min: 0, mean: {max: 0}}, b: {type: integer}}')
    expect(result.findings.map((finding) => [finding.severity, finding.column, finding.line ?? null, finding.check])).toEqual([
      ['error', 'b', 2, 'type'],
      ['error', 'a', 3, 'min'],
      ['error', 'b', 3, 'type'],
      ['error', 'b', 4, 'type'],
      ['warning', 'a', null, 'mean'],
    ])
    expect([result.errors, result.warnings]).toEqual([4, 1])
  })
})

describe('findings past the kept ones', () => {
  it('are counted without being described', () => {
    const collector = new FindingCollector(() => 'data.csv')
    const sink = collector.sink('max', 'error', 'id')
    let described = 0
    const at = { file: 0, line: 2 }
    for (let i = 0; i < 1000; i++) {
      sink.report(() => `${++described} is above the maximum`, at)
    }
    expect(described).toBe(FINDINGS_KEPT_PER_CHECK)
    expect(collector.count('error')).toBe(1000)
    expect(collector.findings().at(-1)?.message).toBe('900 more max findings not listed (1,000 in all).')
  })
})
