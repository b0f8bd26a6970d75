import { describe, expect, it } from 'vitest'
import { hashString } from '../hash/index.js'
import { TextPool } from './text-pool.js'

/** Cells of every length from 0 to 300, many alike but for one byte, the length or the case, each several times. */
function cells(): string[] {
  const out: string[] = []
  for (let length = 0; length <= 300; length += length < 12 ? 1 : 37) {
    const base = Array.from({ length }, (_, i) => String.fromCharCode(65 + ((i * 7) % 26))).join('')
    out.push(base, base.toLowerCase(), base + '\u0001', base.slice(0, -1) + 'Z', '\u0000'.repeat(length))
  }
  return [...out, ...out.reverse(), ...out]
}

describe('TextPool', () => {
  it('returns the text of the bytes, and its hashString, for short and long cells alike', () => {
    const pool = new TextPool()
    const texts = cells()
    const bytes = Buffer.from(texts.join(''), 'latin1')
    let start = 0
    for (const text of texts) {
      expect(pool.ascii(bytes, start, start + text.length)).toBe(text)
      expect(pool.hash).toBe(hashString(text, 0))
      start += text.length
    }
  })

  it('reads a repeated cell from its slot as the same text', () => {
    const pool = new TextPool()
    const bytes = Buffer.from('ORD,SEA,ORD,a longer value than seven bytes,SEA,a longer value than seven bytes', 'latin1')
    const fields: [number, number][] = []
    for (let start = 0; start < bytes.length; ) {
      const end = bytes.indexOf(44, start) < 0 ? bytes.length : bytes.indexOf(44, start)
      fields.push([start, end])
      start = end + 1
    }
    const texts = fields.map(([start, end]) => pool.ascii(bytes, start, end))
    expect(texts).toEqual(['ORD', 'SEA', 'ORD', 'a longer value than seven bytes', 'SEA', 'a longer value than seven bytes'])
    const again = fields.map(([start, end]) => pool.ascii(bytes, start, end))
    expect(again).toEqual(texts)
  })

  it('keeps the texts apart when thousands of distinct cells evict each other', () => {
    const pool = new TextPool()
    const texts = Array.from({ length: 20_000 }, (_, i) => (i % 3 === 0 ? `k${i}` : `value-${i}-${'x'.repeat(i % 9)}`))
    const bytes = Buffer.from(texts.join(''), 'latin1')
    for (let round = 0; round < 2; round++) {
      let start = 0
      for (const text of texts) {
        expect(pool.ascii(bytes, start, start + text.length)).toBe(text)
        start += text.length
      }
    }
  })
})
