import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { fileError } from '../errors/index.js'

/**
 * Writes a model directory in a staging folder beside it, then swaps it into place, so a
 * failed run never leaves half a model where the last good one was.
 */
export async function writeModelDir(dir: string, write: (staging: string) => Promise<void>): Promise<void> {
  const parent = dirname(dir)
  const staging = join(parent, `.${basename(dir)}.staging-${process.pid}`)
  const previous = join(parent, `.${basename(dir)}.previous-${process.pid}`)
  try {
    mkdirSync(parent, { recursive: true })
    rmSync(staging, { recursive: true, force: true })
    mkdirSync(staging)
  } catch (error) {
    throw fileError('output-dir', 'write', dir, error)
  }
  try {
    await write(staging)
    if (existsSync(dir)) renameSync(dir, previous)
    renameSync(staging, dir)
    rmSync(previous, { recursive: true, force: true })
  } catch (error) {
    rmSync(staging, { recursive: true, force: true })
    if (!existsSync(dir) && existsSync(previous)) renameSync(previous, dir)
    throw error
  }
}
