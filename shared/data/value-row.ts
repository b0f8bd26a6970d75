import { combineHashes, hashNumber, hashString, SEED_A, SEED_B } from '../hash/index.js'
import type { DateParser } from './datetime.js'
import type { MissingTokens } from './missing.js'
import { parseSlow } from './numbers.js'
import type { Row } from './row.js'
import type { TextCounter } from './text-counter.js'
import type { TextPool } from './text-pool.js'

/** A row of already-decoded JavaScript values (JSON Lines, Parquet). */
export class ValueRow implements Row {
  values: unknown[] = []

  constructor(private readonly tokens: MissingTokens) {}

  get size(): number {
    return this.values.length
  }

  missing(index: number): boolean {
    const value = this.values[index]
    if (value === null || value === undefined) return true
    if (typeof value === 'number') return Number.isNaN(value)
    return typeof value === 'string' && this.tokens.matchesText(value)
  }

  text(index: number): string {
    const value = this.values[index]
    if (value instanceof Date) return value.toISOString()
    if (typeof value === 'object' && value !== null) return JSON.stringify(value)
    return String(value)
  }

  pooledText(index: number, pool: TextPool): string {
    const text = this.text(index)
    pool.hash = hashString(text, 0)
    pool.asciiText = false
    return text
  }

  countText(index: number, counter: TextCounter): void {
    counter.addText(this.text(index))
  }

  number(index: number): number {
    const value = this.values[index]
    if (typeof value === 'number') return value
    if (typeof value === 'bigint') return Number(value)
    if (typeof value === 'string') return parseSlow(value)
    return NaN
  }

  date(index: number, parser: DateParser): number {
    const value = this.values[index]
    return value instanceof Date ? value.getTime() : parser.text(this.text(index).trim())
  }

  hashCell(index: number, seed: number): number {
    const value = this.values[index]
    if (typeof value === 'number' || typeof value === 'bigint') return hashNumber(Number(value), seed)
    return hashString(this.text(index), seed)
  }

  hashRecord(out: Uint32Array): void {
    let a = SEED_A
    let b = SEED_B
    for (let i = 0; i < this.values.length; i++) {
      const missing = this.missing(i)
      a = combineHashes(a, missing ? 0 : this.hashCell(i, SEED_A))
      b = combineHashes(b, missing ? 0 : this.hashCell(i, SEED_B))
    }
    out[0] = a
    out[1] = b
  }
}
