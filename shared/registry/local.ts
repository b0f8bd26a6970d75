import { randomBytes } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { isUserError, UserError } from '../errors/index.js'
import { makeDirectories, readTextFileIfExists } from '../fs/index.js'
import { fileDigest } from './archive.js'
import { VERSION_FILES } from './files.js'
import type { Registration, RegistryBackend, VersionContent, VersionRecord } from './types.js'

/** Registrations that keep losing the race for a number give up, rather than spin. */
export const MAX_REGISTER_ATTEMPTS = 100

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
    const kind = fileKind(this.location)
    if (kind !== undefined && kind !== 'a folder') throw new UserError(`Input 'registry': local registry '${this.location}' is ${kind}, not a folder.`)
  }

  register(name: string, content: VersionContent): Promise<Registration> {
    return this.guard(async () => {
      const same = (await this.list(name)).find((record) => record.digest === content.digest)
      if (same) return { record: same, created: false }
      const model = this.modelDir(name)
      const staging = join(model, `.staging-${process.pid}-${randomBytes(4).toString('hex')}`)
      try {
        makeDirectories(join(model, 'versions'))
        mkdirSync(staging)
        copyFileSync(content.archivePath, join(staging, VERSION_FILES.archive))
        writeFileSync(join(staging, VERSION_FILES.metadata), JSON.stringify(content.metadata, null, 2) + '\n')
        if (content.profile) writeFileSync(join(staging, VERSION_FILES.profile), content.profile)
        const createdAt = new Date().toISOString()
        for (let attempt = 1; ; attempt++) {
          const taken = this.versionNumbers(name)
          const version = taken.length === 0 ? 1 : taken[taken.length - 1] + 1
          writeFileSync(join(staging, VERSION_FILES.version), JSON.stringify({ version, digest: content.digest, size: content.size, created_at: createdAt }) + '\n')
          writeFileSync(join(staging, VERSION_FILES.card), content.card(version))
          try {
            renameSync(staging, this.versionDir(name, version))
            return { record: (await this.list(name)).find((r) => r.version === version)!, created: true }
          } catch (error) {
            if (!isTaken(error)) throw error
            // Another registration took this number; it may even hold the same content.
            const winner = (await this.list(name)).find((record) => record.digest === content.digest)
            if (winner) return { record: winner, created: false }
            if (attempt === MAX_REGISTER_ATTEMPTS) {
              throw new UserError(`Input 'registry': local registry '${this.location}': no free version number for '${name}' after ${attempt} attempts; '${this.versionDir(name, version)}' stays taken.`)
            }
          }
        }
      } finally {
        rmSync(staging, { recursive: true, force: true })
      }
    })
  }

  list(name: string): Promise<VersionRecord[]> {
    return this.guard(async () => {
      const versions = this.versionNumbers(name)
      const aliases = this.aliases(name, versions)
      const archived = new Set(safeList(join(this.modelDir(name), 'archived')).map(Number))
      return versions.map((version) => {
        const info = this.versionInfo(name, version)
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
    })
  }

  setAlias(name: string, alias: string, version: number): Promise<void> {
    return this.guard(async () => {
      const dir = join(this.modelDir(name), 'aliases')
      makeDirectories(dir)
      const temporary = join(dir, `.${alias}.${process.pid}`)
      writeFileSync(temporary, `${version}\n`)
      renameSync(temporary, join(dir, alias))
    })
  }

  removeAlias(name: string, alias: string): Promise<void> {
    return this.guard(async () => unlinkSync(join(this.modelDir(name), 'aliases', alias)))
  }

  archive(name: string, version: number): Promise<void> {
    return this.guard(async () => {
      const dir = join(this.modelDir(name), 'archived')
      makeDirectories(dir)
      writeFileSync(join(dir, String(version)), '')
    })
  }

  downloadArchive(record: VersionRecord, path: string): Promise<string> {
    return this.guard(async () => {
      copyFileSync(join(this.versionDir(record.name, record.version), VERSION_FILES.archive), path)
      return fileDigest(path)
    })
  }

  /** File-system failures become one-line errors naming the registry and the path. */
  private async guard<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation()
    } catch (error) {
      throw localError(error, this.location)
    }
  }

  /**
   * Each alias file holds the number of a version that exists. Anything else is damage to report,
   * not an alias to ignore: a champion silently missing would make the next gate a first run.
   */
  private aliases(name: string, versions: readonly number[]): Record<string, number> {
    const dir = join(this.modelDir(name), 'aliases')
    const entries = safeList(dir)
      .filter((entry) => !entry.startsWith('.'))
      .map((alias): [string, number] => {
        const text = readFileSync(join(dir, alias), 'utf8').trim()
        const version = /^[1-9]\d*$/.test(text) ? Number(text) : NaN
        if (!Number.isSafeInteger(version)) {
          throw new UserError(`Input 'registry': local registry '${this.location}': alias file '${name}/aliases/${alias}' holds ${JSON.stringify(text.slice(0, 40))}, not a version number; delete that file, then set the alias again.`)
        }
        if (!versions.includes(version)) {
          throw new UserError(`Input 'registry': local registry '${this.location}': alias '${alias}' of model '${name}' points at version ${version}, which has no folder '${name}/versions/${version}'; delete '${name}/aliases/${alias}', then set the alias again.`)
        }
        return [alias, version]
      })
    return Object.fromEntries(entries)
  }

  /**
   * The numbers of a model's version folders, ascending. A folder named by digits that is not
   * a number we could have written (leading zeros, beyond 2^53 - 1) is damage to report: skipping
   * it could hand out its number again, and counting it would lose precision.
   */
  private versionNumbers(name: string): number[] {
    return safeList(join(this.modelDir(name), 'versions'))
      .filter((entry) => /^\d+$/.test(entry))
      .map((entry) => {
        const version = Number(entry)
        if (!/^[1-9]/.test(entry) || !Number.isSafeInteger(version)) throw this.damaged(name, entry, 'is not a version number from 1 to 9007199254740991')
        return version
      })
      .sort((a, b) => a - b)
  }

  /** version.json is renamed into place with the folder, so a missing or broken one is damage, not a registration in progress. */
  private versionInfo(name: string, version: number): { digest: string; created_at: string } {
    const text = readTextFileIfExists('registry', join(this.versionDir(name, version), VERSION_FILES.version))
    if (text === undefined) throw this.damaged(name, String(version), `has no ${VERSION_FILES.version}`)
    let info: { digest?: unknown; created_at?: unknown }
    try {
      info = JSON.parse(text)
    } catch (error) {
      throw this.damaged(name, String(version), `has an invalid ${VERSION_FILES.version} (${(error as Error).message})`)
    }
    if (typeof info?.digest !== 'string' || typeof info.created_at !== 'string') {
      throw this.damaged(name, String(version), `has an invalid ${VERSION_FILES.version} (no digest or created_at)`)
    }
    return { digest: info.digest, created_at: info.created_at }
  }

  private damaged(name: string, folder: string, problem: string): UserError {
    return new UserError(`Input 'registry': local registry '${this.location}': version folder '${join(name, 'versions', folder)}' ${problem}; restore it or move it out of the registry.`)
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

/** What stands at a path, in words, or undefined when nothing does. */
function fileKind(path: string): string | undefined {
  let stats
  try {
    stats = statSync(path)
  } catch {
    return undefined
  }
  if (stats.isDirectory()) return 'a folder'
  if (stats.isFile()) return 'a file'
  return 'a special file'
}

function isTaken(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code
  return code === 'ENOTEMPTY' || code === 'EEXIST'
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENOTDIR: 'a file stands where a folder should be',
  EISDIR: 'a folder stands where a file should be',
  // Where a parent exists, a folder that will not hold new entries, such as /proc/self.
  ENOENT: 'no such file or directory',
}

function localError(error: unknown, location: string): unknown {
  if (isUserError(error)) return error
  const { code, path } = error as NodeJS.ErrnoException
  const reason = REASONS[code ?? '']
  if (!reason) return error
  return new UserError(`Input 'registry': local registry '${location}' cannot be used: '${path ?? location}': ${reason}.`)
}
