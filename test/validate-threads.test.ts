import { execFile, execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoPath } from './helpers/repo.js'

const BIN = repoPath('build', 'shared', 'cli', 'bin.js')
let work: string

/**
 * Rows with every kind of fault, spread so that they fall in every byte range. 'one' quotes one
 * field near the end; 'multiline' quotes a field holding a line break in every row: half the
 * line breaks are inside quoted fields, and the cut of the run on 2 threads falls in one.
 */
function faultyCsv(rows: number, quoting: 'none' | 'one' | 'multiline'): string {
  const lines = ['id,when,amount,kind,code']
  for (let i = 1; i <= rows; i++) {
    const day = String((i % 28) + 1).padStart(2, '0')
    let kind = ['a', 'b', 'c'][i % 3]
    if (i % 997 === 0) kind = 'zzz'
    let amount = String((i * 7919) % 1000 / 10)
    if (i % 211 === 0) amount = 'oops'
    if (i % 331 === 0) amount = ''
    const id = i % 1499 === 0 ? i - 1 : i
    const code = quoting === 'one' && i === rows - 3 ? '"Q,1"' : quoting === 'multiline' ? `"C${i % 50}\nnote, ""${i}"""` : `C${i % 50}`
    const line = `${id},2024-02-${day} 10:00:00,${amount},${kind},${code}`
    lines.push(line)
    if (i % 1201 === 0) lines.push(line.split(',').slice(0, 3).join(','))
    if (i % 1777 === 0) lines.push(line)
  }
  return lines.join('\n') + '\n'
}

const SCHEMA = `columns:
  id: {type: integer, unique: true}
  when: {type: datetime, format: "%Y-%m-%d %H:%M:%S"}
  amount: {type: number, min: 0, max: 99, max-missing: 0.5, mean: {min: 60, max: 70}}
  kind: {type: category, allowed: {values: [a, b, c], max-unseen-share: 0.0001}}
  code: {type: string, pattern: 'C[0-9]+'}
duplicate-rows: {max-share: 0}
unique: [[id, when]]
rows: {min: 1}
`

/** The benchmark's transactions (values that rarely repeat, quoted text), held to bounds that many rows break. */
const TRANSACTIONS_SCHEMA = `columns:
  id: {type: integer, nullable: false, unique: true}
  created_at: {type: datetime, nullable: false, max: "2023-01-02T00:00:00Z"}
  amount: {type: number, max-missing: 0.02, min: 0, max: 4000, mean: {min: 2600, max: 2700}}
  quantity: {type: integer, nullable: false, max: 12}
  status: {type: category, allowed: [paid, pending, shipped]}
  channel: {type: category, allowed: [web, store, phone, partner]}
  gift: {type: boolean, nullable: false}
  note: {type: string, length: {max: 40}, pattern: '[^,]*'}
duplicate-rows: {max-share: 0}
rows: {min: 1}
`

function validate(data: string, threads: number, schema = 'schema.yml'): Promise<{ code: number; report: Record<string, unknown> }> {
  const report = join(work, `report-${threads}-${data}.json`)
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, 'validate', '--data', data, '--schema', schema, '--report', report],
      { cwd: work, env: { ...process.env, MLOPS_THREADS: String(threads) } },
      (error) => resolve({ code: error ? ((error as { code?: number }).code ?? -1) : 0, report: JSON.parse(readFileSync(report, 'utf8')) }),
    )
  })
}

