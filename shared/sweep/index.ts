import { UserError } from '../errors/index.js'
import { expandGrid, type GridPoint } from './grid.js'
import { canonicalJson } from './json.js'
import { legName } from './names.js'

export { expandGrid, MAX_MATRIX_JOBS, type GridPoint, type GridValue } from './grid.js'
export { canonicalJson, type JsonValue } from './json.js'
export { legName, NAME_LIMIT } from './names.js'

/**
 * Largest `matrix` output, in bytes of UTF-8. GitHub refuses a job output over 1 MB; the margin
 * leaves room for the output's framing and the job's other outputs.
 */
export const MAX_MATRIX_BYTES = 900 * 1024

/** One training run of a sweep: a matrix leg. */
export interface SweepLeg {
  /** Short, stable, and safe as an artifact or directory name; see legName. */
  name: string
  /** The grid's own values at this point. */
  point: GridPoint
  /** The base params with the point's values over them: what train is given. */
  params: Record<string, unknown>
}

export interface Sweep {
  legs: SweepLeg[]
  /** The params the grid varies, in its order. */
  varied: string[]
}

/**
 * The legs of a sweep: every point of the grid merged over the base params (a point's value wins).
 * Two points that merge to the same params would train the same model twice, so they are refused,
 * and so is a matrix too large for GitHub to pass from job to job.
 */
export function planSweep(grid: unknown, base: Record<string, unknown>, maxPoints: number, where: string): Sweep {
  const points = expandGrid(grid, maxPoints, where)
  const legs = points.map((point) => {
    const params = { ...base, ...point }
    return { name: legName(point, params), point, params }
  })
  const seen = new Map<string, number>()
  legs.forEach((leg, i) => {
    const key = canonicalJson(leg.params)
    const first = seen.get(key)
    if (first !== undefined) throw new UserError(`${where}: point ${i + 1} repeats point ${first + 1}: both train with ${key}.`)
    seen.set(key, i)
  })
  // Distinct params give distinct digests; a clash of 32 bits among at most 256 legs is not expected.
  if (new Set(legs.map((leg) => leg.name)).size !== legs.length) throw new Error('two sweep legs share a name')
  const varied = [...new Set(points.flatMap((point) => Object.keys(point)))]
  const sweep = { legs, varied }
  const bytes = Buffer.byteLength(matrixJson(sweep))
  if (bytes > MAX_MATRIX_BYTES) {
    throw new UserError(
      `${where}: its matrix is ${kilobytes(bytes)} KB of JSON (${legs.length} legs), more than the ${kilobytes(MAX_MATRIX_BYTES)} KB a job output can safely carry (GitHub refuses 1 MB); sweep fewer points, or put large values in a file the training reads.`,
    )
  }
  return sweep
}

function kilobytes(bytes: number): number {
  return Math.ceil(bytes / 1024)
}

/** The `matrix` output: `strategy.matrix: ${{ fromJSON(...) }}` runs one job per leg, with `matrix.name` and `matrix.params`. */
export function matrixJson(sweep: Sweep): string {
  return JSON.stringify({ include: sweep.legs.map((leg) => ({ name: leg.name, params: JSON.stringify(leg.params) })) })
}
