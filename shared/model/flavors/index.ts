import { join } from 'node:path'
import { UserError } from '../../errors/index.js'
import type { ModelFlavor } from '../flavor.js'
import { MODEL_DIR_FILES } from '../layout.js'
import type { ModelManifest } from '../manifest.js'
import { commandFlavor } from './command.js'
import { onnxFlavor } from './onnx.js'
import { tfjsFlavor } from './tfjs.js'

/** Flavors by the name manifest.yaml gives in `flavor`. Adding one is adding its file here. */
export const MODEL_FLAVORS: Readonly<Record<string, ModelFlavor>> = {
  [tfjsFlavor.name]: tfjsFlavor,
  [onnxFlavor.name]: onnxFlavor,
  [commandFlavor.name]: commandFlavor,
}

/** The flavor of a directory without manifest.yaml: every model written before manifests. */
export const DEFAULT_FLAVOR = tfjsFlavor.name

/** What a model card says of a stored model's flavor. */
export interface FlavorFacts {
  flavor: string
  runtime?: string
}

/** The flavor a stored model names ('tfjs' without a manifest), and the runtime it runs on. */
export function flavorFacts(manifest: ModelManifest | undefined): FlavorFacts {
  const flavor = manifest?.flavor ?? DEFAULT_FLAVOR
  const runtime = manifest?.runtime ?? (Object.hasOwn(MODEL_FLAVORS, flavor) ? MODEL_FLAVORS[flavor]!.runtime : undefined)
  return runtime === undefined ? { flavor } : { flavor, runtime }
}

/** The flavor the manifest names, 'tfjs' without a manifest; an unknown name is a UserError naming the file. */
export function flavorOf(manifest: ModelManifest | undefined, dir: string, input: string): ModelFlavor {
  const name = manifest?.flavor ?? DEFAULT_FLAVOR
  const flavor = Object.hasOwn(MODEL_FLAVORS, name) ? MODEL_FLAVORS[name] : undefined
  if (!flavor) {
    const path = join(dir, MODEL_DIR_FILES.manifest)
    throw new UserError(`Input '${input}': '${path}' names the model flavor '${name}', which this version cannot load; the flavors are ${Object.keys(MODEL_FLAVORS).join(', ')}.`)
  }
  return flavor
}
