import { execFile, spawn } from 'node:child_process'
import { closeSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, ftruncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoPath } from './helpers/repo.js'

const BIN = repoPath('build', 'shared', 'cli', 'bin.js')
const DATA = 'id,price\n1,2.5\n2,3\n3,4\n'
const ADVICE = "give a new or empty directory, or a model directory written by train, such as 'model'."

let root: string
let count = 0
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'mlops-outputs-'))
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

/** A fresh working directory with data.csv and a repository's .git folder in it. */
function workdir(): string {
  const dir = join(root, String(++count))
  mkdirSync(join(dir, '.git'), { recursive: true })
  writeFileSync(join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n')
  writeFileSync(join(dir, 'data.csv'), DATA)
  return dir
}

function mlops(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code) : 0, stdout, stderr })
    })
  })
}

function expectIntact(dir: string): void {
  expect(readdirSync(dir).sort()).toEqual(['.git', 'data.csv'])
  expect(readFileSync(join(dir, 'data.csv'), 'utf8')).toBe(DATA)
  expect(readFileSync(join(dir, '.git', 'HEAD'), 'utf8')).toBe('ref: refs/heads/main\n')
}

describe('mlops train --output-dir', () => {
  it("refuses '.' and '/' in one line, exit 2, leaving the working directory as it was", async () => {
    const dir = workdir()
    const dot = await mlops(dir, ['train', '--data', 'data.csv', '--target', 'price', '--output-dir', '.'])
    expect(dot.code).toBe(2)
    expect(dot.stderr).toBe(`mlops train: Input 'output-dir': '.' is the working directory, which a model directory would replace; ${ADVICE}\n`)
    const slash = await mlops(dir, ['train', '--data', 'data.csv', '--target', 'price', '--output-dir', '/'])
    expect(slash.code, slash.stderr).toBe(2)
    expect(slash.stderr).toBe(`mlops train: Input 'output-dir': '/' holds the working directory, which a model directory would replace; ${ADVICE}\n`)
    expectIntact(dir)
  })
})

describe('mlops validate outputs', () => {
  it('refuses --write-schema or --report naming the data, through a symlink too, and leaves the data intact', async () => {
    const dir = workdir()
    const schema = await mlops(dir, ['validate', '--data', '*.csv', '--write-schema', 'data.csv'])
    expect(schema.code).toBe(2)
    expect(schema.stderr).toBe("mlops validate: Input 'write-schema': 'data.csv' is the same file as input 'data' ('data.csv'), which this run reads; write it elsewhere.\n")
    symlinkSync('data.csv', join(dir, 'link.json'))
    const report = await mlops(dir, ['validate', '--data', 'data.csv', '--report', 'link.json'])
    expect(report.code).toBe(2)
    expect(report.stderr).toBe("mlops validate: Input 'report': 'link.json' is the same file as input 'data' ('data.csv'), which this run reads; write it elsewhere.\n")
    expect(readFileSync(join(dir, 'data.csv'), 'utf8')).toBe(DATA)
  })

  it('refuses a device or a folder as the report before reading the data', async () => {
    const dir = workdir()
    const device = await mlops(dir, ['validate', '--data', 'data.csv', '--report', '/dev/null'])
    expect(device.code).toBe(2)
    expect(device.stderr).toBe("mlops validate: Input 'report': '/dev/null' is not a regular file (it is a device); give the path of a file to write.\n")
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true)
    const folder = await mlops(dir, ['validate', '--data', 'data.csv', '--write-schema', '.git'])
    expect(folder.stderr).toBe("mlops validate: Input 'write-schema': '.git' is not a regular file (it is a directory); give the path of a file to write.\n")
    expectIntact(dir)
  })

  it('refuses /dev/stdout as the report, leaving the file the shell redirected to in place', async () => {
    const dir = workdir()
    const redirected = join(root, `redirected-${count}.txt`)
    const out = openSync(redirected, 'w')
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'validate', '--data', 'data.csv', '--report', '/dev/stdout'], { cwd: dir, stdio: ['ignore', out, 'ignore'] })
      child.on('close', resolve)
    })
    closeSync(out)
    expect(code).toBe(2)
    // The summary never ran, and the redirect target is still the file the shell opened.
    expect(readFileSync(redirected, 'utf8')).toBe('')
    const direct = await mlops(dir, ['validate', '--data', 'data.csv', '--report', '/dev/fd/1'])
    expect(direct.stderr).toBe("mlops validate: Input 'report': '/dev/fd/1' is not a regular file (it leads to an open descriptor under /proc); give the path of a file to write.\n")
    expectIntact(dir)
  })

  it('writes the report through a symlink to its target and keeps the link', async () => {
    const dir = workdir()
    mkdirSync(join(dir, 'reports'))
    writeFileSync(join(dir, 'reports', 'validation.json'), '{}')
    symlinkSync(join('reports', 'validation.json'), join(dir, 'latest.json'))
    const run = await mlops(dir, ['validate', '--data', 'data.csv', '--report', 'latest.json'])
    expect(run.code).toBe(0)
    expect(lstatSync(join(dir, 'latest.json')).isSymbolicLink()).toBe(true)
    expect(readlinkSync(join(dir, 'latest.json'))).toBe(join('reports', 'validation.json'))
    expect(JSON.parse(readFileSync(join(dir, 'reports', 'validation.json'), 'utf8'))).toMatchObject({ tool: 'mlops-actions/data-validate', data: { rows: 3 } })
    expect(readdirSync(join(dir, 'reports'))).toEqual(['validation.json'])
  })
})

