import type { ErrorObject } from 'ajv'
import { isMap, isSeq, type LineCounter, type Node } from 'yaml'
import { nonFiniteBound } from '../checks/shared.js'
import { UserError } from '../../errors/index.js'
import { parseYamlDocument } from '../../yaml/index.js'
import validateShape from './shape-validator.js'
import type { DataSchema } from './types.js'

/** Ajv's validator of json-schema.ts, compiled ahead of time: compiling it on every start cost more than 100 ms. */
function validate(value: unknown): { ok: boolean; errors: ErrorObject[] } {
  const ok = validateShape(value)
  // Ajv's generated code leaves the errors of the last call on the function.
  return { ok, errors: (validateShape as { errors?: ErrorObject[] | null }).errors ?? [] }
}

/** A schema whose shape is checked, with a way back to the position of any key path in its text. */
export interface ShapedSchema {
  schema: DataSchema
  /** ":line:col" of a key path such as "columns.price.max", or "". */
  locate(path: string): string
}

/** Parses a schema and checks its shape against the JSON Schema; every problem names the file, line and key path. */
export function checkSchemaShape(text: string, source: string): ShapedSchema {
  const { value, document, lines } = parseYamlDocument(text, source)
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new UserError(`${source}: a schema must be a YAML mapping with a 'columns' key.`)
  }
  const nonFinite = nonFiniteNumberAt(value, [])
  if (nonFinite) {
    const node = findNode(document.contents, nonFinite.segments, false)
    const where = node?.range ? position(lines, node.range[0]) : ''
    throw new UserError(`${source}${where}: ${formatPath(value, nonFinite.segments)}: ${nonFiniteBound(nonFinite.value)}.`)
  }
  const { ok, errors } = validate(value)
  if (!ok) throw new UserError(describeError(pickError(errors), value, document.contents, lines, source))
  const schema = value as DataSchema
  return {
    schema,
    locate: (path) => {
      const node = findNode(document.contents, splitPath(schema, path), false)
      return node?.range ? position(lines, node.range[0]) : ''
    },
  }
}

function position(lines: LineCounter, offset: number): string {
  const { line, col } = lines.linePos(offset)
  return `:${line}:${col}`
}

/** Splits a key path, matching column names whole since they may contain dots. */
function splitPath(schema: DataSchema, path: string): string[] {
  const parts: string[] = []
  let rest = path
  if (rest.startsWith('columns.')) {
    const name = Object.keys(schema.columns)
      .sort((a, b) => b.length - a.length)
      .find((column) => rest === `columns.${column}` || rest.startsWith(`columns.${column}.`) || rest.startsWith(`columns.${column}[`))
    if (name !== undefined) {
      parts.push('columns', name)
      rest = rest.slice(`columns.${name}`.length).replace(/^\./, '')
    }
  }
  for (const match of rest.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) parts.push(match[1] ?? match[2])
  return parts
}

/** The most specific error: the deepest path, preferring unknown keys and type errors over oneOf noise. */
function pickError(errors: ErrorObject[]): ErrorObject {
  const score = (error: ErrorObject) =>
    error.instancePath.split('/').length * 10 +
    (error.keyword === 'additionalProperties' ? 5 : 0) +
    (error.keyword === 'propertyNames' ? 6 : 0) -
    (error.keyword === 'oneOf' ? 5 : 0)
  return [...errors].sort((a, b) => score(b) - score(a))[0]
}

function describeError(error: ErrorObject, value: unknown, root: unknown, lines: LineCounter, source: string): string {
  const segments = error.instancePath.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
  let reason: string
  if (error.keyword === 'additionalProperties') {
    const key = (error.params as { additionalProperty: string }).additionalProperty
    segments.push(key)
    reason = `unknown key '${key}'`
  } else if (error.keyword === 'required') {
    reason = `missing required key '${(error.params as { missingProperty: string }).missingProperty}'`
  } else if (error.keyword === 'enum') {
    reason = `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`
  } else if (error.keyword === 'propertyNames') {
    reason = `unknown check name '${(error.params as { propertyName: string }).propertyName}'`
  } else {
    reason = error.message ?? 'invalid value'
  }
  const path = segments.length > 0 ? formatPath(value, segments) : '(top level)'
  const node = findNode(root, segments, error.keyword === 'additionalProperties')
  const where = node?.range ? position(lines, node.range[0]) : ''
  return `${source}${where}: ${path}: ${reason}.`
}

/** The first NaN or ±Infinity (YAML's .nan and .inf) in the document: no key of a schema takes one. */
function nonFiniteNumberAt(value: unknown, segments: string[]): { segments: string[]; value: number } | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : { segments, value }
  if (value === null || typeof value !== 'object') return undefined
  for (const [key, item] of Object.entries(value)) {
    const found = nonFiniteNumberAt(item, [...segments, key])
    if (found) return found
  }
  return undefined
}

/** "columns.price.allowed[2]": indexes only where the value really is a list. */
function formatPath(value: unknown, segments: string[]): string {
  let path = ''
  let current = value
  for (const segment of segments) {
    path += Array.isArray(current) ? `[${segment}]` : path ? `.${segment}` : segment
    current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[segment] : undefined
  }
  return path
}

function findNode(root: unknown, segments: string[], lastIsKey: boolean): Node | undefined {
  let node = root as Node | undefined
  for (const [index, segment] of segments.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((item) => String((item.key as { value?: unknown })?.value ?? item.key) === segment)
      if (!pair) return node
      node = (index === segments.length - 1 && lastIsKey ? pair.key : pair.value) as Node
    } else if (isSeq(node)) {
      node = node.items[Number(segment)] as Node
    } else {
      return node
    }
  }
  return node
}
