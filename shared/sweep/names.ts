import { createHash } from 'node:crypto'
import type { GridPoint, GridValue } from './grid.js'
import { canonicalJson } from './json.js'

/** Longest leg name: short enough for artifact and folder names, with room for a prefix such as `model-`. */
export const NAME_LIMIT = 64

/** Hex digits of the params' digest that end every name. */
const DIGEST_LENGTH = 8

/**
 * A leg's name: its grid values in the grid's order, e.g. `learning-rate-0.01_epochs-20`, then the
 * first digits of the sha256 of the merged params, e.g. `-3f2a9c1b`; a list reads `64x64` (see
 * compact). The digest makes the name the same whenever the params are (whatever else the grid
 * holds, in whatever key order) and different when they differ, even where cutting or replacing characters makes two readable parts alike. Only
 * letters, digits, `.`, `_` and `-` are kept, so the name is safe as an artifact name and as a
 * directory name on every runner; it never starts with `.` or `-`.
 */
export function legName(point: GridPoint, params: Record<string, unknown>): string {
  const digest = createHash('sha256').update(canonicalJson(params)).digest('hex').slice(0, DIGEST_LENGTH)
  const readable = Object.entries(point)
    .map(([name, value]) => `${name}-${compact(value)}`)
    .join('_')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, NAME_LIMIT - DIGEST_LENGTH - 1)
    .replace(/[._-]+$/, '')
  return readable ? `${readable}-${digest}` : digest
}

/**
 * A value as compact text for a name: a list of numbers as a shape (`[32, 64]` is `32x64`), other
 * lists with `.` between items, a mapping as its keys and values. Only the digest tells values apart.
 */
function compact(value: GridValue): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return 'none'
    return value.map(compact).join(value.every((item) => typeof item === 'number') ? 'x' : '.')
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
    return entries.length === 0 ? 'none' : entries.map(([key, item]) => `${key}-${compact(item)}`).join('-')
  }
  return String(value)
}
