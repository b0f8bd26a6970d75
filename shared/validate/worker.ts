import { parentPort } from 'node:worker_threads'
import { hashFile, QuotedDataError } from '../data/index.js'
import { isUserError } from '../errors/index.js'
import { setTemporaryParent } from '../output/index.js'
import { validatePart, validateRange } from './engine.js'
import type { WorkerData, WorkerTask } from './parallel.js'
import type { QueueJob, QueueMessage, QueueTask } from './range-threads.js'

/** Does one part of a validation on this thread and posts the result back; a queue thread asks for jobs until there are none. */
export async function serve(task: WorkerData): Promise<void> {
  // Threads get no signals: their spill files go where the parent thread cleans up.
  setTemporaryParent(task.scratch)
  if (task.task === 'queue') return serveQueue(task)
  parentPort!.postMessage(await outcome(task))
}

function serveQueue({ options }: QueueTask): void {
  const port = parentPort!
  port.on('message', async (job: QueueJob | null) => {
    if (!job) return port.close()
    port.postMessage(await outcome(job.task === 'hash' ? job : { task: 'range', options: { ...options, range: job.range } }))
  })
  port.postMessage({ ready: true } satisfies QueueMessage)
}

async function outcome(task: WorkerTask): Promise<QueueMessage> {
  try {
    return { result: task.task === 'hash' ? await hashFile(task.path) : task.task === 'range' ? await validateRange(task.options) : await validatePart(task.options) }
  } catch (error) {
    if (error instanceof QuotedDataError) return { quoted: true }
    const err = error as Error
    return { error: { message: err.message, user: isUserError(error), stack: err.stack } }
  }
}
