import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { finished } from 'node:stream/promises'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { createGitHubClient } from '../../shared/github/client.js'
import type { Emulator } from './server.js'
import { failure, FULL_NAME, plainClient, REPO, useEmulator, type PlainClient } from './testing.js'

const start = useEmulator()
const UPLOAD = '/repos/{owner}/{repo}/releases/{release_id}/assets'
const scratch = mkdtempSync(join(tmpdir(), 'emulator-assets-test-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const sha256 = (bytes: Uint8Array | string) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`

async function release(octokit: PlainClient, tag = 'model/churn/v1', draft = false) {
  return (await octokit.request('POST /repos/{owner}/{repo}/releases', { ...REPO, tag_name: tag, draft })).data
}

/**
 * As an action uploads: the upload_url template, the raw body, its length and media type. Redirects are
 * refused because fetch otherwise keeps a streamed body whole in memory, to send it again after one.
 */
function upload(octokit: PlainClient, target: { upload_url: string }, name: string, data: Uint8Array | Readable, size: number, type = 'application/octet-stream') {
  return octokit.request(`POST ${target.upload_url}`, { name, data, headers: { 'content-type': type, 'content-length': size }, request: { redirect: 'error' } })
}

/** The bytes of an asset as Octokit downloads them: a 302 followed to the storage host, read as a stream. */
async function download(octokit: PlainClient, assetId: number): Promise<{ digest: string; size: number }> {
  const response = await octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
    ...REPO,
    asset_id: assetId,
    headers: { accept: 'application/octet-stream' },
    request: { parseSuccessResponseBody: false },
  })
  const hash = createHash('sha256')
  let size = 0
  for await (const chunk of response.data as unknown as AsyncIterable<Uint8Array>) {
    hash.update(chunk)
    size += chunk.length
  }
  return { digest: `sha256:${hash.digest('hex')}`, size }
}

/** A file of pseudo-random bytes, written in 1 MiB pieces, and its digest. */
async function bigFile(megabytes: number): Promise<{ path: string; digest: string; size: number }> {
  const path = join(scratch, `model-${megabytes}.bin`)
  const out = createWriteStream(path)
  const hash = createHash('sha256')
  for (let i = 0; i < megabytes; i++) {
    const piece = createHash('sha512').update(String(i)).digest()
    const chunk = Buffer.alloc(1 << 20, piece)
    hash.update(chunk)
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
  }
  out.end()
  await finished(out)
  return { path, digest: `sha256:${hash.digest('hex')}`, size: megabytes << 20 }
}

/**
 * The most memory held in buffers while `run` runs, above what was held before. Collecting garbage as it
 * samples counts what is live, not what V8 has yet to collect.
 */
async function peakLiveMemory(run: () => Promise<void>): Promise<number> {
  setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc') as (options?: { type: 'minor' | 'major' }) => void
  gc()
  const baseline = process.memoryUsage().arrayBuffers
  let peak = baseline
  // Chunks die young: a minor collection frees them without stalling the transfer.
  const sampler = setInterval(() => {
    gc({ type: 'minor' })
    peak = Math.max(peak, process.memoryUsage().arrayBuffers)
  }, 20)
  try {
    await run()
  } finally {
    clearInterval(sampler)
  }
  return peak - baseline
}

/** The upload's handler cleans up after the connection closed; wait until it has. */
const settled = (github: Emulator) => vi.waitFor(() => expect(github.state.assetFiles.partial()).toEqual([]))

