import { execFileSync } from 'node:child_process'
import { closeSync, ftruncateSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UserError } from '../errors/index.js'
import { readTextFile, readTextFileIfExists, readWholeFile } from './index.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-read-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('readTextFile', () => {
  it('reads a regular file, through a symlink too', () => {
    writeFileSync(join(dir, 'a.yml'), 'a: 1\n')
    symlinkSync(join(dir, 'a.yml'), join(dir, 'link.yml'))
    expect(readTextFile('config', join(dir, 'link.yml'))).toBe('a: 1\n')
  })

  it('refuses a device, also behind a symlink, instead of reading it forever', () => {
    expect(() => readTextFile('schema', '/dev/zero')).toThrow(new UserError("Input 'schema': '/dev/zero' is not a regular file (it is a device); give the path of a file to read."))
    symlinkSync('/dev/zero', join(dir, 'zero.json'))
    const path = join(dir, 'zero.json')
    expect(() => readTextFile('model-dir', path)).toThrow(new UserError(`Input 'model-dir': '${path}' is not a regular file (it is a device); give the path of a file to read.`))
  })

  it('refuses a named pipe without opening it, and a directory', () => {
    const fifo = join(dir, 'fifo')
    execFileSync('mkfifo', [fifo])
    expect(() => readWholeFile('model-dir', fifo, 'weights')).toThrow(new UserError(`Input 'model-dir': '${fifo}' is not a regular file (it is a named pipe); give the path of a file to read.`))
    expect(() => readTextFile('config', dir)).toThrow(new UserError(`Input 'config': '${dir}' is not a regular file (it is a directory); give the path of a file to read.`))
  })

  it('refuses a document over 64 MiB before reading it', () => {
    const path = join(dir, 'huge.json')
    const fd = openSync(path, 'w')
    ftruncateSync(fd, 64 * 1024 * 1024 + 1)
    closeSync(fd)
    expect(() => readTextFile('baseline', path)).toThrow(new UserError(`Input 'baseline': '${path}' is 67108865 bytes, over the 64 MiB limit for a YAML or JSON file.`))
  })

  it('names the input and the reason when the file is missing; IfExists gives undefined', () => {
    const path = join(dir, 'missing.yml')
    expect(() => readTextFile('config', path)).toThrow(new UserError(`Input 'config': cannot read '${path}' (no such file or directory).`))
    expect(readTextFileIfExists('config', path)).toBeUndefined()
  })
})
