/** A model version as every backend reports it. Versions count 1, 2, 3... per model name and never change. */
export interface VersionRecord {
  name: string
  version: number
  aliases: string[]
  /** `archived`: decommissioned; still downloadable, but it cannot take an alias. */
  status: 'ready' | 'archived'
  /** sha256 of the stored archive (of all its parts, in order). */
  digest: string
  created_at: string
  /** Where people see it: the release page, or the local folder. */
  url: string
}

/** What a registration stores besides the archive. */
export interface VersionContent {
  /** The packed model directory: a deterministic tar. */
  archivePath: string
  digest: string
  size: number
  /** metadata.json of the model directory, with `registry` lineage added. */
  metadata: Record<string, unknown>
  /** profile.json of the model directory, when it has one. */
  profile?: string
  /** The model card, Markdown, for the version number the backend assigns. */
  card(version: number): string
}

export interface Registration {
  record: VersionRecord
  /** False when the same content was already registered (a re-run) and that version is returned. */
  created: boolean
}

/** One storage of versions and aliases: a folder, or a GitHub repository. Each registers itself in backends.ts. */
export interface RegistryBackend {
  readonly kind: string
  /** Where the registry lives, for messages. */
  readonly location: string
  /** Stores a new version under the next free number, atomically; or returns the version with the same digest. */
  register(name: string, content: VersionContent): Promise<Registration>
  /** Ready and archived versions, oldest first; incomplete ones are left out. */
  list(name: string): Promise<VersionRecord[]>
  setAlias(name: string, alias: string, version: number): Promise<void>
  removeAlias(name: string, alias: string): Promise<void>
  archive(name: string, version: number): Promise<void>
  /** Writes the version's archive to `path` and returns the sha256 of the bytes written. */
  downloadArchive(record: VersionRecord, path: string): Promise<string>
}
