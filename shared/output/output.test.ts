import { execFileSync } from 'node:child_process'
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkOutputPaths, dataFilePaths, openOutputStream, writeOutputFile } from './index.js'

let dir: string
let count = 0
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-output-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A fresh folder per test, so that listing it shows exactly what the test left. */
function folder(): string {
  const path = join(dir, String(++count))
  mkdirSync(path)
  return path
}

describe('writeOutputFile', () => {
  it('creates missing folders and leaves nothing but the file', () => {
    const root = folder()
    writeOutputFile('report', join(root, 'a', 'b', 'report.json'), '{}\n')
    expect(readFileSync(join(root, 'a', 'b', 'report.json'), 'utf8')).toBe('{}\n')
    expect(readdirSync(join(root, 'a', 'b'))).toEqual(['report.json'])
  })

  it('replaces a regular file and keeps its permissions', () => {
    const path = join(folder(), 'report.json')
    writeFileSync(path, 'old', { mode: 0o640 })
    writeOutputFile('report', path, 'new')
    expect(readFileSync(path, 'utf8')).toBe('new')
    expect(statSync(path).mode & 0o777).toBe(0o640)
  })

  it('writes through a symlink to its target and leaves the link in place', () => {
    const root = folder()
    mkdirSync(join(root, 'real'))
    writeFileSync(join(root, 'real', 'report.json'), 'old')
    symlinkSync(join('real', 'report.json'), join(root, 'link.json'))
    writeOutputFile('report', join(root, 'link.json'), 'new')
    expect(lstatSync(join(root, 'link.json')).isSymbolicLink()).toBe(true)
    expect(readlinkSync(join(root, 'link.json'))).toBe(join('real', 'report.json'))
    expect(readFileSync(join(root, 'real', 'report.json'), 'utf8')).toBe('new')
    expect(readdirSync(join(root, 'real'))).toEqual(['report.json'])
  })

  it('creates the target of a dangling symlink', () => {
    const root = folder()
    symlinkSync('target.json', join(root, 'link.json'))
    writeOutputFile('report', join(root, 'link.json'), 'new')
    expect(lstatSync(join(root, 'link.json')).isSymbolicLink()).toBe(true)
    expect(readFileSync(join(root, 'target.json'), 'utf8')).toBe('new')
  })

  it('refuses a directory, a named pipe and a device, leaving each as it was', () => {
    const root = folder()
    mkdirSync(join(root, 'out'))
    execFileSync('mkfifo', [join(root, 'pipe')])
    symlinkSync('/dev/null', join(root, 'null-link'))
    expect(() => writeOutputFile('report', join(root, 'out'), 'x')).toThrow(`Input 'report': '${join(root, 'out')}' is not a regular file (it is a directory); give the path of a file to write.`)
    expect(() => writeOutputFile('write-schema', join(root, 'pipe'), 'x')).toThrow(`Input 'write-schema': '${join(root, 'pipe')}' is not a regular file (it is a named pipe)`)
    expect(() => writeOutputFile('report', '/dev/null', 'x')).toThrow("Input 'report': '/dev/null' is not a regular file (it is a device)")
    expect(() => writeOutputFile('report', join(root, 'null-link'), 'x')).toThrow('is not a regular file (it is a device)')
    expect(statSync(join(root, 'out')).isDirectory()).toBe(true)
    expect(statSync(join(root, 'pipe')).isFIFO()).toBe(true)
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true)
    expect(readdirSync(root).sort()).toEqual(['null-link', 'out', 'pipe'])
  })

  it('leaves the old file and no temporary file behind when the write fails', () => {
    const root = folder()
    const path = join(root, 'report.json')
    writeFileSync(path, 'old')
    // The temporary file's name, taken by a link to a device that is always full.
    symlinkSync('/dev/full', `${path}.${process.pid}.tmp`)
    expect(() => writeOutputFile('report', path, 'new')).toThrow(`Input 'report': cannot write '${path}' (no space left on the device).`)
    expect(readFileSync(path, 'utf8')).toBe('old')
    expect(readdirSync(root)).toEqual(['report.json'])
  })
})

