import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv'
import formatsModule from 'ajv-formats'
import { openApiDocument, type SchemaObject } from './spec.js'

const Ajv = AjvModule.default ?? AjvModule
type FormatsPlugin = (ajv: InstanceType<typeof Ajv>) => unknown
const addFormats = ((formatsModule as unknown as { default?: FormatsPlugin }).default ?? formatsModule) as FormatsPlugin

/** Where component schemas are registered with Ajv; `#/components/schemas/x` refs are rewritten to it. */
const COMPONENTS = 'https://api.github.com/openapi/components/schemas/'
const LOCAL = '#/components/schemas/'

/** OpenAPI and GitHub annotations that carry no validation meaning. */
const ANNOTATIONS = ['example', 'discriminator', 'xml', 'externalDocs', 'x-github', 'x-octokit', 'x-multi-segment', 'x-github-breaking-changes']

let ajv: InstanceType<typeof Ajv> | undefined
const compiled = new Map<string, ValidateFunction>()
const normalised = new WeakSet<object>()

function instance(): InstanceType<typeof Ajv> {
  if (ajv) return ajv
  // Strict about keywords (a typo in a schema fails loudly), not about OpenAPI's loose typing style.
  ajv = new Ajv({ allErrors: true, strictTypes: false, strictTuples: false, strictRequired: false, validateSchema: false })
  addFormats(ajv)
  // GitHub's own format for `owner/name`.
  ajv.addFormat('repo.nwo', /^[^/]+\/[^/]+$/)
  for (const keyword of ANNOTATIONS) ajv.addKeyword(keyword)
  return ajv
}

/**
 * Compiles one schema of the description on first use and caches it by key, so that starting an
 * emulator costs nothing and each operation pays only for the components it reaches.
 */
export function compileSchema(key: string, schema: SchemaObject): ValidateFunction {
  const cached = compiled.get(key)
  if (cached) return cached
  const ajv = instance()
  normalise(schema)
  const validate = ajv.compile(schema)
  compiled.set(key, validate)
  return validate
}

/**
 * Rewrites, in place and once, what Ajv reads differently from OpenAPI 3.0:
 * - `nullable: true` without `type` (135 places, e.g. `anyOf` of users) becomes `anyOf [..., null]`;
 *   Ajv rejects such a schema outright.
 * - `nullable: true` with an `enum` lacking `null` (e.g. an issue's `state_reason`) gets `null` added;
 *   Ajv would reject the `null` that GitHub returns.
 * - A `format` whose own `default` breaks it (a deployment status's `environment_url`, `format: uri`,
 *   `default: ''`) also accepts that default: GitHub answers `""` when the URL was never set.
 * - Component refs point at schemas registered with Ajv one by one, as they are first reached.
 */
function normalise(schema: unknown): void {
  if (typeof schema !== 'object' || schema === null || normalised.has(schema)) return
  normalised.add(schema)
  if (Array.isArray(schema)) return schema.forEach(normalise)
  const node = schema as SchemaObject
  if (typeof node.$ref === 'string' && node.$ref.startsWith(LOCAL)) return registerComponent(node)
  if (node.nullable === true && node.type === undefined) return wrapNullable(node)
  if (node.nullable === true && Array.isArray(node.enum) && !node.enum.includes(null)) node.enum = [...node.enum, null]
  if (typeof node.format === 'string' && node.default === '' && node.anyOf === undefined) {
    node.anyOf = [{ format: node.format }, { const: '' }]
    delete node.format
  }
  for (const [keyword, value] of Object.entries(node)) if (!isAnnotation(keyword)) normalise(value)
}

function registerComponent(node: SchemaObject): void {
  const name = (node.$ref as string).slice(LOCAL.length)
  node.$ref = COMPONENTS + name
  const target = openApiDocument().components.schemas[name]
  if (target === undefined) throw new Error(`Unresolvable schema ${LOCAL}${name}`)
  if (normalised.has(target as object)) return
  normalise(target)
  instance().addSchema(target as SchemaObject, COMPONENTS + name)
}

function wrapNullable(node: SchemaObject): void {
  const { nullable: _nullable, description, ...rest } = node
  for (const key of Object.keys(node)) delete node[key]
  if (description !== undefined) node.description = description
  // A bare `{ nullable: true }` allows anything already.
  if (Object.keys(rest).length > 0) node.anyOf = [rest, { type: 'null' }]
  normalise(rest)
}

function isAnnotation(keyword: string): boolean {
  return keyword === 'example' || keyword === 'examples' || keyword.startsWith('x-')
}

/** One line per Ajv error, e.g. `body/labels/0 must be string`. */
export function describeErrors(where: string, errors: ErrorObject[] | null | undefined, limit = 10): string[] {
  const lines = (errors ?? []).map((error) => `${where}${error.instancePath} ${error.message ?? 'is invalid'}${detail(error)}`)
  const unique = [...new Set(lines)]
  return unique.length > limit ? [...unique.slice(0, limit), `... and ${unique.length - limit} more`] : unique
}

function detail(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>
  if (error.keyword === 'enum') return `: ${JSON.stringify(params.allowedValues)}`
  if (error.keyword === 'additionalProperties') return `: '${String(params.additionalProperty)}'`
  return ''
}
