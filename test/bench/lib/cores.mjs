// What the machine's extra hardware threads buy on pure computation: an integer loop timed on
// one thread, then on every thread at once. Two hyperthreads of one core, or a host that
// shares its cores, show well under 2× here, which bounds what any parallel tool can gain.
import { availableParallelism } from 'node:os'
import { isMainThread, parentPort, Worker } from 'node:worker_threads'

const STEPS = 3e8

function spin() {
  let x = 1
  for (let i = 0; i < STEPS; i++) x = (Math.imul(x ^ i, 0x01000193) + 7) | 0
  return x
}

/** Speed-up of all threads over one on the same loop: 2.0 on two real cores. */
export async function computeScaling(threads = availableParallelism()) {
  spin()
  let started = performance.now()
  spin()
  const one = performance.now() - started
  started = performance.now()
  const workers = Array.from({ length: threads - 1 }, () => new Worker(new URL(import.meta.url)))
  const done = workers.map((worker) => new Promise((resolve) => worker.once('message', resolve)))
  spin()
  await Promise.all(done)
  const all = performance.now() - started
  return { threads, speedup: Number(((threads * one) / all).toFixed(2)) }
}

if (!isMainThread) parentPort.postMessage(spin())
