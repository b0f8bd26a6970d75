import { readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { UserError } from '../../errors/index.js'
import type { Inputs } from '../../inputs/index.js'
import type { Logger } from '../../log/index.js'
import type { HostContext } from '../../runtime/host.js'

/** Characters `@actions/artifact` refuses in a name, for the file systems artifacts are downloaded to. */
const NAME_CHARACTERS_REFUSED = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/']

/**
 * The artifact to upload, or undefined: checked before training, since an upload that cannot
 * happen would otherwise fail only after the model is trained.
 */
export function parseArtifactUpload(inputs: Inputs, host: HostContext): string | undefined {
  const name = inputs.string('artifact-name') ?? 'model'
  if (!inputs.boolean('upload-artifact', false)) return undefined
  if (!host.artifactRuntime) {
    throw new UserError("Input 'upload-artifact': uploading needs GitHub Actions' runtime (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are unset); run it in a workflow, or set it to false.")
  }
  const refused = NAME_CHARACTERS_REFUSED.find((character) => name.includes(character))
  if (refused) {
    throw new UserError(`Input 'artifact-name': '${name.replace(/[\r\n]/g, ' ')}' contains ${JSON.stringify(refused)}; artifact names cannot contain any of ${NAME_CHARACTERS_REFUSED.map((c) => JSON.stringify(c)).join(' ')}.`)
  }
  return name
}

/** Uploads the model directory as a workflow artifact; returns no extra outputs. */
export async function uploadModelArtifact(modelDir: string, name: string, log: Logger): Promise<Record<string, string>> {
  const { DefaultArtifactClient } = await import('@actions/artifact')
  const root = resolve(modelDir)
  const files = listFiles(root)
  try {
    const { id, size } = await new DefaultArtifactClient().uploadArtifact(name, files, root)
    log.info(`Uploaded ${files.length} files (${size ?? 0} bytes) as artifact '${name}' (id ${id}).`)
  } catch (error) {
    throw new UserError(`Input 'upload-artifact': the upload of artifact '${name}' failed: ${(error as Error).message}`)
  }
  return {}
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]))
}
