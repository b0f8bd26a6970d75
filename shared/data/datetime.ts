/** Parses date-time text or ASCII bytes to epoch milliseconds (UTC unless an offset is given), or NaN. */
export interface DateParser {
  text(text: string): number
  bytes(bytes: Uint8Array, start: number, end: number): number
}

export const ISO_DATE_FORMAT = '%Y-%m-%d'
export const ISO_DATETIME_FORMAT = '%Y-%m-%d %H:%M:%S'

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/

const enum Field {
  Year,
  Month,
  Day,
  Hour,
  Minute,
  Second,
  Fraction,
  Offset,
  Literal,
}

interface Step {
  field: Field
  min: number
  max: number
  literal: number
}

const DIRECTIVES: Record<string, [Field, number, number]> = {
  Y: [Field.Year, 4, 4],
  m: [Field.Month, 1, 2],
  d: [Field.Day, 1, 2],
  H: [Field.Hour, 1, 2],
  M: [Field.Minute, 2, 2],
  S: [Field.Second, 2, 2],
  f: [Field.Fraction, 1, 9],
  z: [Field.Offset, 1, 6],
}

const parts = new Float64Array(8)
const scratch = new Uint8Array(256)

/** Compiles a strftime-style format; throws with a reason on an unknown directive. */
export function compileDateFormat(format: string): DateParser {
  const steps: Step[] = []
  for (let i = 0; i < format.length; i++) {
    const code = format.charCodeAt(i)
    if (code > 127) throw new Error('a date format must be ASCII')
    if (format[i] !== '%') {
      steps.push({ field: Field.Literal, min: 0, max: 0, literal: code })
      continue
    }
    const directive = format[++i]
    if (directive === '%') {
      steps.push({ field: Field.Literal, min: 0, max: 0, literal: 37 })
      continue
    }
    const known = directive === undefined ? undefined : DIRECTIVES[directive]
    if (!known) throw new Error(`unknown directive '%${directive ?? ''}' (known: %Y %m %d %H %M %S %f %z %%)`)
    steps.push({ field: known[0], min: known[1], max: known[2], literal: 0 })
  }
  const has = (field: Field) => steps.some((step) => step.field === field)
  if (!has(Field.Year) || !has(Field.Month) || !has(Field.Day)) throw new Error('a date format needs %Y, %m and %d')
  const layout = fixedLayout(steps)
  const parse = (b: Uint8Array, start: number, end: number) => {
    if (layout && end - start === layout.length) {
      const epoch = layout.parse(b, start)
      if (!Number.isNaN(epoch)) return epoch
    }
    return parseSteps(steps, b, start, end)
  }
  // Time-ordered data repeats the previous cell's timestamp often: compare before parsing.
  const last = new Uint8Array(32)
  let lastLength = -1
  let lastEpoch = NaN
  const bytes = (b: Uint8Array, start: number, end: number) => {
    const length = end - start
    if (length === lastLength) {
      let i = length - 1
      while (i >= 0 && b[start + i] === last[i]) i--
      if (i < 0) return lastEpoch
    }
    const epoch = parse(b, start, end)
    if (length <= last.length) {
      for (let i = 0; i < length; i++) last[i] = b[start + i]
      lastLength = length
      lastEpoch = epoch
    }
    return epoch
  }
  return { bytes, text: (text) => (toScratch(text) ? bytes(scratch, 0, text.length) : NaN) }
}

/**
 * A parser for the common case where every field takes its full width (four digits for
 * the year, two for the others), with fixed byte offsets; undefined for other formats.
 */
