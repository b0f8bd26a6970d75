import { parentPort } from 'node:worker_threads'
import { QuotedDataError } from '../data/index.js'
import { isUserError } from '../errors/index.js'
import { setTemporaryParent } from '../output/index.js'
import { validatePart, validateRange } from './engine.js'
import type { WorkerData } from './parallel.js'

/** Does one part of a validation on this thread and posts the result back. */
export async function serve(task: WorkerData): Promise<void> {
  // Threads get no signals: their spill files go where the parent thread cleans up.
  setTemporaryParent(task.scratch)
  try {
    const result = task.task === 'range' ? await validateRange(task.options) : await validatePart(task.options)
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
