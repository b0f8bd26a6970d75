// The entry of every worker thread: runs the module that serves the kind named in workerData.
import { workerData } from 'node:worker_threads'
import type { WorkerData, WorkerKind } from '../threads/index.js'

const SERVERS: Record<WorkerKind, () => Promise<{ serve(task: unknown): Promise<void> | void }>> = {
  validate: () => import('../validate/worker.js'),
  bootstrap: () => import('../gate/bootstrap-worker.js'),
  samples: () => import('../table/samples-worker.js'),
}

const { kind, task } = workerData as WorkerData
await (await SERVERS[kind]()).serve(task)
