import { readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { UserError } from '../errors/index.js'
import type { Logger } from '../log/index.js'

/** Uploads the model directory as a workflow artifact; returns no extra outputs. */
export async function uploadModelArtifact(modelDir: string, { artifactName: name, artifactRuntime }: { artifactName: string; artifactRuntime: boolean }, log: Logger): Promise<Record<string, string>> {
  if (!artifactRuntime) {
    throw new UserError("Input 'upload-artifact': uploading needs GitHub Actions' runtime (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are unset); run it in a workflow, or set it to false.")
  }
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
