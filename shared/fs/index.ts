import { existsSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'

/**
 * `mkdir -p`, one level at a time. Node's recursive mkdir retries forever where a folder
 * refuses new entries with ENOENT (such as /proc/self); this fails with that error instead.
 */
export function makeDirectories(dir: string): void {
  const missing: string[] = []
  for (let current = dir; !existsSync(current); current = dirname(current)) {
    missing.push(current)
    if (dirname(current) === current) break
  }
  for (const path of missing.reverse()) {
    try {
      mkdirSync(path)
    } catch (error) {
      // Another process made it in the meantime.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
  }
}

export { checkReadableFile, kindOf, READ_LIMITS, readTextFile, readTextFileIfExists, readWholeFile, type ReadKind } from './read.js'
