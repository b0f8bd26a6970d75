import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runBundledAction, type ActionRun } from '../helpers/action.js'
import { repoPath } from '../helpers/repo.js'

const SOURCE = repoPath('node_modules', 'vega-datasets', 'data', 'seattle-weather.csv')
const CLEAN = 'seattle-weather.csv'
const CORRUPTED = 'seattle-weather-corrupted.csv'
const SCHEMA = 'seattle-weather.schema.yml'

/** Source lines (header = 1) of each corruption in the corrupted copy. */
const AT = { wrongType: 11, outOfRange: 21, unknownCategory: 31, ragged: 41, duplicated: 51 }

let fixtures: string
let inferRun: ActionRun
const workspaces: string[] = []

/** A fresh workspace holding the clean data, its corrupted copy and the schema inferred from the clean data. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-workspace-'))
  workspaces.push(dir)
  cpSync(fixtures, dir, { recursive: true })
  return dir
}

function corrupt(csv: string): string {
  const lines = csv.trimEnd().split('\n')
  const setField = (line: number, field: number, value: string) => {
    const fields = lines[line - 1].split(',')
    fields[field] = value
    lines[line - 1] = fields.join(',')
  }
  setField(AT.wrongType, 2, 'warm') // temp_max
  setField(AT.outOfRange, 4, '250') // wind
  setField(AT.unknownCategory, 5, 'hail') // weather
  lines[AT.ragged - 1] = lines[AT.ragged - 1].split(',').slice(0, 5).join(',')
  lines.push(lines[AT.duplicated - 1])
  return lines.join('\n') + '\n'
}

function expectNoStackTrace(run: ActionRun): void {
  expect(run.stdout + run.stderr).not.toMatch(/^\s{4}at /m)
}

beforeAll(async () => {
  fixtures = mkdtempSync(join(tmpdir(), 'mlops-fixtures-'))
  cpSync(SOURCE, join(fixtures, CLEAN))
  writeFileSync(join(fixtures, CORRUPTED), corrupt(readFileSync(SOURCE, 'utf8')))
  inferRun = await runBundledAction('data-validate', { cwd: fixtures, inputs: { data: CLEAN, 'write-schema': SCHEMA } })
  rmSync(join(fixtures, 'data-validation.json'), { force: true })
})

afterAll(() => {
  for (const dir of [fixtures, ...workspaces]) rmSync(dir, { recursive: true, force: true })
})

describe('data-validate bundle', () => {
  it('infers a schema from the real data and passes', () => {
    expect(inferRun.exitCode, inferRun.stdout + inferRun.stderr).toBe(0)
    expect(inferRun.outputs).toMatchObject({ valid: 'true', errors: '0', warnings: '0', rows: '1461', report: 'data-validation.json' })
    const sha256 = createHash('sha256').update(readFileSync(SOURCE)).digest('hex')
    expect(inferRun.outputs['data-hash']).toMatch(/^[0-9a-f]{64}$/)
    expect(inferRun.outputs['data-hash']).toBe(sha256)

    const schema = parseYaml(readFileSync(join(fixtures, SCHEMA), 'utf8'))
    expect(Object.keys(schema.columns)).toEqual(['date', 'precipitation', 'temp_max', 'temp_min', 'wind', 'weather'])
    expect(schema.columns.weather).toMatchObject({ type: 'category', allowed: ['drizzle', 'fog', 'rain', 'snow', 'sun'] })
    expect(schema.columns.wind.type).toBe('number')
    expect(inferRun.annotations).toEqual([])
    expect(inferRun.summary).toContain('Data validation passed')
  })

  it('validates the clean data against the inferred schema', async () => {
    const run = await runBundledAction('data-validate', { cwd: workspace(), inputs: { data: CLEAN, schema: SCHEMA } })
    expect(run.exitCode, run.stdout + run.stderr).toBe(0)
    expect(run.outputs).toMatchObject({ valid: 'true', errors: '0', rows: '1461', 'data-hash': inferRun.outputs['data-hash'] })
  })

  it('reads on as many threads as MLOPS_THREADS asks, with the same findings as on one', async () => {
    const dir = workspace()
    const [one, two] = await Promise.all(
      ['1', '2'].map((threads) => runBundledAction('data-validate', { cwd: dir, inputs: { data: CORRUPTED, schema: SCHEMA, report: `report-${threads}.json` }, env: { MLOPS_THREADS: threads } })),
    )
    expect(one.stdout).toContain('Validated on 1 thread\n')
    expect(two.stdout).toContain('Validated on 2 threads\n')
    expect(two.outputs.errors).toBe(one.outputs.errors)
    expect(Number(two.outputs.errors)).toBeGreaterThan(0)
    const report = (threads: string) => JSON.parse(readFileSync(join(dir, `report-${threads}.json`), 'utf8'))
    expect(report('2').findings).toEqual(report('1').findings)
  })

  describe('on corrupted data', () => {
    let run: ActionRun
    let dir: string

    beforeAll(async () => {
      dir = workspace()
      run = await runBundledAction('data-validate', { cwd: dir, inputs: { data: CORRUPTED, schema: SCHEMA } })
    })

    it('fails the step with valid=false and the error count', () => {
      expect(run.exitCode).toBe(1)
      expect(run.outputs.valid).toBe('false')
      const errors = Number(run.outputs.errors)
      expect(errors).toBeGreaterThanOrEqual(5)
      const report = JSON.parse(readFileSync(join(dir, 'data-validation.json'), 'utf8'))
      expect(report.summary.errors).toBe(errors)
      expect(report.findings.filter((finding: { severity: string }) => finding.severity === 'error')).toHaveLength(errors)
      expect(report.valid).toBe(false)
      expect(report.run).toBe('https://github.com/mlops-actions/mlops-actions/actions/runs/4242')
      expect(run.annotations).toContainEqual(expect.objectContaining({ severity: 'error', message: expect.stringMatching(/^Data validation failed/) }))
      expectNoStackTrace(run)
    })

    it('annotates each finding at its file and line', () => {
      const at = (line: number, title: string, message: RegExp) =>
        expect(run.annotations).toContainEqual(
          expect.objectContaining({ severity: 'error', file: CORRUPTED, line, title: `data-validate: ${title}`, message: expect.stringMatching(message) }),
        )
      at(AT.wrongType, 'type', /^temp_max: 'warm'/)
      at(AT.outOfRange, 'max', /^wind: 250 /)
      at(AT.unknownCategory, 'allowed', /^weather: 'hail'/)
      at(AT.ragged, 'row-shape', /5 fields/)
      // The copy of line 51 is appended after 1461 data rows: header + 1461 + 1.
      at(1463, 'duplicate-rows', /repeats line 51/)
    })

    it('writes a job summary with the findings table and the column profile', () => {
      expect(run.summary).toContain('Data validation failed')
      expect(run.summary).toContain('### Findings')
      expect(run.summary).toContain(`| ❌ | ${CORRUPTED}:${AT.wrongType} | temp_max | type |`)
      expect(run.summary).toContain(`| ❌ | ${CORRUPTED}:${AT.unknownCategory} | weather | allowed |`)
      expect(run.summary).toContain('Column profile')
      expect(run.summary).toMatch(/\| `wind` \| number \| 0 \| [\d,]+ \| 0\.4 \| 250 \|/)
    })
  })

  it('annotates files relative to the workspace when data is given as an absolute path', async () => {
    const dir = workspace()
    const run = await runBundledAction('data-validate', { cwd: dir, inputs: { data: join(dir, CORRUPTED), schema: SCHEMA } })
    expect(run.exitCode).toBe(1)
    expect(run.annotations).toContainEqual(expect.objectContaining({ file: CORRUPTED, line: AT.wrongType }))
  })

  it("stays within GitHub's 10 error annotations per step, keeping the failure reason", async () => {
    // GitHub drops a step's error annotations after the tenth, in the order they are printed.
    const dir = workspace()
    const lines = readFileSync(join(dir, CLEAN), 'utf8').split('\n')
    for (let line = 2; line <= 16; line++) lines[line - 1] = lines[line - 1].replace(/^([^,]*,[^,]*),[^,]*/, '$1,warm')
    writeFileSync(join(dir, 'many.csv'), lines.join('\n'))
    const run = await runBundledAction('data-validate', { cwd: dir, inputs: { data: 'many.csv', schema: SCHEMA } })
    expect(run.exitCode).toBe(1)
    expect(Number(run.outputs.errors)).toBeGreaterThanOrEqual(15)
    const errors = run.annotations.filter((annotation) => annotation.severity === 'error')
    expect(errors.length, errors.map((annotation) => annotation.message).join('\n')).toBeLessThanOrEqual(10)
    expect(errors.map((annotation) => annotation.message)).toContainEqual(expect.stringMatching(/^Data validation failed/))
  })

  it('with fail-on: never passes the step but reports valid=false, still counting the errors', async () => {
    // `valid` says whether the data has errors; fail-on decides only the step's status.
    const run = await runBundledAction('data-validate', { cwd: workspace(), inputs: { data: CORRUPTED, schema: SCHEMA, 'fail-on': 'never' } })
    expect(run.exitCode, run.stdout + run.stderr).toBe(0)
    expect(run.outputs.valid).toBe('false')
    expect(run.summary).toContain('Data validation failed (not enforced)')
    expect(Number(run.outputs.errors)).toBeGreaterThanOrEqual(5)
    expect(run.annotations.some((annotation) => annotation.file === CORRUPTED && annotation.line === AT.wrongType)).toBe(true)
  })

  it('with fail-on: warning fails on warnings alone', async () => {
    const dir = workspace()
    // `std` bounds are warnings by default, so a tight one gives the clean data a warning and no error.
    const schema = parseYaml(readFileSync(join(dir, SCHEMA), 'utf8'))
    schema.columns.wind.std = { max: 0.5 }
    writeFileSync(join(dir, 'tight.yml'), JSON.stringify(schema))
    const inputs = { data: CLEAN, schema: 'tight.yml' }
    const lenient = await runBundledAction('data-validate', { cwd: dir, inputs })
    expect(lenient.exitCode, lenient.stdout + lenient.stderr).toBe(0)
    expect(lenient.outputs).toMatchObject({ valid: 'true', errors: '0', warnings: '1' })
    const strict = await runBundledAction('data-validate', { cwd: dir, inputs: { ...inputs, 'fail-on': 'warning' } })
    expect(strict.exitCode).toBe(1)
    expect(strict.outputs).toMatchObject({ valid: 'true', errors: '0', warnings: '1' })
  })

  it('reads inputs from a config file, and a direct input wins over it', async () => {
    const dir = workspace()
    writeFileSync(join(dir, 'validate.yml'), [`data: ${CORRUPTED}`, `schema: ${SCHEMA}`, 'fail-on: never', 'report: reports/from-config.json', ''].join('\n'))

    const fromConfig = await runBundledAction('data-validate', { cwd: dir, inputs: { config: 'validate.yml' } })
    expect(fromConfig.exitCode, fromConfig.stdout + fromConfig.stderr).toBe(0)
    expect(fromConfig.outputs).toMatchObject({ valid: 'false', report: 'reports/from-config.json' })
    expect(existsSync(join(dir, 'reports', 'from-config.json'))).toBe(true)

    const overridden = await runBundledAction('data-validate', { cwd: dir, inputs: { config: 'validate.yml', 'fail-on': 'error', data: CLEAN } })
    expect(overridden.exitCode, overridden.stdout + overridden.stderr).toBe(0)
    expect(overridden.outputs).toMatchObject({ valid: 'true', rows: '1461', 'data-hash': inferRun.outputs['data-hash'] })

    const failing = await runBundledAction('data-validate', { cwd: dir, inputs: { config: 'validate.yml', 'fail-on': 'error' } })
    expect(failing.exitCode).toBe(1)
    expect(failing.outputs.valid).toBe('false')
  })

  it('rejects an unknown key in the config file, naming it', async () => {
    const dir = workspace()
    writeFileSync(join(dir, 'validate.yml'), `data: ${CLEAN}\nfail_on: never\n`)
    const run = await runBundledAction('data-validate', { cwd: dir, inputs: { config: 'validate.yml' } })
    expect(run.exitCode).toBe(1)
    expect(run.annotations).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringContaining("unknown key 'fail_on'") })])
    expect(run.annotations[0].message).toContain('validate.yml')
    expect(run.outputs).toEqual({})
    expectNoStackTrace(run)
  })

  it('writes the JSON report at the report path and returns that path', async () => {
    const dir = workspace()
    const run = await runBundledAction('data-validate', { cwd: dir, inputs: { data: CLEAN, schema: SCHEMA, report: 'out/dv/report.json' } })
    expect(run.exitCode, run.stdout + run.stderr).toBe(0)
    expect(run.outputs.report).toBe('out/dv/report.json')
    const report = JSON.parse(readFileSync(join(dir, 'out', 'dv', 'report.json'), 'utf8'))
    expect(report).toMatchObject({
      tool: 'mlops-actions/data-validate',
      valid: true,
      failOn: 'error',
      schema: SCHEMA,
      data: { rows: 1461, hash: run.outputs['data-hash'], files: [{ path: CLEAN, format: 'csv', sha256: run.outputs['data-hash'] }] },
      summary: { errors: 0, warnings: 0 },
      findings: [],
    })
    expect(Object.keys(report.profile)).toHaveLength(6)
    expect(existsSync(join(dir, 'data-validation.json'))).toBe(false)
  })

  it('fails with a clear message and no stack trace when the required input data is missing', async () => {
    const run = await runBundledAction('data-validate', { cwd: workspace(), inputs: { schema: SCHEMA } })
    expect(run.exitCode).toBe(1)
    expect(run.annotations).toEqual([{ severity: 'error', message: expect.stringContaining("Input 'data' is required") }])
    expectNoStackTrace(run)
  })

  it('names the input when a file does not exist', async () => {
    const run = await runBundledAction('data-validate', { cwd: workspace(), inputs: { data: 'missing/*.csv' } })
    expect(run.exitCode).toBe(1)
    expect(run.annotations).toEqual([{ severity: 'error', message: expect.stringMatching(/^Input 'data'.*'missing\/\*\.csv'/) }])
    expectNoStackTrace(run)
  })
})
