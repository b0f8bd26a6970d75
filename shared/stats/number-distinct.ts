import { hashNumber } from '../hash/index.js'
import { addToSketch, EXACT_LIMIT, estimate, HLL_SIZE, topEntries, type DistinctState } from './distinct.js'

/** Integers in a window this wide are counted by index, without hashing. */
const DENSE_SPAN = 8192
/** Distinct values seen before a window is opened: a column of few values keeps the small table only. */
const DENSE_AFTER = 256

/**
 * DistinctCounter for numbers, with the same results, but keys in a Float64Array: numbers are
 * not boxed, and the hot loop sees one type of value (sharing it with text columns made it
 * generic). A slot of the table is empty while its count is 0. Once a column has many values,
 * the integers of the span where most of them lie (codes, counts, delays, ages) are counted in
 * an array indexed by value instead; the table keeps every other value.
 */
export class NumberDistinctCounter {
  private keys = new Float64Array(64)
  private counts = new Float64Array(64)
  private mask = 63
  /** Distinct values counted, in the table and the window together. */
  private size = 0
  private tableSize = 0
  private registers: Uint8Array | null = null
  /** NaN is never counted, so it stands for "no previous value". */
  private last = NaN
  private lastSlot = 0
  /** Counts of the integers denseBase … denseBase + DENSE_SPAN - 1, by value minus denseBase; none of them is in the table. */
  private dense: Float64Array | null = null
  private denseBase = 0
  private windowTried = false

  add(value: number): void {
    // Sorted and time-ordered data repeat the previous value often: skip the hashing then.
    if (value === this.last) {
      if (this.registers === null) this.counts[this.lastSlot]++
      return
    }
    const offset = value - this.denseBase
    if (this.dense !== null && offset >= 0 && offset < DENSE_SPAN && (offset | 0) === offset) {
      this.addCount(value, 1)
      return
    }
    const hash = hashNumber(value, 0)
    // Past the exact limit only the sketch is fed: the counts stay as they were.
    if (this.registers !== null) {
      addToSketch(this.registers, hash)
      this.last = value
      return
    }
    const keys = this.keys
    const counts = this.counts
    const mask = this.mask
    let slot = hash & mask
    for (;;) {
      if (counts[slot] === 0) {
        this.insert(slot, value)
        break
      }
      if (keys[slot] === value) {
        counts[slot]++
        break
      }
      slot = (slot + 1) & mask
    }
    // insert() may have grown the table, which moves every slot.
    if (this.counts[slot] !== 0 && this.keys[slot] === value) {
      this.last = value
      this.lastSlot = slot
    } else {
      this.last = NaN
    }
  }

  state(): DistinctState<number> {
    return { entries: this.entries(), registers: this.registers }
  }

  /** Adds another part's counts; exact only while both were exact and the union fits. */
  merge(other: DistinctState<number>): void {
    this.last = NaN
    for (const [value, count] of other.entries) this.addCount(value, count)
    if (other.registers) {
      if (this.registers === null) this.overflow()
      const registers = this.registers!
      for (let i = 0; i < registers.length; i++) if (other.registers[i] > registers[i]) registers[i] = other.registers[i]
    }
  }

  private addCount(value: number, count: number): void {
    const offset = value - this.denseBase
    if (this.dense !== null && offset >= 0 && offset < DENSE_SPAN && (offset | 0) === offset) {
      if (this.registers === null) {
        if (this.dense[offset] === 0 && ++this.size > EXACT_LIMIT) {
          this.dense[offset] = count
          this.overflow()
        } else {
          this.dense[offset] += count
        }
      }
    } else {
      let slot = hashNumber(value, 0) & this.mask
      for (;;) {
        if (this.counts[slot] === 0) {
          if (this.registers === null) {
            this.insert(slot, value)
            // insert() may have grown the table, or moved the value into the window.
            if (count > 1) this.addCount(value, count - 1)
          }
          break
        }
        if (this.keys[slot] === value) {
          this.counts[slot] += count
          break
        }
        slot = (slot + 1) & this.mask
      }
    }
    if (this.registers !== null) addToSketch(this.registers, hashNumber(value, 0))
  }

