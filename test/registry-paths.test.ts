import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoPath } from './helpers/repo.js'

const BIN = repoPath('build', 'shared', 'cli', 'bin.js')

let work: string
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'mlops-registry-paths-'))
  writeFileSync(join(work, 'hp.csv'), 'y_true,y_pred\n1,1\n0,1\n1,1\n')
  // Enough of a model directory for register to get past its paths.
  mkdirSync(join(work, 'm2'))
  writeFileSync(join(work, 'm2', 'metrics.json'), '{"accuracy": 0.5}\n')
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

function mlops(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: work, timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code) : 0, stdout, stderr })
    })
  })
}

describe('the registry input', () => {
  it("refuses 'local:' without a folder instead of writing to .mlops/registry", async () => {
    for (const command of [['register', '--name', 'm', '--model-dir', 'm2'], ['gate', '--predictions', 'hp.csv']]) {
      const run = await mlops([...command, '--registry', 'local:'])
      expect(run.stderr).toBe(`mlops ${command[0]}: Input 'registry': 'local:' names no folder; give one, such as 'local:.mlops/registry'.\n`)
      expect(run.code).toBe(2)
    }
    expect(existsSync(join(work, '.mlops'))).toBe(false)
  })

  it('refuses a local registry inside the model directory, and a model directory inside the registry', async () => {
    const inside = await mlops(['register', '--registry', 'local:m2', '--name', 'm', '--model-dir', 'm2'])
    expect(inside.stderr).toBe("mlops register: Input 'registry': local registry 'm2' is inside input 'model-dir' ('m2'), which train replaces; keep the registry outside the model directory.\n")
    expect(inside.code).toBe(2)
    const outside = await mlops(['register', '--registry', 'local:.', '--name', 'm', '--model-dir', 'm2'])
    expect(outside.stderr).toBe("mlops register: Input 'model-dir': 'm2' is inside input 'registry' (local registry '.'); register a model directory from outside the registry.\n")
    expect(outside.code).toBe(2)
    expect(readdirSync(join(work, 'm2'))).toEqual(['metrics.json'])
  })

  it("refuses a gate report inside the local registry, as register does", async () => {
    const run = await mlops(['gate', '--predictions', 'hp.csv', '--registry', 'local:reg', '--report', 'reg/x.json'])
    expect(run.stderr).toBe("mlops gate: Input 'report': 'reg/x.json' is inside input 'registry' ('reg'), which this run reads; write it elsewhere.\n")
    expect(run.code).toBe(2)
    expect(existsSync(join(work, 'reg'))).toBe(false)
  })
})
