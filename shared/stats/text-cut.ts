import { hashString, SEED_A, SEED_B } from '../hash/index.js'

/**
 * Longest text, in code points, that messages, reports and counters keep. A longer value is
 * shown as its first TEXT_CUT code points followed by '…', so a report stays small and
 * memory stays bounded however long a cell is.
 */
export const TEXT_CUT = 200

const ELLIPSIS = '…'
/** Separates a long value's cut from the hash that keeps it distinct. */
const KEY_MARK = '\u0000\u0000'
const HASH_DIGITS = 16

/** The text, or its first TEXT_CUT code points and '…' when it is longer. */
export function cutText(text: string): string {
  // At most TEXT_CUT code units is at most TEXT_CUT code points: the common case ends here.
  if (text.length <= TEXT_CUT) return text
  let end = 0
  for (let points = 0; points < TEXT_CUT; points++) {
    if (end >= text.length) return text
    const code = text.charCodeAt(end)
    end += code >= 0xd800 && code <= 0xdbff && end + 1 < text.length ? 2 : 1
  }
  return end >= text.length ? text : text.slice(0, end) + ELLIPSIS
}

/**
 * What counters keep for a text: the text itself when it is short, else its cut and a 64-bit
 * hash of the whole, so distinct long values stay distinct at a bounded size.
 */
export function boundedKey(text: string): string {
  const cut = cutText(text)
  if (cut === text) return text
  return cut + KEY_MARK + hex(hashString(text, SEED_A)) + hex(hashString(text, SEED_B))
}

/** A key from boundedKey as it is shown: the value, or its cut ending in '…'. */
export function shownKey(key: string): string {
  const at = key.length - HASH_DIGITS - KEY_MARK.length
  return at > 0 && key.startsWith(KEY_MARK, at) ? key.slice(0, at) : key
}

function hex(word: number): string {
  return word.toString(16).padStart(8, '0')
}
