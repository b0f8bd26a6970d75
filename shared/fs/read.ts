import { closeSync, constants, fstatSync, openSync, readFileSync, statSync, type Stats } from 'node:fs'
import { fileError, UserError } from '../errors/index.js'

const MiB = 1024 * 1024

/**
 * The largest file of each kind read whole into memory. A YAML or JSON document the project
 * reads (config, schema, thresholds, params, metrics, a model directory's JSON files, registry
 * records) is small; 64 MiB leaves room for a large profile while refusing a runaway file
 * before it exhausts memory. Model weights are read whole as well but not capped: their size
 * is the model's.
 */
export const READ_LIMITS = {
  document: 64 * MiB,
  weights: Infinity,
} as const satisfies Record<string, number>

export type ReadKind = keyof typeof READ_LIMITS

/**
 * Checks that `path` (symlinks followed) is a regular file no larger than its kind allows,
 * and returns its stats. A FIFO or a device such as /dev/zero would block or never end, and
 * reading it whole would grow memory without bound.
 */
export function checkReadableFile(input: string, path: string, kind: ReadKind = 'document'): Stats {
  let stats: Stats
  try {
    stats = statSync(path)
  } catch (error) {
    throw fileError(input, 'read', path, error)
  }
  refuseUnreadable(input, path, stats, kind)
  return stats
}

/** Reads a whole file named by `input` as UTF-8 text, refusing what `checkReadableFile` refuses. */
export function readTextFile(input: string, path: string, kind: ReadKind = 'document'): string {
  return readWholeFile(input, path, kind).toString('utf8')
}

/** Like `readTextFile`, but undefined when the file does not exist. */
export function readTextFileIfExists(input: string, path: string, kind: ReadKind = 'document'): string | undefined {
  try {
    statSync(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
  }
  return readTextFile(input, path, kind)
}

/** Reads a whole file named by `input` as bytes, refusing what `checkReadableFile` refuses. */
export function readWholeFile(input: string, path: string, kind: ReadKind = 'document'): Buffer {
  checkReadableFile(input, path, kind)
  let fd: number
  try {
    // Non-blocking, so that a file swapped for a FIFO after the check cannot hang the open.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    throw fileError(input, 'read', path, error)
  }
  try {
    refuseUnreadable(input, path, fstatSync(fd), kind)
    return readFileSync(fd)
  } catch (error) {
    if (error instanceof UserError) throw error
    throw fileError(input, 'read', path, error)
  } finally {
    closeSync(fd)
  }
}

function refuseUnreadable(input: string, path: string, stats: Stats, kind: ReadKind): void {
  if (!stats.isFile()) throw new UserError(`Input '${input}': '${path}' is not a regular file (it is ${kindOf(stats)}); give the path of a file to read.`)
  const limit = READ_LIMITS[kind]
  if (stats.size > limit) {
    throw new UserError(`Input '${input}': '${path}' is ${stats.size} bytes, over the ${limit / MiB} MiB limit for a YAML or JSON file.`)
  }
}

/** What a path that is not a regular file is, in the words of the messages that refuse it. */
export function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory'
  if (stats.isFIFO()) return 'a named pipe'
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device'
  if (stats.isSocket()) return 'a socket'
  return 'not a file'
}