  get exact(): boolean {
    return this.registers === null
  }

  get distinct(): number {
    return this.registers === null ? this.size : Math.max(this.size, Math.round(estimate(this.registers)))
  }

  /** Counted values; every value while `exact` is true. */
  entries(): [number, number][] {
    const out = this.tableEntries()
    const dense = this.dense
    if (dense !== null) for (let offset = 0; offset < DENSE_SPAN; offset++) if (dense[offset] !== 0) out.push([this.denseBase + offset, dense[offset]])
    return out
  }

  /** Most frequent values; exact while `exact` is true, else among the first values seen. */
  top(limit: number): { value: number; count: number }[] {
    return topEntries(this.entries(), limit)
  }

  private tableEntries(): [number, number][] {
    const out: [number, number][] = []
    for (let slot = 0; slot < this.keys.length; slot++) if (this.counts[slot] !== 0) out.push([this.keys[slot], this.counts[slot]])
    return out
  }

  private insert(slot: number, value: number): void {
    this.keys[slot] = value
    this.counts[slot] = 1
    this.size++
    this.tableSize++
    if (this.size > EXACT_LIMIT) this.overflow()
    else if (this.tableSize * 2 > this.keys.length) this.grow()
  }

  private grow(): void {
    let entries = this.tableEntries()
    if (!this.windowTried && this.size >= DENSE_AFTER) entries = this.openWindow(entries)
    let capacity = this.keys.length
    while (entries.length * 2 >= capacity) capacity *= 2
    this.keys = new Float64Array(capacity)
    this.counts = new Float64Array(capacity)
    this.mask = capacity - 1
    this.tableSize = entries.length
    for (const [key, count] of entries) {
      let slot = hashNumber(key, 0) & this.mask
      while (this.counts[slot] !== 0) slot = (slot + 1) & this.mask
      this.keys[slot] = key
      this.counts[slot] = count
    }
  }

  /**
   * Opens the window over the span that holds the most of the table's integers, when that is at
   * least half of its values, and moves them into it. Returns the entries left for the table.
   */
  private openWindow(entries: [number, number][]): [number, number][] {
    this.windowTried = true
    const integers = entries.map(([key]) => key).filter((key) => Number.isSafeInteger(key)).sort((a, b) => a - b)
    let covered = 0
    let from = 0
    for (let i = 0, j = 0; j < integers.length; j++) {
      while (integers[j] - integers[i] >= DENSE_SPAN) i++
      if (j - i + 1 > covered) {
        covered = j - i + 1
        from = i
      }
    }
    if (covered * 2 < entries.length) return entries
    const low = integers[from]
    const high = integers[from + covered - 1]
    // Room on both sides of the values seen so far.
    this.denseBase = low - Math.floor((DENSE_SPAN - 1 - (high - low)) / 2)
    const dense = new Float64Array(DENSE_SPAN)
    const rest: [number, number][] = []
    for (const entry of entries) {
      const offset = entry[0] - this.denseBase
      if (offset >= 0 && offset < DENSE_SPAN && (offset | 0) === offset) dense[offset] += entry[1]
      else rest.push(entry)
    }
    this.dense = dense
    // 0 and -0 may have been two keys of the table; the window counts them as one value.
    this.size = rest.length
    for (let offset = 0; offset < DENSE_SPAN; offset++) if (dense[offset] !== 0) this.size++
    this.last = NaN
    return rest
  }

  private overflow(): void {
    const registers = new Uint8Array(HLL_SIZE)
    this.registers = registers
    for (const [key] of this.entries()) addToSketch(registers, hashNumber(key, 0))
  }
}
