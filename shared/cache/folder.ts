import { cpSync, existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { CacheStore } from './types.js'

/** A folder holding one subfolder per key: the stand-in for GitHub's cache in tests and local runs. */
export class FolderCacheStore implements CacheStore {
  readonly kind: string

  constructor(private readonly root: string) {
    this.kind = `the cache folder ${root}`
  }

  async restore(key: string, dir: string): Promise<boolean> {
    const entry = this.entry(key)
    if (!existsSync(entry)) return false
    cpSync(entry, dir, { recursive: true })
    return true
  }

  async save(key: string, dir: string): Promise<void> {
    const entry = this.entry(key)
    rmSync(entry, { recursive: true, force: true })
    cpSync(dir, entry, { recursive: true })
  }

  /** The folder of an entry, which tests damage on purpose. */
  entry(key: string): string {
    return join(this.root, key)
  }
}
