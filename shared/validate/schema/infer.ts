import { ISO_DATE_FORMAT, ISO_DATETIME_FORMAT, isoDateParser } from '../../data/datetime.js'
import type { Row } from '../../data/index.js'
import { isNonFiniteNumber } from '../../data/numbers.js'
import { boundedKey, DistinctCounter, RunningMoments, TEXT_CUT } from '../../stats/index.js'
import { ColumnProfile } from '../profile.js'
import { codePoints } from '../checks/shared.js'
import type { ColumnSchema, ColumnType, DataSchema } from './types.js'

const CATEGORY_MAX_DISTINCT = 20
/** Fewer increasing values could increase by chance; this many make an identifier. */
const IDENTIFIER_MIN_VALUES = 100
const BOOLEAN_WORDS = new Set(['true', 'false', 'True', 'False', 'TRUE', 'FALSE'])
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/
const DATE_SPACE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/

/** Watches one column's raw values to guess its type and profile it. */
export class ColumnSniffer {
  index = -1
  rows = 0
  missing = 0
  private nonNumeric = 0
  /** Cells such as inf or 1e400: invalid numbers, which do not make a number column text. */
  private nonFinite = 0
  private nonIntegral = 0
  private nonBoolean = 0
  private nonDate = 0
  private notDateOnly = 0
  private notSpaceTime = 0
  readonly numbers = new RunningMoments()
  readonly dates = new RunningMoments(false)
  readonly texts = new DistinctCounter<string>()
  /** Distinct parsed values, which is what `unique` compares for numbers and dates. */
  private readonly numberValues = new DistinctCounter<number>()
  private readonly dateValues = new DistinctCounter<number>()
  minLength = Infinity
  maxLength = 0
  /** Whether every number so far was greater than the one before it. */
  private increasing = true
  private previous = -Infinity

  constructor(readonly name: string) {}

  consume(row: Row): void {
    if (this.index < 0) return
    this.rows++
    if (row.missing(this.index)) {
      this.missing++
      return
    }
    const text = row.text(this.index)
    this.texts.add(text.length > TEXT_CUT ? boundedKey(text) : text)
    const length = codePoints(text)
    if (length < this.minLength) this.minLength = length
    if (length > this.maxLength) this.maxLength = length
    const number = row.number(this.index)
    if (number - number !== 0) {
      if (isNonFiniteNumber(text)) this.nonFinite++
      else this.nonNumeric++
    } else {
      this.numbers.add(number)
      this.numberValues.add(number)
      if (number <= this.previous) this.increasing = false
      this.previous = number
      if (!Number.isInteger(number)) this.nonIntegral++
    }
    if (!BOOLEAN_WORDS.has(text)) this.nonBoolean++
    if (this.nonDate === 0 || this.dates.count > 0) this.sniffDate(row, text)
  }

  private sniffDate(row: Row, text: string): void {
    const epoch = row.date(this.index, isoDateParser)
    if (Number.isNaN(epoch)) {
      this.nonDate++
      return
    }
    this.dates.add(epoch)
    this.dateValues.add(epoch)
    if (!DATE_ONLY.test(text)) this.notDateOnly++
    if (!DATE_SPACE_TIME.test(text)) this.notSpaceTime++
  }

  get present(): number {
    return this.rows - this.missing
  }

  inferType(): ColumnType {
    const present = this.present
    if (present === 0) return 'string'
    if (this.nonNumeric === 0 && this.numbers.count > 0) return this.nonIntegral === 0 ? 'integer' : 'number'
    if (this.nonBoolean === 0) return 'boolean'
    if (this.nonDate === 0) return 'datetime'
    const distinct = this.texts.distinct
    // A category's allowed list holds its values whole, so they must be short.
    const short = this.maxLength <= TEXT_CUT
    return short && this.texts.exact && distinct <= CATEGORY_MAX_DISTINCT && distinct < present / 2 ? 'category' : 'string'
  }

  /** True when every present value differs, compared as the `unique` check compares them. */
  allDistinct(type: ColumnType): boolean {
    const counter = type === 'integer' ? this.numberValues : type === 'datetime' ? this.dateValues : this.texts
    return this.present > 1 && counter.exact && counter.distinct === this.present
  }

  /**
   * An integer column whose values all increase row by row numbers the rows: the rest of the
   * file goes on past any range seen in a sample, so it gets `unique` and no range, mean or std.
   */
  isIdentifier(type: ColumnType): boolean {
    return type === 'integer' && this.increasing && this.numbers.count >= IDENTIFIER_MIN_VALUES
  }

  dateFormat(): string | undefined {
    if (this.notDateOnly === 0) return ISO_DATE_FORMAT
    if (this.notSpaceTime === 0) return ISO_DATETIME_FORMAT
    return undefined
  }

