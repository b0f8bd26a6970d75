import { formatEpoch, parseIsoDate } from '../../data/datetime.js'
import { SchemaError } from '../schema/errors.js'
import type { ColumnType } from '../schema/types.js'
import { cutText, shownKey, type DuplicateExample } from '../../stats/index.js'
import type { CellValue } from './types.js'

export const boundsSchema = (description: string) => ({
  type: 'object',
  description,
  additionalProperties: false,
  minProperties: 1,
  properties: { min: { type: 'number' }, max: { type: 'number' } },
})

/** {min, max} of a count: whole numbers from 0. */
export const countBoundsSchema = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: { min: { type: 'integer', minimum: 0 }, max: { type: 'integer', minimum: 0 } },
}

/** Where a repeated value was first seen: its line, or file and line when in another file. */
export function firstOccurrence(example: DuplicateExample, fileName: (index: number) => string): string {
  return example.firstFile === example.file ? `line ${example.firstLine}` : `${fileName(example.firstFile)}:${example.firstLine}`
}

export interface Bounds {
  min?: number
  max?: number
}

export function assertOrderedBounds(bounds: Bounds, path: string): void {
  for (const key of ['min', 'max'] as const) {
    const bound = bounds[key]
    if (bound !== undefined && !Number.isFinite(bound)) throw new SchemaError(`${path}.${key}`, nonFiniteBound(bound))
  }
  if (bounds.min !== undefined && bounds.max !== undefined && bounds.min > bounds.max) {
    throw new SchemaError(path, `min (${bounds.min}) is greater than max (${bounds.max})`)
  }
}

/** Describes how a value falls outside bounds, or undefined when inside. */
export function outsideBounds(value: number, bounds: Bounds, show: (value: number) => string = formatNumber): string | undefined {
  if (bounds.min !== undefined && value < bounds.min) return `${show(value)} is below the minimum ${show(bounds.min)}`
  if (bounds.max !== undefined && value > bounds.max) return `${show(value)} is above the maximum ${show(bounds.max)}`
  return undefined
}

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value)
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)))
}

export function formatValue(value: CellValue, type: ColumnType): string {
  if (type === 'datetime' && typeof value === 'number') return formatEpoch(value)
  if (type === 'boolean' && typeof value === 'number') return value === 1 ? 'true' : 'false'
  if (typeof value === 'number') return formatNumber(value)
  return `'${cutText(shownKey(value))}'`
}

/** A bound in a column's own units: numbers, or dates (epoch ms) for datetime columns. */
export function boundValue(raw: unknown, type: ColumnType, path: string): number {
  if (type === 'datetime') {
    const epoch = typeof raw === 'string' ? parseIsoDate(raw) : NaN
    if (Number.isNaN(epoch)) throw new SchemaError(path, `expected an ISO 8601 date such as 2024-01-31 for a datetime column, got ${JSON.stringify(raw)}`)
    return epoch
  }
  if (typeof raw !== 'number') throw new SchemaError(path, `expected a number, got ${JSON.stringify(raw)}`)
  if (!Number.isFinite(raw)) throw new SchemaError(path, nonFiniteBound(raw))
  return raw
}

/**
 * Bounds are finite numbers: NaN compares false with everything, so a NaN bound would let
 * every value pass, and an infinite one bounds nothing (leave it out instead).
 */
export function nonFiniteBound(bound: number): string {
  const spelled = Number.isNaN(bound) ? '.nan' : bound > 0 ? '.inf' : '-.inf'
  return `expected a finite number, got ${spelled} (leave a bound out for no limit)`
}

/** Length in characters, counting a surrogate pair once. */
export function codePoints(text: string): number {
  let count = text.length
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff) count--
  }
  return count
}

export function percent(share: number): string {
  return `${Number((share * 100).toPrecision(3))}%`
}
