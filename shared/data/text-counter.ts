import { hashString } from '../hash/index.js'
import { shortAscii } from './ascii.js'

const FIRST_SLOTS = 64

/** Buffer's undocumented-in-types fast decoder, present in every supported Node. */
interface Latin1Slice {
  latin1Slice(start: number, end: number): string
}

/**
 * Counts cells per distinct text. A cell of ASCII bytes is looked up by its bytes, so a
 * value seen before costs a hash and a comparison, and makes no string; only a value's first
 * occurrence is decoded. Open addressing on hashString(text, 0), which hashBytes(…, 0) equals
 * over ASCII, so both ways of adding a value meet in the same slot.
 */
export class TextCounter {
  private texts: (string | undefined)[] = new Array(FIRST_SLOTS).fill(undefined)
  private hashes = new Int32Array(FIRST_SLOTS)
  private counts = new Float64Array(FIRST_SLOTS)
  private used = 0

  /** Adds one cell of ASCII bytes whose hashBytes(bytes, start, end, 0) is `hash`. */
  addAscii(bytes: Buffer, start: number, end: number, hash: number): void {
    const mask = this.hashes.length - 1
    const length = end - start
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const text = this.texts[slot]
      if (text === undefined) {
        this.insert(slot, hash, shortAscii(bytes, start, length) ?? (bytes as unknown as Latin1Slice).latin1Slice(start, end))
        return
      }
      if (this.hashes[slot] === (hash | 0) && text.length === length && sameText(text, bytes, start)) {
        this.counts[slot]!++
        return
      }
    }
  }

  /** Adds one cell given as text. */
  addText(text: string): void {
    const hash = hashString(text, 0)
    const mask = this.hashes.length - 1
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = this.texts[slot]
      if (held === undefined) return this.insert(slot, hash, text)
      if (this.hashes[slot] === (hash | 0) && held === text) {
        this.counts[slot]!++
        return
      }
    }
  }

  /** Count per distinct text, in no particular order. */
  toMap(): Map<string, number> {
    const counts = new Map<string, number>()
    this.texts.forEach((text, slot) => {
      if (text !== undefined) counts.set(text, this.counts[slot]!)
    })
    return counts
  }

  private insert(slot: number, hash: number, text: string): void {
    this.texts[slot] = text
    this.hashes[slot] = hash
    this.counts[slot] = 1
    // At most half full, so probes stay short.
    if (++this.used * 2 > this.hashes.length) this.grow()
  }

  private grow(): void {
    const [texts, hashes, counts] = [this.texts, this.hashes, this.counts]
    const slots = hashes.length * 2
    this.texts = new Array(slots).fill(undefined)
    this.hashes = new Int32Array(slots)
    this.counts = new Float64Array(slots)
    const mask = slots - 1
    texts.forEach((text, old) => {
      if (text === undefined) return
      let slot = hashes[old]! & mask
      while (this.texts[slot] !== undefined) slot = (slot + 1) & mask
      this.texts[slot] = text
      this.hashes[slot] = hashes[old]!
      this.counts[slot] = counts[old]!
    })
  }
}

function sameText(text: string, bytes: Uint8Array, start: number): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== bytes[start + i]) return false
  return true
}
