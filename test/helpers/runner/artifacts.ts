/**
 * actions/upload-artifact@v4 and actions/download-artifact@v4 against a local store, keyed by run id as
 * GitHub keys them: what one run uploads, a later run downloads with `run-id` and `github-token`.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { globSync, isDynamicPattern } from 'tinyglobby'

export class ArtifactStore {
  private nextId = 1

  constructor(readonly root: string) {}

  /** The names uploaded by a run, oldest first. */
  names(runId: number): string[] {
    const dir = join(this.root, String(runId))
    if (!existsSync(dir)) return []
    return readdirSync(dir).sort((a, b) => statSync(join(dir, a)).birthtimeMs - statSync(join(dir, b)).birthtimeMs)
  }

  /** Where an artifact's files sit, for a test to look at or seed. */
  path(runId: number, name: string): string {
    return join(this.root, String(runId), name)
  }

  has(runId: number, name: string): boolean {
    return existsSync(this.path(runId, name))
  }

  /** Stores a directory's files as a run's artifact, as a test seeds one. */
  put(runId: number, name: string, dir: string): void {
    cpSync(dir, this.path(runId, name), { recursive: true })
  }

  newArtifactId(): number {
    return this.nextId++
  }
}

export interface ArtifactStep {
  store: ArtifactStore
  runId: number
  workspace: string
  inputs: Record<string, string>
  log: (line: string) => void
}

/** Returns the step's outputs; throws with upload-artifact's message when it fails. */
export function uploadArtifact({ store, runId, workspace, inputs, log }: ArtifactStep): Record<string, string> {
  const name = inputs.name || 'artifact'
  const lines = (inputs.path ?? '').split('\n').map((line) => line.trim()).filter(Boolean)
  if (lines.length === 0) throw new Error("Input required and not supplied: path")
  const hidden = inputs['include-hidden-files'] === 'true'
  const { files, root } = filesToUpload(lines, workspace, hidden)
  if (files.length === 0) {
    const message = `No files were found with the provided path: ${lines.join('\n')}. No artifacts will be uploaded.`
    const mode = inputs['if-no-files-found'] || 'warn'
    if (mode === 'error') throw new Error(message)
    if (mode === 'warn') log(`::warning::${message}`)
    return {}
  }
  if (store.has(runId, name) && inputs.overwrite !== 'true')
    throw new Error(`Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run`)
  const target = store.path(runId, name)
  for (const file of files) {
    const destination = join(target, relative(root, file))
    mkdirSync(dirname(destination), { recursive: true })
    cpSync(file, destination)
  }
  const id = store.newArtifactId()
  log(`Artifact ${name} has been successfully uploaded! ${files.length} file(s)`)
  return { 'artifact-id': String(id), 'artifact-url': `https://github.com/artifacts/${runId}/${id}`, 'artifact-digest': '' }
}

/** The files of `path`'s lines (globs, `!` exclusions) and the folder they are stored relative to. */
function filesToUpload(lines: string[], workspace: string, hidden: boolean): { files: string[]; root: string } {
  const include = lines.filter((line) => !line.startsWith('!'))
  const exclude = lines.filter((line) => line.startsWith('!')).map((line) => absolute(line.slice(1), workspace))
  const files = new Set<string>()
  const searchPaths: string[] = []
  for (const line of include) {
    const path = absolute(line, workspace)
    const search = searchPath(path)
    searchPaths.push(search)
    if (!isDynamicPattern(path) && existsSync(path) && statSync(path).isFile()) files.add(path)
    else {
      const pattern = isDynamicPattern(path) ? path : `${path}/**`
      for (const file of globSync(pattern, { absolute: true, dot: hidden, onlyFiles: true, expandDirectories: false })) files.add(file)
    }
  }
  const kept = [...files].filter((file) => !exclude.some((pattern) => file === pattern || file.startsWith(pattern + sep) || globSync(pattern, { absolute: true, dot: true }).includes(file)))
  const singleFile = include.length === 1 && kept.length === 1 && searchPaths[0] === kept[0]
  const root = singleFile ? dirname(kept[0]!) : commonAncestor(searchPaths)
  return { files: kept.sort(), root }
}

function absolute(path: string, workspace: string): string {
  return isAbsolute(path) ? path : resolve(workspace, path)
}

/** The part of a path before its first glob segment. */
function searchPath(path: string): string {
  const parts = path.split(sep)
  const literal = parts.findIndex((part) => isDynamicPattern(part))
  return literal === -1 ? path : parts.slice(0, literal).join(sep) || sep
}

function commonAncestor(paths: string[]): string {
  if (paths.length === 1) return paths[0]!
  const split = paths.map((path) => path.split(sep))
  const common: string[] = []
  for (let i = 0; split.every((parts) => i < parts.length && parts[i] === split[0]![i]); i++) common.push(split[0]![i]!)
  return common.join(sep) || sep
}

/** Returns the step's outputs; throws with download-artifact's message when it fails. */
export function downloadArtifact({ store, runId, workspace, inputs, log }: ArtifactStep): Record<string, string> {
  // download-artifact reads run-id only together with github-token; without it, the current run.
  const sourceRun = inputs['github-token'] && inputs['run-id'] ? Number(inputs['run-id']) : runId
  const target = absolute(inputs.path || '.', workspace)
  if (inputs.name) {
    if (!store.has(sourceRun, inputs.name)) throw new Error(`Unable to download artifact(s): Artifact not found for name: ${inputs.name}`)
    cpSync(store.path(sourceRun, inputs.name), target, { recursive: true })
    log(`Artifact ${inputs.name} was downloaded to ${target}`)
    return { 'download-path': target }
  }
  const matching = store.names(sourceRun).filter((name) => !inputs.pattern || namePattern(inputs.pattern).test(name))
  if (matching.length === 0) log(`No artifacts found${inputs.pattern ? ` matching '${inputs.pattern}'` : ''} in run ${sourceRun}`)
  for (const name of matching) cpSync(store.path(sourceRun, name), inputs['merge-multiple'] === 'true' ? target : join(target, name), { recursive: true })
  log(`Downloaded ${matching.length} artifact(s) to ${target}: ${matching.map((name) => basename(name)).join(', ')}`)
  return { 'download-path': target }
}

function namePattern(glob: string): RegExp {
  const source = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')
  return new RegExp(`^${source}$`)
}
