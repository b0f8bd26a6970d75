import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/** The subset of an OpenAPI 3.0 document the emulator reads. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>
  components: Record<'schemas' | 'parameters' | 'responses' | 'requestBodies', Record<string, unknown>>
}

export interface ParameterObject {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required?: boolean
  schema?: SchemaObject
  'x-multi-segment'?: boolean
}

export type SchemaObject = Record<string, unknown>

export interface MediaTypes {
  content?: Record<string, { schema?: SchemaObject }>
}

export interface OperationObject {
  operationId: string
  parameters?: Array<ParameterObject | { $ref: string }>
  requestBody?: (MediaTypes & { required?: boolean }) | { $ref: string }
  responses: Record<string, MediaTypes | { $ref: string }>
  servers?: Array<{ url: string }>
  externalDocs?: { url: string }
}

/** Which base URL an operation is served under: uploads only for release assets. */
export type Host = 'api' | 'uploads'

export interface Operation {
  id: string
  method: string
  template: string
  host: Host
  docsUrl: string
  definition: OperationObject
  parameters: ParameterObject[]
  /** The body is raw binary (a release asset): the handler streams it rather than the pipeline buffering it. */
  streamsBody: boolean
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const

/** The JSON with `$ref`s kept: a fifth of the dereferenced file's size, and refs share compiled schemas. */
const SPEC_FILE = 'generated/api.github.com.json'

let loaded: OpenApiDocument | undefined

/** GitHub's REST description from @octokit/openapi, parsed once per process (about 0.1 s). */
export function openApiDocument(): OpenApiDocument {
  if (loaded) return loaded
  // The package's index.js loads all ten descriptions (half a gigabyte): read the one file instead.
  const require = createRequire(import.meta.url)
  const file = require.resolve(`@octokit/openapi/${SPEC_FILE}`)
  return (loaded = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument)
}

/** Follows one local `$ref` such as `#/components/parameters/owner`. */
export function resolveRef<T>(value: T | { $ref: string }): T {
  if (!isRef(value)) return value
  const [, , kind, name] = value.$ref.split('/')
  const components = openApiDocument().components as Record<string, Record<string, unknown>>
  const target = components[kind!]?.[name!]
  if (target === undefined) throw new Error(`Unresolvable $ref ${value.$ref}`)
  return resolveRef(target as T | { $ref: string })
}

function isRef(value: unknown): value is { $ref: string } {
  return typeof value === 'object' && value !== null && typeof (value as { $ref?: unknown }).$ref === 'string'
}

interface PathEntry {
  template: string
  pattern: RegExp
  names: string[]
  /** Per segment: 0 literal, 1 parameter, 2 multi-segment parameter; lower wins a tie. */
  rank: number[]
  operations: Map<string, Operation>
}

let index: PathEntry[] | undefined

function pathIndex(): PathEntry[] {
  if (index) return index
  const doc = openApiDocument()
  index = Object.entries(doc.paths).map(([template, item]) => buildEntry(template, item))
  return index
}

function buildEntry(template: string, item: Record<string, unknown>): PathEntry {
  const operations = new Map<string, Operation>()
  for (const method of METHODS) {
    const definition = item[method] as OperationObject | undefined
    if (!definition) continue
    const parameters = (definition.parameters ?? []).map((p) => resolveRef<ParameterObject>(p))
    const host: Host = definition.servers?.some((s) => s.url.includes('uploads.')) ? 'uploads' : 'api'
    const docsUrl = definition.externalDocs?.url ?? 'https://docs.github.com/rest'
    const streamsBody = binaryBody(definition)
    operations.set(method.toUpperCase(), { id: definition.operationId, method: method.toUpperCase(), template, host, docsUrl, definition, parameters, streamsBody })
  }
  const multi = new Set<string>()
  for (const operation of operations.values())
    for (const p of operation.parameters) if (p.in === 'path' && p['x-multi-segment']) multi.add(p.name)
  const names: string[] = []
  const rank: number[] = []
  const source = template
    .split('/')
    .map((segment) => {
      rank.push(segment.includes('{') ? 1 : 0)
      return segment.replace(/\{([^}]+)\}|[^{]+/g, (part, name: string | undefined) => {
        if (name === undefined) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')
        names.push(name)
        if (multi.has(name)) rank[rank.length - 1] = 2
        // A multi-segment parameter (a ref, a file path) may span slashes.
        return multi.has(name) ? '(.+?)' : '([^/]+?)'
      })
    })
    .join('/')
  return { template, pattern: new RegExp(`^${source}$`), names, rank, operations }
}

function binaryBody(definition: OperationObject): boolean {
  const body = definition.requestBody && resolveRef<MediaTypes>(definition.requestBody)
  const types = Object.values(body?.content ?? {})
  return types.length > 0 && types.every((type) => type.schema?.type === 'string' && type.schema.format === 'binary')
}

export type RouteMatch =
  | { kind: 'operation'; operation: Operation; params: Record<string, string> }
  | { kind: 'no-path' }
  | { kind: 'no-method'; template: string; methods: string[] }

/** The operation for a request path (without base path or query), preferring literal segments. */
export function matchOperation(method: string, path: string): RouteMatch {
  let best: { entry: PathEntry; values: string[] } | undefined
  for (const entry of pathIndex()) {
    const match = entry.pattern.exec(path)
    if (match && (!best || compareRank(entry.rank, best.entry.rank) < 0)) best = { entry, values: match.slice(1) }
  }
  if (!best) return { kind: 'no-path' }
  const operation = best.entry.operations.get(method)
  if (!operation) return { kind: 'no-method', template: best.entry.template, methods: [...best.entry.operations.keys()] }
  const params: Record<string, string> = {}
  best.entry.names.forEach((name, i) => (params[name] = safeDecode(best.values[i]!)))
  return { kind: 'operation', operation, params }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

function compareRank(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!
  // One template extends the other, whose last parameter spans slashes: the longer one names the rest.
  return b.length - a.length
}

/** Every operation, for checks that all registered handlers name a real one. */
export function operationById(id: string): Operation | undefined {
  for (const entry of pathIndex()) for (const operation of entry.operations.values()) if (operation.id === id) return operation
  return undefined
}
