import { describe, expect, it } from 'vitest'
import { boundedKey, cutText, shownKey, TEXT_CUT } from './text-cut.js'

describe('cutting long text', () => {
  it('keeps text of up to 200 code points whole, and cuts longer text there with an ellipsis', () => {
    expect(TEXT_CUT).toBe(200)
    expect(cutText('a'.repeat(200))).toBe('a'.repeat(200))
    expect(cutText('a'.repeat(201))).toBe('a'.repeat(200) + '…')
    expect(cutText('😀'.repeat(200))).toBe('😀'.repeat(200))
    expect(cutText('😀'.repeat(201))).toBe('😀'.repeat(200) + '…')
  })

  it('keys long values by their cut and a hash, so they stay distinct and show as the cut', () => {
    const [a, b] = ['a', 'b'].map((end) => 'x'.repeat(1_000_000) + end)
    expect(boundedKey('short')).toBe('short')
    expect(boundedKey(a)).not.toBe(boundedKey(b))
    expect(boundedKey(a)).toBe(boundedKey('x'.repeat(1_000_000) + 'a'))
    expect(boundedKey(a).length).toBeLessThan(250)
    expect(shownKey(boundedKey(a))).toBe('x'.repeat(200) + '…')
    expect(shownKey('short')).toBe('short')
  })
})
