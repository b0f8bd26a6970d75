import { createHash, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { describeError, isUserError } from '../errors/index.js'
import { checkAlias } from '../registry/index.js'
import { HttpError, isObject, methodNotAllowed, readJson, sendJson } from './http.js'
import { parseRouting } from './routing.js'
import type { ModelService } from './service.js'

/**
 * The admin API, under /admin, with `Authorization: Bearer <token>`:
 * `POST /admin/versions {version | alias}` loads a version beside the live ones,
 * `GET /admin/routing` and `PUT /admin/routing {mode, stable, canary?, weight?, shadow?}`.
 * Without a token configured it does not exist (404); a missing or wrong token is a 401 and changes nothing.
 */
export async function handleAdmin(request: IncomingMessage, response: ServerResponse, path: string, service: ModelService, token: string | undefined, bodyLimit: number): Promise<void> {
  if (token === undefined) throw new HttpError(404, 'The admin API is off: the server was started without MLOPS_ADMIN_TOKEN.')
  if (!authorized(request.headers.authorization, token)) throw new HttpError(401, 'The admin API needs the header Authorization: Bearer <MLOPS_ADMIN_TOKEN>.', { 'www-authenticate': 'Bearer' })
  const method = request.method
  if (path === '/admin/versions') {
    if (method === 'GET') return sendJson(response, 200, { versions: service.loaded().map(describeVersion) })
    if (method !== 'POST') throw methodNotAllowed(method, ['GET', 'POST'])
    const body = await readJson(request, bodyLimit)
    const loaded = await loadFromBody(service, body)
    return sendJson(response, 200, { loaded: describeVersion(loaded), versions: service.loaded().map(describeVersion) })
  }
  if (path === '/admin/routing') {
    if (method === 'GET') return sendJson(response, 200, service.routing ?? null)
    if (method !== 'PUT') throw methodNotAllowed(method, ['GET', 'PUT'])
    const body = await readJson(request, bodyLimit)
    service.route(parseRouting(body, (version) => service.version(version) !== undefined))
    return sendJson(response, 200, service.routing)
  }
  throw new HttpError(404, `No admin endpoint '${path}'; there are /admin/versions and /admin/routing.`)
}

/**
 * Both sides are hashed first, so timingSafeEqual compares buffers of equal length and the
 * comparison's time says nothing of the token, not even its length.
 */
function authorized(header: string | undefined, token: string): boolean {
  const match = /^Bearer (.+)$/.exec(header ?? '')
  if (!match) return false
  const digest = (text: string) => createHash('sha256').update(text).digest()
  return timingSafeEqual(digest(match[1]!), digest(token))
}

async function loadFromBody(service: ModelService, body: unknown) {
  if (!isObject(body) || (body.version === undefined) === (body.alias === undefined)) throw new HttpError(400, 'Give one of "version" (a number) or "alias" to load, such as {"alias": "challenger"}.')
  const { version, alias } = body
  if (version !== undefined && (!Number.isSafeInteger(version) || (version as number) < 1)) throw new HttpError(400, '"version" must be a version number (1 or more).')
  if (alias !== undefined && typeof alias !== 'string') throw new HttpError(400, '"alias" must be text, such as "challenger".')
  try {
    if (typeof alias === 'string' && alias !== 'latest') checkAlias(alias, 'alias')
    return await service.load(version !== undefined ? { name: service.model, version: version as number } : { name: service.model, alias: alias as string })
  } catch (error) {
    // The registry's own message names what is wrong: no such version, no such alias, a damaged archive.
    if (isUserError(error)) throw new HttpError(422, describeError(error))
    throw error
  }
}

function describeVersion(version: { version: number; digest: string; flavor: string; task: string }) {
  return { version: version.version, digest: version.digest, flavor: version.flavor, task: version.task }
}
