import { formatEpoch } from '../data/datetime.js'
import type { ColumnType } from '../schema/types.js'
import { DistinctCounter, RunningMoments } from '../stats/index.js'

/** Streaming per-column statistics, shared by checks, inference and the report. */
export class ColumnProfile {
  missing = 0
  invalid = 0
  minLength = Infinity
  maxLength = -Infinity

  constructor(
    readonly name: string,
    readonly type: ColumnType,
    readonly moments = new RunningMoments(),
    readonly distinct: DistinctCounter = new DistinctCounter(),
  ) {}

  /** Valid, non-missing values. */
  count = 0

  addNumber(value: number): void {
    this.count++
    this.moments.add(value)
    this.distinct.add(value)
  }

  addText(value: string): void {
    this.count++
    this.distinct.add(value)
    const length = value.length
    if (length < this.minLength) this.minLength = length
    if (length > this.maxLength) this.maxLength = length
  }

  /** Share of missing values among all rows. */
  missingShare(rows: number): number {
    return rows === 0 ? 0 : this.missing / rows
  }

  toJSON(): ProfileJson {
    const numeric = this.moments.count > 0
    const json: ProfileJson = {
      type: this.type,
      count: this.count,
      missing: this.missing,
      invalid: this.invalid,
      distinct: this.distinct.distinct,
      distinctExact: this.distinct.exact,
    }
    if (numeric && this.type === 'datetime') {
      json.min = formatEpoch(this.moments.min)
      json.max = formatEpoch(this.moments.max)
    } else if (numeric) {
      json.min = this.moments.min
      json.max = this.moments.max
      json.mean = this.moments.mean
      json.std = this.moments.std
    }
    if (this.maxLength >= 0) {
      json.minLength = this.minLength
      json.maxLength = this.maxLength
    }
    json.top = this.distinct.top(5).map(({ value, count }) => ({
      value: this.type === 'datetime' && typeof value === 'number' ? formatEpoch(value) : value,
      count,
    }))
    return json
  }
}

export interface ProfileJson {
  type: ColumnType
  count: number
  missing: number
  invalid: number
  distinct: number
  distinctExact: boolean
  min?: number | string
  max?: number | string
  mean?: number
  std?: number
  minLength?: number
  maxLength?: number
  top?: { value: string | number; count: number }[]
}
