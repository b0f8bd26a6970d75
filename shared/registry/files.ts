import { MODEL_DIR_FILES } from '../model/index.js'

/**
 * The files a registry keeps for each version, besides the model directory packed in the
 * archive: the local registry's version folder, and the GitHub registry's release assets.
 * metadata.json and profile.json are copies of the model directory's, under its names.
 */
export const VERSION_FILES = {
  archive: 'model.tar',
  metadata: MODEL_DIR_FILES.metadata,
  profile: MODEL_DIR_FILES.profile,
  card: 'MODEL_CARD.md',
  version: 'version.json',
} as const
