import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as tar from 'tar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isUserError } from '../errors/index.js'
import { extractArchive, fileDigest, listFiles, packDirectory } from './archive.js'

let work: string
let count = 0
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'mlops-archive-'))
})
afterAll(() => rmSync(work, { recursive: true, force: true }))
const fresh = (name: string) => join(work, `${++count}-${name}`)

function modelDir(): string {
  const dir = fresh('model')
  mkdirSync(join(dir, 'nested'), { recursive: true })
  writeFileSync(join(dir, 'model.json'), '{"layers": []}')
  writeFileSync(join(dir, 'nested', 'weights.bin'), Buffer.alloc(100_000, 7))
  return dir
}

/** A tar archive written header by header, as an attacker would write it: nothing normalises the paths. */
async function craft(entries: { path: string; type?: 'File' | 'SymbolicLink' | 'Link'; linkpath?: string; body?: string }[]): Promise<string> {
  const blocks: Buffer[] = []
  for (const entry of entries) {
    const body = Buffer.from(entry.type && entry.type !== 'File' ? '' : (entry.body ?? ''))
    const header = Buffer.alloc(512)
    new tar.Header({ path: entry.path, type: entry.type ?? 'File', size: body.length, mode: 0o644, linkpath: entry.linkpath, mtime: new Date(0) }).encode(header)
    blocks.push(header, body, Buffer.alloc((512 - (body.length % 512)) % 512))
  }
  blocks.push(Buffer.alloc(1024))
  const path = fresh('crafted.tar')
  writeFileSync(path, Buffer.concat(blocks))
  return path
}

async function refused(archive: string, message: RegExp): Promise<void> {
  const target = fresh('target')
  const error = await extractArchive(archive, target, 'models:/m/1').then(() => undefined, (e: unknown) => e)
  expect(isUserError(error), String(error)).toBe(true)
  expect((error as Error).message).toMatch(message)
  expect(existsSync(target)).toBe(false)
}

describe('model archives', () => {
  it('pack the same directory to the same bytes, whatever the file times', async () => {
    const dir = modelDir()
    const first = await packDirectory(dir, fresh('a.tar'))
    writeFileSync(join(dir, 'model.json'), '{"layers": []}')
    const second = await packDirectory(dir, fresh('b.tar'))
    expect(second.digest).toBe(first.digest)
    writeFileSync(join(dir, 'model.json'), '{"layers": [1]}')
    expect((await packDirectory(dir, fresh('c.tar'))).digest).not.toBe(first.digest)
  })

  it('round-trip every file, and report the sha256 of the archive file', async () => {
    const dir = modelDir()
    const archive = fresh('m.tar')
    const { digest, size } = await packDirectory(dir, archive)
    expect(digest).toBe(await fileDigest(archive))
    expect(size).toBe(readFileSync(archive).length)
    const target = fresh('out')
    await extractArchive(archive, target, 'models:/m/1')
    expect(listFiles(target)).toEqual(['model.json', 'nested/weights.bin'])
    expect(readFileSync(join(target, 'nested', 'weights.bin')).equals(readFileSync(join(dir, 'nested', 'weights.bin')))).toBe(true)
  })

  it('refuse symbolic links in a model directory', async () => {
    const dir = modelDir()
    symlinkSync('/etc/passwd', join(dir, 'passwd'))
    await expect(packDirectory(dir, fresh('x.tar'))).rejects.toThrow(/passwd' is not a regular file/)
  })

  it('refuse absolute paths, .. and links leading outside, extracting nothing', async () => {
    await refused(await craft([{ path: 'ok.txt', body: 'fine' }, { path: '/tmp/evil.txt', body: 'x' }]), /entry '\/tmp\/evil\.txt' has an absolute path/)
    await refused(await craft([{ path: 'ok.txt', body: 'fine' }, { path: 'a/../../evil.txt', body: 'x' }]), /entry 'a\/\.\.\/\.\.\/evil\.txt' climbs out with '\.\.'/)
    await refused(await craft([{ path: 'link', type: 'SymbolicLink', linkpath: '../../outside' }]), /entry 'link' links outside the target \(to '\.\.\/\.\.\/outside'\)/)
    await refused(await craft([{ path: 'link', type: 'SymbolicLink', linkpath: '/etc/passwd' }]), /entry 'link' links outside the target/)
    await refused(await craft([{ path: 'hard', type: 'Link', linkpath: '../secret' }]), /entry 'hard' links outside the target/)
    expect(existsSync(join(work, 'evil.txt'))).toBe(false)
  })

  it('allow a link that stays inside', async () => {
    const target = fresh('inside')
    await extractArchive(await craft([{ path: 'data/real.txt', body: 'r' }, { path: 'data/alias.txt', type: 'SymbolicLink', linkpath: 'real.txt' }]), target, 'models:/m/1')
    expect(readFileSync(join(target, 'data', 'alias.txt'), 'utf8')).toBe('r')
  })
})
