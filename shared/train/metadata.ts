import { createHash } from 'node:crypto'

/** Where and from what a model was made. */
export interface Lineage {
  commit?: string
  runUrl?: string
  repository?: string
  workflow?: string
  runId?: string
  runAttempt?: string
}

export interface ModelMetadata {
  format: 'mlops-actions/model'
  version: 1
  name?: string
  task: string
  target: string
  features: string[]
  trainer: 'built-in' | 'command'
  model?: string
  command?: string
  backend?: string
  params: unknown
  paramsHash: string
  dataHash: string
  validationDataHash?: string
  rows: { train: number; validation: number }
  metrics: Record<string, number>
  libraries: Record<string, string>
  durationSeconds: number
  createdAt: string
  lineage: Lineage
  seed: number
}

/** sha256 of the parameters as canonical JSON: the same parameters in any key order hash equal. */
export function paramsHash(params: unknown): string {
  return createHash('sha256').update(canonicalJson(params)).digest('hex')
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}
