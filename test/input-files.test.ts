import { execFile, execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoPath } from './helpers/repo.js'

const BIN = repoPath('build', 'shared', 'cli', 'bin.js')

let work: string
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'mlops-inputs-'))
  cpSync(repoPath('test', 'fixtures', 'train', 'penguins.csv'), join(work, 'penguins.csv'))
  writeFileSync(join(work, 'sw.csv'), 'a,b\n1,2\n3,4\n')
  writeFileSync(join(work, 'hp.csv'), 'y_true,y_pred\n1,1\n0,1\n1,1\n')
  execFileSync('mkfifo', [join(work, 'fifo')])
  const trained = await mlops(['train', '--data', 'penguins.csv', '--target', 'Species', '--output-dir', 'm', '--params', '{epochs: 1}'])
  expect(trained.code, trained.stderr).toBe(0)
}, 120_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** Runs the CLI, killed after 20 s so that a hang fails the test instead of stalling it. */
function mlops(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: work, timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code) : 0, stdout, stderr })
    })
  })
}

/** The run's one-line message after any progress lines, with no stack trace before it. */
function failure(run: { stderr: string }): string {
  expect(run.stderr).not.toMatch(/^\s+at /m)
  return run.stderr.trimEnd().split('\n').at(-1)! + '\n'
}

/** A copy of the trained model directory `m` with `file` replaced by what `replace` makes at its path. */
function modelWith(name: string, file: string, replace: (path: string) => void): string {
  cpSync(join(work, 'm'), join(work, name), { recursive: true })
  unlinkSync(join(work, name, file))
  replace(join(work, name, file))
  return name
}

describe('files read whole must be regular files', () => {
  it('refuses a device or a FIFO as the schema or the config, in one line with exit 2', async () => {
    const schema = await mlops(['validate', '--data', 'sw.csv', '--schema', '/dev/zero'])
    expect(schema.stderr).toBe("mlops validate: Input 'schema': '/dev/zero' is not a regular file (it is a device); give the path of a file to read.\n")
    expect(schema.code).toBe(2)
    const fifo = await mlops(['validate', '--data', 'sw.csv', '--schema', 'fifo'])
    expect(fifo.stderr).toBe("mlops validate: Input 'schema': 'fifo' is not a regular file (it is a named pipe); give the path of a file to read.\n")
    expect(fifo.code).toBe(2)
    for (const command of [['validate', '--data', 'sw.csv'], ['train', '--data', 'sw.csv', '--target', 'b'], ['gate', '--predictions', 'hp.csv'], ['register', '--name', 'x', '--model-dir', 'm']]) {
      const run = await mlops([...command, '--config', 'fifo'])
      expect(run.stderr).toBe(`mlops ${command[0]}: Input 'config': 'fifo' is not a regular file (it is a named pipe); give the path of a file to read.\n`)
      expect(run.code).toBe(2)
    }
  })

  it("refuses a device as train's --metrics-file", async () => {
    const run = await mlops(['train', '--data', 'sw.csv', '--target', 'b', '--command', 'true', '--metrics-file', '/dev/zero', '--output-dir', 'cmd'])
    expect(run.stderr).toMatch(/^mlops train: Input 'metrics-file': '\/dev\/zero' is not a regular file \(it is a device\); give the path of a file to read\.\n$/m)
    expect(run.code).toBe(2)
  })

  it('refuses model files that are devices or FIFOs, naming the file, without a stack', async () => {
    const zeroPre = modelWith('mz', 'preprocessing.json', (path) => symlinkSync('/dev/zero', path))
    const gate = await mlops(['gate', '--model-dir', zeroPre, '--data', 'penguins.csv', '--target', 'Species'])
    expect(failure(gate)).toBe("mlops gate: Input 'model-dir': 'mz/preprocessing.json' is not a regular file (it is a device); give the path of a file to read.\n")
    expect(gate.code).toBe(2)
    const fifoWeights = modelWith('mw', 'weights.bin', (path) => execFileSync('mkfifo', [path]))
    const weights = await mlops(['gate', '--model-dir', fifoWeights, '--data', 'penguins.csv', '--target', 'Species'])
    expect(failure(weights)).toBe("mlops gate: Input 'model-dir': 'mw/weights.bin' is not a regular file (it is a named pipe); give the path of a file to read.\n")
    expect(weights.code).toBe(2)
    const zeroMeta = modelWith('mm', 'metadata.json', (path) => symlinkSync('/dev/zero', path))
    const register = await mlops(['register', '--registry', 'local:reg', '--name', 'x', '--model-dir', zeroMeta])
    expect(register.stderr).toBe("mlops register: Input 'model-dir': 'mm/metadata.json' is not a regular file (it is a device); give the path of a file to read.\n")
    expect(register.code).toBe(2)
  })
})

describe('metrics JSON files', () => {
  it('refuses a baseline metric that is not finite, exit 2', async () => {
    writeFileSync(join(work, 'bm.json'), '{"accuracy": 1e400}\n')
    const run = await mlops(['gate', '--predictions', 'hp.csv', '--baseline', 'bm.json'])
    expect(failure(run)).toBe("mlops gate: Input 'baseline': 'bm.json' key 'accuracy' must be a finite number, not Infinity.\n")
    expect(run.code).toBe(2)
  })
})
