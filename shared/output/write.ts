import { chmodSync, closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { fileError } from '../errors/index.js'
import { lstatOrUndefined, notRegularFile, refuseDescriptorLinks, writeTarget } from './paths.js'
import { forgetTemporary, trackTemporary } from './temporary.js'
import { makeDirectories } from '../fs/index.js'

/**
 * The one writer of every file a user names as an output: reports, inferred schemas, model
 * metadata, predictions. What it guarantees:
 * - Atomic: the content goes to `<name>.<pid>.tmp` in the same folder, then is renamed over
 *   the file, so a reader sees the old content or the new, never half of it. Missing parent
 *   folders are created. An existing file keeps its permissions.
 * - A symlink is followed, like `sed -i --follow-symlinks`: its final target is replaced
 *   atomically (or created, for a dangling link) and the link itself stays as it was.
 * - Anything else that exists (a directory, FIFO, device or socket), and a path that leads
 *   through /proc (/dev/stdout, /dev/fd/1), is refused with a
 *   UserError naming `input`: nothing is written to it or put in its place.
 * - The temporary file never outlives the call: it is removed when the write fails, and is
 *   tracked for removal on exit and on SIGINT, SIGTERM or SIGHUP.
 */
export function writeOutputFile(input: string, path: string, content: string | Uint8Array): void {
  const stream = openOutputStream(input, path)
  try {
    stream.write(content)
    stream.commit()
  } finally {
    stream.discard()
  }
}

/** An output file written piece by piece, with writeOutputFile's guarantees: nothing is at `path` until `commit`. */
export interface OutputStream {
  write(content: string | Uint8Array): void
  /** Renames the written content over the file. */
  commit(): void
  /** Removes the temporary file, unless it was committed: safe to call in any `finally`. */
  discard(): void
}

/** Opens the temporary file beside `path` for content too large to hold at once, such as predictions. */
export function openOutputStream(input: string, path: string): OutputStream {
  refuseDescriptorLinks(input, path)
  const target = writeTarget(path)
  const existing = lstatOrUndefined(target)
  if (existing && !existing.isFile()) throw notRegularFile(input, path, existing)
  const temporary = join(dirname(target), `${basename(target)}.${process.pid}.tmp`)
  let fd: number | undefined
  let done = false
  const close = () => {
    if (fd === undefined) return
    const open = fd
    fd = undefined
    closeSync(open)
  }
  try {
    makeDirectories(dirname(target))
    trackTemporary(temporary)
    fd = openSync(temporary, 'w', 0o666)
  } catch (error) {
    removeQuietly(temporary)
    forgetTemporary(temporary)
    throw fileError(input, 'write', path, error)
  }
  return {
    write(content) {
      try {
        if (typeof content === 'string') writeSync(fd!, content)
        else for (let at = 0; at < content.length; ) at += writeSync(fd!, content, at)
      } catch (error) {
        throw fileError(input, 'write', path, error)
      }
    },
    commit() {
      try {
        close()
        if (existing) chmodSync(temporary, existing.mode & 0o7777)
        renameSync(temporary, target)
        done = true
      } catch (error) {
        throw fileError(input, 'write', path, error)
      }
    },
    discard() {
      try {
        close()
      } catch {
        // Discarding anyway.
      }
      if (!done) removeQuietly(temporary)
      forgetTemporary(temporary)
    },
  }
}

/** After a failure, a missing or unreachable temporary file is not a second error. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true })
  } catch {
    // Nothing was created there.
  }
}
