import { closeSync, openSync, readSync, statSync } from 'node:fs'
import { COLUMN_CHECKS_BY_KEY, DATASET_CHECKS_BY_KEY } from './checks/registry.js'
import { CsvParser, lineBreakOf } from '../data/csv.js'
import { MissingTokens, QuotedDataError, type ByteRange } from '../data/index.js'
import { UserError } from '../errors/index.js'
import { createTemporaryDir, removeTemporary } from '../output/index.js'
import { startWorkerThread, threadBudget, workerEntry } from '../threads/index.js'
import type { CompiledSchema } from './schema/compile.js'
import { DECODE_COST } from './columns.js'
import { mergeRanges, validatePart, validateRange, type RangeState, type ValidateOptions, type ValidationPart, type ValidationResult } from './engine.js'
import { compareFindings } from './findings.js'
import type { ProgressReporter } from '../progress/index.js'

export interface ValidateDataOptions extends ValidateOptions {
  /** Threads the host asks for (MLOPS_THREADS); the machine's parallelism when unset. */
  threads?: number
}

/** Below this much data, starting threads costs more than it saves. */
const PARALLEL_MIN_BYTES = 32 << 20
/** A range task with `hashFile` also hashes the file from its start, which its range must be, to the end. */
export type WorkerTask = { task: 'range'; options: ValidateOptions; hashFile?: boolean } | { task: 'part'; options: ValidateOptions }

/** A task as a thread receives it: with the folder, tracked by this thread, to make its temporary folders in. */
export type WorkerData = WorkerTask & { scratch: string }

/**
 * Validates the data on several threads when it is large. A plain CSV or TSV file is cut
 * into byte ranges at line breaks, each range is read by its own thread, and one run merges
 * their states. A range that ends inside a quoted field shows that its cut was no record
 * boundary (the field held a line break); then, as for compressed data and several files,
 * the work falls back to splitting the schema's columns: every thread reads all rows and
 * runs its own share of the checks. The threads' temporary files live in one folder that
 * this thread removes when done, or when the process exits or is killed.
 */
export async function validateData(options: ValidateDataOptions, onThreads?: (threads: number) => void, progress?: ProgressReporter): Promise<ValidationResult> {
  const alone = async () => {
    const result = await validatePart(options, progress)
    onThreads?.(1)
    return result
  }
  const threads = parallelism(options)
  if (threads < 2) return alone()
  const scratch = createTemporaryDir('mlops-validate-')
  try {
    const ranges = planRanges(options, threads)
    if (ranges) {
      const result = await validateRanges(options, ranges, scratch, progress)
      if (result) {
        onThreads?.(ranges.length)
        return result
      }
    }
    const parts = planParts(options.schema!, threads)
    if (parts.length < 2) return await alone()
    const [local, ...remote] = parts
    const results = await Promise.all([
      // This thread reads every row too, so its count is the whole run's.
      validatePart({ ...options, part: local }, progress),
      ...remote.map((part) => runWorker<ValidationResult>({ task: 'part', options: { ...options, part } }, scratch)),
    ])
    onThreads?.(parts.length)
    return mergeResults(results, Object.keys(options.schema!.schema.columns))
  } finally {
    removeTemporary(scratch)
  }
}

