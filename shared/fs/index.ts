import { existsSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'

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

/**
 * The folder holding all of `files`: `from` itself when they sit beside the running code (the
 * bundle copies them there), else `packageDir` in the nearest node_modules walking up from it,
 * as Node resolves packages (running from build/ or the sources). Undefined when neither has them.
 */
export function findRuntimeFiles(from: string, packageDir: string, files: readonly string[]): string | undefined {
  const holds = (dir: string) => files.every((file) => existsSync(join(dir, file)))
  if (holds(from)) return from
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, packageDir)
    if (holds(candidate)) return candidate
    if (dirname(dir) === dir) return undefined
  }
}

export { checkReadableFile, kindOf, READ_LIMITS, readTextFile, readTextFileIfExists, readWholeFile, type ReadKind } from './read.js'
