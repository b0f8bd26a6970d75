import type { ColumnCheckRun, FindingSink, Location } from './checks/types.js'
import { dateParser, type DateParser } from '../data/datetime.js'
import { TextPool, type Row } from '../data/index.js'
import { isNonFiniteNumber } from '../data/numbers.js'
import { formatValue } from './checks/shared.js'
import type { ColumnSchema, ColumnType } from './schema/types.js'
import { ColumnProfile } from './profile.js'

const enum Kind {
  Number,
  Integer,
  Boolean,
  Datetime,
  Text,
}

/** Rough work per row of decoding a cell of each type, beside the checks' own costs, for the planner. */
export const DECODE_COST: Record<ColumnType, number> = { number: 2, integer: 2, boolean: 1, datetime: 3, string: 2, category: 2 }

const KINDS: Record<ColumnType, Kind> = {
  number: Kind.Number,
  integer: Kind.Integer,
  boolean: Kind.Boolean,
  datetime: Kind.Datetime,
  string: Kind.Text,
  category: Kind.Text,
}

/** 1 or 0 for a boolean cell, undefined when it is not one. */
function decodeBoolean(row: Row, index: number, pool: TextPool): number | undefined {
  // The usual spellings come from the pool without a new string or a number parse.
  const usual = USUAL_BOOLEANS.get(row.pooledText(index, pool))
  if (usual !== undefined) return usual
  const value = row.number(index)
  if (value === 0 || value === 1) return value
  const word = row.text(index).trim().toLowerCase()
  return TRUE_WORDS.has(word) ? 1 : FALSE_WORDS.has(word) ? 0 : undefined
}

const TRUE_WORDS = new Set(['true', 't', 'yes', 'y', '1'])
const FALSE_WORDS = new Set(['false', 'f', 'no', 'n', '0'])
const USUAL_BOOLEANS = new Map([...['true', 'True', 'TRUE', '1'].map((word) => [word, 1] as const), ...['false', 'False', 'FALSE', '0'].map((word) => [word, 0] as const)])

/** A typed schema column: decodes cells, profiles them and feeds its checks. */
export class TypedColumn {
  /** Position in the current file's header, or -1 when the file lacks the column. */
  index = -1
  readonly profile: ColumnProfile
  private readonly parseDate: DateParser | undefined
  private readonly pool = new TextPool()
  private readonly kind: Kind
  /** Value hooks that pass every value whose number or length is from passLow to passHigh (range and length checks). */
  private readonly rangeHooks: ((value: number | string, at: Location) => void)[]
  private readonly passLow: number
  private readonly passHigh: number
  /** The other value hooks, called for every value. */
  private readonly valueHooks: ((value: number | string, at: Location) => void)[]
  private readonly missingHooks: ((at: Location) => void)[]

  constructor(
    readonly name: string,
    readonly schema: ColumnSchema,
    readonly runs: ColumnCheckRun[],
    private readonly typeSink: FindingSink,
  ) {
    this.profile = new ColumnProfile(name, schema.type)
    this.kind = KINDS[schema.type]
    this.parseDate = schema.type === 'datetime' ? dateParser(schema.format) : undefined
    const withValue = runs.filter((run) => run.value)
    const ranged = withValue.filter((run) => run.passes)
    this.valueHooks = withValue.filter((run) => !run.passes).map((run) => run.value!.bind(run))
    this.rangeHooks = ranged.map((run) => run.value!.bind(run))
    this.passLow = Math.max(-Infinity, ...ranged.map((run) => run.passes!.min))
    this.passHigh = Math.min(Infinity, ...ranged.map((run) => run.passes!.max))
    this.missingHooks = runs.flatMap((run) => (run.missing ? [run.missing.bind(run)] : []))
  }

  get type(): ColumnType {
    return this.schema.type
  }

  consume(row: Row, at: Location): void {
    const index = this.index
    if (index < 0) return
    if (row.missing(index)) {
      this.profile.missing++
      const hooks = this.missingHooks
      for (let i = 0; i < hooks.length; i++) hooks[i](at)
      return
    }
    // One branch per type, so each path's calls see one kind of value.
    switch (this.kind) {
      case Kind.Text:
        return this.acceptText(row.pooledText(index, this.pool), at)
      case Kind.Number: {
        const value = row.number(index)
        // x - x is 0 for finite x only: ±Infinity and NaN are rejected alike.
        return value - value === 0 ? this.acceptNumber(value, at) : this.reject(row, index, at)
      }
      case Kind.Integer: {
        const value = row.number(index)
        return Number.isInteger(value) ? this.acceptNumber(value, at) : this.reject(row, index, at)
      }
      case Kind.Datetime: {
        const epoch = row.date(index, this.parseDate!)
        return Number.isNaN(epoch) ? this.reject(row, index, at) : this.acceptNumber(epoch, at)
      }
      default: {
        const value = decodeBoolean(row, index, this.pool)
        return value === undefined ? this.reject(row, index, at) : this.acceptNumber(value, at)
      }
    }
  }

  private acceptNumber(value: number, at: Location): void {
    this.profile.addNumber(value)
    // Most values pass every range check: those checks are not called for them.
    if (value < this.passLow || value > this.passHigh) this.callRangeHooks(value, at)
    const hooks = this.valueHooks
    for (let i = 0; i < hooks.length; i++) hooks[i](value, at)
  }

  private acceptText(value: string, at: Location): void {
    this.profile.addText(value, this.pool.hash)
    // An ASCII text's length counts its characters; any other is measured by the checks themselves.
    if (!this.pool.asciiText || value.length < this.passLow || value.length > this.passHigh) this.callRangeHooks(value, at)
    const hooks = this.valueHooks
    for (let i = 0; i < hooks.length; i++) hooks[i](value, at)
  }

  private callRangeHooks(value: number | string, at: Location): void {
    const hooks = this.rangeHooks
    for (let i = 0; i < hooks.length; i++) hooks[i](value, at)
  }

  private reject(row: Row, index: number, at: Location): void {
    this.profile.invalid++
    this.typeSink.report(() => this.describeInvalid(row.text(index)), at)
  }

  async finish(): Promise<void> {
    for (const run of this.runs) await run.finish?.(this.profile)
  }

  private describeInvalid(text: string): string {
    const shown = formatValue(text, 'string')
    if (this.schema.type === 'datetime') {
      return this.schema.format ? `${shown} does not match the date format ${this.schema.format}` : `${shown} is not an ISO 8601 date-time`
    }
    if ((this.schema.type === 'number' || this.schema.type === 'integer') && isNonFiniteNumber(text)) return `${shown} is not a finite number`
    const article = this.schema.type === 'integer' ? 'an' : 'a'
    return `${shown} is not ${article} ${this.schema.type}`
  }
}
