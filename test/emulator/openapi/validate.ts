import { compileSchema, describeErrors } from './schemas.js'
import { openApiDocument, resolveRef, type MediaTypes, type Operation, type ParameterObject, type SchemaObject } from './spec.js'

export interface RequestParts {
  /** Path parameters as matched, already percent-decoded. */
  params: Record<string, string>
  search: URLSearchParams
  contentType: string | undefined
  /** Undefined for an operation whose handler streams the body (Operation.streamsBody): it is not read here. */
  rawBody: Buffer | undefined
}

export interface CheckedRequest {
  /** Path and query values coerced to their schema types, with the schema's defaults filled in. */
  params: Record<string, unknown>
  query: Record<string, unknown>
  /** Parsed JSON, the raw bytes for other media types, undefined when there is none. */
  body: unknown
  /** Why the request does not match the description; empty when it does. */
  errors: string[]
  /** The body was declared JSON but did not parse. */
  malformed: boolean
}

export function checkRequest(operation: Operation, parts: RequestParts): CheckedRequest {
  const errors: string[] = []
  const params = checkParameters(operation, 'path', new Map(Object.entries(parts.params).map(([k, v]) => [k, [v]])), errors)
  const query = checkParameters(operation, 'query', queryValues(parts.search), errors)
  const { body, malformed } = checkBody(operation, parts, errors)
  return { params, query, body, errors, malformed }
}

/** Groups repeated keys; `labels[]=a` is the same parameter as `labels=a`. */
function queryValues(search: URLSearchParams): Map<string, string[]> {
  const values = new Map<string, string[]>()
  for (const [key, value] of search) {
    const name = key.endsWith('[]') ? key.slice(0, -2) : key
    values.set(name, [...(values.get(name) ?? []), value])
  }
  return values
}

function checkParameters(operation: Operation, location: 'path' | 'query', given: Map<string, string[]>, errors: string[]) {
  const declared = operation.parameters.filter((p) => p.in === location)
  const result: Record<string, unknown> = {}
  for (const name of given.keys())
    if (!declared.some((p) => p.name === name)) errors.push(`${location} parameter '${name}' is not defined for ${operation.id}`)
  for (const parameter of declared) {
    const values = given.get(parameter.name)
    const schema = parameter.schema ?? {}
    if (values === undefined) {
      if (parameter.required) errors.push(`${location} parameter '${parameter.name}' is required`)
      else if (schema.default !== undefined) result[parameter.name] = schema.default
      continue
    }
    const value = coerceParameter(parameter, values, errors)
    const validate = compileSchema(`${operation.id} ${location} ${parameter.name}`, schema)
    if (!validate(value)) errors.push(...describeErrors(`${location} parameter '${parameter.name}'`, validate.errors).map((e) => `${e} (got ${JSON.stringify(value)})`))
    result[parameter.name] = value
  }
  return result
}

/** Query strings carry text: read numbers, booleans and arrays as the schema types them (OpenAPI's form style). */
function coerceParameter(parameter: ParameterObject, values: string[], errors: string[]): unknown {
  const schema = parameter.schema ?? {}
  const types = schemaTypes(schema)
  if (types.has('array')) {
    const items = (schema.items ?? {}) as SchemaObject
    return values.flatMap((v) => v.split(',')).map((v) => coerceScalar(v, schemaTypes(items)))
  }
  if (values.length > 1) errors.push(`${parameter.in} parameter '${parameter.name}' is given ${values.length} times`)
  return coerceScalar(values[values.length - 1]!, types)
}

function coerceScalar(value: string, types: Set<string>): unknown {
  if ((types.has('integer') || types.has('number')) && /^-?\d+(\.\d+)?$/.test(value)) return Number(value)
  if (types.has('boolean') && (value === 'true' || value === 'false')) return value === 'true'
  return value
}

function schemaTypes(schema: SchemaObject): Set<string> {
  const target = dereference(schema)
  if (typeof target.type === 'string') return new Set([target.type])
  const branches = [...((target.oneOf as SchemaObject[]) ?? []), ...((target.anyOf as SchemaObject[]) ?? [])]
  return new Set(branches.flatMap((branch) => [...schemaTypes(branch)]))
}

/** Works both before and after refs are rewritten for Ajv: the component name is the last segment. */
function dereference(schema: SchemaObject): SchemaObject {
  if (typeof schema.$ref !== 'string') return schema
  const name = schema.$ref.slice(schema.$ref.lastIndexOf('/') + 1)
  return dereference((openApiDocument().components.schemas[name] ?? {}) as SchemaObject)
}

