import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { UserError } from '../errors/index.js'
import { openRegistry } from './backends.js'
import { registryContract } from './contract.js'
import { VERSION_FILES } from './files.js'
import { LocalRegistry } from './local.js'
import { ModelRegistry } from './registry.js'

registryContract('local', {
  open: async () => new LocalRegistry(mkdtempSync(join(tmpdir(), 'mlops-local-registry-'))),
  tamper: async (backend, record) => writeFileSync(join(record.url, VERSION_FILES.archive), Buffer.from('not the archive')),
})

describe('a local registry that cannot be used', () => {
  const work = mkdtempSync(join(tmpdir(), 'mlops-local-damaged-'))
  afterAll(() => rmSync(work, { recursive: true, force: true }))
  let count = 0

  function modelDir(): string {
    const dir = join(work, `model-${++count}`)
    mkdirSync(dir)
    writeFileSync(join(dir, 'metadata.json'), JSON.stringify({ task: 'regression', seed: count }))
    return dir
  }

  /** A registry holding version 1 of 'churn'. */
  async function withOneVersion(): Promise<{ root: string; registry: ModelRegistry }> {
    const root = join(work, `registry-${++count}`)
    const registry = new ModelRegistry(new LocalRegistry(root))
    await registry.register('churn', modelDir())
    return { root, registry }
  }

  async function failure(promise: Promise<unknown>): Promise<string> {
    const error = await promise.then(() => undefined, (thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(UserError)
    return (error as UserError).message
  }

  it('reports a version folder beyond the safe integers for list, resolve and register, without spinning', async () => {
    const { root, registry } = await withOneVersion()
    mkdirSync(join(root, 'churn', 'versions', '100000000000000000000'))
    const message = `Input 'registry': local registry '${root}': version folder 'churn/versions/100000000000000000000' is not a version number from 1 to 9007199254740991; restore it or move it out of the registry.`
    expect(await failure(registry.list('churn'))).toBe(message)
    expect(await failure(registry.resolve({ name: 'churn', alias: 'latest' }))).toBe(message)
    expect(await failure(registry.register('churn', modelDir()))).toBe(message)
    rmSync(join(root, 'churn', 'versions', '100000000000000000000'), { recursive: true })
    mkdirSync(join(root, 'churn', 'versions', '02'))
    expect(await failure(registry.list('churn'))).toMatch(/version folder 'churn\/versions\/02' is not a version number/)
  })

  it('reports an alias that is damaged or points at a missing version, instead of dropping it', async () => {
    const { root, registry } = await withOneVersion()
    await registry.setAlias('churn', 'champion', 1)
    const alias = join(root, 'churn', 'aliases', 'champion')
    for (const text of [' \n', 'abc', '1e400', '01']) {
      writeFileSync(alias, text)
      const message = `Input 'registry': local registry '${root}': alias file 'churn/aliases/champion' holds ${JSON.stringify(text.trim())}, not a version number; delete that file, then set the alias again.`
      expect(await failure(registry.list('churn'))).toBe(message)
      expect(await failure(registry.resolve({ name: 'churn', alias: 'champion' }))).toBe(message)
    }
    writeFileSync(alias, '1\n')
    rmSync(join(root, 'churn', 'versions', '1'), { recursive: true })
    const missing = `Input 'registry': local registry '${root}': alias 'champion' of model 'churn' points at version 1, which has no folder 'churn/versions/1'; delete 'churn/aliases/champion', then set the alias again.`
    expect(await failure(registry.resolve({ name: 'churn', alias: 'champion' }))).toBe(missing)
    expect(await failure(registry.register('churn', modelDir()))).toBe(missing)
  })

  it('reports a version folder without version.json, or with a truncated one, for list, resolve and register', async () => {
    const { root, registry } = await withOneVersion()
    const info = join(root, 'churn', 'versions', '1', VERSION_FILES.version)
    writeFileSync(info, '{"version": 1, "dig')
    const truncated = new RegExp(`^Input 'registry': local registry '${root}': version folder 'churn/versions/1' has an invalid version\\.json \\(.+\\); restore it or move it out of the registry\\.$`)
    expect(await failure(registry.list('churn'))).toMatch(truncated)
    expect(await failure(registry.resolve({ name: 'churn', version: 1 }))).toMatch(truncated)
    expect(await failure(registry.register('churn', modelDir()))).toMatch(truncated)
    rmSync(info)
    const missing = `Input 'registry': local registry '${root}': version folder 'churn/versions/1' has no version.json; restore it or move it out of the registry.`
    expect(await failure(registry.list('churn'))).toBe(missing)
    expect(await failure(registry.register('churn', modelDir()))).toBe(missing)
  })

  it('names a registry path that is a file or a device', () => {
    const file = join(work, 'registry-file')
    writeFileSync(file, '')
    expect(() => openRegistry(`local:${file}`, { inActions: false })).toThrow(new UserError(`Input 'registry': local registry '${file}' is a file, not a folder.`))
    expect(() => openRegistry('local:/dev/null', { inActions: false })).toThrow(new UserError("Input 'registry': local registry '/dev/null' is a special file, not a folder."))
  })

  it.runIf(existsSync('/proc/self'))('fails at once on a folder that refuses new entries, such as /proc/self', async () => {
    const registry = openRegistry('local:/proc/self', { inActions: false })
    expect(await registry.list('churn')).toEqual([])
    expect(await failure(registry.register('churn', modelDir()))).toBe(
      "Input 'registry': local registry '/proc/self' cannot be used: '/proc/self/churn': no such file or directory.",
    )
  })

  it('names the folder where a file stands in the way', async () => {
    const { root, registry } = await withOneVersion()
    writeFileSync(join(root, 'fraud'), '')
    expect(await failure(registry.register('fraud', modelDir()))).toBe(
      `Input 'registry': local registry '${root}' cannot be used: '${join(root, 'fraud', 'versions')}': a file stands where a folder should be.`,
    )
  })
})
