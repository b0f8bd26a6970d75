import { createHash } from 'node:crypto'
import { closeSync, openSync, readSync, statSync } from 'node:fs'
import { COLUMN_CHECKS_BY_KEY, DATASET_CHECKS_BY_KEY } from './checks/registry.js'
import { CsvParser, lineBreakOf } from '../data/csv.js'
import { hashFile, MissingTokens, QuotedDataError, type ByteRange } from '../data/index.js'
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
export type WorkerTask = { task: 'range'; options: ValidateOptions } | { task: 'part'; options: ValidateOptions }

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

async function validateRanges(options: ValidateOptions, ranges: ByteRange[], scratch: string, progress?: ProgressReporter): Promise<ValidationResult | undefined> {
  const [first, ...rest] = ranges
  const file = options.files[0]
  const workers = rest.map((range) => startWorker<RangeState>({ task: 'range', options: { ...options, range } }, scratch))
  // Threads report nothing while they read; the bytes of each finished range are counted here.
  const total = ranges.reduce((sum, range) => sum + range.end - range.start, 0)
  let done = 0
  const counted = (task: Promise<RangeState>, range: ByteRange) => task.then((state) => (progress?.update((done += range.end - range.start), total, 'bytes'), state))
  // The first range is read here and hashed as it is read; this thread then carries the hash over
  // the rest of the file while the other threads, started later, still read their ranges.
  const hash = createHash('sha256')
  const local = validateRange({ ...options, range: first }, hash)
  const hashed = local.then(() => hashFile(file.path, first.end, hash))
  hashed.catch(() => undefined)
  const tasks = [counted(local, first), ...workers.map((worker, i) => counted(worker.result, rest[i]))]
  let states: RangeState[]
  let sha256: string
  try {
    states = await Promise.all(tasks)
    sha256 = await hashed
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
  return mergeRanges(options, states, [{ path: file.path, format: file.format, sha256 }], sha256)
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
  quoted?: boolean
  error?: { message: string; user: boolean; stack?: string }
}

function startWorker<T>(task: WorkerTask, scratch: string): { result: Promise<T>; stop: () => Promise<number> } {
  const data: WorkerData = { scratch, ...task }
  const worker = startWorkerThread('validate', data)
  const result = new Promise<T>((resolve, reject) => {
    let settled = false
    worker.once('message', (message: WorkerMessage<T>) => {
      settled = true
      if (message.quoted) reject(new QuotedDataError())
      else if (message.error?.user) reject(new UserError(message.error.message))
      else if (message.error) reject(Object.assign(new Error(message.error.message), { stack: message.error.stack }))
      else resolve(message.result as T)
    })
    worker.once('error', (error) => {
      settled = true
      reject(error)
    })
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`validation worker exited with code ${code}`))
    })
  })
  result.catch(() => undefined)
  return { result, stop: () => worker.terminate() }
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

