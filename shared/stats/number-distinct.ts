import { hashNumber } from '../hash/index.js'
import { addToSketch, EXACT_LIMIT, estimate, HLL_SIZE, topEntries, type DistinctState } from './distinct.js'

/**
 * DistinctCounter for numbers, with the same table, slots and results, but keys in a
 * Float64Array: numbers are not boxed, and the hot loop sees one type of value (sharing
 * it with text columns made it generic). A slot is empty while its count is 0.
 */
export class NumberDistinctCounter {
  private keys = new Float64Array(64)
  private counts = new Float64Array(64)
  private mask = 63
  private size = 0
  private registers: Uint8Array | null = null
  /** NaN is never counted, so it stands for "no previous value". */
  private last = NaN
  private lastSlot = 0

  add(value: number): void {
    // Sorted and time-ordered data repeat the previous value often: skip the hashing then.
    if (value === this.last) {
      if (this.registers === null) this.counts[this.lastSlot]++
      return
    }
    const hash = hashNumber(value, 0)
    // Past the exact limit only the sketch is fed: the table's counts stay as they were.
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
    let slot = hashNumber(value, 0) & this.mask
    for (;;) {
      if (this.counts[slot] === 0) {
        if (this.registers === null) {
          this.insert(slot, value)
          this.counts[this.slotOf(value)] += count - 1
        }
        break
      }
      if (this.keys[slot] === value) {
        this.counts[slot] += count
        break
      }
      slot = (slot + 1) & this.mask
    }
    if (this.registers !== null) addToSketch(this.registers, hashNumber(value, 0))
  }

  private slotOf(value: number): number {
    let slot = hashNumber(value, 0) & this.mask
    while (this.counts[slot] === 0 || this.keys[slot] !== value) slot = (slot + 1) & this.mask
    return slot
  }

  get exact(): boolean {
    return this.registers === null
  }

  get distinct(): number {
    return this.registers === null ? this.size : Math.max(this.size, Math.round(estimate(this.registers)))
  }

  /** Counted values; every value while `exact` is true. */
  entries(): [number, number][] {
    const out: [number, number][] = []
    for (let slot = 0; slot < this.keys.length; slot++) if (this.counts[slot] !== 0) out.push([this.keys[slot], this.counts[slot]])
    return out
  }

  /** Most frequent values; exact while `exact` is true, else among the first values seen. */
  top(limit: number): { value: number; count: number }[] {
    return topEntries(this.entries(), limit)
  }

  private insert(slot: number, value: number): void {
    this.keys[slot] = value
    this.counts[slot] = 1
    this.size++
    if (this.size > EXACT_LIMIT) this.overflow()
    else if (this.size * 2 > this.keys.length) this.grow()
  }

  private grow(): void {
    const entries = this.entries()
    const capacity = this.keys.length * 2
    this.keys = new Float64Array(capacity)
    this.counts = new Float64Array(capacity)
    this.mask = capacity - 1
    for (const [key, count] of entries) {
      let slot = hashNumber(key, 0) & this.mask
      while (this.counts[slot] !== 0) slot = (slot + 1) & this.mask
      this.keys[slot] = key
      this.counts[slot] = count
    }
  }

  private overflow(): void {
    const registers = new Uint8Array(HLL_SIZE)
    this.registers = registers
    for (const [key] of this.entries()) addToSketch(registers, hashNumber(key, 0))
  }
}
