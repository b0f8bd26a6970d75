// A bootstrap thread (see threads.ts): once the starting thread has sent what it made per
// dataset, claims resamples until none are left.
import { parentPort } from 'node:worker_threads'
import { runClaims, type BootstrapTask, type SharedDatasets } from './threads.js'

export function serve(task: BootstrapTask): void {
  parentPort!.once('message', (datasets: SharedDatasets) => runClaims(task, datasets))
}
