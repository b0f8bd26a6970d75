import { statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { DATASET_CHECKS_BY_KEY } from '../checks/registry.js'
import { UserError } from '../errors/index.js'
import type { ColumnType, DataSchema } from '../schema/types.js'
import { checkSchema, validatePart, type ValidateOptions, type ValidationPart, type ValidationResult } from './engine.js'
import { compareFindings } from './findings.js'

/** Below this much data, starting threads costs more than it saves. */
const PARALLEL_MIN_BYTES = 32 << 20
export const VALIDATE_WORKER = 'mlops-validate-worker'

let workerEntry: string | undefined

/** Entry points that can serve as validation workers register their file here. */
export function setWorkerEntry(path: string): void {
  workerEntry = path
}

/**
 * Validates the data, splitting the schema's columns and checks across threads when the
 * data is large: every thread reads the whole file, each runs its own share of the checks,
 * so no check state ever has to be merged.
 */
export async function validateData(options: ValidateOptions): Promise<ValidationResult> {
  const threads = parallelism(options)
  if (threads < 2) return validatePart(options)
  checkSchema(options.schema!.schema, options.schema!.source)
  const parts = planParts(options.schema!.schema, threads)
  if (parts.length < 2) return validatePart(options)
  const [local, ...remote] = parts
  const results = await Promise.all([validatePart({ ...options, part: local }), ...remote.map((part) => runWorker({ ...options, part }))])
  return mergeResults(results, Object.keys(options.schema!.schema.columns))
}

function parallelism(options: ValidateOptions): number {
  if (!workerEntry || !options.schema || options.infer || options.part) return 1
  const fromEnv = Number(process.env.MLOPS_THREADS)
  const threads = Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : availableParallelism()
  if (threads < 2) return 1
  const bytes = options.files.reduce((sum, file) => sum + statSync(file.path).size, 0)
  return bytes >= PARALLEL_MIN_BYTES || process.env.MLOPS_THREADS ? threads : 1
}

const TYPE_COST: Record<ColumnType, number> = { number: 2, integer: 2, boolean: 1, datetime: 3, string: 2, category: 2 }
const HEAVY_DATASET_CHECKS: Record<string, number> = { 'duplicate-rows': 3, unique: 3 }

/** Greedy balancing of columns and dataset checks by a rough per-row cost. */
export function planParts(schema: DataSchema, threads: number): ValidationPart[] {
  const units: { cost: number; columns: string[]; datasetChecks: string[] }[] = []
  const label = (schema['label-balance'] as { column?: string } | undefined)?.column
  for (const [name, column] of Object.entries(schema.columns)) {
    const checks = Object.keys(column).filter((key) => !['type', 'description', 'format', 'severity'].includes(key))
    const unit = { cost: TYPE_COST[column.type] + checks.length + (column.unique ? 3 : 0), columns: [name], datasetChecks: [] as string[] }
    if (name === label) unit.datasetChecks.push('label-balance')
    units.push(unit)
  }
  for (const [key, cost] of Object.entries(HEAVY_DATASET_CHECKS)) {
    if (schema[key] !== undefined) units.push({ cost, columns: [], datasetChecks: [key] })
  }
  const parts = Array.from({ length: threads }, (_, index) => ({ cost: index === 0 ? 1 : 0, columns: [] as string[], datasetChecks: [] as string[] }))
  for (const unit of units.sort((a, b) => b.cost - a.cost)) {
    const target = parts.reduce((best, part) => (part.cost < best.cost ? part : best))
    target.cost += unit.cost
    target.columns.push(...unit.columns)
    target.datasetChecks.push(...unit.datasetChecks)
  }
  const assigned = new Set(parts.flatMap((part) => part.datasetChecks))
  parts[0].datasetChecks.push(...Object.keys(schema).filter((key) => DATASET_CHECKS_BY_KEY.has(key) && !assigned.has(key)))
  return parts
    .filter((part, index) => index === 0 || part.columns.length + part.datasetChecks.length > 0)
    .map((part, index) => ({ columns: part.columns, datasetChecks: part.datasetChecks, primary: index === 0 }))
}

function runWorker(options: ValidateOptions): Promise<ValidationResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerEntry!, { workerData: { kind: VALIDATE_WORKER, options } })
    let settled = false
    worker.once('message', (message: { result?: ValidationResult; error?: { message: string; user: boolean; stack?: string } }) => {
      settled = true
      if (message.result) resolve(message.result)
      else if (message.error?.user) reject(new UserError(message.error.message))
      else reject(Object.assign(new Error(message.error?.message ?? 'validation worker failed'), { stack: message.error?.stack }))
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
