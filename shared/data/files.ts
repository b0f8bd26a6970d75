import { createHash, type Hash } from 'node:crypto'
import { createReadStream, statSync, type Stats } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { createGunzip } from 'node:zlib'
import { glob, isDynamicPattern } from 'tinyglobby'
import { UserError } from '../errors/index.js'

export type DataFormat = 'csv' | 'tsv' | 'jsonl' | 'json' | 'parquet'

export interface DataFile {
  /** As the user wrote it or as the glob matched it, relative to the working directory. */
  path: string
  format: DataFormat
  gzip: boolean
}

const FORMAT_BY_EXTENSION: Record<string, DataFormat> = {
  csv: 'csv',
  tsv: 'tsv',
  tab: 'tsv',
  txt: 'csv',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  json: 'json',
  parquet: 'parquet',
  pq: 'parquet',
}

export function detectFormat(path: string): { format: DataFormat; gzip: boolean } {
  const lower = basename(path).toLowerCase()
  const gzip = lower.endsWith('.gz')
  const name = gzip ? lower.slice(0, -3) : lower
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : ''
  const format = FORMAT_BY_EXTENSION[extension]
  if (!format) {
    throw new UserError(
      `${path}: unknown data format '.${extension}'; expected .csv, .tsv, .jsonl, .ndjson, .json or .parquet, optionally gzip-compressed (.gz).`,
    )
  }
  if (format === 'json' && gzip) throw new UserError(`${path}: gzip-compressed JSON arrays are not supported; use JSON Lines (.jsonl.gz).`)
  if (format === 'parquet' && gzip) throw new UserError(`${path}: gzip-compressed Parquet is not supported; Parquet compresses its own pages.`)
  return { format, gzip }
}

/** Resolves one path, a glob, or a comma-separated list of either into data files, sorted. */
export async function resolveDataFiles(spec: string | readonly string[], inputName = 'data'): Promise<DataFile[]> {
  const patterns = (typeof spec === 'string' ? spec.split(',') : spec).map((part) => part.trim()).filter(Boolean)
  const paths: string[] = []
  for (const pattern of patterns) {
    if (isDynamicPattern(pattern)) {
      const matches = await glob(pattern, { onlyFiles: true, expandDirectories: false })
      if (matches.length === 0) throw new UserError(`Input '${inputName}': no file matches '${pattern}'.`)
      paths.push(...matches.sort())
    } else {
      checkRegularFile(pattern, inputName)
      paths.push(pattern)
    }
  }
  const seen = new Set<string>()
  const distinct = paths.filter((path) => !seen.has(resolve(path)) && seen.add(resolve(path)))
  return distinct.map((path) => ({ path, ...detectFormat(path) }))
}

/**
 * Data is read by position and by its extension, so only regular files will do: a FIFO or a
 * device would block, or fail midway, instead of being read.
 */
