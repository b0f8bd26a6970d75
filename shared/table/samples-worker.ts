// A thread that reads column samples (see samples-threads.ts) and hands them to the starting thread.
import { parentPort } from 'node:worker_threads'
import { isUserError } from '../errors/index.js'
import { readColumnSamples, type ColumnSamples } from './samples.js'
import type { SamplesJob } from './samples-threads.js'


export type SamplesReply = { samples: ColumnSamples } | { error: string; user: boolean }

export async function serve(task: SamplesJob): Promise<void> {
  try {
    const samples = await readColumnSamples(task.files, task.options)
    // The sorted numbers move to the starting thread rather than being copied.
    const buffers = [...new Set(samples.columns.flatMap((column) => (column.kind === 'number' ? [column.values.buffer as ArrayBuffer] : [])))]
    parentPort!.postMessage({ samples } satisfies SamplesReply, buffers)
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error), user: isUserError(error) } satisfies SamplesReply)
  }
}
