import { METRICS_BY_NAME } from '../metrics/index.js'
import { formatCount, formatStat } from './markdown.js'

/** The registry's direction of a metric; undefined for a metric it does not know. */
export function greaterIsBetter(metric: string): boolean | undefined {
  return METRICS_BY_NAME.get(metric)?.greaterIsBetter
}

/** A change with its sign always shown: `+0.012`, `-0.004`, `0`. */
export function signed(value: number): string {
  if (value === 0) return '0'
  return value > 0 ? `+${formatStat(value)}` : formatStat(value)
}

/**
 * A change with an arrow for its sign, styled by the metric's direction: `🟢 ▲ +0.012` for
 * accuracy up, `🔴 ▲ +0.05` for log_loss up, `▪ 0` for none. Unknown directions get no colour.
 */
export function formatDelta(delta: number | undefined, metric: string): string {
  if (delta === undefined) return ''
  if (Number.isNaN(delta)) return 'NaN'
  if (delta === 0) return '▪ 0'
  const arrow = delta > 0 ? '▲' : '▼'
  const direction = greaterIsBetter(metric)
  const mark = direction === undefined ? '' : (delta > 0) === direction ? '🟢 ' : '🔴 '
  return `${mark}${arrow} ${signed(delta)}`
}

/** A confidence interval of a change: `[-0.004, +0.021]`. */
export function formatInterval(ci: readonly [number, number] | undefined): string {
  if (!ci) return ''
  const [low, high] = ci
  if (Number.isNaN(low) || Number.isNaN(high)) return 'undefined'
  return `[${signed(low)}, ${signed(high)}]`
}

/** 4 significant digits, in scientific notation below 1e-4; from the log where p underflows to 0. */
export function formatPValue(pValue: number, logPValue: number): string {
  if (pValue >= 1e-4) return formatStat(pValue)
  const log10 = logPValue / Math.LN10
  let exponent = Math.floor(log10)
  let mantissa = Number((10 ** (log10 - exponent)).toPrecision(2))
  if (mantissa >= 10) {
    mantissa /= 10
    exponent += 1
  }
  return `${mantissa}e${exponent}`
}

const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB']

/** Bytes in binary units: `512 B`, `12.35 MiB`. */
export function formatBytes(bytes: number): string {
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024
    unit++
  }
  return `${unit === 0 ? formatCount(value) : formatStat(value)} ${BYTE_UNITS[unit]}`
}

/** `1 row`, `2 rows`. */
export function countOf(count: number, noun: string): string {
  return `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`
}
