import { describe, expect, it } from 'vitest'
import { evaluateGate, parseThresholds } from '../gate/index.js'
import { stickyMarker } from '../github/index.js'
import { stickyBody } from './comment.js'
import { confusionMatrix, evaluateMetrics, prepareClassification } from '../metrics/index.js'
import type { VersionRecord } from '../registry/index.js'
import { flavorFacts } from '../model/index.js'
import { renderModelCard } from './card.js'
import type { TrainResult } from '../train/index.js'
import type { ValidationResult } from '../validate/index.js'
import { MESSAGE_LIMIT } from './escape.js'
import { registrySummary, renderGateReport, renderTrainSummary, validationSummary, type GateReportView } from './index.js'

/** Everything a value from data or inputs could try in GitHub Markdown, in one string. */
const HOSTILE = [
  'x <img src=https://evil.example/p.png> </details><h1>big</h1> <!-- c',
  '@octocat @org/team #123 GH-45 acme/app#7',
  '![x](https://evil.example/i.png) [x](javascript:alert(1)) <https://evil.example> www.evil.example',
  '| a | b ` `` ``` *em* _em_ ~~s~~ $x$ \\',
  'next line\r\u0007\u202e end',
].join('\n')

/** 5,000 characters, astral ones among them. */
const LONG = `${'a'.repeat(2500)}${'😀'.repeat(1250)}`

const TRUSTED_URL = 'https://github.com/acme/churn/actions/runs/42'

/** What GitHub would turn into HTML, a notification, a link or an image, were it there. */
function expectInert(markdown: string): void {
  expect(markdown).not.toMatch(/<img|<h1|<!--(?! mlops-actions)/i)
  expect(markdown.match(/<\/details>/g)?.length ?? 0).toBe(markdown.match(/<details/g)?.length ?? 0)
  expect(markdown).not.toMatch(/@[A-Za-z0-9]/)
  expect(markdown).not.toMatch(/(?<!&)#\d|GH-\d/i)
  expect(markdown).not.toContain('![')
  expect(markdown).not.toMatch(/\u0007|\u202e/)
  expect(markdown).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/)
  // The only links and URLs are the project's own.
  for (const target of markdown.match(/(?<!\\)\]\([^)]*\)/g) ?? []) expect(target).toBe(`](${TRUSTED_URL})`)
  for (const url of markdown.match(/https?:\/\/\S*|www\.\S*/gi) ?? []) expect(url).toBe(`${TRUSTED_URL})`)
  const lines = markdown.split('\n')
  // A line break inside a value would start a line of its own.
  expect(lines.filter((line) => /^\s*(next line|end)/.test(line))).toEqual([])
  // The long value is cut, with an ellipsis: names and values at TEXT_LIMIT, messages at MESSAGE_LIMIT.
  expect(markdown).not.toContain('a'.repeat(MESSAGE_LIMIT))
  expect(markdown).toContain('…')
  for (const rows of tables(lines)) {
    const cells = rows.map((row) => row.split(/(?<!\\)\|/).length)
    expect(cells, rows.join('\n')).toEqual(cells.map(() => cells[0]))
  }
  // Outside code blocks, every code span opened on a line is closed on it.
  let fence: string | undefined
  for (const line of lines) {
    const marker = /^(`{3,}|~{3,})/.exec(line)?.[1]
    if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence ? undefined : marker
      continue
    }
    if (!fence) expect((line.match(/(?<!\\)`+/g) ?? []).join('').length % 2, line).toBe(0)
  }
}

/** Runs of consecutive table lines. */
function tables(lines: string[]): string[][] {
  const found: string[][] = []
  let current: string[] = []
  for (const line of [...lines, '']) {
    if (line.startsWith('|')) current.push(line)
    else if (current.length > 0) found.push(current), (current = [])
  }
  return found
}

