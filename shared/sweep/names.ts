import { createHash } from 'node:crypto'
import type { GridPoint } from './grid.js'

/** Longest leg name: short enough for artifact and folder names, with room for a prefix such as `model-`. */
export const NAME_LIMIT = 64

/** Hex digits of the params' digest that end every name. */
const DIGEST_LENGTH = 8

/**
 * A leg's name: its grid values in the grid's order, e.g. `learning-rate-0.01_epochs-20`, then the
 * first digits of the sha256 of the merged params, e.g. `-3f2a9c1b`. The digest makes the name the
 * same whenever the params are (whatever else the grid holds, in whatever key order) and different
 * when they differ, even where cutting or replacing characters makes two readable parts alike. Only
 * letters, digits, `.`, `_` and `-` are kept, so the name is safe as an artifact name and as a
 * directory name on every runner; it never starts with `.` or `-`.
 */
export function legName(point: GridPoint, params: Record<string, unknown>): string {
  const digest = createHash('sha256').update(canonicalJson(params)).digest('hex').slice(0, DIGEST_LENGTH)
  const readable = Object.entries(point)
    .map(([name, value]) => `${name}-${value}`)
    .join('_')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, NAME_LIMIT - DIGEST_LENGTH - 1)
    .replace(/[._-]+$/, '')
  return readable ? `${readable}-${digest}` : digest
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