function checkRegularFile(path: string, inputName: string): void {
  let stats: Stats
  try {
    stats = statSync(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EACCES') throw new UserError(`Input '${inputName}': permission denied reading '${path}'.`)
    throw new UserError(`Input '${inputName}': no file matches '${path}'.`)
  }
  if (stats.isFile()) return
  if (stats.isDirectory()) throw new UserError(`Input '${inputName}': '${path}' is a directory; give a file or a glob such as '${path}/*.csv'.`)
  throw new UserError(`Input '${inputName}': '${path}' is ${specialKind(stats)}, not a regular file; data is read from files only.`)
}

function specialKind(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO'
  if (stats.isCharacterDevice()) return 'a character device'
  if (stats.isBlockDevice()) return 'a block device'
  if (stats.isSocket()) return 'a socket'
  return 'a special file'
}

/** Streams a file's decompressed bytes to the consumer while hashing its stored bytes. */
export async function streamFile(
  file: DataFile,
  onChunk: (chunk: Buffer) => void | Promise<void>,
  withHash = true,
  range?: { start: number; end: number },
  onRead?: (bytes: number) => void,
): Promise<string> {
  const hash = createHash('sha256')
  const raw = createReadStream(file.path, { highWaterMark: 1 << 20, ...(range ? { start: range.start, end: range.end - 1 } : {}) })
  // The stored bytes are hashed: as they are read, or before inflating.
  if (withHash && file.gzip) raw.on('data', (chunk) => hash.update(chunk as Buffer))
  // Stored bytes, so that a compressed file's count ends at its size.
  if (onRead && file.gzip) raw.on('data', (chunk) => onRead((chunk as Buffer).length))
  const source = file.gzip ? raw.pipe(createGunzip({ chunkSize: 1 << 20 })) : raw
  try {
    for await (const chunk of source) {
      if (withHash && !file.gzip) hash.update(chunk as Buffer)
      if (onRead && !file.gzip) onRead((chunk as Buffer).length)
      await onChunk(chunk as Buffer)
    }
  } catch (error) {
    if (error instanceof UserError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EACCES') throw new UserError(`${file.path}: permission denied.`)
    if (code?.startsWith('Z_')) throw new UserError(`${file.path}: corrupt gzip data (${(error as Error).message}).`)
    throw error
  } finally {
    raw.destroy()
  }
  return withHash ? hash.digest('hex') : ''
}

const WINDOW_BYTES = 1 << 20

/**
 * Reads a plain file (or a byte range of it) through reused buffers: `parse` gets the
 * unparsed bytes so far and returns how many it consumed; the rest moves to the front. The
 * next window is read while `parse` works on this one. Nothing is allocated per read, so
 * memory stays flat however large the file is.
 */
export async function readWindows(
  file: DataFile,
  parse: (window: Buffer, final: boolean) => number | Promise<number>,
  /** Updated with every byte read, for the caller to digest. */
  hash: Hash | undefined,
  range?: { start: number; end: number },
  onRead?: (bytes: number) => void,
): Promise<void> {
  let handle: FileHandle
  try {
    handle = await open(file.path, 'r')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EACCES') throw new UserError(`${file.path}: permission denied.`)
    throw error
  }
  try {
    let work = Buffer.allocUnsafe(2 * WINDOW_BYTES)
    let kept = 0
    let position = range?.start ?? 0
    const end = range?.end ?? Infinity
    const incoming = [Buffer.allocUnsafe(WINDOW_BYTES), Buffer.allocUnsafe(WINDOW_BYTES)]
    let turn = 0
    const readAt = (at: number) => {
      const want = Math.min(WINDOW_BYTES, end - at)
      const read = want > 0 ? handle.read(incoming[turn], 0, want, at) : Promise.resolve({ bytesRead: 0, buffer: incoming[turn] })
      turn ^= 1
      // Awaited below; a read left behind by a failed parse must not end the process.
      read.catch(() => undefined)
      return read
    }
    let pending = readAt(position)
    for (;;) {
      const { bytesRead, buffer } = await pending
      position += bytesRead
      const final = bytesRead === 0
      if (!final) pending = readAt(position)
      hash?.update(buffer.subarray(0, bytesRead))
      onRead?.(bytesRead)
      if (work.length - kept < bytesRead) {
        // A record longer than the buffer: grow it.
        const larger = Buffer.allocUnsafe(work.length * 2)
        work.copy(larger, 0, 0, kept)
        work = larger
      }
      buffer.copy(work, kept, 0, bytesRead)
      const filled = kept + bytesRead
      const consumed = await parse(work.subarray(0, filled), final)
      if (final) break
      work.copyWithin(0, consumed, filled)
      kept = filled - consumed
    }
  } finally {
    await handle.close()
  }
}

/** The file's sha256; or, given a hash of its first `start` bytes, that hash carried on to the end. */
export async function hashFile(path: string, start = 0, hash = createHash('sha256')): Promise<string> {
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.allocUnsafe(WINDOW_BYTES)
    for (let position = start; ; ) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position)
      if (bytesRead === 0) break
      hash.update(buffer.subarray(0, bytesRead))
      position += bytesRead
    }
  } finally {
    await handle.close()
  }
  return hash.digest('hex')
}

/** One file: its sha256 (as sha256sum prints). Several: sha256 over sorted "<sha256>  <path>" lines. */
export function combineFileHashes(entries: { path: string; sha256: string }[]): string {
  if (entries.length === 1) return entries[0].sha256
  const lines = entries
    .map((entry) => `${entry.sha256}  ${entry.path}\n`)
    .sort()
    .join('')
  return createHash('sha256').update(lines).digest('hex')
}
