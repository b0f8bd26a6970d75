import { closeSync, openSync, readSync, statSync } from 'node:fs'
import { CsvParser, lineBreakOf } from '../data/csv.js'
import { hashFile, MissingTokens, QuotedDataError, type ByteRange } from '../data/index.js'
import { UserError } from '../errors/index.js'
import { removeTemporary } from '../output/index.js'
import { startWorkerThread } from '../threads/index.js'
import { mergeRanges, validateRange, type RangeState, type ValidateOptions, type ValidationResult } from './engine.js'
import type { ProgressReporter } from '../progress/index.js'

/** Ranges per thread: enough that a thread that starts late or runs slow leaves little of the file to the others at the end. */
const RANGES_PER_THREAD = 8
/** Below this a range costs more in set-up and merging than it balances. */
const MIN_RANGE_BYTES = 256 << 10

/** One piece of work a thread takes from the queue: the file's sha256, or one byte range. */
export type QueueJob = { task: 'hash'; path: string } | { task: 'range'; range: ByteRange }

/** What a queue thread is started with: the run's options, shared by all its ranges. */
export interface QueueTask {
  task: 'queue'
  options: ValidateOptions
}

/** A queue thread's messages: ready for work, or the outcome of the job it was given last. */
export type QueueMessage = { ready: true } | { result: unknown } | { quoted: true } | { error: { message: string; user: boolean; stack?: string } }

/** How many byte ranges to cut a file of this size into for this many threads. */
export function rangeCount(bytes: number, threads: number): number {
  return Math.max(threads, Math.min(threads * RANGES_PER_THREAD, Math.floor(bytes / MIN_RANGE_BYTES)))
}

/** Byte ranges of one plain CSV or TSV file, cut just after line breaks; undefined when it cannot be cut. */
export function planRanges(options: ValidateOptions, count: number): ByteRange[] | undefined {
  const [file, ...others] = options.files
  if (!file || others.length > 0 || file.gzip || (file.format !== 'csv' && file.format !== 'tsv')) return undefined
  const size = statSync(file.path).size
  let fd: number
  try {
    fd = openSync(file.path, 'r')
  } catch {
    // Unreadable: the single-threaded run reports it properly.
    return undefined
  }
  try {
    const window = Buffer.alloc(1 << 20)
    const headerBytes = readSync(fd, window, 0, window.length, 0)
    // Cut after the file's own line break: LF (also ending CRLF), or a lone CR.
    const lineBreak = lineBreakOf(window.subarray(0, headerBytes))!
    const headerEnd = window.subarray(0, headerBytes).indexOf(lineBreak) + 1
    if (headerEnd <= 0) return undefined
    let header: string[] = []
    const parser = new CsvParser(
      { delimiter: file.format === 'tsv' ? 9 : 44, file: file.path, tokens: new MissingTokens(options.missingValues) },
      { header: (columns) => (header = columns), row: () => {}, ragged: () => {} },
    )
    parser.push(Buffer.from(window.subarray(0, headerEnd)))
    parser.end()
    const cuts = [headerEnd]
    for (let i = 1; i < count; i++) {
      const from = Math.max(Math.floor((size * i) / count), cuts[cuts.length - 1])
      const read = readSync(fd, window, 0, window.length, from)
      const newline = window.subarray(0, read).indexOf(lineBreak)
      if (newline < 0 || from + newline + 1 >= size) break
      if (from + newline + 1 > cuts[cuts.length - 1]) cuts.push(from + newline + 1)
    }
    if (cuts.length < 2) return undefined
    cuts[0] = 0
    return cuts.map((start, index) => ({ start, end: cuts[index + 1] ?? size, ...(index > 0 ? { header, lineBreak } : {}) }))
  } finally {
    closeSync(fd)
  }
}

