/**
 * Completes a webhook payload to the shape GitHub's description (`x-webhooks` of @octokit/openapi)
 * requires, and checks it: fields given keep their values; each required field left out gets the
 * plainest valid value (null where allowed, the first enum value, an empty list). A payload that
 * still breaks the description, such as a wrong type given, throws.
 */
import { compileSchema, describeErrors } from '../emulator/openapi/schemas.js'
import { openApiDocument, type SchemaObject } from '../emulator/openapi/spec.js'

const LOCAL = '#/components/schemas/'
const REGISTERED = 'https://api.github.com/openapi/components/schemas/'

export function completePayload(schemaName: string, payload: Record<string, unknown>): Record<string, unknown> {
  const complete = sample(component(schemaName), payload) as Record<string, unknown>
  const validate = compileSchema(`webhook ${schemaName}`, { $ref: LOCAL + schemaName })
  if (!validate(complete)) throw new Error(`The ${schemaName} payload breaks GitHub's description:\n${describeErrors('payload', validate.errors).join('\n')}`)
  return complete
}

function component(name: string): SchemaObject {
  const schema = openApiDocument().components.schemas[name]
  if (!schema) throw new Error(`GitHub's description has no schema '${name}'`)
  return schema as SchemaObject
}

/** Follows `$ref`s, before or after the emulator's validator rewrote them. */
function resolve(schema: SchemaObject): SchemaObject {
  let current = schema
  while (typeof current.$ref === 'string') {
    const ref = current.$ref
    current = component(ref.startsWith(LOCAL) ? ref.slice(LOCAL.length) : ref.slice(REGISTERED.length))
  }
  return current
}

function allowsNull(schema: SchemaObject): boolean {
  const type = schema.type
  return schema.nullable === true || type === 'null' || (Array.isArray(type) && type.includes('null'))
}

function sample(raw: SchemaObject, given: unknown): unknown {
  const schema = resolve(raw)
  if (Array.isArray(schema.allOf)) return (schema.allOf as SchemaObject[]).reduce<unknown>((value, part) => sample(part, value), given)
  const branches = (schema.anyOf ?? schema.oneOf) as SchemaObject[] | undefined
  if (branches) {
    if (given === undefined) return branches.some((branch) => allowsNull(resolve(branch))) ? null : sample(branches[0]!, undefined)
    const objectBranch = branches.map(resolve).find((branch) => branch.type === 'object' || branch.properties)
    return given !== null && typeof given === 'object' && !Array.isArray(given) && objectBranch ? sample(objectBranch, given) : given
  }
  if (given !== undefined) return completeGiven(schema, given)
  if (allowsNull(schema)) return null
  if (Array.isArray(schema.enum)) return schema.enum[0]
  if (schema.const !== undefined) return schema.const
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type
  switch (type) {
    case 'string':
      return plainString(schema.format as string | undefined)
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' ? schema.minimum : 0
    case 'boolean':
      return false
    case 'array':
      return []
    default:
      return completeGiven(schema, {})
  }
}

function completeGiven(schema: SchemaObject, given: unknown): unknown {
  if (Array.isArray(given) && schema.items) return given.map((item) => sample(schema.items as SchemaObject, item))
  if (given === null || typeof given !== 'object' || Array.isArray(given)) return given
  const properties = (schema.properties ?? {}) as Record<string, SchemaObject>
  const result: Record<string, unknown> = { ...(given as Record<string, unknown>) }
  for (const [key, value] of Object.entries(result)) if (properties[key]) result[key] = sample(properties[key], value)
  for (const key of (schema.required ?? []) as string[]) if (!(key in result) && properties[key]) result[key] = sample(properties[key], undefined)
  return result
}

function plainString(format: string | undefined): string {
  if (format === 'date-time') return '2026-01-01T00:00:00Z'
  if (format === 'uri' || format === 'uri-template' || format === 'url') return 'https://github.com'
  if (format === 'email') return 'octocat@example.com'
  return ''
}
