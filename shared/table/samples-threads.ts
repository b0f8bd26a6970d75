import type { DataFile } from '../data/index.js'
import { UserError } from '../errors/index.js'
import { startWorkerThread, workerEntry } from '../threads/index.js'
import { readColumnSamples, type ColumnSamples, type ReadColumnSamplesOptions } from './samples.js'
import type { SamplesReply } from './samples-worker.js'

export interface SamplesJob {
  files: DataFile[]
  options: ReadColumnSamplesOptions
}

/**
 * Starts reading several datasets' column samples at once, one per thread while `threads`
 * allow (the first in this thread): reading is what a drift check spends its time on, and two
 * files read on two cores take the time of one. One promise per job, failing as
 * readColumnSamples fails; a caller that awaits them in turn must not leave one unobserved.
 */
export function readColumnSamplesAtOnce(jobs: readonly SamplesJob[], threads: number): Promise<ColumnSamples>[] {
  const parallel = workerEntry() !== undefined ? Math.min(threads, jobs.length) : 1
  return jobs.map((job, index) => (index > 0 && index < parallel ? readInThread(job) : readColumnSamples(job.files, job.options)))
}

function readInThread(job: SamplesJob): Promise<ColumnSamples> {
  const worker = startWorkerThread('samples', job)
  return new Promise((resolve, reject) => {
    worker.once('message', (reply: SamplesReply) => {
      void worker.terminate()
      if ('samples' in reply) resolve(reply.samples)
      else reject(reply.user ? new UserError(reply.error) : new Error(reply.error))
    })
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new Error(`the reading thread exited with code ${code} before it answered`)))
  })
}