describe('data and inputs in GitHub Markdown', () => {
  it('stay inert in the validation summary', () => {
    const profile = { type: 'string' as const, count: 3, missing: 0, invalid: 0, distinct: 2, distinctExact: true, min: HOSTILE, max: LONG }
    const result: ValidationResult = {
      rows: 3,
      files: [{ path: HOSTILE, format: 'csv', sha256: 'f'.repeat(64) }],
      dataHash: 'f'.repeat(64),
      errors: 1,
      warnings: 1,
      findings: [
        { file: HOSTILE, line: 2, column: HOSTILE, check: HOSTILE, severity: 'error', message: `${HOSTILE} ${LONG}` },
        { file: LONG, column: LONG, check: 'allowed', severity: 'warning', message: LONG },
      ],
      profile: { [HOSTILE]: { ...profile, top: [{ value: HOSTILE, count: 2 }, { value: LONG, count: 1 }] }, [LONG]: profile },
    }
    for (const markdown of [validationSummary(result, false, HOSTILE), validationSummary({ ...result, files: [...result.files, result.files[0]!] }, true, LONG)]) {
      expectInert(markdown)
      expect(markdown).toContain('Data validation')
    }
  })

  it('stay inert in the train summary', () => {
    const result = {
      modelDir: HOSTILE,
      metrics: { [HOSTILE]: 0.5, [LONG]: 0.25, accuracy: 0.9 },
      metricsFile: 'metrics.json',
      dataHash: HOSTILE,
      history: [{ epoch: 1, loss: 0.5, valLoss: 0.6 }],
      manifest: { version: 1, flavor: HOSTILE, task: 'classification', target: HOSTILE, inputs: [{ name: HOSTILE, type: 'text' }, { name: LONG, type: 'number' }], classes: [HOSTILE, LONG] },
      metadata: {
        format: 'mlops-actions/model',
        version: 1,
        trainer: 'command',
        command: `${HOSTILE} ${LONG}`,
        params: { note: HOSTILE },
        paramsHash: LONG,
        dataHash: HOSTILE,
        rows: { train: 2, validation: 1 },
        metrics: {},
        libraries: {},
        createdAt: HOSTILE,
        lineage: { commit: HOSTILE, runUrl: 'javascript:alert(1)' },
        seed: 0,
      },
      durationSeconds: 1,
    } satisfies TrainResult
    const markdown = renderTrainSummary(result)
    expectInert(markdown)
    expect(markdown).toContain('| accuracy | 0.9 |')
    expectInert(renderTrainSummary({ ...result, metadata: { ...result.metadata, trainer: 'built-in', model: HOSTILE, backend: LONG, lineage: { runUrl: TRUSTED_URL } } }))
  })

  it('stay inert in the gate report and its pull-request comment', async () => {
    const labels = [HOSTILE, LONG, 'sun']
    const yTrue = Array.from({ length: 30 }, (_, i) => labels[i % 3]!)
    const candidate = prepareClassification({ yTrue, yPred: yTrue.map((label, i) => (i % 5 === 0 ? 'sun' : label)) })
    const baseline = prepareClassification({ yTrue, yPred: yTrue.map((label, i) => (i % 4 === 0 ? 'sun' : label)) })
    const thresholds = parseThresholds({ accuracy: { threshold: 0.99 }, [HOSTILE]: { threshold: 0.5, 'greater-is-better': true }, [LONG]: { threshold: 0.5, 'greater-is-better': false } })
    const gate = await evaluateGate(thresholds, candidate, baseline, { resamples: 20, seed: 1 })
    const slice = (value: string, rows: number) => ({ column: HOSTILE, value, rows, candidate: { accuracy: 0.5, [HOSTILE]: 0.4 }, baseline: { accuracy: 0.4, [HOSTILE]: 0.3 } })
    const view: GateReportView = {
      passed: false,
      failOnRegression: true,
      task: 'classification',
      candidateName: HOSTILE,
      baselineName: LONG,
      gate,
      candidateMetrics: { ...evaluateMetrics(candidate), [HOSTILE]: 0.4 },
      baselineMetrics: { ...evaluateMetrics(baseline), [LONG]: 0.3 },
      confusion: { candidate: confusionMatrix(candidate), baseline: confusionMatrix(baseline) },
      slices: [slice(HOSTILE, 3), slice(LONG, 2), { ...slice('region = EU', 1), column: LONG }],
      rows: 30,
      runUrl: TRUSTED_URL,
      commit: HOSTILE,
    }
    const report = renderGateReport(view)
    expectInert(report)
    expect(report).toContain('region = EU')
    expect(report).toContain(`[workflow run](${TRUSTED_URL})`)
    expectInert(stickyBody(stickyMarker('CI', 'evaluate', 'evaluate-gate'), report).text)
    expectInert(renderGateReport({ ...view, baselineName: HOSTILE, candidateName: LONG, runUrl: 'javascript:alert(1)' }).replace(/\[workflow run\]\([^)]*\)/, ''))
  })

  it('stay inert in the registry summary', () => {
    const version = (n: number, url: string): VersionRecord => ({ name: HOSTILE, version: n, aliases: [HOSTILE, 'champion'], status: 'ready', digest: HOSTILE, created_at: LONG, url })
    const markdown = registrySummary(HOSTILE, version(2, 'javascript:alert(1)'), HOSTILE, [version(1, TRUSTED_URL), version(2, 'javascript:alert(1)')], LONG)
    expectInert(markdown)
    expect(markdown).toContain(`| [v1](${TRUSTED_URL}) | `)
    expectInert(registrySummary(HOSTILE, undefined, LONG, [], HOSTILE))
  })

  it('stay inert in the model card, and the parameters cannot close their block', () => {
    // Hostile text where the card expects numbers too, as a tampered metadata.json would have.
    const metadata: Record<string, any> = {
      task: HOSTILE,
      target: HOSTILE,
      features: [HOSTILE, LONG, 'temp_max'],
      trainer: 'command',
      command: HOSTILE,
      rows: { train: HOSTILE, validation: LONG },
      metrics: { [HOSTILE]: 0.5, [LONG]: 0.25 },
      lineage: { commit: HOSTILE, runUrl: TRUSTED_URL },
      dataHash: HOSTILE,
      paramsHash: LONG,
      createdAt: HOSTILE,
      params: { note: HOSTILE, fence: '```\n<img src=x>' },
    }
    const card = renderModelCard({ name: HOSTILE, version: 3, digest: LONG, description: HOSTILE, comparedWith: LONG }, metadata, undefined, flavorFacts(undefined))
    const block = /^(`{3,})json\n([\s\S]*?)\n\1$/m.exec(card)
    expect(block![1]!.length).toBeGreaterThan(3)
    // The same parameters, less the bidirectional override that would make them read otherwise.
    expect(JSON.parse(block![2]!)).toEqual(JSON.parse(JSON.stringify(metadata.params).replace(/\u202e/g, '')))
    // The JSON block shows the parameters as they are; everything else must be inert.
    expectInert(card.replace(block![0]!, ''))
    expect(card).toContain('`temp_max`')
    expectInert(renderModelCard({ name: LONG, version: 1, digest: HOSTILE }, { ...metadata, trainer: 'built-in', model: HOSTILE, backend: LONG }, undefined, flavorFacts(undefined)).replace(/^`{3,}json\n[\s\S]*?\n`{3,}$/m, ''))
    // The same from a manifest: flavor, inputs, classes, commands and files.
    const manifest = { version: 1 as const, flavor: HOSTILE, task: 'classification' as const, target: HOSTILE, inputs: [{ name: HOSTILE, type: 'text' as const }, { name: 'temp_max', type: 'number' as const }],
      classes: [HOSTILE, LONG], files: [HOSTILE], runtime: HOSTILE, command: { predict: HOSTILE, serve: LONG } }
    const withManifest = renderModelCard({ name: HOSTILE, version: 3, digest: LONG }, metadata, manifest, flavorFacts(manifest))
    expectInert(withManifest.replace(/^`{3,}json\n[\s\S]*?\n`{3,}$/m, ''))
    expect(withManifest).toContain('`temp_max` (number)')
  })
})
