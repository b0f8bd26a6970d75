import { readFileSync } from 'node:fs'
import AjvModule, { type ErrorObject } from 'ajv'
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml'
import { UserError } from '../errors/index.js'
import { dataSchemaJsonSchema } from './json-schema.js'
import type { DataSchema } from './types.js'

const Ajv = AjvModule.default ?? AjvModule
let validator: ReturnType<InstanceType<typeof Ajv>['compile']> | undefined

function validate(value: unknown) {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(dataSchemaJsonSchema())
  return { ok: validator(value) as boolean, errors: validator.errors ?? [] }
}

/** Reads and checks a schema file; every problem names the file, line and key path. */
export function loadSchemaFile(path: string): DataSchema {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new UserError(`Input 'schema': cannot read '${path}' (${code === 'ENOENT' ? 'no such file' : code}).`)
  }
  return parseSchema(text, path)
}

export function parseSchema(text: string, source: string): DataSchema {
  const lines = new LineCounter()
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false })
  if (document.errors.length > 0) {
    const error = document.errors[0]
    const { line, col } = lines.linePos(error.pos[0])
    throw new UserError(`${source}:${line}:${col}: invalid YAML: ${error.message.split('\n')[0]}`)
  }
  const value = document.toJS() as unknown
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new UserError(`${source}: a schema must be a YAML mapping with a 'columns' key.`)
  }
  const { ok, errors } = validate(value)
  if (!ok) throw new UserError(describeError(pickError(errors), document.contents, lines, source))
  return value as DataSchema
}

/** The most specific error: the deepest path, preferring unknown keys and type errors over oneOf noise. */
function pickError(errors: ErrorObject[]): ErrorObject {
  const score = (error: ErrorObject) =>
    error.instancePath.split('/').length * 10 + (error.keyword === 'additionalProperties' ? 5 : 0) - (error.keyword === 'oneOf' ? 5 : 0)
  return [...errors].sort((a, b) => score(b) - score(a))[0]
}

function describeError(error: ErrorObject, root: unknown, lines: LineCounter, source: string): string {
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
  const path = segments.length > 0 ? segments.map((part, i) => (/^\d+$/.test(part) ? `[${part}]` : (i ? '.' : '') + part)).join('') : '(top level)'
  const node = findNode(root, segments, error.keyword === 'additionalProperties')
  const where = node?.range ? (() => { const { line, col } = lines.linePos(node.range[0]); return `:${line}:${col}` })() : ''
  return `${source}${where}: ${path}: ${reason}.`
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
