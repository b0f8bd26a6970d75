import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validateCommand } from '../commands/index.js'
import { mapSource } from '../inputs/index.js'
import { executeCommand } from '../runtime/command.js'
import { noProgress } from '../progress/index.js'
import { hostContext } from '../runtime/host.js'
import type { CommandIO } from '../runtime/io.js'
import { compileSchema, validateData } from '../validate/index.js'
import { DEFAULT_MISSING_VALUES, MissingTokens, resolveDataFiles } from './index.js'

let dir: string
let count = 0
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-missing-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function write(content: string, extension = 'csv'): string {
  const path = join(dir, `data-${++count}.${extension}`)
  writeFileSync(path, content)
  return path
}

async function validate(path: string, yaml: string) {
  const schema = compileSchema(yaml, 'schema.yml')
  return validateData({
    files: await resolveDataFiles(path),
    schema,
    missingValues: schema.schema['missing-values'] ?? DEFAULT_MISSING_VALUES,
    infer: false,
  })
}

/** Runs the validate command as the CLI and the action do, and returns its outputs and JSON report. */
async function runCommand(inputs: Record<string, string>) {
  const outputs: Record<string, string> = {}
  const failures: string[] = []
  const io: CommandIO = {
    inputs: mapSource({ report: join(dir, `report-${++count}.json`), ...inputs }),
    setOutput: (name, value) => void (outputs[name] = value),
    annotate: () => undefined,
    writeSummary: async () => undefined,
    fail: (message) => void failures.push(message),
    info: () => undefined,
    warning: () => undefined,
    group: (_title, body) => body(),
    host: hostContext({}),
    progress: noProgress,
  }
  await executeCommand(validateCommand, io)
  const report = JSON.parse(readFileSync(outputs.report, 'utf8')) as { findings: { line: number; message: string }[] }
  return { outputs, failures, report }
}

describe('missing values', () => {
  it('default to empty cells and the usual NA spellings', () => {
    expect(DEFAULT_MISSING_VALUES).toEqual(['', 'NA', 'N/A', 'n/a', 'NaN', 'nan', 'null', 'NULL', 'None', '<NA>', '#N/A'])
  })

  it('count every default token as missing in CSV, but not look-alikes', async () => {
    const tokens = ['', 'NA', 'N/A', 'n/a', 'NaN', 'nan', 'null', 'NULL', 'None', '<NA>', '#N/A', '""']
    const lookAlikes = ['na', 'Null', 'none', 'NAN', ' NA', '-']
    const path = write(`id,v\n${[...tokens, ...lookAlikes].map((token, i) => `${i},${token}`).join('\n')}\n`)
    const result = await validate(path, 'columns: {id: {type: integer}, v: {type: number}}')
    expect(result.profile.v).toMatchObject({ missing: tokens.length, invalid: lookAlikes.length })
    // NAN is not missing, so it is a number that is not finite.
    expect(result.findings.map((finding) => finding.message)).toEqual(lookAlikes.map((value) => `'${value}' is not ${value === 'NAN' ? 'a finite' : 'a'} number`))
  })

  it('count null, absent keys and NA strings as missing in JSON Lines', async () => {
    const path = write('{"id": 1, "v": null}\n{"id": 2}\n{"id": 3, "v": "NA"}\n{"id": 4, "v": ""}\n{"id": 5, "v": 2}\n', 'jsonl')
    const result = await validate(path, 'columns: {id: {type: integer}, v: {type: number, nullable: false}}')
    expect(result.findings.map((finding) => [finding.line, finding.message])).toEqual([
      [1, 'missing value in a column that is not nullable'],
      [2, 'missing value in a column that is not nullable'],
      [3, 'missing value in a column that is not nullable'],
      [4, 'missing value in a column that is not nullable'],
    ])
  })

  it('are replaced by the schema list, while an empty cell stays missing', async () => {
    const path = write('id,v\n1,-\n2,NA\n3,\n4,?\n')
    const result = await validate(path, 'missing-values: ["-", "?"]\ncolumns: {id: {type: integer}, v: {type: number, nullable: false}}')
    expect(result.findings.map((finding) => [finding.line, finding.message])).toEqual([
      [2, 'missing value in a column that is not nullable'],
      [3, "'NA' is not a number"],
      [4, 'missing value in a column that is not nullable'],
      [5, 'missing value in a column that is not nullable'],
    ])
  })

  it('match whole cells, byte for byte, including non-ASCII tokens', () => {
    const tokens = new MissingTokens(['—', 'NA'])
    const bytes = Buffer.from('—|NA|NAN|N|–')
    const cells = [
      [0, 3],
      [4, 6],
      [7, 10],
      [11, 12],
      [13, 16],
    ]
    expect(cells.map(([start, end]) => tokens.matchesBytes(bytes, start, end))).toEqual([true, true, false, false, false])
    expect(['—', 'NA', '', 'na'].map((text) => tokens.matchesText(text))).toEqual([true, true, true, false])
  })

  it('are replaced by the command input, which wins over the schema', async () => {
    const data = write('id,v\n1,-\n2,NA\n3,?\n')
    const schema = join(dir, 'missing-schema.yml')
    writeFileSync(schema, 'missing-values: ["-"]\ncolumns: {id: {type: integer}, v: {type: number}}\n')

    const fromSchema = await runCommand({ data, schema })
    expect(fromSchema.report.findings.map((finding) => [finding.line, finding.message])).toEqual([
      [3, "'NA' is not a number"],
      [4, "'?' is not a number"],
    ])

    const fromInput = await runCommand({ data, schema, 'missing-values': '?, NA' })
    expect(fromInput.report.findings.map((finding) => [finding.line, finding.message])).toEqual([[2, "'-' is not a number"]])
    expect(fromInput.outputs.errors).toBe('1')

    const asYamlList = await runCommand({ data, schema, 'missing-values': '["-", "?", "NA"]' })
    expect(asYamlList.outputs).toMatchObject({ valid: 'true', errors: '0' })
    expect(asYamlList.failures).toEqual([])
  })
})
