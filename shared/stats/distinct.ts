import { hashNumber, hashString } from '../hash/index.js'

export interface DistinctState<T> {
  entries: [T, number][]
  registers: Uint8Array | null
}

export const EXACT_LIMIT = 10_000
export const HLL_BITS = 14
export const HLL_SIZE = 1 << HLL_BITS

/**
 * Counts values exactly up to EXACT_LIMIT distinct ones, then estimates the distinct
 * count with HyperLogLog (about 0.8% standard error) so memory stays bounded.
 * An open-addressing table, because Map lookups dominate profiling time.
 */
export class DistinctCounter<T extends string | number = string | number> {
  private keys: (T | undefined)[] = new Array(64).fill(undefined)
  private counts = new Float64Array(64)
  private mask = 63
  private size = 0
  private registers: Uint8Array | null = null
  private last: T | undefined = undefined
  private lastSlot = 0

  add(value: T): void {
    // Sorted and time-ordered data repeat the previous value often: skip the hashing then.
    if (value === this.last) {
      if (this.registers === null) this.counts[this.lastSlot]++
      return
    }
    this.addNew(value, typeof value === 'number' ? hashNumber(value, 0) : hashString(value as string, 0))
  }

  /** add(value) for a caller that already has the value's hash (hashNumber or hashString, seed 0). */
  addHashed(value: T, hash: number): void {
    if (value === this.last) {
      if (this.registers === null) this.counts[this.lastSlot]++
      return
    }
    this.addNew(value, hash)
  }

  private addNew(value: T, hash: number): void {
    // Past the exact limit only the sketch is fed: the table's counts stay as they were.
    if (this.registers !== null) {
      this.addToSketch(hash)
      this.last = value
      return
    }
    const keys = this.keys
    const mask = this.mask
    let slot = hash & mask
    for (;;) {
      const key = keys[slot]
      if (key === value) {
        // The caller's string from now on: the next compare with it is of one object, not of characters.
        keys[slot] = value
        this.counts[slot]++
        break
      }
      if (key === undefined) {
        this.insert(slot, value)
        break
      }
      slot = (slot + 1) & mask
    }
    // insert() may have grown the table, which moves every slot.
    if (this.keys === keys) {
      this.last = value
      this.lastSlot = slot
    } else {
      this.last = undefined
    }
  }

  state(): DistinctState<T> {
    return { entries: this.entries(), registers: this.registers }
  }

  /** Adds another part's counts; exact only while both were exact and the union fits. */
  merge(other: DistinctState<T>): void {
    this.last = undefined
    for (const [value, count] of other.entries) this.addCount(value, count)
    if (other.registers) {
      if (this.registers === null) this.overflow()
      const registers = this.registers!
      for (let i = 0; i < registers.length; i++) if (other.registers[i] > registers[i]) registers[i] = other.registers[i]
    }
  }

  private addCount(value: T, count: number): void {
    const keys = this.keys
    let slot = this.hash(value) & this.mask
    for (;;) {
      const key = keys[slot]
      if (key === value) {
        this.counts[slot] += count
        break
      }
      if (key === undefined) {
        if (this.registers === null) {
          this.insert(slot, value)
          this.counts[this.slotOf(value)] += count - 1
        }
        break
      }
      slot = (slot + 1) & this.mask
    }
    if (this.registers !== null) this.addToSketch(this.hash(value))
  }

  private slotOf(value: T): number {
    let slot = this.hash(value) & this.mask
    while (this.keys[slot] !== value) slot = (slot + 1) & this.mask
    return slot
  }

  get exact(): boolean {
    return this.registers === null
  }

  get distinct(): number {
    return this.registers === null ? this.size : Math.max(this.size, Math.round(estimate(this.registers)))
  }

  /** Counted values; every value while `exact` is true. */
  entries(): [T, number][] {
    const out: [T, number][] = []
    for (let slot = 0; slot < this.keys.length; slot++) {
      const key = this.keys[slot]
      if (key !== undefined) out.push([key, this.counts[slot]])
    }
    return out
  }

  /** Most frequent values; exact while `exact` is true, else among the first values seen. */
  top(limit: number): { value: T; count: number }[] {
    return topEntries(this.entries(), limit)
  }

  private insert(slot: number, value: T): void {
    this.keys[slot] = value
    this.counts[slot] = 1
    this.size++
    if (this.size > EXACT_LIMIT) this.overflow()
    else if (this.size * 2 > this.keys.length) this.grow()
  }

  private grow(): void {
    const entries = this.entries()
    const capacity = this.keys.length * 2
    this.keys = new Array(capacity).fill(undefined)
    this.counts = new Float64Array(capacity)
    this.mask = capacity - 1
    for (const [key, count] of entries) {
      let slot = this.hash(key) & this.mask
      while (this.keys[slot] !== undefined) slot = (slot + 1) & this.mask
      this.keys[slot] = key
      this.counts[slot] = count
    }
  }

  private hash(value: T): number {
    return typeof value === 'number' ? hashNumber(value, 0) : hashString(value as string, 0)
  }

  private overflow(): void {
    this.registers = new Uint8Array(HLL_SIZE)
    for (const [key] of this.entries()) this.addToSketch(this.hash(key))
  }

  private addToSketch(hash: number): void {
    addToSketch(this.registers!, hash)
  }
}

/**
 * The first `limit` entries of a stable sort by compareTop, without sorting every entry:
 * an entry goes after the kept ones that it does not precede, as a stable sort places it.
 */
export function topEntries<T>(entries: [T, number][], limit: number): { value: T; count: number }[] {
  if (!(limit > 0 && limit <= 64)) return entries.sort(compareTop).slice(0, limit).map(([value, count]) => ({ value, count }))
  const kept: [T, number][] = []
  for (const entry of entries) {
    if (kept.length === limit && compareTop(entry, kept[limit - 1]) >= 0) continue
    let at = kept.length
    while (at > 0 && compareTop(entry, kept[at - 1]) < 0) at--
    kept.splice(at, 0, entry)
    if (kept.length > limit) kept.pop()
  }
  return kept.map(([value, count]) => ({ value, count }))
}

/** Adds a hash to a HyperLogLog sketch. */
export function addToSketch(registers: Uint8Array, hash: number): void {
  const index = hash >>> (32 - HLL_BITS)
  const rest = (hash << HLL_BITS) | (1 << (HLL_BITS - 1))
  const rank = Math.clz32(rest) + 1
  if (rank > registers[index]) registers[index] = rank
}

/** Most frequent first; ties in text order. */
export function compareTop<T>(a: [T, number], b: [T, number]): number {
  return b[1] - a[1] || String(a[0]).localeCompare(String(b[0]))
}

export function estimate(registers: Uint8Array): number {
  const m = registers.length
  let sum = 0
  let zeros = 0
  for (const register of registers) {
    sum += 2 ** -register
    if (register === 0) zeros++
  }
  const alpha = 0.7213 / (1 + 1.079 / m)
  const raw = (alpha * m * m) / sum
  if (raw <= 2.5 * m && zeros > 0) return m * Math.log(m / zeros)
  const two32 = 2 ** 32
  if (raw > two32 / 30) return -two32 * Math.log(1 - raw / two32)
  return raw
}
