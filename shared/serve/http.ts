import type { IncomingMessage, ServerResponse } from 'node:http'

/** The header every answer from a model carries: the version that answered. */
export const VERSION_HEADER = 'mlops-model-version'

/** A request the server refuses: the status and one line saying why, sent as `{"error": message}`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }
}

/** The body, as text; over `limit` bytes is a 413 before more of it is read. */
export function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const tooLarge = () => new HttpError(413, `The request body is over the limit of ${limit} bytes.`)
  const declared = Number(request.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(tooLarge())
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        // Stop buffering; the rest is discarded as it arrives.
        request.removeAllListeners('data')
        request.resume()
        reject(tooLarge())
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => resolve((chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString('utf8')))
    request.on('error', reject)
  })
}

/** The body parsed as JSON: anything else is a 400 with one message, whatever the parser said. */
export async function readJson(request: IncomingMessage, limit: number): Promise<unknown> {
  const text = await readBody(request, limit)
  try {
    return JSON.parse(text)
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON.')
  }
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body)
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers })
  response.end(text)
}

export function sendText(response: ServerResponse, status: number, text: string, contentType: string): void {
  response.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(text) })
  response.end(text)
}

/** 405 naming the methods the path takes. */
export function methodNotAllowed(method: string | undefined, allowed: readonly string[]): HttpError {
  return new HttpError(405, `Method ${method ?? '?'} is not allowed here; use ${allowed.join(' or ')}.`, { allow: allowed.join(', ') })
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
