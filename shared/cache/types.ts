/**
 * A store of directories by key that outlives the job, such as GitHub's Actions cache. Every
 * operation is best effort: a store that fails makes a miss, never a failed step.
 */
export interface CacheStore {
  /** What the store is, for messages. */
  readonly kind: string
  /** Present when a saved entry cannot be replaced: how a person removes a damaged one. */
  removalHint?(key: string): string
  /** Fills the empty `dir` with the entry saved under `key`; false on a miss. */
  restore(key: string, dir: string): Promise<boolean>
  /** Saves `dir` under `key`. Another job saving the same key first is not a failure. */
  save(key: string, dir: string): Promise<void>
}
