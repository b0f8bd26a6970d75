/**
 * Where release asset bytes come from. GitHub answers an asset request made with `Accept:
 * application/octet-stream`, and a browser_download_url, with a 302 to a signed URL on its storage host,
 * which needs no token. The emulator's storage host is a server of its own on another port: a client that
 * follows the redirect drops the Authorization header there, as it does for GitHub's. It streams the file
 * from disk, with Content-Length and single byte ranges. Faults apply to both, matched by concrete path
 * (`/release-assets/**`); one with `afterBytes` closes the connection after that much of the body.
 */
import { createReadStream, statSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Faults } from './faults.js'
import { sendJson } from './http.js'
import { applyFault, type RecordedHost, type RecordedRequest } from './pipeline.js'
import { downloadLocation } from './render-releases.js'
import type { EmulatorUrls } from './render.js'
import type { EmulatorState } from './state.js'

export interface DownloadDeps {
  state: EmulatorState
  urls: EmulatorUrls
  faults: Faults
  requests: RecordedRequest[]
}

/** A browser_download_url: `/{owner}/{repo}/releases/download/{tag}/{name}`, on GITHUB_SERVER_URL. */
export const WEB_DOWNLOAD = /^\/([^/]+)\/([^/]+)\/releases\/download\/(.+)\/([^/]+)$/
const STORED = /^\/release-assets\/(\d+)\/(\d+)$/

/** Redirects to storage what an anonymous browser may download: published releases of public repositories. */
export async function serveWebDownload(deps: DownloadDeps, url: URL, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const record = recordRequest(deps, 'web', request, url)
  if (await applyFault(deps, record, 'before', request, sendFor(record, response))) return
  const [, owner, name, tag, file] = WEB_DOWNLOAD.exec(url.pathname)!.map(decodeURIComponent)
  const repo = deps.state.repo(`${owner}/${name}`)
  const release = repo && !repo.private ? [...repo.releases.values()].find((r) => !r.draft && r.tagName === tag) : undefined
  const asset = release && [...repo!.assets.values()].find((a) => a.releaseId === release.id && a.name === file)
  if (!asset) return sendText(record, response, 404, 'Not Found')
  record.status = 302
  response.writeHead(302, { location: downloadLocation(deps.urls, repo!, asset), 'content-length': '0' })
  response.end()
}

/** A request to the storage host. */
export async function serveStored(deps: DownloadDeps, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', deps.urls.downloads)
  const record = recordRequest(deps, 'downloads', request, url)
  const [, repoId, assetId] = STORED.exec(url.pathname) ?? []
  record.valid = assetId !== undefined && (record.method === 'GET' || record.method === 'HEAD')
  if (!record.valid) record.errors.push(`${record.method} ${url.pathname} is not an asset download location`)
  if (await applyFault(deps, record, 'before', request, sendFor(record, response))) return
  const found = assetId === undefined ? undefined : deps.state.asset(Number(assetId))
  if (!record.valid || !found || found.repo.id !== Number(repoId)) return sendText(record, response, 404, 'Not Found')
  if (url.searchParams.get('sig') !== found.asset.signature) return sendText(record, response, 403, 'Signature does not match')

  const path = deps.state.assetFiles.path(found.asset.id)
  const size = statSync(path).size
  const range = byteRange(request.headers.range, size)
  if (range === 'unsatisfiable') return sendText(record, response, 416, 'Range Not Satisfiable', { 'content-range': `bytes */${size}` })
  const { start, end } = range ?? { start: 0, end: size - 1 }
  const length = end - start + 1
  record.status = range ? 206 : 200
  response.writeHead(record.status, {
    'content-type': 'application/octet-stream',
    'content-length': String(length),
    'content-disposition': `attachment; filename=${encodeURIComponent(found.asset.name)}`,
    'accept-ranges': 'bytes',
    'last-modified': new Date(found.asset.updatedAt).toUTCString(),
    ...(range ? { 'content-range': `bytes ${start}-${end}/${size}` } : {}),
  })
  if (record.method === 'HEAD') return void response.end()
  found.asset.downloadCount++
  const fault = deps.faults.find('body', record.method, record.path, undefined)
  const cut = fault !== undefined && fault.spec.afterBytes! < length && deps.faults.hit(fault)
  const sent = cut ? fault.spec.afterBytes! : length
  if (cut) Object.assign(record, { fault: fault.spec, dropped: true })
  record.bodyBytes = sent
  // Ending the socket, not destroying it, delivers exactly the bytes already written before it closes.
  const finish = () => void (cut ? request.socket.end() : response.end())
  if (sent === 0) return finish()
  const body = createReadStream(path, { start, end: start + sent - 1 })
  body.on('end', finish)
  body.on('error', () => request.socket.destroy())
  body.pipe(response, { end: false })
}

/** A single `bytes=a-b`, `bytes=a-` or `bytes=-n` range; others are ignored and the whole file is sent. */
function byteRange(header: string | undefined, size: number): { start: number; end: number } | 'unsatisfiable' | undefined {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null
  if (!match || (match[1] === '' && match[2] === '')) return undefined
  const [first, last] = [match[1]!, match[2]!]
  const start = first === '' ? Math.max(size - Number(last), 0) : Number(first)
  const end = first === '' || last === '' ? size - 1 : Math.min(Number(last), size - 1)
  return start >= size || start > end ? 'unsatisfiable' : { start, end }
}

function recordRequest(deps: DownloadDeps, host: RecordedHost, request: IncomingMessage, url: URL): RecordedRequest {
  const record: RecordedRequest = { method: (request.method ?? 'GET').toUpperCase(), path: url.pathname, search: url.search, host, valid: true, errors: [], responseErrors: [] }
  deps.requests.push(record)
  return record
}

function sendFor(record: RecordedRequest, response: ServerResponse) {
  return (status: number, body: unknown, headers: Record<string, string>) => {
    record.status = status
    sendJson(response, status, body, headers)
  }
}

function sendText(record: RecordedRequest, response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  record.status = status
  response.writeHead(status, { ...headers, 'content-type': 'text/plain; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) })
  response.end(text)
}
