import { createHash } from 'node:crypto'
import { parentPort } from 'node:worker_threads'
import { hashFile, QuotedDataError } from '../data/index.js'
import { isUserError } from '../errors/index.js'
import { setTemporaryParent } from '../output/index.js'
import { validatePart, validateRange } from './engine.js'
import type { WorkerData } from './parallel.js'

/**
 * Does one part of a validation on this thread and posts the result back. A range that
 * hashes the file posts its state first, so that the merge starts while this thread carries
 * the hash on to the end of the file, then posts the hash.
 */
export async function serve(task: WorkerData): Promise<void> {
  // Threads get no signals: their spill files go where the parent thread cleans up.
  setTemporaryParent(task.scratch)
  try {
    if (task.task === 'part') {
      parentPort!.postMessage({ result: await validatePart(task.options) })
      return
    }
    const hash = task.hashFile ? createHash('sha256') : undefined
    parentPort!.postMessage({ result: await validateRange(task.options, hash) })
    if (hash) parentPort!.postMessage({ sha256: await hashFile(task.options.files[0].path, task.options.range!.end, hash) })
  } catch (error) {
    if (error instanceof QuotedDataError) {
      parentPort!.postMessage({ quoted: true })
      return
    }
    const err = error as Error
    parentPort!.postMessage({ error: { message: err.message, user: isUserError(error), stack: err.stack } })
  }
}