  /** A profile in the inferred type, for the report. */
  toProfile(): ColumnProfile {
    const type = this.inferType()
    const moments = type === 'datetime' ? this.dates : type === 'integer' || type === 'number' ? this.numbers : undefined
    const values = type === 'datetime' ? this.dateValues : type === 'integer' || type === 'number' ? this.numberValues : this.texts
    const profile = new ColumnProfile(this.name, type, moments, values)
    profile.missing = this.missing
    profile.count = this.present
    if (type === 'integer' || type === 'number') {
      profile.count = this.numbers.count
      profile.invalid = this.present - this.numbers.count
    }
    if (type === 'string' || type === 'category') {
      profile.minLength = this.minLength
      profile.maxLength = this.maxLength
    }
    return profile
  }
}

/** What the schema was inferred from, and which columns were taken as identifiers: comments for the written file. */
export function inferenceNotes(sniffers: ColumnSniffer[], rows: number, files: readonly string[]): string[] {
  const notes = [`Inferred from ${rows.toLocaleString('en-US')} row${rows === 1 ? '' : 's'} of ${files.join(', ')}.`]
  for (const sniffer of sniffers) {
    if (sniffer.isIdentifier(sniffer.inferType())) {
      notes.push(`'${sniffer.name}' increases on every row, so it is taken as an identifier: unique, with no range, mean or std.`)
    }
  }
  return notes
}

/** An editable schema: ranges with a margin, category domains, nullability from what was seen. */
export function inferSchema(sniffers: ColumnSniffer[], duplicateShare: number | undefined, missingValues: readonly string[]): DataSchema {
  const columns: Record<string, ColumnSchema> = {}
  for (const sniffer of sniffers) columns[sniffer.name] = inferColumn(sniffer)
  const schema: DataSchema = { version: 1, 'missing-values': [...missingValues], columns, strict: true, rows: { min: 1 } }
  if (duplicateShare !== undefined) schema['duplicate-rows'] = { 'max-share': duplicateShare === 0 ? 0 : roundShareUp(Math.min(1, duplicateShare * 1.5 + 0.001)) }
  return schema
}

function inferColumn(sniffer: ColumnSniffer): ColumnSchema {
  const type = sniffer.inferType()
  const column: ColumnSchema = { type }
  const present = sniffer.present
  if (sniffer.missing === 0) column.nullable = false
  else column['max-missing'] = roundShareUp(Math.min(1, (sniffer.missing / sniffer.rows) * 1.5 + 0.01))
  if (present === 0) return column
  if (sniffer.isIdentifier(type)) {
    column.unique = true
    return column
  }
  if (type === 'integer' || type === 'number') {
    const { min, max, mean, std } = sniffer.numbers
    const margin = (max - min) * 0.1
    const low = min >= 0 && min - margin < 0 ? 0 : niceFloor(min - margin, type)
    const high = niceCeil(max + margin, type)
    column.min = low
    column.max = high
    if (present > 1 && std > 0) {
      column.mean = { min: roundDown(Math.max(low, mean - std / 2)), max: roundUp(Math.min(high, mean + std / 2)) }
      column.std = { min: roundDown(std / 2), max: roundUp(std * 2) }
    }
  } else if (type === 'datetime') {
    const format = sniffer.dateFormat()
    if (format) column.format = format
  } else if (type === 'category') {
    column.allowed = sniffer.texts.top(Infinity).map(({ value }) => value).sort()
  } else if (type === 'string') {
    column.length = { min: sniffer.minLength, max: Math.max(sniffer.maxLength * 2, sniffer.maxLength + 10) }
  }
  if ((type === 'string' || type === 'integer' || type === 'datetime') && sniffer.allDistinct(type)) {
    column.unique = true
  }
  return column
}

/** Rounds outward to four significant digits, so that a rounded bound still holds the value. */
function roundDown(value: number): number {
  return -roundUp(-value)
}

function roundUp(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value
  const nearest = Number(value.toPrecision(4))
  if (nearest >= value) return nearest
  const step = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 3)
  return Number((Math.ceil(value / step) * step).toPrecision(12))
}

function roundShareUp(share: number): number {
  return Math.min(1, Math.ceil(share * 1000) / 1000)
}

/** Rounds down to two significant digits (whole numbers for integers). */
function niceFloor(value: number, type: ColumnType): number {
  if (value === 0) return 0
  const step = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1)
  const floored = Math.floor(value / step) * step
  return type === 'integer' ? Math.floor(floored) : Number(floored.toPrecision(12))
}

function niceCeil(value: number, type: ColumnType): number {
  if (value === 0) return 0
  const step = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1)
  const ceiled = Math.ceil(value / step) * step
  return type === 'integer' ? Math.ceil(ceiled) : Number(ceiled.toPrecision(12))
}
