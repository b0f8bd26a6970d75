import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'

/** Every kind of work a thread is started for; `worker.ts` maps each to the module that serves it. */
export type WorkerKind = 'validate' | 'bootstrap' | 'samples'

export interface WorkerData<T = unknown> {
  kind: WorkerKind
  task: T
}

// The thread entry is an application file (runtime/worker.ts) that runs the core's thread
// work: build/shared/runtime/worker.js after tsc, actions/dist/worker.js beside every chunk in
// the bundle. Variables, not literals, so that bundlers leave them alone.
const WORKER_FILES = ['./worker.js', '../runtime/worker.js']

/** The thread entry file, or undefined where there is none (the TypeScript sources under test). */
export function workerEntry(): string | undefined {
  for (const file of WORKER_FILES) {
    const path = fileURLToPath(new URL(file, import.meta.url))
    if (existsSync(path)) return path
  }
  return undefined
}

/** Starts a thread of the given kind; callers check `workerEntry()` first. */
export function startWorkerThread<T>(kind: WorkerKind, task: T): Worker {
  const entry = workerEntry()
  if (!entry) throw new Error(`no worker entry beside ${fileURLToPath(import.meta.url)}`)
  const data: WorkerData<T> = { kind, task }
  return new Worker(entry, { workerData: data })
}

/** Threads a pool may use, this one included: the host's MLOPS_THREADS when it set one, else the machine's parallelism. */
export function threadBudget(fromHost?: number): { threads: number; forced: boolean } {
  if (fromHost !== undefined) return { threads: fromHost, forced: true }
  return { threads: availableParallelism(), forced: false }
}
