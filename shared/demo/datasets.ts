import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createRequire } from 'node:module'
import { UserError } from '../errors/index.js'

/** Path of a file shipped by the vega-datasets package (a dev dependency). */
export function vegaDataset(name: string): string {
  let root: string
  try {
    root = dirname(dirname(createRequire(import.meta.url).resolve('vega-datasets')))
  } catch {
    throw new UserError(`The demo datasets come from the 'vega-datasets' package; run 'npm ci' first.`)
  }
  const path = join(root, 'data', name)
  if (!existsSync(path)) throw new UserError(`vega-datasets has no file data/${name}.`)
  return path
}
