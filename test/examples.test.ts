import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * The examples/ project, run step by step with the CLI as its workflows run the actions, with the
 * settings read from its own caller workflows: what a new user copies works as the README says.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url))
const BIN = join(ROOT, 'build', 'shared', 'cli', 'bin.js')
const EXAMPLE = join(ROOT, 'examples')

const callerInputs = (file: string): Record<string, string> => {
  const workflow = parseYaml(readFileSync(join(EXAMPLE, '.github', 'workflows', file), 'utf8')) as { jobs: Record<string, { with: Record<string, string> }> }
  return Object.values(workflow.jobs)[0]!.with
}
const pr = callerInputs('mlops-pr.yml')
const drift = callerInputs('mlops-drift.yml')

let work: string

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'mlops-example-'))
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

function mlops(args: string[]): Promise<{ code: number; outputs: Record<string, unknown>; log: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args, '--json'], { cwd: EXAMPLE, maxBuffer: 1 << 24 }, (error, stdout, stderr) => {
      const code = error ? Number((error as { code?: number }).code ?? -1) : 0
      const lines = stdout.trimEnd().split('\n')
      let outputs: Record<string, unknown> = {}
      try {
        outputs = JSON.parse(lines.at(-1) ?? '{}')
      } catch {}
      resolve({ code, outputs, log: stdout + stderr })
    })
  })
}

describe('examples/', () => {
  it('has data that passes its schema', async () => {
    const run = await mlops(['validate', '--data', `${pr.data}, ${pr.holdout}, ${drift.current}`, '--schema', pr.schema!, '--report', join(work, 'validation.json')])
    expect(run.code, run.log).toBe(0)
    expect(run.outputs).toMatchObject({ valid: true, errors: 0, warnings: 0, rows: 1461 })
  })

  it('trains a model that passes its thresholds on the holdout, as a first run', async () => {
    const model = join(work, 'model')
    const train = await mlops(['train', '--data', pr.data!, '--target', pr.target!, '--ignore', pr.ignore!, '--model', pr.model!, '--params', pr.params!, '--output-dir', model])
    expect(train.code, train.log).toBe(0)
    const gate = await mlops(['gate', '--model-dir', model, '--data', pr.holdout!, '--thresholds', pr.thresholds!, '--comment', 'never', '--report', join(work, 'evaluation.json')])
    expect(gate.code, gate.log).toBe(0)
    expect(gate.outputs.passed).toBe(true)
    expect((gate.outputs.metrics as { accuracy: number }).accuracy).toBeGreaterThan(0.75)
  }, 120_000)

  it("finds 2015 drifted from the model's training years, as its README says", async () => {
    const run = await mlops(['drift', '--reference', join(work, 'model'), '--current', drift.current!, '--config', drift['drift-config']!, '--open-issue=false', '--report', join(work, 'drift.json')])
    expect(run.code, run.log).toBe(0)
    expect(run.outputs.drifted).toBe(true)
    expect(run.outputs['drifted-columns']).toEqual(expect.arrayContaining(['temp_max', 'weather']))
  }, 120_000)
})
