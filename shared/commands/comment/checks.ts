import { describeValue, NON_FINITE, type Complaint } from '../../github/index.js'

/**
 * Checks one value of a comment file's report at key `at` and returns it rebuilt from checked parts,
 * so that nothing unchecked reaches the renderer.
 */
export type Check<T> = (value: unknown, at: string, complain: Complaint) => T

/** A JSON number, or NaN, Infinity or -Infinity written as a string. */
export const number: Check<number> = (value, at, complain) => {
  if (typeof value === 'number') return value
  if (typeof value === 'string' && (NON_FINITE as readonly string[]).includes(value)) return Number(value)
  return complain(at, `must be a number, not ${describeValue(value)}.`)
}

export const count: Check<number> = (value, at, complain) => {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value
  return complain(at, `must be a count (a whole number, 0 or more), not ${describeValue(value)}.`)
}

export const text: Check<string> = (value, at, complain) => (typeof value === 'string' ? value : complain(at, `must be a string, not ${describeValue(value)}.`))

export const boolean: Check<boolean> = (value, at, complain) => (typeof value === 'boolean' ? value : complain(at, `must be true or false, not ${describeValue(value)}.`))

/** A class label: text, or a finite number. */
export const label: Check<string | number> = (value, at, complain) =>
  typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? value : complain(at, `must be a class label (a string or a number), not ${describeValue(value)}.`)

/** Any JSON value, such as a candidate's params: the renderer shows it as code. */
export const anything: Check<unknown> = (value) => value

export function oneOf<const T extends string>(values: readonly T[]): Check<T> {
  return (value, at, complain) => ((values as readonly unknown[]).includes(value) ? (value as T) : complain(at, `must be one of ${values.join(', ')}, not ${describeValue(value)}.`))
}

export function optional<T>(check: Check<T>): Check<T | undefined> {
  return (value, at, complain) => (value === undefined ? undefined : check(value, at, complain))
}

/** A key the file must not set: the trusted run fills it in itself. */
export function absent(why: string): Check<undefined> {
  return (value, at, complain) => (value === undefined ? undefined : complain(at, `must not be set: ${why}.`))
}

export function array<T>(check: Check<T>): Check<T[]> {
  return (value, at, complain) => (Array.isArray(value) ? value.map((item, i) => check(item, `${at}[${i}]`, complain)) : complain(at, `must be a list, not ${describeValue(value)}.`))
}

export function pair<T>(check: Check<T>): Check<[T, T]> {
  return (value, at, complain) => {
    if (!Array.isArray(value) || value.length !== 2) return complain(at, `must be a list of two values, not ${describeValue(value)}.`)
    return [check(value[0], `${at}[0]`, complain), check(value[1], `${at}[1]`, complain)]
  }
}

/** A mapping of names to checked values, such as metric values by metric. */
export function mapping<T>(check: Check<T>): Check<Record<string, T>> {
  return (value, at, complain) => {
    const entries = Object.entries(plainObject(value, at, complain)).map(([key, item]) => [key, check(item, `${at}.${key}`, complain)] as const)
    return Object.fromEntries(entries)
  }
}

/** Every field of T has a check, so a field added to T fails to compile until it is checked here too. */
export type Fields<T> = { [K in keyof T]-?: Check<T[K]> }

/** An object with exactly these fields: an unknown key is refused, an absent optional one left out. */
export function object<T>(fields: Fields<T>): Check<T> {
  return (value, at, complain) => {
    const record = plainObject(value, at, complain)
    const unknown = Object.keys(record).find((key) => !(key in fields))
    if (unknown !== undefined) complain(`${at}.${unknown}`, `is not a field this release knows; the file was not written by a matching evaluate-gate.`)
    const built: Record<string, unknown> = {}
    for (const [key, check] of Object.entries(fields) as [string, Check<unknown>][]) {
      const checked = check(record[key], `${at}.${key}`, complain)
      if (checked !== undefined) built[key] = checked
    }
    return built as T
  }
}

function plainObject(value: unknown, at: string, complain: Complaint): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>
  return complain(at, `must be an object, not ${describeValue(value)}.`)
}
