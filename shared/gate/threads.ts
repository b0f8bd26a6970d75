import type { Worker } from 'node:worker_threads'
import { UserError } from '../errors/index.js'
import { startWorkerThread, threadBudget, workerEntry } from '../threads/index.js'
import { adoptDatasetValues, datasetValues, type DatasetValues, type MetricInput } from '../metrics/index.js'
import { bootstrapSettings, pairMetrics, Resampler, summarise, wholeDataValues, type BootstrapOptions, type DeltaInterval, type WholeDataValues } from './bootstrap.js'
import { pairInputs, type Pair } from './pair.js'
import type { ProgressReporter } from '../progress/index.js'

export interface ParallelBootstrapOptions extends BootstrapOptions {
  /** Threads to use, this one included. By default one for small work, else the machine's parallelism. */
  threads?: number
  /** Told how many threads the resamples are spread over. */
  onThreads?: (threads: number) => void
  /** Told the resamples claimed so far, by this thread only, after each of its chunks. */
  progress?: ProgressReporter
}

/** What every thread shares: deltas[j][r] lives at (j * resamples + r) in `deltas`. */
export interface BootstrapTask {
  pair: Pair
  metrics: readonly string[]
  seed: number
  resamples: number
  chunk: number
  /** Float64 deltas, metric after metric. */
  deltas: SharedArrayBuffer
  /** One Int32: the first resample no thread has claimed yet. */
  next: SharedArrayBuffer
}

/** Below this many row evaluations (rows x resamples x metrics) starting threads costs more than it saves. */
const PARALLEL_MIN_WORK = 20_000_000

/**
 * pairedBootstrap on several threads, with the same result to the last bit: resample r always
 * draws from stream r of the seed, whichever thread computes it. Threads claim small chunks
 * of resamples as they go, so a thread that starts late or runs slow just takes fewer.
 */
export async function pairedBootstrapParallel(
  candidate: MetricInput,
  baseline: MetricInput,
  metrics: readonly string[],
  options: ParallelBootstrapOptions = {},
): Promise<DeltaInterval[]> {
  const { resamples, confidence, seed } = bootstrapSettings(options)
  const pair = pairInputs(candidate, baseline)
  // Unknown or inapplicable metrics are refused before any thread starts.
  pairMetrics(pair, metrics)
  const wanted = threadCount(options.threads, candidate.yTrue.length * resamples * metrics.length)
  // Without the thread entry (the TypeScript sources under test) one thread does it all.
  const threads = workerEntry() ? Math.min(wanted, resamples) : 1
  options.onThreads?.(threads)
  const task: BootstrapTask = {
    pair,
    metrics,
    seed,
    resamples,
    chunk: Math.max(1, Math.floor(resamples / (64 * threads))),
    deltas: new SharedArrayBuffer(8 * metrics.length * resamples),
    next: new SharedArrayBuffer(4),
  }
  // Helpers start up while this thread evaluates the whole data, then take over what that made
  // once per dataset (score orderings, rows by confusion cell) rather than make it again.
  const helpers = Array.from({ length: threads - 1 }, () => startHelper(task))
  // Catch now so a failed worker is not reported unhandled while this thread does its share.
  const settled = Promise.all(helpers.map((helper) => helper.done)).catch((error: unknown) => error as Error)
  let whole: WholeDataValues
  try {
    whole = wholeDataValues(pair, metrics)
    const datasets: SharedDatasets = [datasetValues(pair.candidate), datasetValues(pair.baseline)]
    for (const helper of helpers) helper.send(datasets)
    runClaims(task, undefined, options.progress)
  } catch (error) {
    await Promise.all(helpers.map((helper) => helper.stop()))
    throw error
  }
  const failure = await settled
  if (failure instanceof Error) throw failure
  return summarise(whole, deltaViews(task), confidence)
}

function threadCount(requested: number | undefined, work: number): number {
  if (requested !== undefined) {
    if (!Number.isSafeInteger(requested) || requested < 1) throw new UserError(`bootstrap.threads: must be a whole number of at least 1; got ${requested}`)
    return requested
  }
  const { threads, forced } = threadBudget()
  return forced || work >= PARALLEL_MIN_WORK ? threads : 1
}

/** What the candidate's and the baseline's data made once, for helpers to take over. */
export type SharedDatasets = readonly [candidate: DatasetValues, baseline: DatasetValues]

/** Claims chunks of resamples until none are left, writing their deltas to the shared buffer. */
export function runClaims(task: BootstrapTask, datasets?: SharedDatasets, progress?: ProgressReporter): void {
  if (datasets) {
    adoptDatasetValues(task.pair.candidate, datasets[0])
    adoptDatasetValues(task.pair.baseline, datasets[1])
  }
  const resampler = new Resampler(task.pair, task.metrics, task.seed)
  const deltas = deltaViews(task)
  const next = new Int32Array(task.next)
  for (;;) {
    const from = Atomics.add(next, 0, task.chunk)
    if (from >= task.resamples) return
    resampler.run(from, Math.min(from + task.chunk, task.resamples), deltas)
    // Claimed counts every thread's chunks, so this one thread's reports cover them all.
    progress?.update(Math.min(Atomics.load(next, 0), task.resamples), task.resamples, 'resamples')
  }
}

function deltaViews({ deltas, metrics, resamples }: BootstrapTask): Float64Array[] {
  return metrics.map((_, j) => new Float64Array(deltas, 8 * j * resamples, resamples))
}

interface Helper {
  /** Settles when the worker exits. */
  done: Promise<void>
  /** Lets the worker start claiming resamples. */
  send: (datasets: SharedDatasets) => void
  stop: () => Promise<number>
}

function startHelper(task: BootstrapTask): Helper {
  const worker: Worker = startWorkerThread('bootstrap', task)
  const done = new Promise<void>((resolve, reject) => {
    worker.once('error', reject)
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`bootstrap worker exited with code ${code}`))))
  })
  return { done, send: (datasets) => worker.postMessage(datasets), stop: () => worker.terminate() }
}
