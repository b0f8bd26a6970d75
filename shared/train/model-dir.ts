import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { fileError, UserError } from '../errors/index.js'
import { makeDirectories } from '../fs/index.js'
import { isModelDir, MODEL_DIR_FILES, MODEL_FORMAT } from '../model/index.js'
import { forgetTemporary, isWithin, lstatOrUndefined, trackTemporary, writeTarget, type NamedPath } from '../output/index.js'

const ADVICE = "give a new or empty directory, or a model directory written by train, such as 'model'"

/**
 * Refuses, before any work, an `output-dir` whose replacement would destroy files train did
 * not write. Accepted: a path that does not exist, an empty directory, or a model directory
 * written by train (its metadata has format 'mlops-actions/model': isModelDir), which is replaced.
 * Refused: the working directory, the root or any folder holding the working directory; a
 * file; a directory with anything else in it; and a directory holding a file the run reads
 * (`reads`: the data, the validation data, the params or config file). Symlinks are followed.
 */
export function checkOutputDir(dir: string, reads: readonly NamedPath[]): void {
  const target = writeTarget(dir)
  if (isWithin(writeTarget(process.cwd()), target)) {
    const where = target === writeTarget(process.cwd()) ? 'is the working directory' : 'holds the working directory'
    throw new UserError(`Input 'output-dir': '${dir}' ${where}, which a model directory would replace; ${ADVICE}.`)
  }
  if (lstatOrUndefined(target)?.isDirectory() === false) throw new UserError(`Input 'output-dir': '${dir}' is a file, not a directory; ${ADVICE}.`)
  const read = reads.find((input) => isWithin(writeTarget(input.path), target))
  if (read) throw new UserError(`Input 'output-dir': '${dir}' holds input '${read.input}' ('${read.path}'), which this run reads; ${ADVICE}.`)
  checkReplaceable(dir, target)
}

function checkReplaceable(dir: string, target: string): void {
  const stats = lstatOrUndefined(target)
  if (!stats) return
  if (!stats.isDirectory()) throw new UserError(`Input 'output-dir': '${dir}' is a file, not a directory; ${ADVICE}.`)
  let entries: string[]
  try {
    entries = readdirSync(target)
  } catch (error) {
    throw fileError('output-dir', 'read', dir, error)
  }
  if (entries.length > 0 && !isModelDir(target)) {
    throw new UserError(`Input 'output-dir': '${dir}' is a directory that is not empty and was not written by train (no ${MODEL_DIR_FILES.metadata} of format '${MODEL_FORMAT}'), so it is not replaced; ${ADVICE}.`)
  }
}

/**
 * Writes a model directory in a staging folder beside it, then swaps it into place, so a
 * failed run never leaves half a model where the last good one was. Only what
 * `checkOutputDir` accepts is replaced, checked again just before the swap; a symlink to a
 * directory has its target replaced. The staging folder is removed on failure, and on exit
 * or SIGINT, SIGTERM and SIGHUP.
 */
export async function writeModelDir(dir: string, write: (staging: string) => Promise<void>): Promise<void> {
  const target = writeTarget(dir)
  const parent = dirname(target)
  const staging = join(parent, `.${basename(target)}.staging-${process.pid}`)
  const previous = join(parent, `.${basename(target)}.previous-${process.pid}`)
  try {
    makeDirectories(parent)
    rmSync(staging, { recursive: true, force: true })
    trackTemporary(staging)
    mkdirSync(staging)
  } catch (error) {
    forgetTemporary(staging)
    throw fileError('output-dir', 'write', dir, error)
  }
  try {
    await write(staging)
    checkReplaceable(dir, target)
    if (existsSync(target)) renameSync(target, previous)
    renameSync(staging, target)
    forgetTemporary(staging)
    rmSync(previous, { recursive: true, force: true })
  } catch (error) {
    rmSync(staging, { recursive: true, force: true })
    forgetTemporary(staging)
    if (!existsSync(target) && existsSync(previous)) renameSync(previous, target)
    throw error
  }
}
