import { chmodSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { fileError } from '../errors/index.js'
import { lstatOrUndefined, notRegularFile, refuseDescriptorLinks, writeTarget } from './paths.js'
import { forgetTemporary, trackTemporary } from './temporary.js'
import { makeDirectories } from '../fs/index.js'

/**
 * The one writer of every file a user names as an output: reports, inferred schemas, model
 * metadata. What it guarantees:
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
  refuseDescriptorLinks(input, path)
  const target = writeTarget(path)
  const existing = lstatOrUndefined(target)
  if (existing && !existing.isFile()) throw notRegularFile(input, path, existing)
  const temporary = join(dirname(target), `${basename(target)}.${process.pid}.tmp`)
  try {
    makeDirectories(dirname(target))
    trackTemporary(temporary)
    writeFileSync(temporary, content)
    if (existing) chmodSync(temporary, existing.mode & 0o7777)
    renameSync(temporary, target)
  } catch (error) {
    throw fileError(input, 'write', path, error)
  } finally {
    removeQuietly(temporary)
    forgetTemporary(temporary)
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
