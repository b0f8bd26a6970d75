import { readFileSync, statSync } from 'node:fs'
import { UserError } from '../errors/index.js'
import { lineOfDeepNesting, MAX_JSON_DEPTH, nestsTooDeeply } from './json-depth.js'
import type { MissingTokens } from './missing.js'
import type { RowVisitor } from './row.js'
import { ValueRow } from './value-row.js'

/** A JSON array is parsed whole, so its size is capped; JSON Lines streams instead. */
export const JSON_ARRAY_MAX_BYTES = 256 << 20

/** A JSON file holding an array of objects; the first object's keys name the columns. */
export function readJsonArray(path: string, tokens: MissingTokens, visitor: RowVisitor & { unknownKey?(line: number, key: string): void }): Buffer {
  if (statSync(path).size > JSON_ARRAY_MAX_BYTES) {
    throw new UserError(`${path}: a JSON array file is read whole and must be under 256 MB; convert it to JSON Lines (.jsonl) to stream it.`)
  }
  const bytes = readFileSync(path)
  let value: unknown
  try {
    value = JSON.parse(bytes.toString('utf8'))
  } catch (error) {
    throw new UserError(`${path}: invalid JSON: ${(error as Error).message}`)
  }
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'object' || item === null || Array.isArray(item))) {
    throw new UserError(`${path}: expected a JSON array of objects (one object per row).`)
  }
  // The array and its objects are two levels above the cells.
  if (nestsTooDeeply(value, MAX_JSON_DEPTH + 2)) {
    throw new UserError(`${path}:${lineOfDeepNesting(bytes, MAX_JSON_DEPTH + 2)}: a value nests arrays or objects more than ${MAX_JSON_DEPTH} levels deep.`)
  }
  if (value.length === 0) throw new UserError(`${path}: the array is empty (expected one object per row).`)
  const columns = Object.keys(value[0] as object)
  visitor.header(columns)
  const known = new Set(columns)
  const reported = new Set<string>()
  const row = new ValueRow(tokens)
  value.forEach((item: Record<string, unknown>, index) => {
    for (const key in item) {
      if (!known.has(key) && !reported.has(key)) {
        reported.add(key)
        visitor.unknownKey?.(index + 1, key)
      }
    }
    row.values = columns.map((column) => item[column])
    visitor.row(row, index + 1)
  })
  return bytes
}