function fixedLayout(steps: Step[]): { length: number; parse: (b: Uint8Array, start: number) => number } | undefined {
  const offsets = [-1, -1, -1, -1, -1, -1]
  const literalAt: number[] = []
  const literalCode: number[] = []
  let pos = 0
  for (const step of steps) {
    if (step.field === Field.Literal) {
      literalAt.push(pos)
      literalCode.push(step.literal)
      pos++
    } else if (step.field <= Field.Second) {
      offsets[step.field] = pos
      pos += step.field === Field.Year ? 4 : 2
    } else {
      return undefined
    }
  }
  const [year, month, day, hour, minute, second] = offsets
  const literals = literalAt.length
  if (steps.map((step) => (step.field === Field.Literal ? String.fromCharCode(step.literal) : step.field)).join('') === `${Field.Year}-${Field.Month}-${Field.Day} ${Field.Hour}:${Field.Minute}:${Field.Second}`) {
    return { length: pos, parse: parseIsoSpaceSeconds }
  }
  const parse = (b: Uint8Array, s: number): number => {
    for (let i = 0; i < literals; i++) if (b[s + literalAt[i]] !== literalCode[i]) return NaN
    return toEpoch(
      twoDigits(b, s + year) * 100 + twoDigits(b, s + year + 2),
      month < 0 ? 1 : twoDigits(b, s + month),
      day < 0 ? 1 : twoDigits(b, s + day),
      hour < 0 ? 0 : twoDigits(b, s + hour),
      minute < 0 ? 0 : twoDigits(b, s + minute),
      second < 0 ? 0 : twoDigits(b, s + second),
      0,
    )
  }
  return { length: pos, parse }
}

/** "YYYY-MM-DD HH:MM:SS", the most common layout, unrolled. */
function parseIsoSpaceSeconds(b: Uint8Array, s: number): number {
  if (b[s + 4] !== 45 || b[s + 7] !== 45 || b[s + 10] !== 32 || b[s + 13] !== 58 || b[s + 16] !== 58) return NaN
  return toEpoch(
    twoDigits(b, s) * 100 + twoDigits(b, s + 2),
    twoDigits(b, s + 5),
    twoDigits(b, s + 8),
    twoDigits(b, s + 11),
    twoDigits(b, s + 14),
    twoDigits(b, s + 17),
    0,
  )
}

function twoDigits(b: Uint8Array, at: number): number {
  const hi = b[at] - 48
  const lo = b[at + 1] - 48
  return hi >= 0 && hi <= 9 && lo >= 0 && lo <= 9 ? hi * 10 + lo : NaN
}

function toScratch(text: string): boolean {
  if (text.length > scratch.length) return false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code > 127) return false
    scratch[i] = code
  }
  return true
}

function parseSteps(steps: Step[], b: Uint8Array, start: number, end: number): number {
  parts.fill(0)
  parts[Field.Month] = 1
  parts[Field.Day] = 1
  let offsetMinutes = 0
  let pos = start
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s]
    if (step.field === Field.Literal) {
      if (pos >= end || b[pos] !== step.literal) return NaN
      pos++
      continue
    }
    if (step.field === Field.Offset) {
      const parsed = parseOffset(b, pos, end)
      if (parsed === undefined) return NaN
      offsetMinutes = parsed.minutes
      pos = parsed.next
      continue
    }
    let value = 0
    let digits = 0
    while (digits < step.max && pos < end) {
      const d = b[pos] - 48
      if (d < 0 || d > 9) break
      value = value * 10 + d
      digits++
      pos++
    }
    if (digits < step.min) return NaN
    parts[step.field] = step.field === Field.Fraction ? Math.floor((value / 10 ** digits) * 1000) : value
  }
  if (pos !== end) return NaN
  return toEpoch(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], parts[6]) - offsetMinutes * 60_000
}

