import { describe, expect, it } from 'vitest'
import { hashBytes } from '../hash/index.js'
import { TextCounter } from './text-counter.js'

const addAscii = (counter: TextCounter, text: string) => {
  const bytes = Buffer.from(`,${text},`, 'latin1')
  counter.addAscii(bytes, 1, bytes.length - 1, hashBytes(bytes, 1, bytes.length - 1, 0))
}

describe('TextCounter', () => {
  it('counts a value once whether it came as bytes or as text', () => {
    const counter = new TextCounter()
    for (const text of ['red', 'blue', 'red', '', 'a much longer category than eight bytes']) addAscii(counter, text)
    for (const text of ['red', 'blue', 'ünïcode', 'a much longer category than eight bytes']) counter.addText(text)
    expect(Object.fromEntries(counter.toMap())).toEqual({ red: 3, blue: 2, '': 1, 'ünïcode': 1, 'a much longer category than eight bytes': 2 })
  })

  it('keeps every count as it grows past its first slots', () => {
    const counter = new TextCounter()
    for (let i = 0; i < 30_000; i++) (i % 2 ? addAscii : (c: TextCounter, t: string) => c.addText(t))(counter, `v${i % 10_000}`)
    const counts = counter.toMap()
    expect(counts.size).toBe(10_000)
    expect([...counts.values()].every((count) => count === 3)).toBe(true)
  })
})