describe('release assets', () => {
  it('uploads, lists, renames and deletes assets; a second upload of a name is a 422', async () => {
    const github = await start()
    const octokit = plainClient(github)
    const target = await release(octokit)
    const metrics = JSON.stringify({ auc: 0.91 })

    const uploaded = await upload(octokit, target, 'metrics.json', Buffer.from(metrics), metrics.length, 'application/json')
    expect(uploaded.status).toBe(201)
    expect(uploaded.data).toMatchObject({ name: 'metrics.json', state: 'uploaded', content_type: 'application/json', size: metrics.length, digest: sha256(metrics), uploader: { login: 'github-actions[bot]' } })
    expect(uploaded.data.browser_download_url).toBe(`${github.urls.server}/octo-org/models/releases/download/model/churn/v1/metrics.json`)
    expect(github.requests.at(-1)).toMatchObject({ host: 'uploads', operationId: 'repos/upload-release-asset', valid: true, bodyBytes: metrics.length })

    const duplicate = await failure(upload(octokit, target, 'metrics.json', Buffer.from('{}'), 2))
    expect([duplicate.status, duplicate.response?.data]).toEqual([
      422,
      expect.objectContaining({ message: 'Validation Failed', errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }] }),
    ])
    expect((await upload(octokit, target, 'model card.md', Buffer.from('# Churn'), 7, 'text/markdown')).data.name).toBe('model.card.md')
    const listed = await octokit.paginate('GET /repos/{owner}/{repo}/releases/{release_id}/assets', { ...REPO, release_id: target.id, per_page: 1 })
    expect(listed.map((a) => a.name)).toEqual(['metrics.json', 'model.card.md'])

    const asset = { ...REPO, asset_id: uploaded.data.id }
    const labelled = await octokit.request('PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}', { ...asset, label: 'Evaluation metrics' })
    expect(labelled.data.label).toBe('Evaluation metrics')
    expect((await octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', asset)).data.label).toBe('Evaluation metrics')
    const path = github.state.assetPath(uploaded.data.id)
    expect(existsSync(path)).toBe(true)
    expect((await octokit.request('DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}', asset)).status).toBe(204)
    expect(existsSync(path)).toBe(false)
    expect((await failure(octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', asset))).status).toBe(404)

    // Deleting the release takes the rest of its assets with it.
    await octokit.request('DELETE /repos/{owner}/{repo}/releases/{release_id}', { ...REPO, release_id: target.id })
    expect(github.state.releaseAssets(FULL_NAME, target.id)).toEqual([])
    expect(github.requests.every((r) => r.valid)).toBe(true)
  })

  it('streams a 50 MB asset up and down without holding it in memory', async () => {
    const github = await start()
    const octokit = plainClient(github)
    const target = await release(octokit)
    const file = await bigFile(50)

    const peak = await peakLiveMemory(async () => {
      const uploaded = await upload(octokit, target, 'model.bin', createReadStream(file.path), file.size)
      expect(uploaded.data).toMatchObject({ size: file.size, digest: file.digest })
      expect(await download(octokit, uploaded.data.id)).toEqual({ digest: file.digest, size: file.size })
    })
    // Buffering, on either side, would need the whole 50 MB at once.
    expect(peak).toBeLessThan(25 << 20)

    const [api, stored] = github.requests.slice(-2)
    expect(api).toMatchObject({ operationId: 'repos/get-release-asset', status: 302 })
    expect(stored).toMatchObject({ host: 'downloads', status: 200, bodyBytes: file.size, valid: true })
    expect(github.state.releaseAssets(FULL_NAME, target.id)[0]!.downloadCount).toBe(1)
  })

  it.each([
    ['GitHub Enterprise Server', '/api/v3' as const],
    ['github.com', '' as const],
  ])("serves the project's client an upload and a download, laid out as %s", async (_layout, basePath) => {
    const github = await start({ basePath })
    const log = { info: () => {}, warning: () => {}, group: <T>(_title: string, body: () => Promise<T>) => body() }
    const client = createGitHubClient({ token: github.token, apiUrl: github.url, log, pacing: { msPerSecond: 5, spaceWrites: false } })
    const { data: target } = await client.request('POST /repos/{owner}/{repo}/releases', { ...REPO, tag_name: 'model/churn/v1' })
    const body = Buffer.from('weights')

    const { data: asset } = await client.request(`POST ${target.upload_url}`, { name: 'model.bin', data: body, headers: { 'content-type': 'application/octet-stream' } })
    const bytes = await client.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', { ...REPO, asset_id: (asset as { id: number }).id, headers: { accept: 'application/octet-stream' } })
    expect(Buffer.from(bytes.data as unknown as ArrayBuffer).toString()).toBe('weights')
    expect(github.requests.map((r) => [r.host, r.status])).toEqual([
      ['api', 201],
      ['uploads', 201],
      ['api', 302],
      ['downloads', 200],
    ])
  })

  it('redirects to a signed location on the storage host that serves byte ranges without a token', async () => {
    const github = await start()
    const octokit = plainClient(github)
    const target = await release(octokit)
    const { data: asset } = await upload(octokit, target, 'weights.bin', Buffer.from('0123456789'), 10)

    const redirect = await fetch(`${github.url}/repos/octo-org/models/releases/assets/${asset.id}`, {
      headers: { authorization: `token ${github.token}`, accept: 'application/octet-stream' },
      redirect: 'manual',
    })
    expect(redirect.status).toBe(302)
    const location = redirect.headers.get('location')!
    expect(location.startsWith(`${github.urls.downloads}/`)).toBe(true)
    const whole = await fetch(location)
    expect([whole.status, whole.headers.get('content-length'), whole.headers.get('accept-ranges'), await whole.text()]).toEqual([200, '10', 'bytes', '0123456789'])
    const part = await fetch(location, { headers: { range: 'bytes=2-5' } })
    expect([part.status, part.headers.get('content-range'), await part.text()]).toEqual([206, 'bytes 2-5/10', '2345'])
    expect((await fetch(location, { headers: { range: 'bytes=10-' } })).status).toBe(416)
    expect((await fetch(location.replace(/sig=\w+/, 'sig=forged'))).status).toBe(403)

    // browser_download_url works without a token for a published release of a public repository.
    const browser = await fetch(asset.browser_download_url)
    expect([browser.status, await browser.text()]).toEqual([200, '0123456789'])
    expect(github.requests.filter((r) => r.host === 'web').map((r) => r.status)).toEqual([302])
  })

  it('leaves no asset when the connection drops part way through an upload, and the retry succeeds', async () => {
    const github = await start()
    const octokit = plainClient(github)
    const target = await release(octokit)
    const body = Buffer.alloc(4 << 20, 7)
    const fault = github.faults.add({ method: 'POST', path: UPLOAD, drop: true, afterBytes: 1 << 20 })

    await expect(upload(octokit, target, 'model.bin', body, body.length)).rejects.toThrow()
    await settled(github)
    expect(github.state.releaseAssets(FULL_NAME, target.id)).toEqual([])
    const dropped = github.requests.at(-1)!
    expect(dropped).toMatchObject({ dropped: true, bodyBytes: 1 << 20, fault: { afterBytes: 1 << 20 } })
    expect(dropped.status).toBeUndefined()
    expect(fault.hits).toBe(1)

    const retried = await upload(octokit, target, 'model.bin', body, body.length)
    expect(retried.data).toMatchObject({ size: body.length, digest: sha256(body) })
    expect(github.faults.pending()).toEqual([])
  })

  it('leaves no asset when the client gives up part way through an upload', async () => {
    const github = await start()
    const octokit = plainClient(github)
    const target = await release(octokit)
    const controller = new AbortController()
    let sent = 0
    // A megabyte, then the client aborts.
    const body = new ReadableStream<Uint8Array>({
      pull(stream) {
        if (sent >= 1 << 20) return controller.abort()
        sent += 1 << 16
        stream.enqueue(new Uint8Array(1 << 16))
      },
    })

    const url = target.upload_url.replace('{?name,label}', '?name=model.bin')
    const headers = { authorization: `token ${github.token}`, 'content-type': 'application/octet-stream' }
    await expect(fetch(url, { method: 'POST', body, duplex: 'half', signal: controller.signal, headers } as RequestInit)).rejects.toThrow()
    await vi.waitFor(() => expect(github.requests.at(-1)!.aborted).toBe(true))
    await settled(github)
    expect(github.state.releaseAssets(FULL_NAME, target.id)).toEqual([])
  })

  it('stores the asset before an afterCommit fault, so that a blind retry meets already_exists', async () => {
    const github = await start()
    const octokit = plainClient(github)
    const target = await release(octokit)
    github.faults.add({ method: 'POST', path: UPLOAD, status: 502, afterCommit: true })

    expect((await failure(upload(octokit, target, 'model.bin', Buffer.from('weights'), 7))).status).toBe(502)
    expect(github.state.releaseAssets(FULL_NAME, target.id).map((a) => a.name)).toEqual(['model.bin'])
    expect((await failure(upload(octokit, target, 'model.bin', Buffer.from('weights'), 7))).status).toBe(422)
  })

  it('cuts a download after some bytes on request, and counts only what was sent', async () => {
    const github = await start()
    const octokit = plainClient(github)
    const target = await release(octokit)
    const body = Buffer.alloc(1 << 20, 1)
    const { data: asset } = await upload(octokit, target, 'model.bin', body, body.length)
    github.faults.add({ path: '/release-assets/**', drop: true, afterBytes: 1000 })

    await expect(download(octokit, asset.id)).rejects.toThrow()
    expect(github.requests.at(-1)).toMatchObject({ host: 'downloads', dropped: true, bodyBytes: 1000 })
    expect(await download(octokit, asset.id)).toEqual({ digest: sha256(body), size: body.length })
  })

  it('lets a test tamper with stored bytes while the API keeps the uploaded size and digest', async () => {
    const github = await start()
    const octokit = plainClient(github)
    const target = await release(octokit)
    const body = Buffer.from('trusted weights')
    const { data: asset } = await upload(octokit, target, 'model.bin', body, body.length)

    github.state.corruptAsset(asset.id, 3)
    const corrupted = await download(octokit, asset.id)
    expect(corrupted.size).toBe(body.length)
    expect(corrupted.digest).not.toBe(asset.digest)
    github.state.replaceAssetBytes(asset.id, 'evil')
    expect(await download(octokit, asset.id)).toEqual({ digest: sha256('evil'), size: 4 })
    expect((await octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', { ...REPO, asset_id: asset.id })).data).toMatchObject({
      size: body.length,
      digest: sha256(body),
    })
  })

  it('hides the assets of a draft from a token without write access and refuses uploads elsewhere', async () => {
    const github = await start({ tokens: { ghs_write: {}, ghs_fork: { readOnly: true } } })
    const octokit = plainClient(github)
    const draft = await release(octokit, 'model/churn/v2', true)
    const { data: asset } = await upload(octokit, draft, 'model.bin', Buffer.from('w'), 1)
    const fork = plainClient(github, 'ghs_fork')

    expect((await failure(fork.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', { ...REPO, asset_id: asset.id }))).status).toBe(404)
    expect((await failure(fetch(asset.browser_download_url).then((r) => (r.ok ? r : Promise.reject(r))))).status).toBe(404)
    expect((await failure(upload(fork, draft, 'other.bin', Buffer.from('w'), 1))).status).toBe(403)
    // The uploads endpoint is served on the uploads base only, as on GitHub.
    const onApi = await failure(octokit.request(`POST ${github.url}${UPLOAD}`, { ...REPO, release_id: draft.id, name: 'x.bin', data: Buffer.from('w'), headers: { 'content-type': 'application/octet-stream' } }))
    expect(onApi.message).toContain('is served on the uploads host')
    const untyped = await fetch(`${github.urls.uploads}/repos/octo-org/models/releases/${draft.id}/assets?name=y.bin`, { method: 'POST', headers: { authorization: `token ${github.token}` }, body: new Uint8Array([1]) })
    expect(untyped.status).toBe(422)
    expect(github.requests.at(-1)!.errors).toEqual(["repos/upload-release-asset needs a content-type header; GitHub records it as the asset's media type"])
  })
})
