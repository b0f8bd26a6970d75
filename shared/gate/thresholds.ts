import { isMap } from 'yaml'
import { UserError } from '../errors/index.js'
import { parseYamlDocument } from '../yaml/index.js'
import { METRICS_BY_NAME } from '../metrics/index.js'

/** The criteria of one metric as written in code; `MetricThreshold` checks them. */
export interface ThresholdFields {
  threshold?: number
  minAbsoluteChange?: number
  minRelativeChange?: number
  /** Defaults to the metric registry's direction; required for metrics it does not know. */
  greaterIsBetter?: boolean
  notWorse?: { margin?: number }
}

export type ChangeCriterion = 'min-absolute-change' | 'min-relative-change' | 'not-worse'

/** Field names as users write them, in YAML and in error messages. */
const FIELDS = {
  threshold: 'threshold',
  minAbsoluteChange: 'min-absolute-change',
  minRelativeChange: 'min-relative-change',
  greaterIsBetter: 'greater-is-better',
  notWorse: 'not-worse',
} as const satisfies Record<keyof ThresholdFields, string>

const CRITERIA = `${FIELDS.threshold}, ${FIELDS.minAbsoluteChange}, ${FIELDS.minRelativeChange} or ${FIELDS.notWorse}`

/**
 * A metric's gate criteria with MLflow MetricThreshold semantics, plus `not-worse`. It checks
 * its fields once, when built, and every error names the metric and the field.
 */
export class MetricThreshold {
  /** The candidate's value must be at least this (at most, when lower is better). */
  readonly threshold?: number
  /** The candidate must beat the baseline by at least this much. */
  readonly minAbsoluteChange?: number
  /** The candidate must beat the baseline by at least this share of |baseline|. */
  readonly minRelativeChange?: number
  readonly greaterIsBetter: boolean
  /** Fail only when the delta's confidence interval lies wholly beyond -margin (a regression larger than the margin). */
  readonly notWorse?: { readonly margin: number }

  constructor(
    readonly metric: string,
    fields: ThresholdFields,
  ) {
    const field = (name: keyof ThresholdFields): string => `thresholds.${metric}.${FIELDS[name]}`
    if (fields.threshold !== undefined) this.threshold = finite(field('threshold'), fields.threshold)
    if (fields.minAbsoluteChange !== undefined) {
      const value = finite(field('minAbsoluteChange'), fields.minAbsoluteChange)
      // 0 asks for no worse than the baseline; MLflow rejects it, but it is the common first gate.
      if (!(value >= 0)) throw new UserError(`${field('minAbsoluteChange')}: must be 0 or more; got ${value}`)
      this.minAbsoluteChange = value
    }
    if (fields.minRelativeChange !== undefined) {
      const value = finite(field('minRelativeChange'), fields.minRelativeChange)
      if (value < 0 || value > 1) throw new UserError(`${field('minRelativeChange')}: must be between 0 and 1; got ${value}`)
      this.minRelativeChange = value
    }
    this.greaterIsBetter = direction(metric, field('greaterIsBetter'), fields.greaterIsBetter)
    if (fields.notWorse !== undefined) this.notWorse = { margin: margin(`${field('notWorse')}`, fields.notWorse) }
    if ([this.threshold, this.minAbsoluteChange, this.minRelativeChange, this.notWorse].every((value) => value === undefined)) {
      throw new UserError(`thresholds.${metric}: set at least one of ${CRITERIA}`)
    }
    Object.freeze(this)
  }

  /** The criteria set that compare with a baseline, in the order they are judged. */
  get changeCriteria(): ChangeCriterion[] {
    const set = { 'min-absolute-change': this.minAbsoluteChange, 'min-relative-change': this.minRelativeChange, 'not-worse': this.notWorse }
    return (Object.keys(set) as ChangeCriterion[]).filter((name) => set[name] !== undefined)
  }
}

/**
 * Thresholds from YAML text or an already-parsed object: a mapping from metric names to
 * their criteria, e.g. `accuracy: {threshold: 0.8, not-worse: {margin: 0.01}}`.
 */
export function parseThresholds(source: string | unknown): MetricThreshold[] {
  const value = typeof source === 'string' ? parseThresholdYaml(source) : source
  if (!isRecord(value)) throw new UserError(`thresholds: must be a mapping from metric names to their criteria; got ${describe(value)}`)
  const entries = Object.entries(value)
  if (entries.length === 0) throw new UserError('thresholds: name at least one metric')
  return entries.map(([metric, criteria]) => new MetricThreshold(metric, toFields(metric, criteria)))
}

function parseThresholdYaml(text: string): unknown {
  const { value, document } = parseYamlDocument(text, 'thresholds')
  // Keys must be metric names: a non-string key would be coerced silently.
  if (isMap(document.contents)) {
    for (const pair of document.contents.items) {
      const key = (pair.key as { value?: unknown } | null)?.value
      if (typeof key !== 'string') throw new UserError(`thresholds: metric names must be strings; got ${describe(key)}`)
    }
  }
  return value
}

/** The YAML keys of one metric, checked for typos, as the value object's fields. */
function toFields(metric: string, criteria: unknown): ThresholdFields {
  if (!isRecord(criteria)) throw new UserError(`thresholds.${metric}: must be a mapping of criteria (${CRITERIA}); got ${describe(criteria)}`)
  const known = new Map(Object.entries(FIELDS).map(([key, name]) => [name, key as keyof ThresholdFields]))
  const fields: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(criteria)) {
    const key = known.get(name as (typeof FIELDS)[keyof ThresholdFields])
    if (!key) throw new UserError(`thresholds.${metric}.${name}: unknown field; the fields are ${[...known.keys()].join(', ')}`)
    fields[key] = value
  }
  return fields as ThresholdFields
}

function finite(path: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new UserError(`${path}: must be a number; got ${describe(value)}`)
  return value
}

function direction(metric: string, path: string, value: unknown): boolean {
  const registered = METRICS_BY_NAME.get(metric)?.greaterIsBetter
  if (value === undefined) {
    if (registered === undefined) throw new UserError(`${path}: required for ${metric}, which is not a built-in metric (true when greater values are better)`)
    return registered
  }
  if (typeof value !== 'boolean') throw new UserError(`${path}: must be true or false; got ${describe(value)}`)
  // A contradicted built-in direction would silently invert every check.
  if (registered !== undefined && value !== registered) {
    throw new UserError(`${path}: ${metric} is ${registered ? 'greater' : 'lower'}-is-better; leave ${FIELDS.greaterIsBetter} out for built-in metrics`)
  }
  return value
}

function margin(path: string, value: unknown): number {
  if (!isRecord(value)) throw new UserError(`${path}: must be a mapping such as {margin: 0.01}; got ${describe(value)}`)
  const unknown = Object.keys(value).find((key) => key !== 'margin')
  if (unknown !== undefined) throw new UserError(`${path}.${unknown}: unknown field; the only field is margin`)
  if (value.margin === undefined) return 0
  const number = finite(`${path}.margin`, value.margin)
  if (number < 0) throw new UserError(`${path}.margin: must be 0 or more; got ${number}`)
  return number
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  return typeof value === 'string' ? JSON.stringify(value) : String(value)
}
