import { lstatSync, readlinkSync, realpathSync, type Stats } from 'node:fs'
import { basename, dirname, resolve, sep } from 'node:path'
import { UserError } from '../errors/index.js'
import { kindOf } from '../fs/index.js'

/** A path named by an input, e.g. `{ input: 'report', path: 'out/report.json' }`. */
export interface NamedPath {
  input: string
  path: string
}

/** The paths given, by input name; inputs left empty are left out. */
export function namedPaths(paths: Record<string, string | undefined>): NamedPath[] {
  return Object.entries(paths).flatMap(([input, path]) => (path ? [{ input, path }] : []))
}

/**
 * The file a write to `path` lands on: symlinks followed to their final target (dangling
 * ones too, since a write creates the target), then the real path of the folder it is in.
 * Two paths name the same file exactly when their targets are equal.
 */
export function writeTarget(path: string): string {
  let current = resolve(path)
  for (let hops = 0; hops < 40; hops++) {
    const stats = lstatOrUndefined(current)
    if (!stats?.isSymbolicLink()) return join(realParent(dirname(current)), basename(current))
    current = resolve(dirname(current), readlinkSync(current))
  }
  throw new UserError(`'${path}': too many levels of symbolic links.`)
}

/**
 * Refuses an output reached through /proc, such as /dev/stdout or /dev/fd/1: those links name
 * whatever a descriptor of this process has open (a pipe, a terminal, the file a shell
 * redirected to), and replacing that is never what the user meant.
 */
export function refuseDescriptorLinks(input: string, path: string): void {
  for (let current = resolve(path), hops = 0; hops < 40; hops++) {
    // Folders on the way may be links too: /dev/fd is /proc/self/fd.
    current = join(realParent(dirname(current)), basename(current))
    if (current === '/proc' || current.startsWith('/proc/')) {
      throw new UserError(`Input '${input}': '${path}' is not a regular file (it leads to an open descriptor under /proc); give the path of a file to write.`)
    }
    if (!lstatOrUndefined(current)?.isSymbolicLink()) return
    current = resolve(dirname(current), readlinkSync(current))
  }
}

/** The real path of a folder that may not exist yet: its nearest existing ancestor's, then the rest. */
function realParent(dir: string): string {
  try {
    return realpathSync(dir)
  } catch {
    const up = dirname(dir)
    return up === dir ? dir : join(realParent(up), basename(dir))
  }
}

function join(dir: string, name: string): string {
  return dir.endsWith(sep) ? dir + name : dir + sep + name
}

export function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path)
  } catch {
    return undefined
  }
}

/** True when `inner` is `outer` or lies inside it; both resolved by `writeTarget`. */
export function isWithin(inner: string, outer: string): boolean {
  return inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : outer + sep)
}

/** What a run reads: files compared as files, folders (a model directory, a registry) that no output may be inside. */
export interface RunReads {
  files: readonly NamedPath[]
  dirs?: readonly NamedPath[]
}

/**
 * Refuses, before any work, an output file that exists and is not a regular file, that would
 * overwrite a file the run reads or land inside a folder it reads, or that two outputs share.
 * Paths are compared after following symlinks, so a link to the data is the data.
 */
export function checkOutputPaths(outputs: readonly NamedPath[], reads: RunReads): void {
  for (const output of outputs) refuseDescriptorLinks(output.input, output.path)
  const targets = outputs.map((output) => ({ ...output, target: writeTarget(output.path) }))
  for (const [index, output] of targets.entries()) {
    const existing = lstatOrUndefined(output.target)
    if (existing && !existing.isFile()) throw notRegularFile(output.input, output.path, existing)
    for (const input of reads.files) {
      if (output.target === writeTarget(input.path)) {
        throw new UserError(`Input '${output.input}': '${output.path}' is the same file as input '${input.input}' ('${input.path}'), which this run reads; write it elsewhere.`)
      }
    }
    for (const input of reads.dirs ?? []) {
      if (isWithin(output.target, writeTarget(input.path))) {
        throw new UserError(`Input '${output.input}': '${output.path}' is inside input '${input.input}' ('${input.path}'), which this run reads; write it elsewhere.`)
      }
    }
    const other = targets.slice(0, index).find((earlier) => earlier.target === output.target)
    if (other) throw new UserError(`Input '${output.input}': '${output.path}' is the same file as input '${other.input}' ('${other.path}'); give each output its own path.`)
  }
}

export function notRegularFile(input: string, path: string, stats: Stats): UserError {
  return new UserError(`Input '${input}': '${path}' is not a regular file (it is ${kindOf(stats)}); give the path of a file to write.`)
}
