import { parentPort, workerData } from 'node:worker_threads'
import { isUserError } from '../errors/index.js'
import { validatePart, type ValidateOptions } from './engine.js'
import { VALIDATE_WORKER } from './parallel.js'

/** True when this thread was started to validate one part of the data. */
export function isValidationWorker(): boolean {
  return (workerData as { kind?: string } | null)?.kind === VALIDATE_WORKER
}

export async function serveValidationPart(): Promise<void> {
  const options = (workerData as { options: ValidateOptions }).options
  try {
    parentPort!.postMessage({ result: await validatePart(options) })
  } catch (error) {
    const err = error as Error
    parentPort!.postMessage({ error: { message: err.message, user: isUserError(error), stack: err.stack } })
  }
}