/** Waits until `folder` holds an entry starting with `prefix`, or the child exits. */
async function appears(folder: string, prefix: string, child: { exitCode: number | null }): Promise<boolean> {
  for (let i = 0; i < 4000 && child.exitCode === null; i++) {
    if (readdirSync(folder).some((name) => name.startsWith(prefix))) return true
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  return false
}

describe('mlops validate on threads', () => {
  /** A CSV large enough to be cut into byte ranges, with duplicate checks that keep spill folders. */
  function threadedWorkdir(): { dir: string; temp: string } {
    const dir = workdir()
    const lines = ['id,kind']
    for (let i = 0; i < 400_000; i++) lines.push(`${i},${'abc'[i % 3]}`)
    writeFileSync(join(dir, 'big.csv'), lines.join('\n') + '\n')
    writeFileSync(join(dir, 'schema.yml'), 'columns:\n  id: {type: integer, unique: true}\n  kind: {type: category}\nduplicate-rows: {max-share: 0}\n')
    mkdirSync(join(dir, 'tmp'))
    return { dir, temp: join(dir, 'tmp') }
  }
  const args = ['validate', '--data', 'big.csv', '--schema', 'schema.yml', '--report', 'report.json']

  it('leaves nothing in the temporary folder after a run, or after SIGTERM mid-run', async () => {
    const { dir, temp } = threadedWorkdir()
    const env = { ...process.env, TMPDIR: temp, MLOPS_THREADS: '2' }
    const done = await new Promise<number | null>((resolve) => spawn(process.execPath, [BIN, ...args], { cwd: dir, env, stdio: 'ignore' }).on('exit', resolve))
    expect(done).toBe(0)
    expect(readdirSync(temp)).toEqual([])
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env, stdio: 'ignore' })
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)))
    expect(await appears(temp, 'mlops-validate-', child)).toBe(true)
    child.kill('SIGTERM')
    expect(await exited).toBe('SIGTERM')
    expect(readdirSync(temp)).toEqual([])
  })
})

describe('mlops register, killed', () => {
  it('leaves nothing in the temporary folder when SIGTERM stops it mid-archive', async () => {
    const dir = workdir()
    const temp = join(dir, 'tmp')
    mkdirSync(temp)
    mkdirSync(join(dir, 'model'))
    writeFileSync(join(dir, 'model', 'metadata.json'), '{"format": "mlops-actions/model", "version": 1}\n')
    writeFileSync(join(dir, 'model', 'manifest.yaml'), 'version: 1\nflavor: onnx\ntask: regression\ntarget: y\ninputs: [{name: x, type: number}]\nfiles: [weights.bin]\n')
    // A large sparse file keeps the archiving busy long enough to be interrupted.
    const fd = openSync(join(dir, 'model', 'weights.bin'), 'w')
    ftruncateSync(fd, 1 << 30)
    closeSync(fd)
    const child = spawn(process.execPath, [BIN, 'register', '--name', 'big', '--model-dir', 'model', '--registry', 'local:registry'], { cwd: dir, env: { ...process.env, TMPDIR: temp } })
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })))
    expect(await appears(temp, 'mlops-register-', child), stderr).toBe(true)
    child.kill('SIGTERM')
    const { code, signal } = await exited
    expect({ code, signal }).toEqual({ code: null, signal: 'SIGTERM' })
    expect(readdirSync(temp)).toEqual([])
  })
})
