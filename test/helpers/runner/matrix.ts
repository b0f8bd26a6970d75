/** `strategy.matrix` expanded into legs as GitHub expands it: the product, then `exclude`, then `include`. */
import { isDeepStrictEqual } from 'node:util'
import { WorkflowError } from './errors.js'

export type Leg = Record<string, unknown>

export function expandMatrix(matrix: unknown): Leg[] {
  if (!matrix || typeof matrix !== 'object' || Array.isArray(matrix)) throw new WorkflowError(`strategy.matrix must be a mapping, got ${JSON.stringify(matrix)}`)
  const { include = [], exclude = [], ...vectors } = matrix as Record<string, unknown>
  if (!Array.isArray(include) || !Array.isArray(exclude)) throw new WorkflowError('strategy.matrix include and exclude must be lists')
  let legs: Leg[] = [{}]
  for (const [key, values] of Object.entries(vectors)) {
    if (!Array.isArray(values) || values.length === 0) throw new WorkflowError(`Matrix vector '${key}' does not contain any values`)
    legs = legs.flatMap((leg) => values.map((value) => ({ ...leg, [key]: value })))
  }
  const original = Object.keys(vectors)
  if (original.length === 0) legs = []
  legs = legs.filter((leg) => !(exclude as Leg[]).some((rule) => Object.entries(rule).every(([key, value]) => isDeepStrictEqual(leg[key], value))))
  // Includes extend the combinations of the vectors only, never one another.
  const combinations = [...legs]
  for (const extra of include as Leg[]) {
    let added = false
    for (const leg of combinations) {
      const fits = Object.entries(extra).every(([key, value]) => !original.includes(key) || isDeepStrictEqual(leg[key], value))
      if (fits) {
        Object.assign(leg, extra)
        added = true
      }
    }
    if (!added) legs.push({ ...extra })
  }
  if (legs.length === 0) throw new WorkflowError('Matrix must define at least one vector')
  if (legs.length > 256) throw new WorkflowError(`Strategy produced more than 256 jobs (${legs.length})`)
  return legs
}

/** How GitHub names a leg: its values in order, objects as JSON. */
export function legLabel(leg: Leg): string {
  return Object.values(leg).map((value) => (typeof value === 'object' ? JSON.stringify(value) : String(value))).join(', ')
}
