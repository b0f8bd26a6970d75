import type { IncomingMessage, ServerResponse } from 'node:http'

const DOCS = 'https://docs.github.com/rest'

/** An error response in GitHub's basic-error shape; route handlers throw it. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly documentationUrl = DOCS,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }

  get body() {
    return errorBody(this.status, this.message, this.documentationUrl)
  }
}

export interface FieldError {
  resource: string
  code: 'missing' | 'missing_field' | 'invalid' | 'already_exists' | 'unprocessable' | 'custom'
  field: string
  message?: string
}

/** GitHub's 422 for a request that parses but breaks a rule: `Validation Failed` and one entry per field. */
export class ValidationFailed extends HttpError {
  constructor(
    documentationUrl: string,
    readonly errors: FieldError[],
  ) {
    super(422, 'Validation Failed', documentationUrl)
  }

  override get body() {
    return { ...super.body, errors: this.errors }
  }
}

export function errorBody(status: number, message: string, documentationUrl = DOCS) {
  return { message, documentation_url: documentationUrl, status: String(status) }
}

export function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks)))
    request.on('error', reject)
  })
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  const text = body === undefined ? '' : JSON.stringify(body)
  response.writeHead(status, {
    ...headers,
    ...(text ? { 'content-type': 'application/json; charset=utf-8' } : {}),
    'content-length': String(Buffer.byteLength(text)),
  })
  response.end(text)
}

/** Destroys the connection without a response, as a proxy or crashing front end would. */
export function dropConnection(request: IncomingMessage): void {
  request.socket.destroy()
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
