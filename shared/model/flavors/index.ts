import { join } from 'node:path'
import { UserError } from '../../errors/index.js'
import type { ModelFlavor } from '../flavor.js'
import { MODEL_DIR_FILES } from '../layout.js'
import { DEFAULT_FLAVOR, type StoredMetadata } from '../metadata.js'
import { onnxFlavor } from './onnx.js'
import { tfjsFlavor } from './tfjs.js'

/** Flavors by the name metadata.json gives in `flavor`. Adding one is adding its file here. */
export const MODEL_FLAVORS: Readonly<Record<string, ModelFlavor>> = {
  [tfjsFlavor.name]: tfjsFlavor,
  [onnxFlavor.name]: onnxFlavor,
}

/** The flavor metadata names, 'tfjs' when it names none; an unknown name is a UserError naming the file. */
export function flavorOf(metadata: StoredMetadata | undefined, dir: string, input: string): ModelFlavor {
  const name = metadata?.flavor ?? DEFAULT_FLAVOR
  const flavor = Object.hasOwn(MODEL_FLAVORS, name) ? MODEL_FLAVORS[name] : undefined
  if (!flavor) {
    const path = join(dir, MODEL_DIR_FILES.metadata)
    throw new UserError(`Input '${input}': '${path}' names the model flavor '${name}', which this version cannot load; the flavors are ${Object.keys(MODEL_FLAVORS).join(', ')}.`)
  }
  return flavor
}
