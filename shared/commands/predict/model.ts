import { statSync } from 'node:fs'
import { join } from 'node:path'
import { UserError } from '../../errors/index.js'
import type { Logger } from '../../log/index.js'
import { loadModelDir, readManifest, type LoadedModel, type ModelInput } from '../../model/index.js'
import { createTemporaryDir, removeTemporary } from '../../output/index.js'
import { modelUri, parseModelUri, type ModelReference } from '../../registry/index.js'
import type { RegistrySettings } from '../registry-inputs.js'

/** What `model` names: a model directory, or a registered version to fetch. */
export type ModelSource = { kind: 'dir'; dir: string } | { kind: 'registry'; reference: ModelReference; uri: string }

export function parseModelSource(value: string): ModelSource {
  if (value.startsWith('models:/')) return { kind: 'registry', reference: parseModelUri(value, 'model'), uri: value }
  return { kind: 'dir', dir: value }
}

export interface OpenedModel {
  model: LoadedModel
  /** Its inputs' types, from manifest.yaml; absent for a model from before manifests. */
  inputs?: ModelInput[]
  /** What the report names: the directory, or the version's URI. */
  name: string
  /** The registered version and its archive's sha256, for a registry model. */
  version?: number
  digest?: string
  /** Removes the fetched copy of a registry model. */
  dispose(): void
}

/**
 * Loads the model, a registered version fetched (digest verified) into a temporary directory
 * first. The directory is removed by `dispose`, or on exit whatever happens.
 */
export async function openModel(source: ModelSource, registry: RegistrySettings, log: Logger): Promise<OpenedModel> {
  if (source.kind === 'dir') {
    const { model, inputs } = await loadWithInputs(source.dir)
    return { model, ...(inputs && { inputs }), name: source.dir, dispose() {} }
  }
  const work = createTemporaryDir('mlops-predict-')
  try {
    const dir = join(work, 'model')
    const record = await registry.open(log).fetch(source.reference, dir)
    log.info(`Model: ${modelUri(record.name, record.version)}${'alias' in source.reference ? ` (${source.reference.alias})` : ''}, sha256 ${record.digest} verified.`)
    const { model, inputs } = await loadWithInputs(dir)
    return { model, ...(inputs && { inputs }), name: source.uri, version: record.version, digest: record.digest, dispose: () => removeTemporary(work) }
  } catch (error) {
    removeTemporary(work)
    throw error
  }
}

async function loadWithInputs(dir: string): Promise<{ model: LoadedModel; inputs?: ModelInput[] }> {
  if (!isDirectory(dir)) throw new UserError(`Input 'model': '${dir}' is not a model directory (it does not exist or is a file); give a directory written by train, or models:/<name>@<alias> with 'registry'.`)
  const model = await loadModelDir(dir, 'model')
  const inputs = readManifest(dir, 'model')?.inputs
  return { model, ...(inputs && { inputs }) }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}
