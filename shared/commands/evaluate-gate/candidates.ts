import { statSync } from 'node:fs'
import { isAbsolute } from 'node:path'
import { globSync, isDynamicPattern } from 'tinyglobby'
import { UserError } from '../../errors/index.js'
import { invalid, type Inputs } from '../../inputs/index.js'
import { isModelDir, MODEL_DIR_FILES } from '../../model/index.js'
import { parseYaml } from '../../yaml/index.js'

/** `model-dir` as given: one directory, or several (a glob or a YAML list) to select the best of. */
export type ModelDirInput = { kind: 'one'; dir: string } | { kind: 'several'; dirs: string[] }

/**
 * One path stays one candidate, as before. A glob or a YAML list names candidates, each of which
 * must be a model directory train wrote; they come sorted, as ties go to the first.
 */
export function parseModelDirs(inputs: Inputs): ModelDirInput | undefined {
  const raw = inputs.raw('model-dir')
  if (raw === undefined || raw === null || raw === '') return undefined
  const patterns = listOf(raw)
  if (!patterns) {
    const dir = String(raw).trim()
    return isDynamicPattern(dir) ? { kind: 'several', dirs: checked(matches(dir)) } : { kind: 'one', dir }
  }
  const dirs = patterns.flatMap((pattern) => (isDynamicPattern(pattern) ? matches(pattern) : [pattern]))
  if (dirs.length === 0) throw new UserError("Input 'model-dir': the list names no model directory.")
  return { kind: 'several', dirs: checked(dirs) }
}

/** A YAML list (given inline, or in the config file); undefined for a single path or glob. */
function listOf(raw: unknown): string[] | undefined {
  if (Array.isArray(raw)) return raw.map((item) => String(item).trim()).filter(Boolean)
  const text = String(raw).trim()
  if (!text.startsWith('[') && !text.startsWith('- ') && !text.includes('\n')) return undefined
  let parsed: unknown
  try {
    parsed = parseYaml(text, "Input 'model-dir'")
  } catch {
    throw invalid('model-dir', text, 'a model directory, a glob, or a YAML list of them')
  }
  if (!Array.isArray(parsed) || parsed.some((item) => typeof item !== 'string' || !item.trim())) {
    throw invalid('model-dir', text, 'a model directory, a glob, or a YAML list of them')
  }
  return parsed.map((item: string) => item.trim())
}

/** Relative to the working directory as written, or absolute when the pattern is. */
function matches(pattern: string): string[] {
  const found = globSync(pattern, { onlyDirectories: true, expandDirectories: false, absolute: isAbsolute(pattern) }).map((dir) => dir.replace(/\/+$/, ''))
  if (found.length === 0) throw new UserError(`Input 'model-dir': no directory matches '${pattern}'.`)
  return found
}

/** Distinct, sorted, and each one a model directory written by train. */
function checked(dirs: string[]): string[] {
  const distinct = [...new Set(dirs)].sort()
  for (const dir of distinct) {
    let isDirectory = false
    try {
      isDirectory = statSync(dir).isDirectory()
    } catch {
      throw new UserError(`Input 'model-dir': candidate '${dir}' does not exist.`)
    }
    if (!isDirectory) throw new UserError(`Input 'model-dir': candidate '${dir}' is not a directory; each candidate is a model directory written by train.`)
    if (!isModelDir(dir)) throw new UserError(`Input 'model-dir': candidate '${dir}' is not a model directory: it has no ${MODEL_DIR_FILES.metadata} written by train.`)
  }
  return distinct
}
