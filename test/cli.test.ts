import { execFile, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const BIN = join(ROOT, 'build', 'shared', 'cli', 'bin.js')
const OUTPUTS = ['valid', 'errors', 'warnings', 'rows', 'data-hash', 'report']

let work: string

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'mlops-cli-'))
  writeFileSync(join(work, 'good.csv'), 'id,price,kind\n1,2.5,a\n2,3,b\n3,4,a\n')
  writeFileSync(join(work, 'bad.csv'), 'id,price,kind\n1,2.5,a\n2,-3,b\n2,4,c\n')
  writeFileSync(join(work, 'schema.yml'), 'columns:\n  id: {type: integer, unique: true}\n  price: {type: number, min: 0}\n  kind: {type: category, allowed: [a, b]}\n')
}, 120_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

interface Run {
  code: number
  stdout: string
  stderr: string
}

function mlops(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: work, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      const code = error ? ((error as { code?: number }).code ?? -1) : 0
      resolve({ code: typeof code === 'number' ? code : -1, stdout, stderr })
    })
  })
}

function expectNoStack(run: Run): void {
  expect(run.stdout + run.stderr).not.toMatch(/^\s+at /m)
}

describe('mlops validate', () => {
  it('prints exactly one JSON object of the outputs with --json and exits 0 when the checks pass', async () => {
    const run = await mlops(['validate', '--data', 'good.csv', '--schema', 'schema.yml', '--report', 'out/good.json', '--json'])
    expect(run.code).toBe(0)
    expect(run.stdout.endsWith('\n')).toBe(true)
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1)
    const outputs = JSON.parse(run.stdout) as Record<string, unknown>
    expect(Object.keys(outputs).sort()).toEqual([...OUTPUTS].sort())
    // Each output has its JSON type: booleans and counts are not strings.
    expect(outputs).toEqual({
      valid: true,
      errors: 0,
      warnings: 0,
      rows: 3,
      'data-hash': createHash('sha256').update(readFileSync(join(work, 'good.csv'))).digest('hex'),
      report: 'out/good.json',
    })
    expect(run.stderr).toContain('Reading good.csv against schema.yml')
    expect(JSON.parse(readFileSync(join(work, 'out/good.json'), 'utf8'))).toMatchObject({ valid: true, data: { rows: 3 } })
  })

  it('exits 1 when checks fail, keeping stdout to the JSON object and naming each finding on stderr', async () => {
    const run = await mlops(['validate', '--data=bad.csv', '--schema=schema.yml', '--report=bad.json', '--json'])
    expect(run.code).toBe(1)
    expect(JSON.parse(run.stdout)).toMatchObject({ valid: false, errors: 3, warnings: 0, rows: 3 })
    expect(run.stderr.split('\n')).toEqual(
      expect.arrayContaining([
        'bad.csv:3: error: price: -3 is below the minimum 0',
        "bad.csv:4: error: kind: 'c' is not an allowed value (allowed: 'a', 'b')",
        'bad.csv:4: error: id: duplicate value: the same value is at line 3',
        "mlops validate: Data validation failed: 3 findings at or above 'error' (see bad.json).",
      ]),
    )
    expectNoStack(run)
  })

  it('prints the summary as terminal text on stdout without --json: tables kept, no HTML tags', async () => {
    const run = await mlops(['validate', '--data', 'bad.csv', '--schema', 'schema.yml', '--report', 'summary.json'])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('## ❌ Data validation failed')
    expect(run.stdout).toContain('**3 rows** in `bad.csv` · 3 errors · 0 warnings')
    expect(run.stdout).toMatch(/^▸ Column profile$/m)
    expect(run.stdout).toMatch(/^\| column \|/m)
    expect(run.stdout).not.toMatch(/<\/?(details|summary|code)\b/)
    expect(run.stderr).not.toContain('## ')
  })

  it('exits 0 on invalid data with --fail-on never, still reporting valid=false', async () => {
    const run = await mlops(['validate', '--data', 'bad.csv', '--schema', 'schema.yml', '--fail-on', 'never', '--report', 'never.json', '--json'])
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ valid: false, errors: 3 })
  })

  it('exits 2 on a bad input, with a one-line message and nothing on stdout', async () => {
    const missing = await mlops(['validate', '--data', 'nope.csv', '--json'])
    expect(missing).toEqual({ code: 2, stdout: '', stderr: "mlops validate: Input 'data': no file matches 'nope.csv'.\n" })

    writeFileSync(join(work, 'typo.yml'), 'columns:\n  price:\n    type: number\n    mni: 0\n')
    const schema = await mlops(['validate', '--data', 'good.csv', '--schema', 'typo.yml', '--json'])
    expect(schema).toEqual({ code: 2, stdout: '', stderr: "mlops validate: typo.yml:4:5: columns.price.mni: unknown key 'mni'.\n" })

    writeFileSync(join(work, 'empty.csv'), '')
    const empty = await mlops(['validate', '--data', 'empty.csv'])
    expect(empty.code).toBe(2)
    expect(empty.stderr.trimEnd().split('\n').at(-1)).toBe('mlops validate: empty.csv: the file is empty (expected a header line).')
    expectNoStack(empty)
  })

  it('rejects an unknown flag, suggesting the closest one, else listing the flags', async () => {
    const typo = await mlops(['validate', '--data', 'good.csv', '--schma', 'schema.yml'])
    expect(typo).toEqual({ code: 2, stdout: '', stderr: "mlops validate: unknown flag '--schma'; did you mean --schema?\n" })
    expect(await mlops(['validate', '--data', 'good.csv', '--jsno'])).toEqual({ code: 2, stdout: '', stderr: "mlops validate: unknown flag '--jsno'; did you mean --json?\n" })
    const unrelated = await mlops(['validate', '--data', 'good.csv', '--threads', '2'])
    expect(unrelated).toEqual({
      code: 2,
      stdout: '',
      stderr: "mlops validate: unknown flag '--threads'. Flags: --data, --schema, --write-schema, --fail-on, --missing-values, --report, --config, --json.\n",
    })
  })

  it('rejects a flag without a value and a bare argument', async () => {
    expect(await mlops(['validate', '--data'])).toEqual({ code: 2, stdout: '', stderr: "mlops validate: flag '--data' needs a value; leave it out for the default.\n" })
    expect(await mlops(['validate', 'good.csv'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "mlops validate: unexpected argument 'good.csv'; inputs are given as --name value.\n",
    })
  })

  it('rejects an unknown command', async () => {
    expect(await mlops(['valdiate'])).toEqual({ code: 2, stdout: '', stderr: "mlops: unknown command 'valdiate'; did you mean 'validate'? Commands: validate, train, gate, register, drift, predict, deploy, comment, gated-run, sweep, serve.\n" })
    expect(await mlops(['publish'])).toEqual({ code: 2, stdout: '', stderr: "mlops: unknown command 'publish'. Commands: validate, train, gate, register, drift, predict, deploy, comment, gated-run, sweep, serve.\n" })
  })

  it('describes every input and output with --help', async () => {
    const run = await mlops(['validate', '--help'])
    expect(run.code).toBe(0)
    expect(run.stdout.split('\n')[0]).toBe('Usage: mlops validate [--input value ...] [--json]')
    for (const flag of ['--data', '--schema', '--write-schema', '--fail-on', '--missing-values', '--report', '--config', '--json']) {
      expect(run.stdout).toMatch(new RegExp(`^  ${flag} `, 'm'))
    }
    expect(run.stdout).toMatch(/^ {2}--data +Path or glob of the data files.*\(required\)$/m)
    for (const output of OUTPUTS) expect(run.stdout).toMatch(new RegExp(`^  ${output} `, 'm'))
  })

  it('lists the commands with --help, and exits 2 without a command', async () => {
    const help = await mlops(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage: mlops <command> \[--input value \.\.\.\] \[--json\]\n/)
    expect(help.stdout).toMatch(/^ {2}validate +Validate tabular data/m)
    const bare = await mlops([])
    expect(bare.code).toBe(2)
    expect(bare.stdout + bare.stderr).toContain('Usage: mlops <command>')
  })

  it('writes an inferred schema with --write-schema', async () => {
    const run = await mlops(['validate', '--data', 'good.csv', '--write-schema', 'inferred/good.yml', '--report', 'infer.json', '--json'])
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('Wrote the inferred schema to inferred/good.yml')
    const again = await mlops(['validate', '--data', 'good.csv', '--schema', 'inferred/good.yml', '--report', 'again.json', '--json'])
    expect(again.code).toBe(0)
    expect(JSON.parse(again.stdout)).toMatchObject({ valid: true, errors: 0, warnings: 0 })
  })
})

