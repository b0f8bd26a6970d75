import { UserError } from '../errors/index.js'
import { CsvParser } from './csv.js'
import { combineFileHashes, hashFile, readWindows, streamFile, type DataFile } from './files.js'
import { JsonLinesParser } from './jsonl.js'
import { MissingTokens } from './missing.js'
import { readJsonArray } from './json-array.js'
import { createHash, type Hash } from 'node:crypto'
import { statSync } from 'node:fs'
import type { RowVisitor } from './row.js'

export { DEFAULT_MISSING_VALUES, MissingTokens } from './missing.js'
export { detectFormat, hashFile, resolveDataFiles, type DataFile, type DataFormat } from './files.js'
export { QuotedDataError } from './csv.js'
export type { Row, RowVisitor } from './row.js'
export { parseNumberBytes, parseSlow } from './numbers.js'
export { TextPool } from './text-pool.js'
export { TextCounter } from './text-counter.js'

export interface DatasetVisitor extends RowVisitor {
  /** Called before each file's header. */
  file(index: number, file: DataFile): void
  unknownKey?(line: number, key: string): void
}

export interface DatasetRead {
  files: { path: string; format: string; sha256: string }[]
  /** Identifies the dataset version: see combineFileHashes. */
  hash: string
  /** For a byte range: the line breaks it held. */
  lineBreaks?: number
}

/** A byte range of one plain CSV or TSV file, cut just after line breaks. The first range reads the header. */
export interface ByteRange {
  start: number
  end: number
  header?: string[]
  /** The file's line break byte, as the first range found it: LF, or CR for lone-CR files. */
  lineBreak?: number
}

const TAB = 9
const COMMA = 44

/** Streams every file's rows to the visitor, in order, with bounded memory. */
export async function readDataset(
  files: DataFile[],
  missingValues: readonly string[],
  visitor: DatasetVisitor,
  {
    hash = true,
    range,
    rangeHash,
    onRead,
  }: {
    hash?: boolean
    range?: ByteRange
    /** For a byte range: updated with its bytes, for the caller to carry on over the rest of the file. */
    rangeHash?: Hash
    onRead?: (bytes: number) => void
  } = {},
): Promise<DatasetRead> {
  if (range) {
    const file = files[0]
    visitor.file(0, file)
    const parser = new CsvParser(
      { delimiter: file.format === 'tsv' ? TAB : COMMA, file: file.path, tokens: new MissingTokens(missingValues), header: range.header, lineBreak: range.lineBreak, cutAtLineBreak: true },
      visitor,
    )
    await readWindows(file, (window, final) => parser.window(window, final), rangeHash, range, onRead)
    parser.finish()
    return { files: [{ path: file.path, format: file.format, sha256: '' }], hash: '', lineBreaks: parser.lineBreaks }
  }
  const tokens = new MissingTokens(missingValues)
  const read: DatasetRead['files'] = []
  for (const [index, file] of files.entries()) {
    visitor.file(index, file)
    read.push({ path: file.path, format: file.format, sha256: await readOne(file, tokens, visitor, hash, onRead) })
    await visitor.drain?.()
  }
  return { files: read, hash: combineFileHashes(read) }
}

async function readOne(file: DataFile, tokens: MissingTokens, visitor: DatasetVisitor, hash: boolean, onRead?: (bytes: number) => void): Promise<string> {
  if (file.format === 'json') {
    const bytes = readJsonArray(file.path, tokens, visitor)
    onRead?.(bytes.length)
    return hash ? createHash('sha256').update(bytes).digest('hex') : ''
  }
  if (file.format === 'parquet') {
    // Loaded on demand: the Parquet reader and its codecs are most of this module's weight.
    const { readParquet } = await import('./parquet.js')
    await readParquet(file.path, file.path, tokens, visitor)
    onRead?.(statSync(file.path).size)
    return hash ? hashFile(file.path) : ''
  }
  const parser =
    file.format === 'jsonl'
      ? new JsonLinesParser(file.path, tokens, visitor)
      : new CsvParser({ delimiter: file.format === 'tsv' ? TAB : COMMA, file: file.path, tokens }, visitor)
  const drain = visitor.drain?.bind(visitor)
  if (parser instanceof CsvParser && !file.gzip) {
    const parse = (window: Buffer, final: boolean) => {
      const consumed = parser.window(window, final)
      return drain ? Promise.resolve(drain()).then(() => consumed) : consumed
    }
    const sha256 = hash ? createHash('sha256') : undefined
    await readWindows(file, parse, sha256, undefined, onRead)
    parser.finish()
    return sha256?.digest('hex') ?? ''
  }
  const push = (chunk: Buffer) => {
    parser.push(chunk)
    return drain?.()
  }
  const sha256 = await streamFile(file, push, hash, undefined, onRead)
  parser.end()
  return sha256
}

export function assertHasRows(rows: number, files: DataFile[]): void {
  if (rows > 0) return
  const names = files.map((file) => file.path).join(', ')
  throw new UserError(`${names}: no data rows (the data has a header but no records).`)
}
