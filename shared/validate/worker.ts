import { parentPort, workerData } from 'node:worker_threads'
import { hashFile, QuotedDataError } from '../data/index.js'
import { isUserError } from '../errors/index.js'
import { setTemporaryParent } from '../output/index.js'
import { validatePart, validateRange } from './engine.js'
import { VALIDATE_WORKER, type WorkerData } from './parallel.js'

/** True when this thread was started to do part of a validation. */
export function isValidationWorker(): boolean {
  return (workerData as { kind?: string } | null)?.kind === VALIDATE_WORKER
}

export async function serveValidationPart(): Promise<void> {
  const task = workerData as WorkerData
  // Threads get no signals: their spill files go where the parent thread cleans up.
  setTemporaryParent(task.scratch)
  try {
    const result =
      task.task === 'hash' ? await hashFile(task.path) : task.task === 'range' ? await validateRange(task.options) : await validatePart(task.options)
    parentPort!.postMessage({ result })
  } catch (error) {
    if (error instanceof QuotedDataError) {
      parentPort!.postMessage({ quoted: true })
      return
    }
    const err = error as Error
    parentPort!.postMessage({ error: { message: err.message, user: isUserError(error), stack: err.stack } })
  }
}
