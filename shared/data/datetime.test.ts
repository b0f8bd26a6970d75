import { describe, expect, it } from 'vitest'
import { isoDateParser } from './datetime.js'

const bytes = (text: string) => {
  // Padded on both sides, as a cell sits inside a larger buffer.
  const buffer = Buffer.from(`xx${text}yy`, 'latin1')
  return isoDateParser.bytes(buffer, 2, 2 + text.length)
}

describe('ISO 8601 dates read from bytes', () => {
  const valid = [
    '2024-02-29',
    '2024-02-29T23:59:59Z',
    '2023-12-31 00:00:00',
    '2023-12-31T08:15Z',
    '2023-12-31T08:15',
    '2023-06-30Z',
    '1969-07-20T20:17:40Z',
    '2016-12-31T23:59:60Z',
    '2024-01-01T10:00:00.123Z',
    '2024-01-01T10:00:00,5',
    '2024-01-01T10:00:00+02:00',
    '2024-01-01T10:00:00-0530',
    '2024-01-01 Z',
  ]
  for (const text of valid) {
    it(`reads ${text} as the text parser does`, () => {
      expect(Number.isNaN(isoDateParser.text(text))).toBe(false)
      expect(bytes(text)).toBe(isoDateParser.text(text))
    })
  }

  const invalid = ['2023-02-29T00:00:00Z', '2024-13-01', '2024-01-01T24:00:00Z', '2024-01-01T10:60Z', '2024-1-01', '2024-01-01T10', '2024-01-01ZZ', '202a-01-01', '2024-01-01T10:00:0Z']
  for (const text of invalid) {
    it(`rejects ${text}`, () => {
      expect(bytes(text)).toBeNaN()
      expect(isoDateParser.text(text)).toBeNaN()
    })
  }
})