describe('mlops validate on several threads', () => {
  const args = (report: string) => ['validate', '--data', 'threads.csv', '--schema', 'threads.yml', '--report', report, '--json']
  const findings = (name: string) => (JSON.parse(readFileSync(join(work, name), 'utf8')) as { findings: unknown[] }).findings
  let one: Run
  let three: Run

  beforeAll(async () => {
    const rows = ['id,price,kind,note']
    for (let i = 0; i < 5000; i++) rows.push(`${i % 4000},${(i % 13) - 1},${['a', 'b', 'c'][i % 3]},${i % 7 === 0 ? '' : 'n'}`)
    writeFileSync(join(work, 'threads.csv'), rows.join('\n') + '\n')
    writeFileSync(
      join(work, 'threads.yml'),
      'columns:\n  id: {type: integer, unique: true}\n  price: {type: number, min: 0}\n  kind: {type: category, allowed: [a, b]}\n  note: {type: string, nullable: false}\n' +
        'duplicate-rows: {max-share: 0}\nrows: {max: 100}\nunique: [[id, kind]]\n',
    )
    one = await mlops(args('one.json'), { MLOPS_THREADS: '1' })
    three = await mlops(args('three.json'), { MLOPS_THREADS: '3' })
  })

  it('reports the same outputs and findings as on one thread', () => {
    expect([one.code, three.code]).toEqual([1, 1])
    const outputs = (run: Run) => ({ ...(JSON.parse(run.stdout) as Record<string, unknown>), report: '' })
    expect(outputs(three)).toEqual(outputs(one))
    const sorted = (name: string) => findings(name).map((finding) => JSON.stringify(finding)).sort()
    expect(sorted('three.json')).toEqual(sorted('one.json'))
    expect(findings('one.json').length).toBeGreaterThan(100)
  })

  it('lists the findings in the same order as on one thread', () => {
    expect(findings('three.json')).toEqual(findings('one.json'))
  })

  it('rejects a label-balance column the schema does not define, as on one thread', async () => {
    writeFileSync(join(work, 'label.yml'), 'columns:\n  id: {type: integer}\n  price: {type: number}\n  kind: {type: category}\nlabel-balance: {column: target, min-class-share: 0.1}\n')
    const label = ['validate', '--data', 'good.csv', '--schema', 'label.yml', '--report', 'label.json', '--json']
    const message = "mlops validate: label.yml:5:25: label-balance.column: column 'target' is not defined under columns."
    for (const threads of ['1', '3']) {
      const run = await mlops(label, { MLOPS_THREADS: threads })
      expect({ threads, code: run.code, stdout: run.stdout, last: run.stderr.trimEnd().split('\n').at(-1) }).toEqual({ threads, code: 2, stdout: '', last: message })
    }
  })
})

