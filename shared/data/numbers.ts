const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22]
const DIGIT_0 = 48
const MINUS = 45
const PLUS = 43
const DOT = 46

/**
 * Parses a decimal number from ASCII bytes. Plain decimals with at most 15 significant
 * digits take an exact fast path (one correctly rounded division); anything else
 * (exponents, long mantissas, inf) falls back to parseSlow. The bytes must be ASCII.
 *
 * Numbers are finite. In text formats (CSV, TSV, JSON Lines, JSON) a number cell that is
 * not finite — `inf`, `Infinity`, `-Infinity`, `NaN`, or a literal that overflows like
 * `1e400` — is not a valid number: in a number/integer column it is a type error finding
 * naming the line ('not a finite number'); it never enters min, max, mean, std, histograms
 * or quantiles. In Parquet, a floating-point NaN is a missing value (as pandas reads it)
 * and ±Infinity is an invalid number as above.
 *
 * The parsers return the IEEE value the text spells (±Infinity for `inf` or `1e400`, NaN
 * for `nan` and for text that is no number at all), so callers keep a value when
 * `value - value === 0` (finite) and tell the two kinds of rejects apart with
 * isNonFiniteNumber, off the hot path.
 */
export function parseNumberBytes(bytes: Uint8Array, start: number, end: number): number {
  let i = start
  // Leading/trailing blanks, as Number() and pandas allow.
  while (i < end && bytes[i] === 32) i++
  while (end > i && bytes[end - 1] === 32) end--
  if (i >= end) return NaN
  let negative = false
  const first = bytes[i]
  if (first === MINUS || first === PLUS) {
    negative = first === MINUS
    i++
  }
  let mantissa = 0
  let digits = 0
  let scale = 0
  let seenDot = false
  let any = false
  for (; i < end; i++) {
    const c = bytes[i]
    const d = c - DIGIT_0
    if (d >= 0 && d <= 9) {
      any = true
      if (digits > 0 || d !== 0) digits++
      mantissa = mantissa * 10 + d
      if (seenDot) scale++
    } else if (c === DOT && !seenDot) {
      seenDot = true
    } else {
      return parseSlow(latin1(bytes, start, end))
    }
  }
  if (!any) return NaN
  if (digits > 15 || scale > 22) return parseSlow(latin1(bytes, start, end))
  const value = scale === 0 ? mantissa : mantissa / POW10[scale]
  return negative ? -value : value
}

function latin1(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1')
}

export function parseSlow(text: string): number {
  const trimmed = text.trim()
  if (trimmed === '') return NaN
  // Number() accepts hex, binary and octal literals, which data files never mean.
  if (/^[+-]?0[xXbBoO]/.test(trimmed)) return NaN
  const value = Number(trimmed)
  if (Number.isNaN(value)) {
    const lower = trimmed.toLowerCase()
    if (lower === 'inf' || lower === '+inf' || lower === 'infinity') return Infinity
    if (lower === '-inf' || lower === '-infinity') return -Infinity
  }
  return value
}

const NON_FINITE_WORD = /^[+-]?(?:inf|infinity|nan)$/i

/** True when the text spells a number that is not finite: inf, infinity or nan (any case, signed), or a literal that overflows. */
export function isNonFiniteNumber(text: string): boolean {
  const trimmed = text.trim()
  if (NON_FINITE_WORD.test(trimmed)) return true
  const value = parseSlow(trimmed)
  return value === Infinity || value === -Infinity
}

/** True when the text is an integer literal (no dot, no exponent). */
export function isIntegerLiteral(text: string): boolean {
  return /^\s*[+-]?\d+\s*$/.test(text)
}
