import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { DEFAULT_MISSING_VALUES, resolveDataFiles } from '../data/index.js'
import { pattern } from './checks/pattern.js'
import { min } from './checks/range.js'
import { validatePart } from './engine.js'
import { compileSchema, type CompiledSchema } from './schema/compile.js'

let dir: string
let path: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-engine-'))
  path = join(dir, 'data.csv')
  writeFileSync(path, 'when,code\n2024-01-01,ab\n2024-01-03,x1\n')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))
afterEach(() => vi.restoreAllMocks())

async function validate(schema: CompiledSchema) {
  return validatePart({ files: await resolveDataFiles(path), schema, missingValues: DEFAULT_MISSING_VALUES, infer: false })
}

describe('the engine', () => {
  it('runs the compiled checks with their settings as given, without reading the configuration again', async () => {
    // The schema itself configures no check: every finding below comes from the compiled lists.
    const compiled: CompiledSchema = {
      schema: { columns: { when: { type: 'datetime' }, code: { type: 'string' } } },
      source: 'schema.yml',
      columns: [
        { name: 'when', checks: [{ key: 'min', path: 'columns.when.min', severity: 'warning', settings: Date.UTC(2024, 0, 2) }] },
        { name: 'code', checks: [{ key: 'pattern', path: 'columns.code.pattern', severity: 'error', settings: '[a-z]+' }] },
      ],
      datasetChecks: [{ key: 'rows', path: 'rows', severity: 'error', settings: { min: 3 } }],
    }
    const result = await validate(compiled)
    expect(result.findings).toEqual([
      { check: 'rows', severity: 'error', message: 'row count 2 is below the minimum 3' },
      { check: 'pattern', severity: 'error', column: 'code', file: path, line: 3, message: "'x1' does not match the pattern /[a-z]+/" },
      { check: 'min', severity: 'warning', column: 'when', file: path, line: 2, message: '2024-01-01 is below the minimum 2024-01-02' },
    ])
  })

  it('does not check a configuration again once compiled: a raw one it would reject is never read', async () => {
    const compiled = compileSchema('columns: {when: {type: datetime, min: "2024-01-02"}, code: {type: string, pattern: "[a-z]+"}}', 'schema.yml')
    // Configurations that compiling rejects; a run that validated them again would throw.
    compiled.schema.columns.when.min = 'yesterday'
    compiled.schema.columns.code.pattern = '('
    const result = await validate(compiled)
    expect(result.findings.map((finding) => `${finding.column}:${finding.line}: ${finding.message}`)).toEqual([
      'when:2: 2024-01-01 is below the minimum 2024-01-02',
      "code:3: 'x1' does not match the pattern /[a-z]+/",
    ])
  })

  it('converts each configuration once, when compiling, and hands the converted settings to create', async () => {
    const settings = [vi.spyOn(min, 'settings'), vi.spyOn(pattern, 'settings')]
    const create = vi.spyOn(min, 'create')
    const compiled = compileSchema('columns: {when: {type: datetime, min: "2024-01-02"}, code: {type: string, pattern: "[a-z]+"}}', 'schema.yml')
    await validate(compiled)
    await validate(compiled)
    for (const spy of settings) expect(spy).toHaveBeenCalledTimes(1)
    expect(create).toHaveBeenCalledTimes(2)
    expect(create.mock.calls[0][0]).toBe(Date.UTC(2024, 0, 2))
  })
})
