import { shortAscii } from './ascii.js'

const SLOTS = 4096

/** Buffer's undocumented-in-types fast decoder, present in every supported Node. */
interface Latin1Slice {
  latin1Slice(start: number, end: number): string
}

/**
 * Reuses the string of a cell whose bytes were seen recently, so a column of repeated
 * values (codes, categories) makes no new string per row. Direct-mapped on the cell's
 * hash, which it keeps in `hash` for the caller (the distinct counter hashes the same way).
 */
export class TextPool {
  /** hashString(text, 0) of the last text returned. */
  hash = 0
  private readonly texts: (string | undefined)[] = new Array(SLOTS).fill(undefined)
  private readonly hashes = new Int32Array(SLOTS)

  /** The text of ASCII bytes whose hashBytes(…, 0) is `hash`. */
  ascii(bytes: Buffer, start: number, end: number, hash: number): string {
    this.hash = hash
    const slot = hash & (SLOTS - 1)
    const cached = this.texts[slot]
    const length = end - start
    if (cached !== undefined && this.hashes[slot] === (hash | 0) && cached.length === length && sameText(cached, bytes, start)) return cached
    const text = shortAscii(bytes, start, length) ?? (bytes as unknown as Latin1Slice).latin1Slice(start, end)
    this.texts[slot] = text
    this.hashes[slot] = hash
    return text
  }
}

function sameText(text: string, bytes: Uint8Array, start: number): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== bytes[start + i]) return false
  return true
}