/**
 * Validates the ranges of one file on this thread and `threads - 1` others. The file's
 * sha256 and its ranges wait in one queue, and each thread takes the next job when it is
 * done with its last, so a thread that starts late or runs slow takes fewer ranges. One run
 * then merges the ranges' states in file order. Undefined when a cut proved to sit inside a
 * quoted field.
 */
export async function validateRanges(options: ValidateOptions, ranges: ByteRange[], threads: number, scratch: string, progress?: ProgressReporter): Promise<ValidationResult | undefined> {
  const file = options.files[0]
  const queue: { id: number; job: QueueJob }[] = [{ id: -1, job: { task: 'hash', path: file.path } }, ...ranges.map((range, id) => ({ id, job: { task: 'range', range } as QueueJob }))]
  const states: RangeState[] = []
  let sha256 = ''
  const failures: unknown[] = []
  // Threads report nothing while they read; the bytes of each finished range are counted here.
  const total = ranges.reduce((sum, range) => sum + range.end - range.start, 0)
  let done = 0
  const queueThreads: QueueThread[] = []
  const take = () => (failures.length > 0 ? undefined : queue.shift())
  const settle = (id: number, result: unknown) => {
    if (id < 0) sha256 = result as string
    else {
      states[id] = result as RangeState
      progress?.update((done += ranges[id].end - ranges[id].start), total, 'bytes')
    }
  }
  const fail = (error: unknown) => {
    failures.push(error)
    // The run is lost: threads stop at once, and their temporary files go with the scratch folder.
    for (const thread of queueThreads) thread.stop()
  }
  for (let i = 1; i < threads; i++) queueThreads.push(startQueueThread({ task: 'queue', options }, scratch, take, settle, fail))
  const here = async () => {
    for (let next = take(); next; next = take()) {
      try {
        settle(next.id, next.job.task === 'hash' ? await hashFile(next.job.path) : await validateRange({ ...options, range: next.job.range }))
      } catch (error) {
        fail(error)
      }
    }
  }
  await Promise.all([here(), ...queueThreads.map((thread) => thread.finished)])
  if (failures.length > 0) {
    for (const state of states) if (state?.tempRoot) removeTemporary(state.tempRoot)
    // After a cut inside a quoted field, the next range read from a false start: its own error means nothing.
    if (failures.some((failure) => failure instanceof QuotedDataError)) return undefined
    throw failures[0]
  }
  return mergeRanges(options, states, [{ path: file.path, format: file.format, sha256 }], sha256)
}

/** The error a thread's message reports, as this thread would have raised it; undefined for other messages. */
export function failureOf(message: QueueMessage): Error | undefined {
  if ('quoted' in message) return new QuotedDataError()
  if (!('error' in message)) return undefined
  const { error } = message
  return error.user ? new UserError(error.message) : Object.assign(new Error(error.message), { stack: error.stack })
}

interface QueueThread {
  finished: Promise<void>
  stop(): void
}

/** A thread that asks for jobs until the queue is empty, then exits. */
function startQueueThread(
  task: QueueTask,
  scratch: string,
  take: () => { id: number; job: QueueJob } | undefined,
  settle: (id: number, result: unknown) => void,
  fail: (error: unknown) => void,
): QueueThread {
  const worker = startWorkerThread('validate', { scratch, ...task })
  let current: number | undefined
  let stopping = false
  const finished = new Promise<void>((resolve) => {
    const dispatch = () => {
      const next = take()
      current = next?.id
      worker.postMessage(next?.job ?? null)
    }
    worker.on('message', (message: QueueMessage) => {
      const failure = failureOf(message)
      if (failure) return fail(failure)
      if ('result' in message) settle(current!, message.result)
      dispatch()
    })
    worker.once('error', (error) => {
      if (!stopping) fail(error)
    })
    worker.once('exit', (code) => {
      if (current !== undefined && !stopping) fail(new Error(`validation worker exited with code ${code}`))
      resolve()
    })
  })
  return {
    finished,
    stop: () => {
      if (stopping) return
      stopping = true
      void worker.terminate()
    },
  }
}
