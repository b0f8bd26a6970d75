import { createHash } from 'node:crypto'
import { createReadStream, statSync } from 'node:fs'
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
      let isFile = false
      try {
        isFile = statSync(pattern).isFile()
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (code === 'EACCES') throw new UserError(`Input '${inputName}': permission denied reading '${pattern}'.`)
        throw new UserError(`Input '${inputName}': no file matches '${pattern}'.`)
      }
      if (!isFile) throw new UserError(`Input '${inputName}': '${pattern}' is a directory; give a file or a glob such as '${pattern}/*.csv'.`)
      paths.push(pattern)
    }
  }
  const seen = new Set<string>()
  const distinct = paths.filter((path) => !seen.has(resolve(path)) && seen.add(resolve(path)))
  return distinct.map((path) => ({ path, ...detectFormat(path) }))
}

/** Streams a file's decompressed bytes to the consumer while hashing its stored bytes. */
export async function streamFile(
  file: DataFile,
  onChunk: (chunk: Buffer) => void,
  withHash = true,
  range?: { start: number; end: number },
): Promise<string> {
  const hash = createHash('sha256')
  const raw = createReadStream(file.path, { highWaterMark: 1 << 20, ...(range ? { start: range.start, end: range.end - 1 } : {}) })
  if (withHash) raw.on('data', (chunk) => hash.update(chunk as Buffer))
  const source = file.gzip ? raw.pipe(createGunzip({ chunkSize: 1 << 20 })) : raw
  try {
    for await (const chunk of source) onChunk(chunk as Buffer)
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

export async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer)
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
