import type { CacheStore } from './types.js'

/**
 * GitHub's Actions cache, through `@actions/cache`. It works only in a workflow step, where the
 * runner hands the toolkit its service URL; elsewhere every restore is a miss and a save does
 * nothing. The toolkit logs its own failures as warnings and reports them as a miss.
 */
export class ActionsCacheStore implements CacheStore {
  readonly kind = "GitHub's Actions cache"

  removalHint(key: string): string {
    return `its entries cannot be replaced, so delete this one (\`gh cache delete ${key}\`, or the repository's Actions caches page) and the next run saves a good copy`
  }

  async restore(key: string, dir: string): Promise<boolean> {
    const cache = await import('@actions/cache')
    if (!cache.isFeatureAvailable()) return false
    // The service keys an entry by its paths too: `dir` must be the same string in every job.
    return (await cache.restoreCache([dir], key)) !== undefined
  }

  async save(key: string, dir: string): Promise<void> {
    const cache = await import('@actions/cache')
    if (!cache.isFeatureAvailable()) return
    try {
      await cache.saveCache([dir], key)
    } catch (error) {
      // Another job took the key first: the entry is there all the same.
      if ((error as Error).name !== cache.ReserveCacheError.name) throw error
    }
  }
}
