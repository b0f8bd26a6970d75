import { statSync } from 'node:fs'
import { resolveDataFiles } from '../data/index.js'
import type { NamedPath } from './paths.js'

/**
 * The files a data input names, globs expanded. When they cannot be resolved, the specs as
 * written: the run itself then reports that input properly.
 */
export async function dataFilePaths(input: string, specs: readonly string[]): Promise<NamedPath[]> {
  if (specs.length === 0) return []
  try {
    return (await resolveDataFiles(specs, input)).map((file) => ({ input, path: file.path }))
  } catch {
    return specs.map((path) => ({ input, path }))
  }
}

/** Splits inputs that may name a file or a folder (a baseline, a model directory) by what is there now. */
export function splitByKind(paths: readonly NamedPath[]): { files: NamedPath[]; dirs: NamedPath[] } {
  const files: NamedPath[] = []
  const dirs: NamedPath[] = []
  for (const named of paths) {
    let isDir = false
    try {
      isDir = statSync(named.path).isDirectory()
    } catch {
      // Missing: compared as a file, so an output cannot take its place.
    }
    ;(isDir ? dirs : files).push(named)
  }
  return { files, dirs }
}
