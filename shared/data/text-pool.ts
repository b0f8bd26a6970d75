import { shortAscii } from './ascii.js'

const FIRST_SLOTS = 16
const MAX_SLOTS = 4096
/** Longer cells are not kept: the pool is for short repeated values, and must not hold a huge cell alive. */
const POOLED_MAX_BYTES = 256

/** Buffer's undocumented-in-types fast decoder, present in every supported Node. */
interface Latin1Slice {
  latin1Slice(start: number, end: number): string
}

/**
 * Reuses the string of a cell whose bytes were seen recently, so a column of repeated
 * values (codes, categories) makes no new string per row. Direct-mapped on the cell's
 * hash, which it keeps in `hash` for the caller (the distinct counter hashes the same way).
 * It starts small and doubles, up to MAX_SLOTS, when evictions outnumber its slots: a
 * file of thousands of columns pays for a large pool only in columns that need one.
 */
export class TextPool {
  /** hashString(text, 0) of the last text returned. */
  hash = 0
  private texts: (string | undefined)[] = new Array(FIRST_SLOTS).fill(undefined)
  private hashes = new Int32Array(FIRST_SLOTS)
  private evictions = 0

  /** The text of ASCII bytes whose hashBytes(…, 0) is `hash`. */
  ascii(bytes: Buffer, start: number, end: number, hash: number): string {
    this.hash = hash
    const slot = hash & (this.hashes.length - 1)
    const cached = this.texts[slot]
    const length = end - start
    if (cached !== undefined && this.hashes[slot] === (hash | 0) && cached.length === length && sameText(cached, bytes, start)) return cached
    const text = shortAscii(bytes, start, length) ?? (bytes as unknown as Latin1Slice).latin1Slice(start, end)
    if (length > POOLED_MAX_BYTES) return text
    if (cached !== undefined && ++this.evictions > this.hashes.length && this.hashes.length < MAX_SLOTS) this.grow()
    const at = hash & (this.hashes.length - 1)
    this.texts[at] = text
    this.hashes[at] = hash
    return text
  }

  /** Doubles the slots, dropping what they held: it is only a cache. */
  private grow(): void {
    const slots = this.hashes.length * 2
    this.texts = new Array(slots).fill(undefined)
    this.hashes = new Int32Array(slots)
    this.evictions = 0
  }
}

function sameText(text: string, bytes: Uint8Array, start: number): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== bytes[start + i]) return false
  return true
}
