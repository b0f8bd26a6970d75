// Entry of a bootstrap thread (see threads.ts): claims resamples until none are left.
import { workerData } from 'node:worker_threads'
import { runClaims, type BootstrapTask } from './threads.js'

runClaims(workerData as BootstrapTask)
