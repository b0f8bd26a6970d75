import { createHash } from 'node:crypto'
import { copyFileSync, createReadStream, existsSync, linkSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { makeDirectories } from '../fs/index.js'
import type { Logger } from '../log/index.js'
import type { CacheStore } from './types.js'

export interface VerifiedDownload {
  /** Absent: a plain download. */
  cache?: CacheStore
  /** Names the content for good, such as the model and its digest: an entry is never updated. */
  key: string
  /** The sha256 the file must have, restored or downloaded. */
  digest: string
  /** Where the file goes. */
  path: string
  /** Writes the file to its argument and returns the sha256 of the bytes written. */
  download(path: string): Promise<string>
  log: Logger
}

const ENTRY_FILE = 'file'

/**
 * Writes a file known by its sha256 to `path`: restored from the cache when an entry there has
 * that digest, else downloaded, and then saved in the cache. Returns the sha256 of what was
 * written, for the caller to check as it checks any download. The cache only ever costs a
 * warning: a damaged entry, or a store that fails, falls back to the download.
 */
export async function downloadThroughCache(request: VerifiedDownload): Promise<string> {
  const { cache, key, digest, path, log } = request
  if (!cache) return request.download(path)
  // The same path in every job: GitHub's cache keys an entry by its paths as well as its key.
  const dir = join(tmpdir(), 'mlops-cache', key)
  const file = join(dir, ENTRY_FILE)
  rmSync(dir, { recursive: true, force: true })
  try {
    const restored = await bestEffort(() => cache.restore(key, dir), `${cache.kind}: restoring '${key}' failed`, 'downloading instead', log)
    if (restored) {
      const found = existsSync(file) ? await sha256(file) : undefined
      if (found === digest) {
        moveFile(file, path)
        log.info(`Restored ${key} from ${cache.kind}, sha256 verified.`)
        return found
      }
      const hint = cache.removalHint ? `; ${cache.removalHint(key)}` : ''
      log.warning(`${cache.kind}: the entry '${key}' ${found ? `has sha256 ${found}, not ${digest}` : 'holds no file'}; it is damaged, so it is downloaded instead${hint}.`)
    }
    const downloaded = await request.download(path)
    if (downloaded === digest) {
      rmSync(dir, { recursive: true, force: true })
      makeDirectories(dir)
      shareFile(path, file)
      await bestEffort(() => cache.save(key, dir), `${cache.kind}: saving '${key}' failed`, 'the next run downloads it again', log)
    }
    return downloaded
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function bestEffort<T>(run: () => Promise<T>, failed: string, consequence: string, log: Logger): Promise<T | undefined> {
  try {
    return await run()
  } catch (error) {
    log.warning(`${failed}: ${(error as Error).message.split('\n')[0]}; ${consequence}.`)
    return undefined
  }
}

function moveFile(from: string, to: string): void {
  try {
    renameSync(from, to)
  } catch {
    copyFileSync(from, to)
  }
}

/** A second name for the file, which costs no copy on the same file system. */
function shareFile(from: string, to: string): void {
  try {
    linkSync(from, to)
  } catch {
    copyFileSync(from, to)
  }
}

async function sha256(path: string): Promise<string> {
  const hash = createHash('sha256')
  await pipeline(createReadStream(path), hash)
  return hash.digest('hex')
}
