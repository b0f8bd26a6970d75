import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describeError, UserError } from '../errors/index.js'
import { TOOL_VERSION } from '../version/index.js'
import { handleAdmin } from './admin.js'
import { HttpError, methodNotAllowed, sendJson, sendText } from './http.js'
import { handleInference } from './inference.js'
import { checkServerOptions, type ModelServerOptions } from './options.js'
import { PredictionLog } from './prediction-log.js'
import type { Routing } from './routing.js'
import { ModelService } from './service.js'
import type { ServedVersion } from './versions.js'

export interface ModelServer {
  /** `http://host:port`, with the port the system picked when 0 was asked. */
  readonly url: string
  readonly port: number
  /** The version served at start. */
  readonly initial: ServedVersion
  readonly service: ModelService
  routing(): Routing | undefined
  /** Stops accepting connections, lets requests in flight finish, then closes every version and the log. */
  close(): Promise<void>
}

/**
 * Loads the initial version (an alias, `champion` by default, or a number) from the registry,
 * routes all traffic to it and listens. Problems with the options or the version are UserErrors
 * before anything listens.
 */
export async function startModelServer(options: ModelServerOptions): Promise<ModelServer> {
  const checked = checkServerOptions(options)
  const log = checked.log && new PredictionLog(checked.log)
  const service = new ModelService(checked.model, checked.registry, log, checked.logger)
  let initial: ServedVersion
  try {
    initial = await service.load(checked.initial)
  } catch (error) {
    await log?.close()
    throw error
  }
  service.route({ mode: 'stable', stable: initial.version })

  let inFlight = 0
  let closing = false
  let drained: (() => void) | undefined
  const server: Server = createServer((request, response) => {
    inFlight++
    if (closing) response.setHeader('connection', 'close')
    response.on('close', () => {
      if (--inFlight === 0) drained?.()
    })
    void dispatch(request, response)
  })
  const dispatch = async (request: IncomingMessage, response: ServerResponse) => {
    try {
      const path = pathOf(request.url)
      if (path === '/metrics') {
        if (request.method !== 'GET') throw methodNotAllowed(request.method, ['GET'])
        return sendText(response, 200, await service.metrics.text(), service.metrics.contentType)
      }
      if (path === '/admin' || path.startsWith('/admin/')) return await handleAdmin(request, response, path, service, checked.adminToken, checked.bodyLimit)
      if (await handleInference(request, response, path, { service, bodyLimit: checked.bodyLimit, version: TOOL_VERSION })) return
      throw new HttpError(404, `No endpoint '${path.slice(0, 200)}'.`)
    } catch (error) {
      sendError(response, error, checked.logger)
    }
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(checked.port, checked.host, () => {
      server.removeListener('error', reject)
      resolve()
    })
  }).catch(async (error: NodeJS.ErrnoException) => {
    await service.close()
    await log?.close()
    throw listenError(error, checked.host, checked.port)
  })
  const port = (server.address() as AddressInfo).port
  let closed: Promise<void> | undefined
  return {
    url: `http://${checked.host.includes(':') ? `[${checked.host}]` : checked.host}:${port}`,
    port,
    initial,
    service,
    routing: () => service.routing,
    close: () =>
      (closed ??= (async () => {
        closing = true
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()))
        server.closeIdleConnections()
        if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve))
        // Keep-alive sockets between requests would hold the server open.
        server.closeAllConnections()
        await stopped
        await service.close()
        await log?.close()
      })()),
  }
}

/** The URL's path; a plain one (no query, escape or dot segment: every request under load) skips the URL parser. */
function pathOf(url = '/'): string {
  return /^\/[\w/-]*$/.test(url) && !url.includes('//') ? url : new URL(url, 'http://server').pathname
}

function sendError(response: ServerResponse, error: unknown, logger: ModelServerOptions['logger']): void {
  if (response.headersSent) {
    response.destroy()
    return
  }
  if (error instanceof HttpError) {
    // The rest of a refused body is not read: the connection cannot carry another request.
    if (error.status === 413) response.setHeader('connection', 'close')
    sendJson(response, error.status, { error: error.message }, error.headers)
    return
  }
  logger?.warning(`Internal error: ${describeError(error)}`)
  sendJson(response, 500, { error: 'Internal server error.' })
}

function listenError(error: NodeJS.ErrnoException, host: string, port: number): Error {
  const reasons: Record<string, string> = { EADDRINUSE: 'the port is in use', EACCES: 'permission denied', EADDRNOTAVAIL: 'no such address on this machine', ENOTFOUND: 'no such host' }
  const reason = reasons[error.code ?? '']
  return reason ? new UserError(`Input 'port': cannot listen on ${host}:${port} (${reason}).`) : error
}
