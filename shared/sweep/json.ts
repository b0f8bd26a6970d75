import { UserError } from '../errors/index.js'

/** A value JSON carries unchanged: what a matrix leg can pass to train as part of its params. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }

/**
 * `value` when JSON carries it unchanged, else a UserError naming `at` (the key and item) and, inside a
 * list or mapping, where the value sits. YAML can give numbers JSON cannot write (`.inf`, `.nan`) and
 * values JSON does not have (`!!timestamp`, `!!binary`, `!!set`, `!!omap`); a leg would silently train
 * with something else, so they are refused.
 */
export function jsonValue(value: unknown, at: string, where: string, path = ''): JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number' && Number.isFinite(value)) return value
  if (Array.isArray(value)) return value.map((item, i) => jsonValue(item, at, where, `${path}[${i}]`))
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, jsonValue(item, at, where, `${path}.${key}`)]))
  const [what, instead] = notJson(value)
  const place = path ? `holds ${what} at '${path.replace(/^\./, '')}'` : `is ${what}`
  throw new UserError(`${where}: ${at} ${place}, which JSON cannot carry; ${instead}.`)
}

/** JSON with every mapping's keys sorted: equal params give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/** What the value is, and what to write instead. */
function notJson(value: unknown): [string, string] {
  if (typeof value === 'number') return [String(value), 'give a finite number']
  if (value instanceof Date) return ['a date', 'quote it to pass it as text']
  if (value instanceof Uint8Array) return ['binary data', 'give it as text']
  if (value instanceof Set) return ['a set', 'write it as a list']
  if (value instanceof Map) return ['an ordered mapping', 'write it as a mapping']
  if (value === undefined) return ['nothing', 'give a value']
  return [`a ${typeof value}`, 'give text, a number, a boolean, null, a list or a mapping']
}
