/**
 * Releases and their assets. Asset bytes live in files in a temporary directory, streamed in and out and
 * never held in memory, so that tests can move models of hundreds of megabytes.
 */
import { createHash, randomBytes } from 'node:crypto'
import { closeSync, createWriteStream, mkdtempSync, openSync, readdirSync, readSync, renameSync, rmSync, writeSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Transform, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

export interface ReleaseRecord {
  id: number
  tagName: string
  targetCommitish: string
  name: string | null
  body: string | null
  draft: boolean
  prerelease: boolean
  /** The login of who created it. */
  author: string
  createdAt: string
  publishedAt: string | null
  updatedAt: string
  /** What a draft's html_url and browser_download_url name instead of its tag, as on GitHub. */
  untaggedName: string
}

export interface AssetRecord {
  id: number
  releaseId: number
  name: string
  label: string | null
  contentType: string
  size: number
  /** `sha256:<hex>` of the bytes as uploaded; tampering with the file does not change it. */
  digest: string
  uploader: string
  downloadCount: number
  createdAt: string
  updatedAt: string
  /** Signs the download location, as GitHub signs its storage URLs. */
  signature: string
}

export interface ReceivedFile {
  path: string
  size: number
  digest: string
}

export const randomHex = (bytes: number) => randomBytes(bytes).toString('hex')

/** The files behind release assets, one per asset id, in a directory removed when the emulator closes. */
export class AssetFiles {
  private directory: string | undefined

  /** Where an asset's bytes sit. */
  path(assetId: number): string {
    return join(this.root(), `asset-${assetId}`)
  }

  /** Files of uploads that have not become an asset (yet): empty once every upload has settled. */
  partial(): string[] {
    return this.directory ? readdirSync(this.directory).filter((name) => name.endsWith('.part')) : []
  }

  /** Streams a body into a new part file, counting and hashing it; the part file is gone if the stream fails. */
  async receive(body: Readable): Promise<ReceivedFile> {
    const path = join(this.root(), `upload-${randomHex(8)}.part`)
    const hash = createHash('sha256')
    let size = 0
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        size += chunk.length
        hash.update(chunk)
        callback(null, chunk)
      },
    })
    try {
      await pipeline(body, measure, createWriteStream(path))
    } catch (error) {
      await rm(path, { force: true })
      throw error
    }
    return { path, size, digest: `sha256:${hash.digest('hex')}` }
  }

  /** Makes a received file the asset's bytes; synchronous, so that storing an asset is one step. */
  keep(file: ReceivedFile, assetId: number): void {
    renameSync(file.path, this.path(assetId))
  }

  async discard(file: ReceivedFile): Promise<void> {
    await rm(file.path, { force: true })
  }

  /** Flips the bits of the byte at `offset` of a file. */
  corrupt(path: string, offset: number): void {
    const file = openSync(path, 'r+')
    try {
      const byte = Buffer.alloc(1)
      if (readSync(file, byte, 0, 1, offset) !== 1) throw new Error(`${path} has no byte at offset ${offset}`)
      byte[0] = byte[0]! ^ 0xff
      writeSync(file, byte, 0, 1, offset)
    } finally {
      closeSync(file)
    }
  }

  remove(assetId: number): void {
    rmSync(this.path(assetId), { force: true })
  }

  dispose(): void {
    if (this.directory) rmSync(this.directory, { recursive: true, force: true })
    this.directory = undefined
  }

  private root(): string {
    return (this.directory ??= mkdtempSync(join(tmpdir(), 'github-emulator-assets-')))
  }
}
