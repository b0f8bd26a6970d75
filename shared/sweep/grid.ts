import { UserError } from '../errors/index.js'
import { canonicalJson, jsonValue, type JsonValue } from './json.js'

/** A param value a point may take, lists and mappings included: what a matrix leg passes on unchanged. */
export type GridValue = JsonValue

/** One point of the grid: param name to value, in the order the grid names them. */
export type GridPoint = Record<string, GridValue>

/** GitHub runs at most 256 jobs from one matrix. */
export const MAX_MATRIX_JOBS = 256

/**
 * The points of a grid, checked whole. A mapping of param names to lists of values expands to their
 * Cartesian product in the order GitHub expands a matrix: the first name varies slowest, the last
 * fastest. A list of mappings is taken as the points themselves, in order. `where` starts every
 * message, e.g. `Input 'grid'` or `Input 'grid' ('sweep.yml')`.
 */
export function expandGrid(grid: unknown, maxPoints: number, where: string): GridPoint[] {
  if (Array.isArray(grid)) return listedPoints(grid, maxPoints, where)
  if (!isRecord(grid)) throw new UserError(`${where}: must be a mapping of param names to lists of values, such as '{learning-rate: [0.01, 0.1]}', or a list of such mappings, one per point; got ${describe(grid)}.`)
  const axes = Object.entries(grid).map(([name, values]) => [name, axisValues(name, values, where)] as const)
  if (axes.length === 0) throw new UserError(`${where}: names no param; give at least one, such as '{learning-rate: [0.01, 0.1]}'.`)
  const count = axes.reduce((product, [, values]) => product * values.length, 1)
  if (count > maxPoints) {
    const sizes = axes.map(([name, values]) => `${values.length} ${name}`).join(' × ')
    throw new UserError(`${where}: expands to ${count} points (${sizes}), more than 'max-points' (${maxPoints}); take values out, or list the points you want.`)
  }
  let points: GridPoint[] = [{}]
  for (const [name, values] of axes) points = points.flatMap((point) => values.map((value) => ({ ...point, [name]: value })))
  return points
}

function axisValues(name: string, values: unknown, where: string): GridValue[] {
  if (!Array.isArray(values)) {
    throw new UserError(
      `${where}: key '${name}' must be a list of values, one per point; got ${describe(values)}. To sweep one value, wrap it in a list, such as [${example(values)}]; a value every point shares belongs in 'params'.`,
    )
  }
  if (values.length === 0) throw new UserError(`${where}: key '${name}' is an empty list; give at least one value.`)
  const checked = values.map((value, i) => jsonValue(value, `key '${name}' item ${i + 1}`, where))
  const seen = new Map<string, number>()
  checked.forEach((value, i) => {
    const key = canonicalJson(value)
    const first = seen.get(key)
    if (first !== undefined) {
      // `hidden-units: [64, 64]` reads as two points of 64; the user most likely meant one shape.
      const hint = checked.some(isCollection) ? '' : ` To sweep the list as one value, wrap it in a list: [${example(checked)}].`
      throw new UserError(`${where}: key '${name}' item ${i + 1} repeats item ${first + 1} (${key}); each value makes its own points.${hint}`)
    }
    seen.set(key, i)
  })
  return checked
}

function listedPoints(list: unknown[], maxPoints: number, where: string): GridPoint[] {
  if (list.length === 0) throw new UserError(`${where}: is an empty list; give at least one point, such as '[{learning-rate: 0.01}]'.`)
  if (list.length > maxPoints) throw new UserError(`${where}: lists ${list.length} points, more than 'max-points' (${maxPoints}).`)
  return list.map((point, i) => {
    if (!isRecord(point)) throw new UserError(`${where}: point ${i + 1} must be a mapping of param names to values, such as '{learning-rate: 0.01}'; got ${describe(point)}.`)
    const entries = Object.entries(point)
    if (entries.length === 0) throw new UserError(`${where}: point ${i + 1} is empty; give it at least one param.`)
    return Object.fromEntries(entries.map(([name, value]) => [name, jsonValue(value, `point ${i + 1} key '${name}'`, where)]))
  })
}

function isCollection(value: JsonValue): boolean {
  return typeof value === 'object' && value !== null
}

/** The value as JSON, which YAML reads too, for a message to wrap in a list; `…` when too long to show. */
function example(value: unknown): string {
  const text = value === null || value === undefined ? undefined : JSON.stringify(value)
  return text !== undefined && text.length <= 40 ? text : '…'
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  return typeof value === 'string' ? `the text ${JSON.stringify(value)}` : `${typeof value} ${String(value)}`
}