describe('openOutputStream', () => {
  it('leaves the old file in place until commit, then replaces it whole, keeping its permissions', () => {
    const root = folder()
    const path = join(root, 'predictions.csv')
    writeFileSync(path, 'old', { mode: 0o640 })
    const stream = openOutputStream('output', path)
    stream.write('a,b\n')
    stream.write(Buffer.from('1,2\n'))
    expect(readFileSync(path, 'utf8')).toBe('old')
    stream.commit()
    stream.discard()
    expect(readFileSync(path, 'utf8')).toBe('a,b\n1,2\n')
    expect(statSync(path).mode & 0o777).toBe(0o640)
    expect(readdirSync(root)).toEqual(['predictions.csv'])
  })

  it('discarded before commit, leaves the old file and no temporary file', () => {
    const root = folder()
    const path = join(root, 'predictions.csv')
    writeFileSync(path, 'old')
    const stream = openOutputStream('output', path)
    stream.write('half of it')
    expect(readdirSync(root).length).toBe(2)
    stream.discard()
    expect(readFileSync(path, 'utf8')).toBe('old')
    expect(readdirSync(root)).toEqual(['predictions.csv'])
  })

  it('refuses a directory before writing anything', () => {
    const root = folder()
    mkdirSync(join(root, 'out.csv'))
    expect(() => openOutputStream('output', join(root, 'out.csv'))).toThrow(`Input 'output': '${join(root, 'out.csv')}' is not a regular file (it is a directory)`)
    expect(readdirSync(root)).toEqual(['out.csv'])
  })
})

describe('checkOutputPaths', () => {
  it('refuses an output that is an input, through a symlink or a glob, naming both', async () => {
    const root = folder()
    writeFileSync(join(root, 'data.csv'), 'a\n1\n')
    symlinkSync('data.csv', join(root, 'alias.csv'))
    const data = await dataFilePaths('data', [join(root, '*.csv')])
    // The glob matches both names of the one file; the message names the first as matched.
    expect(() => checkOutputPaths([{ input: 'report', path: join(root, 'alias.csv') }], { files: data })).toThrow(
      new RegExp(`^Input 'report': '${join(root, 'alias.csv')}' is the same file as input 'data' \\('[^']*alias\\.csv'\\), which this run reads; write it elsewhere\\.$`),
    )
    expect(() => checkOutputPaths([{ input: 'write-schema', path: join(root, '.', 'data.csv') }], { files: [{ input: 'schema', path: join(root, 'data.csv') }] })).toThrow(
      "Input 'write-schema'",
    )
    expect(readFileSync(join(root, 'data.csv'), 'utf8')).toBe('a\n1\n')
  })

  it('compares an output that does not exist yet by its real folder', () => {
    const root = folder()
    mkdirSync(join(root, 'real'))
    symlinkSync('real', join(root, 'link'))
    const outputs = [
      { input: 'write-schema', path: join(root, 'link', 'schema.yml') },
      { input: 'report', path: join(root, 'real', 'schema.yml') },
    ]
    expect(() => checkOutputPaths(outputs, { files: [] })).toThrow(
      `Input 'report': '${join(root, 'real', 'schema.yml')}' is the same file as input 'write-schema' ('${join(root, 'link', 'schema.yml')}'); give each output its own path.`,
    )
  })

  it('refuses an output inside a folder the run reads, and allows one beside it', () => {
    const root = folder()
    mkdirSync(join(root, 'model'))
    const reads = { files: [], dirs: [{ input: 'model-dir', path: join(root, 'model') }] }
    expect(() => checkOutputPaths([{ input: 'report', path: join(root, 'model', 'metadata.json') }], reads)).toThrow(`is inside input 'model-dir' ('${join(root, 'model')}')`)
    expect(() => checkOutputPaths([{ input: 'report', path: join(root, 'model.json') }], reads)).not.toThrow()
  })
})
