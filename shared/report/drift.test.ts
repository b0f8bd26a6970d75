import { describe, expect, it } from 'vitest'
import { compareDatasets } from '../drift/index.js'
import { series, tableOf } from '../drift/table-fixture.js'
import { GITHUB_COMMENT_LIMIT } from './comment.js'
import { renderDriftIssueBody, renderDriftSummary } from './index.js'

const RUN_URL = 'https://github.com/acme/churn/actions/runs/42'
const MARKER = '<!-- mlops-actions:drift churn -->'

const spread = (n: number, shift = 0) => series(n, (i) => shift + i / n)

/** Five columns: two shifted a lot, one a little, one with new categories, one steady. */
function mixedReport() {
  const reference = tableOf({
    steady: spread(200),
    small: spread(200),
    big: spread(200),
    huge: spread(200),
    colour: series(200, (i) => ['red', 'green'][i % 2]!),
  })
  const current = tableOf({
    steady: spread(200),
    small: spread(200, 0.2),
    big: spread(200, 0.6),
    huge: spread(200, 5),
    colour: series(200, (i) => ['red', 'blue', 'teal'][i % 3]!),
  })
  return compareDatasets(reference, current)
}

/** Table rows of the Markdown: lines that start with `|`. */
const tableLines = (markdown: string) => markdown.split('\n').filter((line) => line.startsWith('|'))

describe('renderDriftSummary', () => {
  const report = mixedReport()
  const markdown = renderDriftSummary(report, { title: 'churn', runUrl: RUN_URL })

  it('starts with the verdict, then says what the reference was', () => {
    const lines = markdown.split('\n')
    expect(lines[0]).toBe('## 🔴 churn: drifted · 4 of 5 compared columns drifted (80%; drift-share 50%)')
    expect(lines[2]).toBe('Reference: data of 200 rows · current: 200 rows · no multiple-test correction · min-samples 30')
    expect(lines[4]).toBe('Drifted: huge, colour, big, small')
  })

  it('lists columns most drifted first: furthest past their threshold, then the rest', () => {
    const names = tableLines(markdown)
      .slice(2)
      .map((line) => line.split(' | ')[0]!.slice(2))
    expect(names).toEqual(['huge', 'colour', 'big', 'small', 'steady'])
    expect(tableLines(markdown)[3]).toMatch(/^\| colour \| categorical \| chi2 \| .* \| 🔴 yes \| 200 values · top green \| 200 values · top blue \|$/)
  })

  it('charts the three most drifted columns, reference beside current', () => {
    const charts = markdown.match(/```mermaid\nxychart-beta\n  title "[^"]*"/g)!
    expect(charts.map((chart) => chart.split('title ')[1])).toEqual([
      '"huge: share of values, reference (R) and current (C)"',
      '"colour: share of values, reference (R) and current (C)"',
      '"big: share of values, reference (R) and current (C)"',
    ])
    expect(markdown).toContain('x-axis ["red R", "red C", "green R", "green C", "blue R", "blue C", "teal R", "teal C"]')
  })

  it('lists the findings and links the run', () => {
    expect(markdown).toContain('### Findings\n\n- **colour**: 2 categories the reference does not list, in 133 rows: blue, teal.')
    expect(markdown.trimEnd().endsWith(`---\n[workflow run](${RUN_URL})`)).toBe(true)
  })

  it('says why there is no verdict when the data is too short', () => {
    const short = compareDatasets(tableOf({ x: spread(100) }), tableOf({ x: spread(12) }))
    expect(renderDriftSummary(short).split('\n')[0]).toBe('## ⚪ Data drift: insufficient data · the current data has 12 rows, fewer than min-samples (30)')
  })

  it('names a profile reference and its sample, and a correction', () => {
    const withProfile = { ...report, reference: { kind: 'profile' as const, rows: 1461, sampleRows: 500 }, correction: 'fdr' as const }
    expect(renderDriftSummary(withProfile).split('\n')[2]).toBe(
      'Reference: the training profile of 1,461 rows (category counts for categories; numeric tests on its seeded sample of 500 rows) · current: 200 rows · p-values corrected by Benjamini–Hochberg (fdr) · min-samples 30',
    )
  })
})

describe('renderDriftIssueBody', () => {
  it('starts with the marker, then the verdict', () => {
    const body = renderDriftIssueBody(mixedReport(), { marker: MARKER, title: 'churn', runUrl: RUN_URL })
    expect(body.split('\n').slice(0, 2)).toEqual([MARKER, '## 🔴 churn: drifted · 4 of 5 compared columns drifted (80%; drift-share 50%)'])
    expect(body).toContain(`[workflow run](${RUN_URL})`)
  })
})

/** Column names and categories that try everything GitHub Markdown would act on. */
const HOSTILE = ['a | b', '<script>alert(1)</script>', '@octocat', '#1', 'owner/repo#7', '`tick` ``` fence', 'new\nline', '<img src=x>', 'https://evil.example/x', '![i](https://evil.example/i.png)']

describe('drift reports of 5,000 hostile columns', () => {
  const rows = 40
  const columns: Record<string, (number | null)[] | string[]> = {}
  const current: Record<string, (number | null)[] | string[]> = {}
  for (let i = 0; i < 5000; i++) {
    const name = `${HOSTILE[i % HOSTILE.length]} ${i}`
    if (i % 2) {
      columns[name] = series(rows, (r) => HOSTILE[r % 3]!)
      current[name] = series(rows, (r) => HOSTILE[3 + (r % 4)]!)
    } else {
      columns[name] = spread(rows)
      current[name] = spread(rows, i % 4 === 0 ? 3 : 0)
    }
  }
  const report = compareDatasets(tableOf(columns), tableOf(current))

  it.each([
    ['issue body', () => renderDriftIssueBody(report, { marker: MARKER, title: '@octocat #1 <b>', runUrl: RUN_URL }), GITHUB_COMMENT_LIMIT],
    ['job summary', () => renderDriftSummary(report, { title: '@octocat #1 <b>', runUrl: RUN_URL }), 1024 * 1024],
  ])('keeps the %s under its limit, and every value inert', (_, render, limit) => {
    const markdown = render()
    expect(markdown.length).toBeLessThan(limit)
    expect(Buffer.byteLength(markdown)).toBeLessThan(1024 * 1024)
    expect(markdown).toContain('more columns are left out here; the JSON report has every column.')
    // Rows are left out whole, and the run's link stays: nothing had to be cut mid-way.
    expect(markdown).not.toContain('cut short')
    expect(markdown.trimEnd().endsWith(`[workflow run](${RUN_URL})`)).toBe(true)
    expect(markdown).not.toMatch(/<script|<img|<b>/i)
    expect(markdown).not.toMatch(/@[A-Za-z0-9]/)
    expect(markdown).not.toMatch(/(?<!&)#\d/)
    expect(markdown).not.toContain('![')
    expect(markdown.replace(RUN_URL, '')).not.toMatch(/https?:\/\//)
    // A line break inside a name would start a line of its own.
    expect(markdown.split('\n').filter((line) => /^line \d/.test(line.trimStart()))).toEqual([])
    const lines = tableLines(markdown)
    const cells = lines.map((line) => line.split(/(?<!\\)\|/).length)
    expect(new Set(cells)).toEqual(new Set([11]))
    expect(markdown.match(/```mermaid/g)).toHaveLength(3)
    // Outside Mermaid blocks, every code span opened on a line is closed on it.
    for (const line of markdown.replace(/```mermaid[\s\S]*?\n```/g, '').split('\n')) expect((line.match(/(?<!\\)`+/g) ?? []).join('').length % 2, line).toBe(0)
  })
})