describe('mlops conventions', () => {
  it('takes a boolean input as a flag, and refuses an upload outside GitHub Actions before training', async () => {
    const env = { ACTIONS_RUNTIME_TOKEN: '', ACTIONS_RESULTS_URL: '' }
    const message = "mlops train: Input 'upload-artifact': uploading needs GitHub Actions' runtime (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are unset); run it in a workflow, or set it to false.\n"
    const run = await mlops(['train', '--data', 'good.csv', '--target', 'kind', '--output-dir', 'never-trained', '--upload-artifact'], env)
    expect(run).toEqual({ code: 2, stdout: '', stderr: message })
    expect(existsSync(join(work, 'never-trained'))).toBe(false)
    const separate = await mlops(['train', '--data', 'good.csv', '--target', 'kind', '--upload-artifact', 'false'], env)
    expect(separate).toEqual({ code: 2, stdout: '', stderr: "mlops train: flag '--upload-artifact' takes no separate value; write --upload-artifact=false.\n" })
  })

  it('prints the package version with --version, before or after a command', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
    expect(await mlops(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
    expect(await mlops(['validate', '--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
  })

  it('refuses an explicitly empty flag instead of taking the default', async () => {
    const message = "mlops validate: flag '--report' needs a value; leave it out for the default.\n"
    expect(await mlops(['validate', '--data', 'good.csv', '--report', ''])).toEqual({ code: 2, stdout: '', stderr: message })
    expect(await mlops(['validate', '--data', 'good.csv', '--report='])).toEqual({ code: 2, stdout: '', stderr: message })
    expect(await mlops(['validate', '--data', 'good.csv', '--report', '--json'])).toEqual({ code: 2, stdout: '', stderr: message })
  })

  /** Runs the CLI with its stdout pipe closed before it writes, as `| head -0` does. */
  function mlopsIntoClosedPipe(args: string[]): Promise<{ code: number | null; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [BIN, ...args], { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] })
      child.stdout.destroy()
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      child.on('close', (code) => resolve({ code, stderr }))
    })
  }

  it('keeps the exit code of the run when stdout is closed early, as with | head', async () => {
    const passed = await mlopsIntoClosedPipe(['validate', '--data', 'good.csv', '--schema', 'schema.yml', '--report', 'pipe-good.json'])
    expect(passed.code).toBe(0)
    expect(passed.stderr).not.toMatch(/EPIPE|^\s+at /m)
    const failed = await mlopsIntoClosedPipe(['validate', '--data', 'bad.csv', '--schema', 'schema.yml', '--report', 'pipe-bad.json', '--json'])
    expect(failed.code).toBe(1)
    expect(failed.stderr).not.toMatch(/EPIPE|^\s+at /m)
  })

  it('exits 2 with one line on a config file that is not valid YAML, has an unknown key or a bad value', async () => {
    const config = (name: string, text: string) => (writeFileSync(join(work, name), text), name)
    const run = (name: string) => mlops(['validate', '--data', 'good.csv', '--schema', 'schema.yml', '--report', 'config.json', '--config', name])
    expect(await run(config('broken.yml', 'fail-on: [error\n'))).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/^mlops validate: Input 'config': broken\.yml:2:1: invalid YAML: [^\n]+\n$/) })
    expect(await run(config('unknown.yml', 'threads: 2\n'))).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/^mlops validate: Input 'config': 'unknown\.yml' has unknown key 'threads'; [^\n]+\n$/) })
    expect(await run(config('value.yml', 'fail-on: sometimes\n'))).toEqual({
      code: 2,
      stdout: '',
      stderr: "mlops validate: Input 'fail-on' has invalid value 'sometimes': expected one of error, warning, never.\n",
    })
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`)]
    expect(await run(config('bomb.yml', `${bomb.join('\n')}\n`))).toEqual({
      code: 2,
      stdout: '',
      stderr: "mlops validate: Input 'config': bomb.yml: invalid YAML: its aliases expand to too many values (more than 100); write the values out instead.\n",
    })
  })

  it('exits 2 with the file and line on a JSON Lines value nested 100,000 deep', async () => {
    writeFileSync(join(work, 'deep.jsonl'), `{"id": 1}\n{"id": ${'['.repeat(100_000)}${']'.repeat(100_000)}}\n`)
    writeFileSync(join(work, 'id.yml'), 'columns:\n  id: {type: string}\n')
    const run = await mlops(['validate', '--data', 'deep.jsonl', '--schema', 'id.yml', '--report', 'deep.json'])
    expect(run.code).toBe(2)
    expect(run.stderr.trimEnd().split('\n').at(-1)).toBe('mlops validate: deep.jsonl:2: a value nests arrays or objects more than 256 levels deep.')
    expectNoStack(run)
  })
})
