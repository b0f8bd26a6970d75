// The model the registry benchmark moves: random weights (which no compressor shrinks) and the two
// small files a trained model directory holds besides.
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs'
import { randomFillSync } from 'node:crypto'
import { join } from 'node:path'

const CHUNK = 8 << 20

/** Writes `dir` with weights.bin of `bytes` random bytes, metadata.json and profile.json; returns their paths. */
export function writeModel(dir, bytes) {
  mkdirSync(dir, { recursive: true })
  const weights = join(dir, 'weights.bin')
  const file = openSync(weights, 'w')
  try {
    const chunk = Buffer.allocUnsafe(CHUNK)
    for (let written = 0; written < bytes; ) {
      const length = Math.min(CHUNK, bytes - written)
      randomFillSync(chunk, 0, length)
      written += writeSync(file, chunk, 0, length)
    }
  } finally {
    closeSync(file)
  }
  const metadata = { task: 'regression', target: 'y', features: ['x1', 'x2'], model: 'mlp', backend: 'wasm', metrics: { rmse: 0.5 }, rows: { train: 1000 } }
  writeFileSync(join(dir, 'metadata.json'), JSON.stringify(metadata, null, 2) + '\n')
  writeFileSync(join(dir, 'profile.json'), JSON.stringify({ version: 1, rows: 1000, columns: [] }) + '\n')
  return { dir, weights }
}