function parallelism(options: ValidateDataOptions): number {
  if (!workerEntry() || !options.schema || options.infer || options.part || options.range) return 1
  const { threads, forced } = threadBudget(options.threads)
  if (threads < 2) return 1
  const bytes = options.files.reduce((sum, file) => sum + statSync(file.path).size, 0)
  return bytes >= PARALLEL_MIN_BYTES || forced ? threads : 1
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
    const shares = rangeShares(count)
    for (let i = 1, before = 0; i < count; i++) {
      before += shares[i - 1]
      const from = Math.max(Math.floor(size * before), cuts[cuts.length - 1])
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
 * Each range's share of the file. The ranges before the last go to threads that start about
 * 0.2 s later than this one, and the first one's thread also hashes what it reads (about 4%
 * more work), so they are a little smaller than the last, which this thread reads at once.
 */
function rangeShares(count: number): number[] {
  const weights = Array.from({ length: count }, (_, index) => (index === count - 1 ? 1 : index === 0 ? 0.92 : 0.96))
  const sum = weights.reduce((total, weight) => total + weight, 0)
  return weights.map((weight) => weight / sum)
}

/**
 * The first range goes to a thread that hashes the file as it reads, then carries the hash on
 * to the end of the file while this thread, which reads the last range, merges the states.
 */
async function validateRanges(options: ValidateOptions, ranges: ByteRange[], scratch: string, progress?: ProgressReporter): Promise<ValidationResult | undefined> {
  const file = options.files[0]
  const own = ranges[ranges.length - 1]
  const workers = ranges.slice(0, -1).map((range, index) => startWorker<RangeState>({ task: 'range', options: { ...options, range }, hashFile: index === 0 }, scratch))
  // Threads report nothing while they read; the bytes of each finished range are counted here.
  const total = ranges.reduce((sum, range) => sum + range.end - range.start, 0)
  let done = 0
  const counted = (task: Promise<RangeState>, range: ByteRange) => task.then((state) => (progress?.update((done += range.end - range.start), total, 'bytes'), state))
  const tasks = [...workers.map((worker, i) => counted(worker.result, ranges[i])), counted(validateRange({ ...options, range: own }), own)]
  let states: RangeState[]
  try {
    states = await Promise.all(tasks)
  } catch (error) {
    await Promise.all(workers.map((worker) => worker.stop()))
    const outcomes = await Promise.allSettled(tasks)
    for (const outcome of outcomes) {
      const root = outcome.status === 'fulfilled' ? outcome.value.tempRoot : null
      if (root) removeTemporary(root)
    }
    // After a cut inside a quoted field, the next range read from a false start: its own error means nothing.
    if (outcomes.some((outcome) => outcome.status === 'rejected' && outcome.reason instanceof QuotedDataError)) return undefined
    throw error
  }
  const merged = mergeRanges(options, states, [{ path: file.path, format: file.format, sha256: '' }], '')
  merged.catch(() => undefined)
  try {
    const [result, sha256] = await Promise.all([merged, workers[0].sha256])
    return { ...result, files: [{ path: file.path, format: file.format, sha256 }], dataHash: sha256 }
  } catch (error) {
    await Promise.all(workers.map((worker) => worker.stop()))
    await merged.catch(() => undefined)
    throw error
  }
}

/**
 * Greedy balancing of columns and dataset checks by the per-row cost each declares: a
 * column's decoding and its checks stay together, the label-balance check goes with its
 * column, and a dataset check that costs something is a unit of its own.
 */
export function planParts({ schema, columns, datasetChecks }: CompiledSchema, threads: number): ValidationPart[] {
  const units: { cost: number; columns: string[]; datasetChecks: string[] }[] = []
  const label = (datasetChecks.find((check) => check.key === 'label-balance')?.settings as { column: string } | undefined)?.column
  for (const { name, checks } of columns) {
    const cost = checks.reduce((sum, check) => sum + COLUMN_CHECKS_BY_KEY.get(check.key)!.cost, 0)
    const unit = { cost: DECODE_COST[schema.columns[name].type] + cost, columns: [name], datasetChecks: [] as string[] }
    if (name === label) unit.datasetChecks.push('label-balance')
    units.push(unit)
  }
  for (const { key } of datasetChecks) {
    const { cost } = DATASET_CHECKS_BY_KEY.get(key)!
    if (cost > 0 && key !== 'label-balance') units.push({ cost, columns: [], datasetChecks: [key] })
  }
  const parts = Array.from({ length: threads }, (_, index) => ({ cost: index === 0 ? 1 : 0, columns: [] as string[], datasetChecks: [] as string[] }))
  for (const unit of units.sort((a, b) => b.cost - a.cost)) {
    const target = parts.reduce((best, part) => (part.cost < best.cost ? part : best))
    target.cost += unit.cost
    target.columns.push(...unit.columns)
    target.datasetChecks.push(...unit.datasetChecks)
  }
  const assigned = new Set(parts.flatMap((part) => part.datasetChecks))
  parts[0].datasetChecks.push(...datasetChecks.map((check) => check.key).filter((key) => !assigned.has(key)))
  return parts
    .filter((part, index) => index === 0 || part.columns.length + part.datasetChecks.length > 0)
    .map((part, index) => ({ columns: part.columns, datasetChecks: part.datasetChecks, primary: index === 0 }))
}

interface WorkerMessage<T> {
  result?: T
  sha256?: string
  quoted?: boolean
  error?: { message: string; user: boolean; stack?: string }
}

interface StartedWorker<T> {
  result: Promise<T>
  /** The file's sha256, for a range task that hashes the file; posted after the result. */
  sha256: Promise<string>
  stop: () => Promise<number>
}

function startWorker<T>(task: WorkerTask, scratch: string): StartedWorker<T> {
  const data: WorkerData = { scratch, ...task }
  const worker = startWorkerThread('validate', data)
  let settleResult!: { resolve: (value: T) => void; reject: (error: Error) => void }
  let settleHash!: { resolve: (value: string) => void; reject: (error: Error) => void }
  const result = new Promise<T>((resolve, reject) => (settleResult = { resolve, reject }))
  const sha256 = new Promise<string>((resolve, reject) => (settleHash = { resolve, reject }))
  result.catch(() => undefined)
  sha256.catch(() => undefined)
  const fail = (error: Error) => {
    settleResult.reject(error)
    settleHash.reject(error)
  }
  worker.on('message', (message: WorkerMessage<T>) => {
    if (message.quoted) fail(new QuotedDataError())
    else if (message.error?.user) fail(new UserError(message.error.message))
    else if (message.error) fail(Object.assign(new Error(message.error.message), { stack: message.error.stack }))
    else if (message.sha256 !== undefined) settleHash.resolve(message.sha256)
    else settleResult.resolve(message.result as T)
  })
  worker.once('error', fail)
  // Settling twice is a no-op: an exit after the results leaves them as they are.
  worker.once('exit', (code) => fail(new Error(`validation worker exited with code ${code}`)))
  return { result, sha256, stop: () => worker.terminate() }
}

function runWorker<T>(task: WorkerTask, scratch: string): Promise<T> {
  return startWorker<T>(task, scratch).result
}

function mergeResults(results: ValidationResult[], columnOrder: string[]): ValidationResult {
  const [primary] = results
  const profile: ValidationResult['profile'] = {}
  for (const name of columnOrder) {
    const owner = results.find((result) => name in result.profile)
    if (owner) profile[name] = owner.profile[name]
  }
  return {
    ...primary,
    errors: results.reduce((sum, result) => sum + result.errors, 0),
    warnings: results.reduce((sum, result) => sum + result.warnings, 0),
    findings: results.flatMap((result) => result.findings).sort(compareFindings),
    profile,
  }
}

