import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCommand } from '../../../test/helpers/host.js'
import { vegaDataset } from '../../demo/datasets.js'
import { monitorDriftCommand, registerModelCommand, trainCommand } from '../index.js'

let dir: string
let count = 0
const fresh = (name: string) => join(dir, `${++count}-${name}`)
/** Seattle weather by season: Dec–Feb, Jun–Aug, and Jan–Feb alone (the same season, fewer rows). */
const data = { winter: '', summer: '', lateWinter: '' }
let model: string
let registry: string

/** The rows of seattle-weather whose month is one of `months`, as a CSV file; `change` rewrites each row, `drop` leaves a column out. */
function seasonFile(name: string, months: number[], options: { change?: (fields: string[]) => string[]; drop?: string } = {}): string {
  const [header, ...lines] = readFileSync(vegaDataset('seattle-weather.csv'), 'utf8').trimEnd().split('\n')
  const names = header!.split(',')
  const keep = (fields: string[]) => fields.filter((_, i) => names[i] !== options.drop)
  const rows = lines.filter((line) => months.includes(Number(line.slice(5, 7)))).map((line) => keep((options.change ?? ((f) => f))(line.split(','))).join(','))
  const path = fresh(name)
  writeFileSync(path, [keep(names).join(','), ...rows].join('\n') + '\n')
  return path
}

