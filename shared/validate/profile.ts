import { formatEpoch } from '../data/datetime.js'
import type { ColumnType } from './schema/types.js'
import { boundedKey, DistinctCounter, NumberDistinctCounter, RunningMoments, shownKey, TEXT_CUT, type DistinctState, type MomentsState } from '../stats/index.js'

/** Streaming per-column statistics, shared by checks, inference and the report. */
export class ColumnProfile {
  missing = 0
  invalid = 0
  minLength = Infinity
  maxLength = -Infinity

  constructor(
    readonly name: string,
    readonly type: ColumnType,
    // A date-time column shows and checks its range only.
    readonly moments = new RunningMoments(type !== 'datetime'),
    readonly distinct: DistinctCounter | NumberDistinctCounter = isText(type) ? new DistinctCounter() : new NumberDistinctCounter(),
  ) {}

  /** Valid, non-missing values. */
  count = 0

  addNumber(value: number): void {
    this.count++
    this.moments.add(value)
    this.distinct.add(value)
  }

  /** `hash` is hashString(value, 0), when the caller has it. */
  addText(value: string, hash?: number): void {
    this.count++
    // Only text columns add text, and they count with a DistinctCounter.
    const distinct = this.distinct as DistinctCounter
    // A long value is counted by a key of bounded size, so huge cells cannot pile up.
    if (value.length > TEXT_CUT) distinct.add(boundedKey(value))
    else if (hash === undefined) distinct.add(value)
    else distinct.addHashed(value, hash)
    const length = value.length
    if (length < this.minLength) this.minLength = length
    if (length > this.maxLength) this.maxLength = length
  }

  state(): ProfileState {
    return {
      missing: this.missing,
      invalid: this.invalid,
      count: this.count,
      minLength: this.minLength,
      maxLength: this.maxLength,
      moments: this.moments.state(),
      distinct: this.distinct.state(),
    }
  }

  /** Adds the statistics of another part of the rows. */
  merge(other: ProfileState): void {
    this.missing += other.missing
    this.invalid += other.invalid
    this.count += other.count
    this.minLength = Math.min(this.minLength, other.minLength)
    this.maxLength = Math.max(this.maxLength, other.maxLength)
    this.moments.merge(other.moments)
    if (this.distinct instanceof NumberDistinctCounter) this.distinct.merge(other.distinct as DistinctState<number>)
    else this.distinct.merge(other.distinct)
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
    // Past the exact limit the counts stop at the first values seen, which depend on how the
    // rows were split across threads: no top values then, so every split gives one report.
    json.top = !this.distinct.exact ? [] : this.distinct.top(5).map(({ value, count }) => ({
      value: typeof value === 'string' ? shownKey(value) : this.type === 'datetime' ? formatEpoch(value) : value,
      count,
    }))
    return json
  }
}

function isText(type: ColumnType): boolean {
  return type === 'string' || type === 'category'
}

export interface ProfileState {
  missing: number
  invalid: number
  count: number
  minLength: number
  maxLength: number
  moments: MomentsState
  distinct: DistinctState<string | number>
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
