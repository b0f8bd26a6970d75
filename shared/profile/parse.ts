import { UserError } from '../errors/index.js'
import { PROFILE_VERSION, type ReferenceProfile } from './types.js'

/**
 * A stored profile.json, checked enough that a reader fails with a clear message on a file
 * that is not a profile or is of another format version. `path` names the file in messages.
 */
export function parseReferenceProfile(text: string, path: string): ReferenceProfile {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new UserError(`${path}: not valid JSON (${(error as Error).message}).`)
  }
  if (!isObject(value) || !('version' in value)) throw new UserError(`${path}: not a reference profile (no 'version').`)
  if (value.version !== PROFILE_VERSION) {
    throw new UserError(`${path}: reference profile version ${JSON.stringify(value.version)}; this version reads version ${PROFILE_VERSION}. Retrain to rebuild it.`)
  }
  const { rows, dataHash, columns, sample } = value as Record<string, unknown>
  if (typeof rows !== 'number' || typeof dataHash !== 'string' || !Array.isArray(columns) || !isObject(sample) || !Array.isArray(sample.rows)) {
    throw new UserError(`${path}: reference profile lacks 'rows', 'dataHash', 'columns' or 'sample.rows'.`)
  }
  const sampled = sample.rows.length
  columns.forEach((column: unknown, index) => {
    if (!isObject(column) || typeof column.name !== 'string' || (column.kind !== 'number' && column.kind !== 'string') || !Array.isArray(column.sample)) {
      throw new UserError(`${path}: column ${index} of the reference profile lacks a name, a kind ('number' or 'string') or a sample.`)
    }
    if (column.sample.length !== sampled) {
      throw new UserError(`${path}: column '${column.name}' has ${column.sample.length} sampled values for ${sampled} sampled rows.`)
    }
  })
  return value as unknown as ReferenceProfile
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
