import { statSync } from 'node:fs'
import { COLUMN_CHECKS_BY_KEY, DATASET_CHECKS_BY_KEY } from './checks/registry.js'
import { createTemporaryDir, removeTemporary } from '../output/index.js'
import { startWorkerThread, threadBudget, workerEntry } from '../threads/index.js'
import type { CompiledSchema } from './schema/compile.js'
import { DECODE_COST } from './columns.js'
import { validatePart, type ValidateOptions, type ValidationPart, type ValidationResult } from './engine.js'
import { failureOf, planRanges, rangeCount, validateRanges, type QueueMessage, type QueueTask } from './range-threads.js'
import { compareFindings } from './findings.js'
import type { ProgressReporter } from '../progress/index.js'

export interface ValidateDataOptions extends ValidateOptions {
  /** Threads the host asks for (MLOPS_THREADS); the machine's parallelism when unset. */
  threads?: number
}

/** Below this much data, starting threads costs more than it saves. */
const PARALLEL_MIN_BYTES = 32 << 20
export type WorkerTask = { task: 'range'; options: ValidateOptions } | { task: 'part'; options: ValidateOptions } | { task: 'hash'; path: string }

/** A task as a thread receives it: with the folder, tracked by this thread, to make its temporary folders in. */
export type WorkerData = (WorkerTask | QueueTask) & { scratch: string }

/**
 * Validates the data on several threads when it is large. A plain CSV or TSV file is cut
 * into byte ranges at line breaks, the threads take them from one queue, and one run merges
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
    const bytes = options.files.reduce((sum, file) => sum + statSync(file.path).size, 0)
    const ranges = planRanges(options, rangeCount(bytes, threads))
    if (ranges) {
      const used = Math.min(threads, ranges.length)
      const result = await validateRanges(options, ranges, used, scratch, progress)
      if (result) {
        onThreads?.(used)
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

/** Runs one part on a thread of its own. */
function runWorker<T>(task: WorkerTask, scratch: string): Promise<T> {
  const worker = startWorkerThread('validate', { scratch, ...task } satisfies WorkerData)
  return new Promise<T>((resolve, reject) => {
    let settled = false
    worker.once('message', (message: QueueMessage) => {
      settled = true
      const failure = failureOf(message)
      if (failure) reject(failure)
      else resolve((message as { result: T }).result)
    })
    worker.once('error', (error) => {
      settled = true
      reject(error)
    })
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`validation worker exited with code ${code}`))
    })
  })
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

