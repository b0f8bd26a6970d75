import { join } from 'node:path'
import { UserError } from '../errors/index.js'
import { MODEL_DIR_FILES, readManifest, readModelMetadata, readProfileText, type ModelManifest, type StoredMetadata } from '../model/index.js'
import { createTemporaryDir, removeTemporary } from '../output/index.js'
import { extractArchive, packDirectory } from './archive.js'
import { VERSION_FILES } from './files.js'
import { checkAlias, checkModelName, modelUri, type ModelReference } from './names.js'
import type { Registration, RegistryBackend, VersionRecord } from './types.js'

export interface RegisterOptions {
  aliases?: string[]
  description?: string
  /** The version this one was compared against, e.g. models:/churn/3. */
  comparedWith?: string
  /** Writes the model card; the registry renders nothing itself, so without one the card is empty. */
  renderCard?: CardRenderer
}

/** What the registry knows of a version for its card, besides the model's metadata. */
export interface CardFacts {
  name: string
  version: number
  digest: string
  description?: string
  comparedWith?: string
}

/** Renders the card from the registry's facts, metadata.json and manifest.yaml (absent in a tfjs model from before manifests). */
export type CardRenderer = (facts: CardFacts, metadata: StoredMetadata, manifest: ModelManifest | undefined) => string

const noCard: CardRenderer = () => ''

/**
 * The operations of a model registry, the same over every backend; the backends only store.
 * Archives are packed and downloaded in temporary folders that are removed on every exit
 * path, a kill by SIGINT, SIGTERM or SIGHUP included.
 */
export class ModelRegistry {
  constructor(readonly backend: RegistryBackend) {}

  /** Packs and stores a model directory as the next version, then points the aliases at it. */
  async register(name: string, modelDir: string, options: RegisterOptions = {}): Promise<Registration> {
    checkModelName(name)
    const aliases = (options.aliases ?? []).map((alias) => checkAlias(alias))
    const metadata = readModelMetadata(modelDir, 'model-dir')
    if (!metadata) throw new UserError(`Input 'model-dir': '${modelDir}' has no ${MODEL_DIR_FILES.metadata}; register a directory written by the train action.`)
    // A broken manifest is refused before anything is stored.
    const manifest = readManifest(modelDir, 'model-dir')
    const work = createTemporaryDir('mlops-register-')
    try {
      const archivePath = join(work, `${name}.tar`)
      const { digest, size } = await packDirectory(modelDir, archivePath)
      const profile = readProfileText(modelDir)
      const registration = await this.backend.register(name, {
        archivePath,
        digest,
        size,
        metadata: { ...metadata, registry: { name, comparedWith: options.comparedWith ?? null, description: options.description ?? null } },
        ...(profile !== undefined && { profile }),
        // The version number is known only once the backend holds the lock.
        card: (version) => (options.renderCard ?? noCard)({ name, version, digest, ...(options.description && { description: options.description }), ...(options.comparedWith && { comparedWith: options.comparedWith }) }, metadata, manifest),
      })
      for (const alias of aliases) await this.setAlias(name, alias, registration.record.version)
      if (aliases.length === 0) return registration
      return { ...registration, record: (await this.version(name, registration.record.version)) }
    } finally {
      removeTemporary(work)
    }
  }

  list(name: string): Promise<VersionRecord[]> {
    return this.backend.list(checkModelName(name))
  }

  async setAlias(name: string, alias: string, version: number): Promise<void> {
    checkAlias(alias)
    const record = await this.version(name, version)
    if (record.status === 'archived') throw new UserError(`Input 'alias': ${modelUri(name, version)} is archived and cannot take the alias '${alias}'.`)
    await this.backend.setAlias(name, alias, version)
  }

  async removeAlias(name: string, alias: string): Promise<void> {
    checkAlias(alias)
    const holder = (await this.list(name)).find((record) => record.aliases.includes(alias))
    if (!holder) throw new UserError(`Input 'alias': model '${name}' has no alias '${alias}'.`)
    await this.backend.removeAlias(name, alias)
  }

  async archive(name: string, version: number): Promise<void> {
    const record = await this.version(name, version)
    if (record.aliases.length > 0) throw new UserError(`Input 'version': ${modelUri(name, version)} holds the alias${record.aliases.length > 1 ? 'es' : ''} ${record.aliases.join(', ')}; move or remove ${record.aliases.length > 1 ? 'them' : 'it'} before archiving.`)
    if (record.status === 'archived') return
    await this.backend.archive(name, version)
  }

  /** The version a reference names: a number, an alias, or `latest` (the newest ready version). */
  async resolve(reference: ModelReference): Promise<VersionRecord> {
    const versions = await this.list(reference.name)
    if (versions.length === 0) throw new UserError(`Model '${reference.name}' has no versions in the ${this.backend.kind} registry at ${this.backend.location}.`)
    if ('version' in reference) return this.pick(versions, reference.name, reference.version)
    if (reference.alias === 'latest') {
      const ready = versions.filter((record) => record.status === 'ready')
      if (ready.length === 0) throw new UserError(`Model '${reference.name}' has no ready versions: all are archived.`)
      return ready.at(-1)!
    }
    const holder = versions.find((record) => record.aliases.includes(reference.alias))
    if (!holder) throw new UserError(`Model '${reference.name}' has no alias '${reference.alias}'; its aliases are ${aliasList(versions)}.`)
    return holder
  }

  /** Resolves, downloads, verifies the digest and extracts the model into the new directory `target`. */
  async fetch(reference: ModelReference, target: string): Promise<VersionRecord> {
    const record = await this.resolve(reference)
    const work = createTemporaryDir('mlops-fetch-')
    try {
      const archivePath = join(work, VERSION_FILES.archive)
      const digest = await this.backend.downloadArchive(record, archivePath)
      if (digest !== record.digest) {
        throw new UserError(`${modelUri(record.name, record.version)}: the downloaded archive has sha256 ${digest}, not the registered ${record.digest}; it was altered or damaged, so it is not used.`)
      }
      await extractArchive(archivePath, target, modelUri(record.name, record.version))
      return record
    } finally {
      removeTemporary(work)
    }
  }

  private async version(name: string, version: number): Promise<VersionRecord> {
    return this.pick(await this.list(name), name, version)
  }

  private pick(versions: VersionRecord[], name: string, version: number): VersionRecord {
    const record = versions.find((candidate) => candidate.version === version)
    if (!record) throw new UserError(`Input 'version': model '${name}' has no version ${version}; it has ${versions.length === 0 ? 'none' : versions.map((v) => v.version).join(', ')}.`)
    return record
  }
}

function aliasList(versions: VersionRecord[]): string {
  const all = versions.flatMap((record) => record.aliases.map((alias) => `${alias} (v${record.version})`))
  return all.length > 0 ? all.join(', ') : 'none'
}