const JSON_TYPE = /^application\/(.+\+)?json\b/i

function checkBody(operation: Operation, parts: RequestParts, errors: string[]): { body: unknown; malformed: boolean } {
  const declared = operation.definition.requestBody && resolveRef<MediaTypes & { required?: boolean }>(operation.definition.requestBody)
  if (parts.rawBody === undefined) {
    // The asset's media type: GitHub takes any, though the description lists application/octet-stream only.
    if (!parts.contentType) errors.push(`${operation.id} needs a content-type header; GitHub records it as the asset's media type`)
    return { body: undefined, malformed: false }
  }
  const empty = parts.rawBody.length === 0
  if (!declared) {
    // Octokit sends parameters the route does not use as the body: often a misspelt parameter.
    if (!empty) errors.push(`${operation.id} takes no request body, but one was sent: ${preview(parts.rawBody)}`)
    return { body: undefined, malformed: false }
  }
  if (empty) {
    if (declared.required) errors.push(`${operation.id} requires a request body`)
    return { body: undefined, malformed: false }
  }
  const mediaTypes = Object.keys(declared.content ?? {})
  const jsonType = mediaTypes.find((type) => JSON_TYPE.test(type))
  const contentType = parts.contentType ?? ''
  if (!jsonType || !JSON_TYPE.test(contentType)) {
    const accepted = mediaTypes.some((type) => contentType.toLowerCase().startsWith(type))
    if (!accepted) errors.push(`content-type '${contentType}' is not accepted by ${operation.id}; it takes ${mediaTypes.join(', ')}`)
    return { body: parts.rawBody, malformed: false }
  }
  let body: unknown
  try {
    body = JSON.parse(parts.rawBody.toString('utf8'))
  } catch {
    errors.push(`the request body is not JSON: ${preview(parts.rawBody)}`)
    return { body: undefined, malformed: true }
  }
  const schema = declared.content![jsonType]!.schema
  if (schema) {
    const validate = compileSchema(`${operation.id} body`, schema)
    if (!validate(body)) errors.push(...describeErrors('body', validate.errors))
    errors.push(...undeclaredFields(schema, body))
  }
  return { body, malformed: false }
}

/**
 * Stricter than the description on purpose: a top-level field that a closed-looking object schema does
 * not declare is almost always a misspelt parameter, which GitHub would silently ignore.
 */
function undeclaredFields(schema: SchemaObject, body: unknown): string[] {
  const target = dereference(schema)
  const open = target.additionalProperties !== undefined || target.oneOf || target.anyOf || target.allOf
  if (open || typeof target.properties !== 'object' || typeof body !== 'object' || body === null || Array.isArray(body)) return []
  const known = new Set(Object.keys(target.properties as object))
  return Object.keys(body)
    .filter((field) => !known.has(field))
    .map((field) => `body field '${field}' is not defined; known fields: ${[...known].join(', ')}`)
}

function preview(raw: Buffer): string {
  const text = raw.toString('utf8')
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}...` : text)
}

/** Why a response the emulator is about to send does not match the description; empty when it does. */
export function checkResponse(operation: Operation, status: number, body: unknown): string[] {
  const responses = operation.definition.responses
  const raw = responses[String(status)] ?? responses.default
  // The basic-error schema stands in for error statuses an operation does not declare (401, 429, 5xx), and
  // for those it declares without a body (an upload's 422): GitHub sends its JSON error for every one.
  const fallback = { content: { 'application/json': { schema: { $ref: '#/components/schemas/basic-error' } } } }
  const described = raw && resolveRef<MediaTypes>(raw)
  const declared = described && (described.content || status < 400) ? described : status >= 400 ? fallback : undefined
  if (!declared) return [`status ${status} is not declared for ${operation.id}`]
  const schema = declared.content?.['application/json']?.schema
  if (!declared.content) return body === undefined ? [] : [`status ${status} of ${operation.id} has no body, but one was sent`]
  if (!schema) return []
  if (body === undefined) return [`status ${status} of ${operation.id} needs a JSON body`]
  const key = declared === fallback ? 'fallback error' : `${operation.id} response ${status}`
  const validate = compileSchema(key, schema)
  return validate(body) ? [] : describeErrors(`response ${status}`, validate.errors)
}
