import { createHash, type Hash } from 'node:crypto'
import { createReadStream, createWriteStream, readdirSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { Transform } from 'node:stream'
import * as tar from 'tar'
import { UserError } from '../errors/index.js'
import { makeDirectories } from '../fs/index.js'

/** Every archive gets this time, so the same directory always packs to the same bytes. */
const FIXED_TIME = new Date('2000-01-01T00:00:00Z')
/**
 * Files are read and written in pieces of this size. node-tar's default, 16 MiB, each piece a
 * fresh buffer, holds 80 MB more memory on a model of hundreds of megabytes, and is slower.
 */
const READ_BYTES = 1 << 20

/** Files under `dir`, relative, sorted: the order of the archive. */
export function listFiles(dir: string): string[] {
  const out: string[] = []
  const walk = (sub: string) => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = sub ? `${sub}/${entry.name}` : entry.name
      if (entry.isDirectory()) walk(path)
      else if (entry.isFile()) out.push(path)
      else throw new UserError(`Input 'model-dir': '${join(dir, path)}' is not a regular file; a model directory holds files and folders only.`)
    }
  }
  walk('')
  return out
}

/**
 * Packs a directory into a deterministic tar at `path`, streaming; returns its sha256 and size.
 * Uncompressed: model weights barely compress, and gzip would cost more time than the transfer.
 */
export async function packDirectory(dir: string, path: string): Promise<{ digest: string; size: number }> {
  const files = listFiles(dir)
  if (files.length === 0) throw new UserError(`Input 'model-dir': '${dir}' is empty.`)
  const hash = createHash('sha256')
  let size = 0
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      size += chunk.length
      done(null, chunk)
    },
  })
  const packer = tar.c({ cwd: dir, portable: true, mtime: FIXED_TIME, noDirRecurse: true, maxReadSize: READ_BYTES }, files)
  await pipeline(packer as unknown as NodeJS.ReadableStream, tap, createWriteStream(path))
  return { digest: hash.digest('hex'), size }
}

/**
 * Bytes [start, end) of an archive as a web stream (an upload body), read a piece ahead of its
 * reader and no further. Pieces of 1 MiB: Node's 64 KiB file stream chunks, through Readable.toWeb,
 * cost an upload four times the CPU and half again the time.
 */
export function archivePart(path: string, start: number, end: number): ReadableStream<Uint8Array> {
  let file: FileHandle | undefined
  let position = start
  const close = async () => {
    const handle = file
    file = undefined
    await handle?.close()
  }
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (position >= end) {
          await close()
          return controller.close()
        }
        file ??= await open(path)
        const length = Math.min(READ_BYTES, end - position)
        const { bytesRead, buffer } = await file.read(Buffer.allocUnsafe(length), 0, length, position)
        if (bytesRead === 0) throw new Error(`${path} ended at byte ${position}, before ${end}: it changed while being read`)
        position += bytesRead
        controller.enqueue(buffer.subarray(0, bytesRead))
      } catch (error) {
        await close()
        controller.error(error)
      }
    },
    cancel: close,
  })
}

/**
 * Hashes the bytes that pass and hands them on in pieces of at least 1 MiB. Written to a file as
 * they come off the network, 64 KiB at a time, a download is a fifth slower: every write is a
 * trip to the thread pool.
 */
export function hashedPieces(hash: Hash): Transform {
  let pending: Buffer[] = []
  let bytes = 0
  const take = () => {
    const piece = Buffer.concat(pending, bytes)
    pending = []
    bytes = 0
    return piece
  }
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      pending.push(chunk)
      bytes += chunk.length
      done(null, bytes >= READ_BYTES ? take() : undefined)
    },
    flush(done) {
      done(null, bytes > 0 ? take() : undefined)
    },
  })
}

/** sha256 of a file, streaming. */
export async function fileDigest(path: string): Promise<string> {
  const hash = createHash('sha256')
  await pipeline(createReadStream(path), hash)
  return hash.digest('hex')
}

/**
 * Extracts a tar into the new directory `target`, refusing absolute paths, `..` and links
 * that lead outside it (zip-slip). One bad entry fails the whole extraction, naming the entry,
 * and nothing is left behind.
 */
export async function extractArchive(path: string, target: string, source: string): Promise<void> {
  const staging = `${target}.extracting-${process.pid}`
  rmSync(staging, { recursive: true, force: true })
  makeDirectories(staging)
  try {
    await extractInto(path, realpathSync(staging), source)
    renameSync(staging, target)
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
}

async function extractInto(path: string, root: string, source: string): Promise<void> {
  const refuse = (entry: string, why: string) => new UserError(`${source}: the archive entry '${entry}' ${why}; refusing to extract it.`)
  let rejected: UserError | undefined
  await tar.x({
    file: path,
    cwd: root,
    maxReadSize: READ_BYTES,
    strict: true,
    preservePaths: true,
    filter: (entryPath, entry) => {
      if (rejected) return false
      const stat = entry as tar.ReadEntry
      if (isAbsolute(entryPath) || /^[A-Za-z]:/.test(entryPath)) rejected = refuse(entryPath, 'has an absolute path')
      else if (entryPath.split(/[\\/]/).includes('..')) rejected = refuse(entryPath, "climbs out with '..'")
      else if (stat.type === 'SymbolicLink' || stat.type === 'Link') {
        const base = stat.type === 'SymbolicLink' ? resolve(root, entryPath, '..') : root
        const pointsTo = resolve(base, String(stat.linkpath ?? ''))
        if (isAbsolute(String(stat.linkpath ?? '')) || !inside(root, pointsTo)) rejected = refuse(entryPath, `links outside the target (to '${stat.linkpath}')`)
      } else if (!['File', 'OldFile', 'ContiguousFile', 'Directory'].includes(stat.type)) rejected = refuse(entryPath, `is a ${stat.type}, not a file`)
      return rejected === undefined
    },
  })
  if (rejected) throw rejected
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel) && !rel.startsWith(`..${sep}`))
}

export function fileSize(path: string): number {
  return statSync(path).size
}