function parseOffset(b: Uint8Array, pos: number, end: number): { minutes: number; next: number } | undefined {
  if (pos < end && b[pos] === 90) return { minutes: 0, next: pos + 1 }
  const sign = b[pos] === 45 ? -1 : b[pos] === 43 ? 1 : 0
  if (sign === 0) return undefined
  const digit = (i: number) => (i < end && b[i] >= 48 && b[i] <= 57 ? b[i] - 48 : -1)
  let p = pos + 1
  const h1 = digit(p++)
  const h2 = digit(p++)
  if (h1 < 0 || h2 < 0) return undefined
  if (b[p] === 58) p++
  const m1 = digit(p++)
  const m2 = digit(p++)
  if (m1 < 0 || m2 < 0) return undefined
  return { minutes: sign * ((h1 * 10 + h2) * 60 + m1 * 10 + m2), next: p }
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/** Data often comes sorted by time, so consecutive values share their date. */
let lastDateKey = -1
let lastDays = 0

function toEpoch(year: number, month: number, day: number, hour: number, minute: number, second: number, millis: number): number {
  if (Number.isNaN(year + month + day + hour + minute + second)) return NaN
  if (hour > 23 || minute > 59 || second > 60) return NaN
  const key = year * 10_000 + month * 100 + day
  if (key !== lastDateKey) {
    if (month < 1 || month > 12 || day < 1) return NaN
    if (day > DAYS_IN_MONTH[month - 1] && !(month === 2 && day === 29 && isLeap(year))) return NaN
    lastDays = daysFromCivil(year, month, day)
    lastDateKey = key
  }
  return lastDays * 86_400_000 + hour * 3_600_000 + minute * 60_000 + Math.min(second, 59) * 1000 + millis
}

/** ISO 8601: a date, optionally a time with seconds and fraction, optionally Z or an offset. */
export const isoDateParser: DateParser = {
  text(text) {
    const match = ISO.exec(text)
    if (!match) return NaN
    const [, year, month, day, hour, minute, second, fraction, offset] = match
    const millis = fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0
    const epoch = toEpoch(Number(year), Number(month), Number(day), Number(hour ?? 0), Number(minute ?? 0), Number(second ?? 0), millis)
    if (!offset || offset === 'Z') return epoch
    const sign = offset[0] === '-' ? -1 : 1
    const digits = offset.slice(1).replace(':', '')
    return epoch - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0)) * 60_000
  },
  bytes(b, start, end) {
    const epoch = commonIsoBytes(b, start, end)
    return Number.isNaN(epoch) ? this.text(Buffer.from(b.buffer, b.byteOffset + start, end - start).toString('latin1')) : epoch
  },
}

/**
 * The common ISO forms straight from bytes, without a string or a regex: a date, optionally
 * with hours and minutes, seconds, and a final Z. NaN for anything else (fractions, offsets,
 * spaces, invalid text), which the general parser then reads: values that rarely repeat
 * (timestamps to the second) are parsed once per row, so this path is the hot one.
 */
function commonIsoBytes(b: Uint8Array, start: number, end: number): number {
  if (end - start < 10 || b[start + 4] !== 45 || b[start + 7] !== 45) return NaN
  const year = twoDigits(b, start) * 100 + twoDigits(b, start + 2)
  const month = twoDigits(b, start + 5)
  const day = twoDigits(b, start + 8)
  let hour = 0
  let minute = 0
  let second = 0
  let pos = start + 10
  if (pos < end && (b[pos] === 84 || b[pos] === 32)) {
    if (end - pos < 6 || b[pos + 3] !== 58) return NaN
    hour = twoDigits(b, pos + 1)
    minute = twoDigits(b, pos + 4)
    pos += 6
    if (pos < end && b[pos] === 58) {
      if (end - pos < 3) return NaN
      second = twoDigits(b, pos + 1)
      pos += 3
    }
  }
  if (pos < end && b[pos] === 90) pos++
  return pos === end ? toEpoch(year, month, day, hour, minute, second, 0) : NaN
}

export function parseIsoDate(text: string): number {
  return isoDateParser.text(text)
}

export function dateParser(format: string | undefined): DateParser {
  return format ? compileDateFormat(format) : isoDateParser
}

export function formatEpoch(epoch: number): string {
  const iso = new Date(epoch).toISOString()
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z')
}
