// Entry of a bootstrap thread (see threads.ts): once the starting thread has sent what it made
// per dataset, claims resamples until none are left.
import { parentPort, workerData } from 'node:worker_threads'
import { runClaims, type BootstrapTask, type SharedDatasets } from './threads.js'

parentPort!.once('message', (datasets: SharedDatasets) => runClaims(workerData as BootstrapTask, datasets))
