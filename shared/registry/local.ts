import { randomBytes } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { UserError } from '../errors/index.js'
import { fileDigest } from './archive.js'
import type { Registration, RegistryBackend, VersionContent, VersionRecord } from './types.js'

export const LOCAL_FILES = { archive: 'model.tar', metadata: 'metadata.json', profile: 'profile.json', card: 'MODEL_CARD.md', version: 'version.json' } as const

/**
 * A registry in a folder: `<root>/<name>/versions/<n>/` holds each version, written in a staging
 * folder and renamed into place, which is both the lock and the commit: rename onto an existing
 * version fails, and a version folder is never seen half-written. Aliases are files under
 * `aliases/`, replaced by rename; archived versions have a marker under `archived/`.
 */
export class LocalRegistry implements RegistryBackend {
  readonly kind = 'local'
  readonly location: string

  constructor(root: string) {
    this.location = resolve(root)
  }

  async register(name: string, content: VersionContent): Promise<Registration> {
    const same = (await this.list(name)).find((record) => record.digest === content.digest)
    if (same) return { record: same, created: false }
    const model = this.modelDir(name)
    const staging = join(model, `.staging-${process.pid}-${randomBytes(4).toString('hex')}`)
    try {
      mkdirSync(join(model, 'versions'), { recursive: true })
      mkdirSync(staging)
      copyFileSync(content.archivePath, join(staging, LOCAL_FILES.archive))
      writeFileSync(join(staging, LOCAL_FILES.metadata), JSON.stringify(content.metadata, null, 2) + '\n')
      if (content.profile) writeFileSync(join(staging, LOCAL_FILES.profile), content.profile)
      const createdAt = new Date().toISOString()
      for (;;) {
        const version = this.nextVersion(name)
        writeFileSync(join(staging, LOCAL_FILES.version), JSON.stringify({ version, digest: content.digest, size: content.size, created_at: createdAt }) + '\n')
        writeFileSync(join(staging, LOCAL_FILES.card), content.card(version))
        try {
          renameSync(staging, this.versionDir(name, version))
          return { record: (await this.list(name)).find((r) => r.version === version)!, created: true }
        } catch (error) {
          if (!isTaken(error)) throw error
          // Another registration took this number; it may even hold the same content.
          const winner = (await this.list(name)).find((record) => record.digest === content.digest)
          if (winner) return { record: winner, created: false }
        }
      }
    } catch (error) {
      throw localError(error, this.location)
    } finally {
      rmSync(staging, { recursive: true, force: true })
    }
  }

  async list(name: string): Promise<VersionRecord[]> {
    const versionsDir = join(this.modelDir(name), 'versions')
    if (!existsSync(versionsDir)) return []
    const aliases = this.aliases(name)
    const archived = new Set(safeList(join(this.modelDir(name), 'archived')).map(Number))
    return readdirSync(versionsDir)
      .filter((entry) => /^\d+$/.test(entry))
      .map(Number)
      .sort((a, b) => a - b)
      .map((version) => {
        const info = JSON.parse(readFileSync(join(this.versionDir(name, version), LOCAL_FILES.version), 'utf8'))
        return {
          name,
          version,
          aliases: Object.entries(aliases).filter(([, v]) => v === version).map(([alias]) => alias).sort(),
          status: archived.has(version) ? 'archived' : 'ready',
          digest: info.digest,
          created_at: info.created_at,
          url: this.versionDir(name, version),
        }
      })
  }

  async setAlias(name: string, alias: string, version: number): Promise<void> {
    const dir = join(this.modelDir(name), 'aliases')
    mkdirSync(dir, { recursive: true })
    const temporary = join(dir, `.${alias}.${process.pid}`)
    writeFileSync(temporary, `${version}\n`)
    renameSync(temporary, join(dir, alias))
  }

  async removeAlias(name: string, alias: string): Promise<void> {
    unlinkSync(join(this.modelDir(name), 'aliases', alias))
  }

  async archive(name: string, version: number): Promise<void> {
    const dir = join(this.modelDir(name), 'archived')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, String(version)), '')
  }

  async downloadArchive(record: VersionRecord, path: string): Promise<string> {
    copyFileSync(join(this.versionDir(record.name, record.version), LOCAL_FILES.archive), path)
    return fileDigest(path)
  }

  private aliases(name: string): Record<string, number> {
    const dir = join(this.modelDir(name), 'aliases')
    return Object.fromEntries(safeList(dir).filter((entry) => !entry.startsWith('.')).map((alias) => [alias, Number(readFileSync(join(dir, alias), 'utf8').trim())]))
  }

  private nextVersion(name: string): number {
    const taken = safeList(join(this.modelDir(name), 'versions')).filter((entry) => /^\d+$/.test(entry)).map(Number)
    return taken.length === 0 ? 1 : Math.max(...taken) + 1
  }

  private modelDir(name: string): string {
    return join(this.location, name)
  }

  private versionDir(name: string, version: number): string {
    return join(this.modelDir(name), 'versions', String(version))
  }
}

function safeList(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : []
}

function isTaken(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code
  return code === 'ENOTEMPTY' || code === 'EEXIST'
}

function localError(error: unknown, location: string): unknown {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new UserError(`Input 'registry': cannot write to the local registry at '${location}' (permission denied).`)
  if (code === 'ENOSPC') return new UserError(`Input 'registry': no space left on the device holding '${location}'.`)
  return error
}
