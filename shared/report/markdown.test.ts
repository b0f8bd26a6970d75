import { describe, expect, it } from 'vitest'
import { formatCount } from './markdown.js'

describe('formatCount', () => {
  it('writes counts as en-US does', () => {
    const values = [0, 1, -1, 12, 999, 1000, -1000, 12_345, 999_999, 1_000_000, 5_000_003, -123_456_789, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, 1234.5678, -0, NaN, Infinity]
    for (const value of values) expect(formatCount(value)).toBe(value.toLocaleString('en-US'))
    expect(formatCount(1_000_003)).toBe('1,000,003')
  })
})
