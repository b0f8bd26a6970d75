import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCommand } from '../../test/helpers/host.js'
import { trainCommand } from '../commands/index.js'

let dir: string
let count = 0
const DATA = 'x,y\n' + Array.from({ length: 40 }, (_, i) => `${i},${i % 2 === 0 ? 'a' : 'b'}`).join('\n') + '\n'
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-model-dir-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A fresh folder holding data.csv. */
function folder(): string {
  const path = join(dir, String(++count))
  mkdirSync(path)
  writeFileSync(join(path, 'data.csv'), DATA)
  return path
}

/** Runs train with a command that leaves a mark, so a refusal can be seen to come before any training. */
async function refused(root: string, inputs: Record<string, string>): Promise<string> {
  const run = await runCommand(trainCommand, { data: join(root, 'data.csv'), target: 'y', command: `touch '${join(root, 'trained')}'`, ...inputs })
  expect(run.outcome).toBeUndefined()
  expect(run.failures).toHaveLength(1)
  expect(existsSync(join(root, 'trained'))).toBe(false)
  return run.failures[0]!
}

function builtIn(root: string, outputDir: string) {
  return runCommand(trainCommand, { data: join(root, 'data.csv'), target: 'y', params: '{epochs: 2}', 'output-dir': outputDir })
}

const ADVICE = "give a new or empty directory, or a model directory written by train, such as 'model'."

describe('train output-dir', () => {
  it("refuses the data's own folder and leaves the data in place", async () => {
    const root = folder()
    expect(await refused(root, { 'output-dir': root })).toBe(`Input 'output-dir': '${root}' holds input 'data' ('${join(root, 'data.csv')}'), which this run reads; ${ADVICE}`)
    expect(readdirSync(root)).toEqual(['data.csv'])
    expect(readFileSync(join(root, 'data.csv'), 'utf8')).toBe(DATA)
  })

  it('refuses a folder holding the data under a glob, or the params file', async () => {
    const root = folder()
    writeFileSync(join(root, 'params.yml'), 'epochs: 2\n')
    const glob = await runCommand(trainCommand, { data: join(root, '*.csv'), target: 'y', 'output-dir': root })
    expect(glob.failures[0]).toMatch(/^Input 'output-dir': '.*' holds input 'data' \('.*data\.csv'\)/)
    const params = await refused(folder(), { params: join(root, 'params.yml'), 'output-dir': root })
    expect(params).toBe(`Input 'output-dir': '${root}' holds input 'params' ('${join(root, 'params.yml')}'), which this run reads; ${ADVICE}`)
    expect(readdirSync(root).sort()).toEqual(['data.csv', 'params.yml'])
  })

  it('refuses an existing file, the data itself included, leaving it as it was', async () => {
    const root = folder()
    writeFileSync(join(root, 'other.csv'), 'a,b\n')
    for (const name of ['other.csv', 'data.csv']) {
      const path = join(root, name)
      expect(await refused(root, { 'output-dir': path })).toBe(`Input 'output-dir': '${path}' is a file, not a directory; ${ADVICE}`)
    }
    expect(readFileSync(join(root, 'other.csv'), 'utf8')).toBe('a,b\n')
    expect(readFileSync(join(root, 'data.csv'), 'utf8')).toBe(DATA)
  })

  it('refuses a folder with files train did not write, even behind a symlink', async () => {
    const root = folder()
    mkdirSync(join(root, 'notes'))
    writeFileSync(join(root, 'notes', 'todo.txt'), 'keep me')
    symlinkSync('notes', join(root, 'link'))
    const expected = (path: string) =>
      `Input 'output-dir': '${path}' is a directory that is not empty and was not written by train (no metadata.json of format 'mlops-actions/model'), so it is not replaced; ${ADVICE}`
    expect(await refused(root, { 'output-dir': join(root, 'notes') })).toBe(expected(join(root, 'notes')))
    expect(await refused(root, { 'output-dir': join(root, 'link') })).toBe(expected(join(root, 'link')))
    writeFileSync(join(root, 'notes', 'metadata.json'), '{"format": "something-else"}')
    expect(await refused(root, { 'output-dir': join(root, 'notes') })).toBe(expected(join(root, 'notes')))
    expect(readdirSync(join(root, 'notes')).sort()).toEqual(['metadata.json', 'todo.txt'])
    expect(readFileSync(join(root, 'notes', 'todo.txt'), 'utf8')).toBe('keep me')
  })

  it('writes into an empty folder, then replaces the model directory it wrote, leaving nothing beside it', async () => {
    const root = folder()
    mkdirSync(join(root, 'model'))
    const first = await builtIn(root, join(root, 'model'))
    expect(first.failures).toEqual([])
    writeFileSync(join(root, 'model', 'stale.txt'), 'from before')
    const second = await builtIn(root, join(root, 'model'))
    expect(second.failures).toEqual([])
    expect(existsSync(join(root, 'model', 'stale.txt'))).toBe(false)
    expect(readdirSync(root).sort()).toEqual(['data.csv', 'model'])
  })

  it('writes the same bytes when trained again on the same data, params and seed, so a registry keeps one version', async () => {
    const root = folder()
    for (const name of ['first', 'second']) expect((await builtIn(root, join(root, name))).failures).toEqual([])
    const files = readdirSync(join(root, 'first')).sort()
    expect(readdirSync(join(root, 'second')).sort()).toEqual(files)
    for (const file of files) expect(readFileSync(join(root, 'second', file)).equals(readFileSync(join(root, 'first', file))), file).toBe(true)
  })
})
