/** Parses date-time text to epoch milliseconds (UTC when no offset is given), or NaN. */
export type DateParser = (text: string) => number

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/

export const ISO_DATE_FORMAT = '%Y-%m-%d'
export const ISO_DATETIME_FORMAT = '%Y-%m-%d %H:%M:%S'

const FIELD_PATTERNS: Record<string, [string, keyof Parts | null]> = {
  Y: ['(\\d{4})', 'year'],
  m: ['(\\d{1,2})', 'month'],
  d: ['(\\d{1,2})', 'day'],
  H: ['(\\d{1,2})', 'hour'],
  M: ['(\\d{2})', 'minute'],
  S: ['(\\d{2})', 'second'],
  f: ['(\\d{1,9})', 'fraction'],
  z: ['(Z|[+-]\\d{2}:?\\d{2})', 'offset'],
  '%': ['%', null],
}

interface Parts {
  year: string
  month: string
  day: string
  hour: string
  minute: string
  second: string
  fraction: string
  offset: string
}

/** Throws with a reason when the format uses an unknown directive. */
export function compileDateFormat(format: string): DateParser {
  let source = '^'
  const order: (keyof Parts)[] = []
  for (let i = 0; i < format.length; i++) {
    const char = format[i]
    if (char !== '%') {
      source += char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      continue
    }
    const directive = format[++i]
    const field = directive === undefined ? undefined : FIELD_PATTERNS[directive]
    if (!field) throw new Error(`unknown directive '%${directive ?? ''}' (known: %Y %m %d %H %M %S %f %z %%)`)
    source += field[0]
    if (field[1]) order.push(field[1])
  }
  if (!order.includes('year') || !order.includes('month') || !order.includes('day')) {
    throw new Error('a date format needs %Y, %m and %d')
  }
  const pattern = new RegExp(source + '$')
  return (text) => {
    const match = pattern.exec(text)
    if (!match) return NaN
    const parts: Partial<Parts> = {}
    order.forEach((name, index) => (parts[name] = match[index + 1]))
    return toEpoch(parts)
  }
}

export function parseIsoDate(text: string): number {
  const match = ISO.exec(text)
  if (!match) return NaN
  const [, year, month, day, hour, minute, second, fraction, offset] = match
  return toEpoch({ year, month, day, hour, minute, second, fraction, offset })
}

export function dateParser(format: string | undefined): DateParser {
  return format ? compileDateFormat(format) : parseIsoDate
}

function toEpoch(parts: Partial<Parts>): number {
  const year = Number(parts.year)
  const month = Number(parts.month)
  const day = Number(parts.day)
  const hour = Number(parts.hour ?? 0)
  const minute = Number(parts.minute ?? 0)
  const second = Number(parts.second ?? 0)
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN
  if (hour > 23 || minute > 59 || second > 60) return NaN
  const millis = parts.fraction ? Math.floor(Number(`0.${parts.fraction}`) * 1000) : 0
  let epoch = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), millis)
  if (parts.offset && parts.offset !== 'Z') {
    const sign = parts.offset[0] === '-' ? -1 : 1
    const digits = parts.offset.slice(1).replace(':', '')
    const offsetMinutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0)
    epoch -= sign * offsetMinutes * 60_000
  }
  return epoch
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export function formatEpoch(epoch: number): string {
  const iso = new Date(epoch).toISOString()
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z')
}
