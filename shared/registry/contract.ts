import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isUserError } from '../errors/index.js'
import { listFiles } from './archive.js'
import { ModelRegistry } from './registry.js'
import type { RegistryBackend, VersionRecord } from './types.js'

export interface ContractSubject {
  /** A fresh, empty registry. */
  open(): Promise<RegistryBackend>
  /** Changes the stored archive bytes of a version. */
  tamper(backend: RegistryBackend, record: VersionRecord): Promise<void>
}

/** The behaviour every registry backend must have; each backend's test file runs it. */
export function registryContract(kind: string, subject: ContractSubject): void {
  describe(`the ${kind} registry contract`, () => {
    let work: string
    let count = 0
    beforeAll(() => {
      work = mkdtempSync(join(tmpdir(), `mlops-contract-${kind}-`))
    })
    afterAll(() => rmSync(work, { recursive: true, force: true }))

    /** A small model directory whose content differs by `seed`. */
    function modelDir(seed: number): string {
      const dir = join(work, `model-${++count}`)
      mkdirSync(join(dir, 'assets'), { recursive: true })
      writeFileSync(join(dir, 'metadata.json'), JSON.stringify({ task: 'classification', target: 'y', features: ['a', 'b'], metrics: { accuracy: 0.9 + seed / 1000 }, params: { seed } }))
      writeFileSync(join(dir, 'profile.json'), JSON.stringify({ version: 1, rows: seed }))
      writeFileSync(join(dir, 'weights.bin'), Buffer.alloc(4096, seed))
      writeFileSync(join(dir, 'assets', 'vocab.txt'), `token-${seed}\n`)
      return dir
    }

    const open = async () => new ModelRegistry(await subject.open())
    const fails = async (promise: Promise<unknown>, message: RegExp) => {
      const error = await promise.then(() => undefined, (e: unknown) => e)
      expect(isUserError(error), String(error)).toBe(true)
      expect((error as Error).message).toMatch(message)
    }

    it('counts versions 1, 2, 3 per model, each with the sha256 of its archive', async () => {
      const registry = await open()
      const first = await registry.register('churn', modelDir(1))
      const second = await registry.register('churn', modelDir(2))
      const other = await registry.register('fraud', modelDir(3))
      expect([first.record.version, second.record.version, other.record.version]).toEqual([1, 2, 1])
      expect(first.created).toBe(true)
      expect(first.record.digest).toMatch(/^[0-9a-f]{64}$/)
      const versions = await registry.list('churn')
      expect(versions.map((v) => [v.version, v.status, v.aliases])).toEqual([[1, 'ready', []], [2, 'ready', []]])
      expect(Date.parse(versions[0]!.created_at)).toBeGreaterThan(0)
    })

    it('returns the existing version when the same content is registered again, as a re-run does', async () => {
      const registry = await open()
      const dir = modelDir(4)
      const first = await registry.register('churn', dir)
      const again = await registry.register('churn', dir)
      expect(again).toMatchObject({ created: false, record: { version: first.record.version, digest: first.record.digest } })
      expect((await registry.list('churn')).length).toBe(1)
    })

    it('gives 8 concurrent registrations versions 1 to 8, each with its own content', async () => {
      const registry = await open()
      const dirs = Array.from({ length: 8 }, (_, i) => modelDir(10 + i))
      const results = await Promise.all(dirs.map((dir) => registry.register('churn', dir)))
      expect(results.map((r) => r.record.version).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
      const versions = await registry.list('churn')
      expect(versions.map((v) => v.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
      for (const [i, result] of results.entries()) {
        const target = join(work, `fetched-${++count}`)
        await registry.fetch({ name: 'churn', version: result.record.version }, target)
        expect(readFileSync(join(target, 'weights.bin')).equals(readFileSync(join(dirs[i]!, 'weights.bin')))).toBe(true)
        expect(listFiles(target)).toEqual(['assets/vocab.txt', 'metadata.json', 'profile.json', 'weights.bin'])
      }
    })

    it('moves an alias and rolls it back, and resolves @alias and @latest', async () => {
      const registry = await open()
      await registry.register('churn', modelDir(20), { aliases: ['champion'] })
      const second = await registry.register('churn', modelDir(21), { aliases: ['candidate'] })
      expect(second.record.aliases).toEqual(['candidate'])
      expect((await registry.resolve({ name: 'churn', alias: 'champion' })).version).toBe(1)
      await registry.setAlias('churn', 'champion', 2)
      expect((await registry.resolve({ name: 'churn', alias: 'champion' })).version).toBe(2)
      await registry.setAlias('churn', 'champion', 1)
      expect((await registry.resolve({ name: 'churn', alias: 'champion' })).version).toBe(1)
      expect((await registry.list('churn')).map((v) => v.aliases)).toEqual([['champion'], ['candidate']])
      expect((await registry.resolve({ name: 'churn', alias: 'latest' })).version).toBe(2)
      await registry.removeAlias('churn', 'candidate')
      expect((await registry.list('churn'))[1]!.aliases).toEqual([])
      await fails(registry.resolve({ name: 'churn', alias: 'candidate' }), /no alias 'candidate'; its aliases are champion \(v1\)/)
      await fails(registry.removeAlias('churn', 'candidate'), /has no alias 'candidate'/)
      await fails(registry.setAlias('churn', 'champion', 9), /has no version 9; it has 1, 2/)
    })

    it('archives a version: still downloadable, no alias, skipped by @latest', async () => {
      const registry = await open()
      await registry.register('churn', modelDir(30), { aliases: ['champion'] })
      await registry.register('churn', modelDir(31))
      await fails(registry.archive('churn', 1), /holds the alias champion; move or remove it before archiving/)
      await registry.archive('churn', 2)
      expect((await registry.list('churn')).map((v) => v.status)).toEqual(['ready', 'archived'])
      await fails(registry.setAlias('churn', 'staging', 2), /models:\/churn\/2 is archived and cannot take the alias 'staging'/)
      expect((await registry.resolve({ name: 'churn', alias: 'latest' })).version).toBe(1)
      await registry.fetch({ name: 'churn', version: 2 }, join(work, `archived-${++count}`))
    })

    it('rejects a download whose digest does not match, and leaves nothing behind', async () => {
      const registry = await open()
      const { record } = await registry.register('churn', modelDir(40))
      await subject.tamper(registry.backend, record)
      const target = join(work, `tampered-${++count}`)
      await fails(registry.fetch({ name: 'churn', version: 1 }, target), /downloaded archive has sha256 [0-9a-f]{64}, not the registered [0-9a-f]{64}; it was altered or damaged/)
      expect(() => readFileSync(join(target, 'weights.bin'))).toThrow()
    })

    it('names the model, version and alias at fault', async () => {
      const registry = await open()
      await fails(registry.resolve({ name: 'nothing', version: 1 }), /Model 'nothing' has no versions/)
      await fails(registry.register('bad name', modelDir(50)), /'bad name' is not a model name/)
      await fails(registry.register('churn', modelDir(51), { aliases: ['latest'] }), /'latest' is reserved/)
      await fails(registry.register('churn', join(work, 'no-such-dir')), /has no metadata\.json/)
    })
  })
}
