import { describe, expect, it } from 'vitest'
import { compareLabels } from './labels.js'

describe('compareLabels', () => {
  it('sorts numbers numerically and strings by code point, as numpy does', () => {
    expect([10, 9, -1, 2].sort(compareLabels)).toEqual([-1, 2, 9, 10])
    // UTF-16 order would put the astral emoji before U+FF01.
    expect(['\u{1F600}', '\uFF01', 'b', 'B', 'é'].sort(compareLabels)).toEqual(['B', 'b', 'é', '\uFF01', '\u{1F600}'])
  })
})