/** Merged means and deviations may differ in the last bits; everything else must be equal. */
function roundStatistics(value: unknown): unknown {
  if (typeof value === 'number' && !Number.isInteger(value)) return Number(value.toPrecision(12))
  if (Array.isArray(value)) return value.map(roundStatistics)
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundStatistics(v)]))
  return value
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'mlops-threads-'))
  writeFileSync(join(work, 'plain.csv'), faultyCsv(60_000, 'none'))
  writeFileSync(join(work, 'quoted.csv'), faultyCsv(60_000, 'one'))
  writeFileSync(join(work, 'multiline.csv'), faultyCsv(60_000, 'multiline'))
  writeFileSync(join(work, 'schema.yml'), SCHEMA)
  writeFileSync(join(work, 'transactions.yml'), TRANSACTIONS_SCHEMA)
  execFileSync(process.execPath, [repoPath('test', 'bench', 'generate-transactions.mjs'), join(work, 'transactions.csv'), '3'])
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('validation on several threads', () => {
  for (const data of ['plain.csv', 'quoted.csv', 'multiline.csv']) {
    it(`gives the same report on 1, 2 and 3 threads (${data})`, async () => {
      const [one, two, three] = await Promise.all([validate(data, 1), validate(data, 2), validate(data, 3)])
      expect(one.code).toBe(1)
      const summary = one.report.summary as { errors: number; warnings: number }
      expect(summary.errors).toBeGreaterThan(400)
      expect(summary.warnings).toBe(1)
      const findings = one.report.findings as { check: string; line: number | null; omitted?: number }[]
      // Every kind of fault is found, at lines all over the file.
      expect(new Set(findings.map((finding) => finding.check))).toEqual(
        new Set(['type', 'max', 'mean', 'allowed', 'row-shape', 'unique', 'duplicate-rows', ...(data === 'plain.csv' ? [] : ['pattern'])]),
      )
      expect(Math.max(...findings.map((finding) => finding.line ?? 0))).toBeGreaterThan(50_000)
      for (const other of [two, three]) {
        expect(other.code).toBe(one.code)
        expect(other.report.findings).toEqual(one.report.findings)
        expect(other.report.summary).toEqual(one.report.summary)
        expect(other.report.data).toEqual(one.report.data)
        expect(roundStatistics(other.report.profile)).toEqual(roundStatistics(one.report.profile))
      }
    })
  }

  it('gives the same report on 1, 2 and 3 threads on generated transactions, whose values rarely repeat', async () => {
    const [one, two, three] = await Promise.all([1, 2, 3].map((threads) => validate('transactions.csv', threads, 'transactions.yml')))
    expect(one.code).toBe(1)
    const findings = one.report.findings as { check: string; omitted?: number }[]
    expect(new Set(findings.map((finding) => finding.check))).toEqual(new Set(['max', 'max-missing', 'mean', 'allowed', 'length', 'pattern']))
    // Every row-level check found more than it lists.
    expect(findings.filter((finding) => finding.omitted).length).toBe(6)
    // Past 10,000 distinct values the first values seen depend on the split: no top values then.
    const profile = one.report.profile as Record<string, { distinctExact: boolean; top: unknown[] }>
    expect(profile.amount).toMatchObject({ distinctExact: false, top: [] })
    for (const other of [two, three]) {
      expect(other.code).toBe(one.code)
      expect(other.report.findings).toEqual(one.report.findings)
      expect(other.report.summary).toEqual(one.report.summary)
      expect(other.report.data).toEqual(one.report.data)
      expect(roundStatistics(other.report.profile)).toEqual(roundStatistics(one.report.profile))
    }
  })

  it('reports lines of the whole file from every byte range', async () => {
    const { report } = await validate('plain.csv', 3)
    const text = readFileSync(join(work, 'plain.csv'), 'utf8').split('\n')
    const findings = report.findings as { check: string; line?: number; message: string }[]
    const shapes = findings.filter((finding) => finding.check === 'row-shape')
    expect(shapes.length).toBe(49)
    expect(Math.max(...shapes.map((finding) => finding.line!))).toBeGreaterThan(55_000)
    for (const finding of shapes) expect(text[finding.line! - 1].split(',')).toHaveLength(3)
    const repeats = findings.filter((finding) => finding.check === 'duplicate-rows' && finding.line)
    expect(repeats.length).toBe(10)
    for (const finding of repeats) {
      const first = Number(/line (\d+)/.exec(finding.message)![1])
      expect(text[finding.line! - 1]).toBe(text[first - 1])
    }
  })
})