function write(name: string, content: string | Buffer): string {
  const path = fresh(name)
  writeFileSync(path, content)
  return path
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-drift-command-'))
  data.winter = seasonFile('winter.csv', [12, 1, 2])
  data.summer = seasonFile('summer.csv', [6, 7, 8])
  data.lateWinter = seasonFile('late-winter.csv', [1, 2])
  model = fresh('model')
  const trained = await runCommand(trainCommand, { data: data.winter, target: 'weather', ignore: 'date', 'output-dir': model, params: '{epochs: 30}' })
  expect(trained.failures).toEqual([])
  registry = fresh('registry')
  const registered = await runCommand(registerModelCommand, { registry: `local:${registry}`, name: 'seattle', 'model-dir': model, alias: 'champion', report: fresh('registered.json') })
  expect(registered.failures).toEqual([])
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function check(inputs: Record<string, string | undefined>) {
  const report = fresh('drift.json')
  const run = await runCommand(monitorDriftCommand, { report, ...inputs })
  return { ...run, report: run.outcome ? JSON.parse(readFileSync(report, 'utf8')) : undefined }
}

async function refused(inputs: Record<string, string | undefined>): Promise<string> {
  const { outcome, failures, outputs } = await check(inputs)
  expect(outcome).toBeUndefined()
  expect(outputs).toEqual({})
  expect(failures).toHaveLength(1)
  expect(failures[0]).not.toMatch(/\n\s+at /)
  return failures[0]!
}

const column = (report: { columns: { column: string }[] }, name: string): any => report.columns.find((c) => c.column === name)

describe('monitor-drift on seattle weather', () => {
  it('finds winter against summer drifted on the temperatures, and succeeds with the drift as outputs', async () => {
    const { outputs, failures, report, summary, annotations } = await check({ reference: data.winter, current: data.summer, ignore: 'date' })
    expect(failures).toEqual([])
    expect(Object.keys(outputs).sort()).toEqual(Object.keys(monitorDriftCommand.outputs).sort())
    expect(outputs.drifted).toBe('true')
    expect(JSON.parse(outputs['drifted-columns']!)).toEqual(expect.arrayContaining(['temp_max', 'temp_min']))
    expect(Number(outputs['drift-share'])).toBeGreaterThanOrEqual(0.5)
    expect([outputs['issue-number'], outputs['issue-url']]).toEqual(['', ''])
    expect(column(report, 'temp_max')).toMatchObject({ kind: 'numeric', test: 'ks', drifted: true, threshold: 0.05, reference: { count: 361 }, current: { count: 368 } })
    expect(column(report, 'temp_max').p_value).toBeLessThan(1e-50)
    expect(column(report, 'weather')).toMatchObject({ kind: 'categorical', test: 'chi2', reference: { top: [{ value: 'rain' }, expect.anything(), expect.anything(), expect.anything(), expect.anything()] } })
    expect(report).toMatchObject({ drifted: true, verdict: 'drifted', reference: { kind: 'data', source: { kind: 'data', path: data.winter } }, current: { rows: 368, files: [data.summer] }, performance: null })
    expect(summary).toMatch(/^## 🔴 Data drift in .*winter\.csv: drifted/)
    expect(annotations[0]).toMatchObject({ severity: 'warning', title: 'monitor-drift', message: expect.stringMatching(/^Drift in .*winter\.csv: 5 of 5 columns drifted \(/) })
  })

  it('fails the step on drift only with fail-on-drift', async () => {
    const { failures, outputs, report } = await check({ reference: data.winter, current: data.summer, ignore: 'date', 'fail-on-drift': 'true' })
    expect(failures).toEqual([expect.stringMatching(/^Drift in .*: 5 of 5 columns drifted \(.*\) \(see .*drift\.json\)\.$/)])
    expect(outputs.drifted).toBe('true')
    expect(report.drifted).toBe(true)
  })

  it('does not drift between winter and its own later months', async () => {
    const { outputs, report, failures } = await check({ reference: data.winter, current: data.lateWinter, ignore: 'date', 'fail-on-drift': 'true' })
    expect(failures).toEqual([])
    expect(outputs).toMatchObject({ drifted: 'false', 'drifted-columns': '[]' })
    expect(report.verdict).toBe('not drifted')
  })

  it('compares with the training profile of a model directory, and says so', async () => {
    const { outputs, report, summary } = await check({ reference: model, current: data.summer, ignore: 'date' })
    expect(outputs.drifted).toBe('true')
    // The profile is of the rows train fitted on: the winter's 361 less the 72 it held out for validation.
    expect(report.reference).toMatchObject({ kind: 'profile', rows: 289, source: { kind: 'model-dir', path: model, profile: join(model, 'profile.json') } })
    expect(column(report, 'temp_max')).toMatchObject({ drifted: true, sampled: true })
    expect(summary).toContain('the training profile of 289 rows')
    expect(summary).toContain(`Sources: reference the training profile \`${join(model, 'profile.json')}\``)
  })

  it('reads a gzipped prediction log, where prediction drift is one more column', async () => {
    const log = (name: string, months: number[], gzip: boolean) => {
      const rows = readFileSync(seasonFile(`${name}.csv`, months), 'utf8').trimEnd().split('\n').slice(1)
      const lines = rows.map((line, i) => {
        const [date, precipitation, tempMax, tempMin, wind, weather] = line.split(',')
        return JSON.stringify({ timestamp: `${date}T12:00:00Z`, version: 3, precipitation: Number(precipitation), temp_max: Number(tempMax), temp_min: Number(tempMin), wind: Number(wind), prediction: i % 7 === 0 ? 'fog' : weather })
      })
      const text = lines.join('\n') + '\n'
      return write(`${name}.jsonl${gzip ? '.gz' : ''}`, gzip ? gzipSync(text) : text)
    }
    const { report, outputs } = await check({ reference: log('winter-log', [12, 1, 2], false), current: log('summer-log', [6, 7, 8], true), ignore: 'timestamp, version' })
    expect(outputs.drifted).toBe('true')
    expect(column(report, 'prediction')).toMatchObject({ kind: 'categorical', test: 'chi2', drifted: true })
    expect(report.columns.map((c: { column: string }) => c.column)).toEqual(['precipitation', 'temp_max', 'temp_min', 'wind', 'prediction'])
  })

  it('downloads a registered version as reference and removes it after', async () => {
    // A folder of its own, so that other tests' downloads cannot be taken for leftovers.
    const temp = mkdtempSync(join(tmpdir(), 'mlops-drift-temp-'))
    const saved = process.env.TMPDIR
    process.env.TMPDIR = temp
    try {
      for (const reference of ['models:/seattle@champion', 'champion', 'models:/seattle/1']) {
        const { outputs, report, failures, logs } = await check({ reference, name: 'seattle', registry: `local:${registry}`, current: data.summer, ignore: 'date' })
        expect(failures).toEqual([])
        expect(outputs.drifted).toBe('true')
        expect(report.reference).toMatchObject({ kind: 'profile', source: { kind: 'registry', version: 'models:/seattle/1', digest: expect.stringMatching(/^[0-9a-f]{64}$/) } })
        expect(logs.some((line) => line.startsWith('Reference: models:/seattle/1'))).toBe(true)
      }
      expect(readdirSync(temp)).toEqual([])
    } finally {
      if (saved === undefined) delete process.env.TMPDIR
      else process.env.TMPDIR = saved
      rmSync(temp, { recursive: true, force: true })
    }
  })
})

describe('performance drift', () => {
  it('scores the labelled rows through the model and holds each metric to its metrics.json', async () => {
    const { report, summary, outputs } = await check({ reference: model, current: data.winter, target: 'weather', ignore: 'date' })
    const trained = JSON.parse(readFileSync(join(model, 'metrics.json'), 'utf8'))
    expect(report.performance).toMatchObject({ status: 'compared', model, target: 'weather', labelledRows: 361, bootstrap: { resamples: 1000, confidence: 0.95, seed: 0 } })
    const accuracy = report.performance.metrics.find((m: { metric: string }) => m.metric === 'accuracy')
    expect(accuracy).toMatchObject({ greaterIsBetter: true, reference: trained.accuracy, degraded: false })
    expect(accuracy.ci[0]).toBeLessThanOrEqual(accuracy.current)
    expect(accuracy.ci[1]).toBeGreaterThanOrEqual(accuracy.current)
    expect(outputs.drifted).toBe('false')
    expect(summary).toContain('### Performance: 🟢 no metric degraded')
  })

  it('finds accuracy degraded when the labels no longer match, and counts it as drift', async () => {
    // The same features, every label now snow: the model's accuracy collapses.
    const relabelled = seasonFile('snow.csv', [12, 1, 2], { change: (fields) => [...fields.slice(0, 5), 'snow'] })
    const { report, outputs, summary } = await check({ reference: model, 'model-dir': model, current: relabelled, target: 'weather', ignore: 'date, weather' })
    expect(report.verdict).toBe('not drifted')
    expect(report.performance.degradedMetrics).toContain('accuracy')
    const accuracy = report.performance.metrics.find((m: { metric: string }) => m.metric === 'accuracy')
    expect(accuracy.reference).toBeGreaterThan(accuracy.ci[1])
    expect(outputs.drifted).toBe('true')
    expect(summary).toMatch(/### Performance: 🔴 degraded: .*accuracy/)
  })

  it('scores the registered model of a registry reference, and only rows that have a label', async () => {
    const partly = seasonFile('partly.csv', [12, 1, 2], { change: (fields) => [...fields.slice(0, 5), Number(fields[0]!.slice(8, 10)) % 2 === 0 ? '' : fields[5]!] })
    const { report } = await check({ reference: 'champion', name: 'seattle', registry: `local:${registry}`, current: partly, target: 'weather', ignore: 'date' })
    expect(report.performance).toMatchObject({ status: 'compared', model: 'models:/seattle/1' })
    expect(report.performance.labelledRows).toBeGreaterThan(150)
    expect(report.performance.labelledRows).toBeLessThan(220)
  })

  it('waits for labels: no target column yet, or fewer labelled rows than min-samples', async () => {
    const unlabelled = seasonFile('unlabelled.csv', [6], { drop: 'weather' })
    const none = await check({ reference: model, current: unlabelled, target: 'weather', ignore: 'date' })
    expect(none.report.performance).toMatchObject({ status: 'no labels', degraded: false, metrics: [] })
    expect(none.summary).toContain('Not measured: the current data has no `weather` column yet')
    const few = await check({ reference: model, current: data.summer, target: 'weather', ignore: 'date', 'min-samples': '400' })
    expect(few.report.performance).toMatchObject({ status: 'insufficient data', labelledRows: 368 })
  })
})

describe('monitor-drift on bad or thin input', () => {
  it('reports an empty current file, or fewer rows than min-samples, as insufficient data, never drifted', async () => {
    const cases = { header: 'date,precipitation,temp_max,temp_min,wind,weather\n', nothing: '' }
    for (const [name, content] of Object.entries(cases)) {
      const { outputs, report, summary, failures } = await check({ reference: data.winter, current: write(`${name}.csv`, content), 'fail-on-drift': 'true' })
      expect(failures).toEqual([])
      expect(outputs).toMatchObject({ drifted: 'false', 'drift-share': '0', 'drifted-columns': '[]' })
      expect(report).toMatchObject({ verdict: 'insufficient data', current: { rows: 0 } })
      expect(summary).toContain('insufficient data · the current data has 0 rows, fewer than min-samples (30)')
    }
    const few = await check({ reference: data.winter, current: data.summer, 'min-samples': '500' })
    expect(few.outputs.drifted).toBe('false')
    expect(few.report.verdict).toBe('insufficient data')
    expect(JSON.stringify(few.report)).not.toContain('NaN')
  })

  it('names the inputs when reference and current share no column', async () => {
    expect(await refused({ reference: data.winter, current: write('other.csv', 'a,b\n1,2\n') })).toBe(
      "Inputs 'reference' and 'current' have no column in common to compare: the reference has 'date', 'precipitation', 'temp_max', 'temp_min', 'wind', 'weather'; current has 'a', 'b'.",
    )
  })

  it('reports a column missing from current as a finding, not a failure', async () => {
    const noWind = seasonFile('no-wind.csv', [12, 1, 2], { drop: 'wind' })
    const { report, failures, annotations } = await check({ reference: data.winter, current: noWind, ignore: 'date' })
    expect(failures).toEqual([])
    expect(column(report, 'wind')).toMatchObject({ status: 'missing in current', drifted: false, current: null })
    expect(report.findings).toContainEqual({ type: 'missing in current', column: 'wind' })
    expect(annotations).toContainEqual(expect.objectContaining({ severity: 'warning', message: "Column 'wind' of the reference is not in the current data." }))
  })

  it('counts a column whose numbers became text as drifted, and says which', async () => {
    const text = seasonFile('text.csv', [1, 2], { change: (fields) => [fields[0]!, fields[1]!, `${fields[2]} C`, ...fields.slice(3)] })
    const { report, annotations } = await check({ reference: data.winter, current: text, ignore: 'date' })
    expect(column(report, 'temp_max')).toMatchObject({ status: 'kind changed', drifted: true, reference: { stored: 'number' }, current: { stored: 'string' } })
    expect(annotations).toContainEqual(expect.objectContaining({ message: "Column 'temp_max' holds numbers in the reference and text in the current data; counted as drifted." }))
  })

  it('names the column and the test for an unknown test, one that does not apply, or a threshold out of range', async () => {
    const base = { reference: data.winter, current: data.summer }
    expect(await refused({ ...base, tests: '{temp_max: kolmogorov}' })).toBe(
      "Input 'tests': column 'temp_max': unknown drift test 'kolmogorov'; the tests are ks, wasserstein, chi2, chi2_gof, z, jensenshannon, psi, linf.",
    )
    expect(await refused({ ...base, tests: '{weather: ks}' })).toBe("Input 'tests': column 'weather': drift test 'ks' does not apply to categorical columns; it takes numeric columns.")
    expect(await refused({ ...base, tests: '{temp_max: {test: ks, threshold: 1.5}}' })).toBe("Input 'tests': column 'temp_max': drift test 'ks': threshold 1.5 must be between 0 and 1, exclusive.")
    expect(await refused({ ...base, tests: '{temp_max: {test: ks, alpha: 0.1}}' })).toBe("Input 'tests': column 'temp_max': unknown key 'alpha'; the keys are test and threshold.")
    expect(await refused({ ...base, tests: '{humidity: ks}' })).toMatch(/^Input 'tests': no column 'humidity' in the reference; its columns are 'date', /)
    expect(await refused({ ...base, 'drift-share': '0' })).toBe("Input 'drift-share': must be a number in (0, 1], got 0.")
    expect(await refused({ ...base, correction: 'holm' })).toBe("Input 'correction': unknown correction 'holm'; use none, bonferroni, fdr.")
  })

  it('applies tests from a file, with their thresholds', async () => {
    const tests = write('tests.yml', 'temp_max: {test: psi, threshold: 0.2}\nweather: linf\n')
    const { report } = await check({ reference: data.winter, current: data.summer, tests, ignore: 'date' })
    expect(column(report, 'temp_max')).toMatchObject({ test: 'psi', threshold: 0.2, p_value: null, drifted: true })
    expect(column(report, 'weather')).toMatchObject({ test: 'linf', threshold: 0.1 })
  })

  it('says why a registry reference does not resolve, and needs name for champion', async () => {
    expect(await refused({ reference: 'models:/seattle@staging', registry: `local:${registry}`, current: data.summer })).toBe(
      `Input 'reference': 'models:/seattle@staging' does not resolve in the local registry at ${registry}: Model 'seattle' has no alias 'staging'; its aliases are champion (v1).`,
    )
    expect(await refused({ reference: 'models:/seattle/7', registry: `local:${registry}`, current: data.summer })).toBe(
      `Input 'reference': 'models:/seattle/7' does not resolve in the local registry at ${registry}: model 'seattle' has no version 7; it has 1.`,
    )
    expect(await refused({ reference: 'models:/weather@champion', registry: `local:${registry}`, current: data.summer })).toBe(
      `Input 'reference': 'models:/weather@champion' does not resolve: Model 'weather' has no versions in the local registry at ${registry}.`,
    )
    expect(await refused({ reference: 'models:/seattle', current: data.summer })).toMatch(/^Input 'reference': 'models:\/seattle' is not a model URI/)
    expect(await refused({ reference: 'champion', current: data.summer })).toBe("Input 'name' is required with 'reference: champion': it names the model whose champion to compare with.")
  })

  it('needs a model for target, and target for model-dir', async () => {
    expect(await refused({ reference: data.winter, current: data.summer, target: 'weather' })).toBe(
      "Input 'target': performance drift needs a model; give 'model-dir', or a model directory or registered version as 'reference'.",
    )
    expect(await refused({ reference: data.winter, current: data.summer, 'model-dir': model })).toBe("Input 'model-dir' is scored only against labels: give 'target', the label column in 'current'.")
  })

  it('refuses a model directory without a profile, and a report over an input', async () => {
    const bare = mkdtempSync(join(dir, 'bare-'))
    expect(await refused({ reference: bare, current: data.summer })).toBe(`Input 'reference': directory '${bare}' has no profile.json; train writes it beside every model. Give a data file as reference instead.`)
    expect(await refused({ reference: data.winter, current: data.summer, report: data.summer })).toBe(
      `Input 'report': '${data.summer}' is the same file as input 'current' ('${data.summer}'), which this run reads; write it elsewhere.`,
    )
  })
})
