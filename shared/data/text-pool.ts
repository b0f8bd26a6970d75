import { hashBytes } from '../hash/index.js'
import { shortAscii } from './ascii.js'

const FIRST_SLOTS = 16
const MAX_SLOTS = 4096
/** Longer cells are not kept: the pool is for short repeated values, and must not hold a huge cell alive. */
const POOLED_MAX_BYTES = 256
/** Cells up to this long are keyed by their bytes, packed into two integers with the length. */
const PACKED_MAX_BYTES = 7

/** Buffer's undocumented-in-types fast decoder, present in every supported Node. */
interface Latin1Slice {
  latin1Slice(start: number, end: number): string
}

/**
 * Reuses the string of a cell whose bytes were seen recently, so a column of repeated
 * values (codes, categories) makes no new string per row. Direct-mapped: a cell of up to 7
 * bytes by its bytes themselves, packed into two integers, so a hit costs no hashing and no
 * comparing of characters; a longer one by its hash. It keeps the text's hash in `hash` for
 * the caller (the distinct counter hashes the same way). It starts small and doubles, up to
 * MAX_SLOTS, when evictions outnumber its slots: a file of thousands of columns pays for a
 * large pool only in columns that need one.
 */
export class TextPool {
  /** hashString(text, 0) of the last text returned. */
  hash = 0
  /** True when the last text returned came from ASCII bytes, so its length counts its characters. */
  asciiText = false
  private texts: (string | undefined)[] = new Array(FIRST_SLOTS).fill(undefined)
  private hashes = new Int32Array(FIRST_SLOTS)
  /** A short text's bytes: the first four, then the rest with the length in the top byte, which is -1 for a long text. */
  private low = new Int32Array(FIRST_SLOTS)
  private high = new Int32Array(FIRST_SLOTS)
  private evictions = 0

  /** The text of the ASCII bytes from start to end; `hash` becomes its hashBytes(…, 0). */
  ascii(bytes: Uint8Array, start: number, end: number): string {
    this.asciiText = true
    const length = end - start
    if (length > PACKED_MAX_BYTES) return this.asciiHashed(bytes, start, end)
    let low = 0
    let high = length << 24
    for (let i = 0; i < length && i < 4; i++) low |= bytes[start + i] << (8 * i)
    for (let i = 4; i < length; i++) high |= bytes[start + i] << (8 * (i - 4))
    const slot = (Math.imul(low ^ Math.imul(high, 0x85ebca6b), 0x9e3779b1) >>> 16) & (this.hashes.length - 1)
    const cached = this.texts[slot]
    if (cached !== undefined && this.low[slot] === low && this.high[slot] === high) {
      this.hash = this.hashes[slot] >>> 0
      return cached
    }
    const text = shortAscii(bytes, start, length)!
    this.hash = hashBytes(bytes, start, end, 0)
    if (cached !== undefined && this.evicted()) return text
    this.texts[slot] = text
    this.hashes[slot] = this.hash
    this.low[slot] = low
    this.high[slot] = high
    return text
  }

  private asciiHashed(bytes: Uint8Array, start: number, end: number): string {
    const hash = hashBytes(bytes, start, end, 0)
    this.hash = hash
    const slot = hash & (this.hashes.length - 1)
    const cached = this.texts[slot]
    const length = end - start
    if (cached !== undefined && this.high[slot] === -1 && this.hashes[slot] === (hash | 0) && cached.length === length && sameText(cached, bytes, start)) return cached
    const text = shortAscii(bytes, start, length) ?? (bytes as unknown as Latin1Slice).latin1Slice(start, end)
    if (length > POOLED_MAX_BYTES || (cached !== undefined && this.evicted())) return text
    this.texts[slot] = text
    this.hashes[slot] = hash
    this.high[slot] = -1
    return text
  }

  /** Counts an eviction; past as many as there are slots, doubles the slots (dropping what they held: it is only a cache) and returns true. */
  private evicted(): boolean {
    if (++this.evictions <= this.hashes.length || this.hashes.length >= MAX_SLOTS) return false
    const slots = this.hashes.length * 2
    this.texts = new Array(slots).fill(undefined)
    this.hashes = new Int32Array(slots)
    this.low = new Int32Array(slots)
    this.high = new Int32Array(slots)
    this.evictions = 0
    return true
  }
}

function sameText(text: string, bytes: Uint8Array, start: number): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== bytes[start + i]) return false
  return true
}
