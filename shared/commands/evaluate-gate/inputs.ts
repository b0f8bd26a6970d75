import { UserError } from '../../errors/index.js'
import { baselineFromPath, TASK_CHOICES, type BaselineSource } from '../../evaluate/index.js'
import type { Inputs } from '../../inputs/index.js'
import { checkModelName, parseModelUri } from '../../registry/index.js'
import { parseModelDirs } from './candidates.js'
import type { GateCandidate } from './options.js'

/**
 * The candidate from `model-dir` (with `data` and `target`) or `predictions`, one way only; several
 * model directories (with `select-by`) when `model-dir` is a glob or a YAML list.
 * `data` and `target` beside `predictions` are ignored, as the predictions hold both.
 */
export function parseCandidate(inputs: Inputs): GateCandidate {
  const dirs = parseModelDirs(inputs)
  const predictions = inputs.string('predictions')
  const task = inputs.choice('task', TASK_CHOICES, 'auto')
  if (dirs && predictions) throw new UserError("Inputs 'model-dir' and 'predictions' exclude each other: give the candidate one way.")
  if (predictions) return { kind: 'predictions', path: predictions, task }
  if (!dirs) throw new UserError("Give the candidate as 'model-dir' (with 'data') or as 'predictions'.")
  const data = inputs.list('data')
  if (data.length === 0) throw new UserError("Input 'data' is required with 'model-dir': the model is scored on it.")
  const target = inputs.string('target')
  if (dirs.kind === 'one') return { kind: 'model-dir', dir: dirs.dir, data, ...(target && { target }) }
  const selectBy = inputs.string('select-by')
  return { kind: 'several', dirs: dirs.dirs, data, ...(target && { target }), ...(selectBy && { selectBy }) }
}

/** At most this many characters: the key is part of a hidden line at the top of the comment. */
export const COMMENT_KEY_LIMIT = 100

/** `comment-key`, one short line; the marker percent-encodes it, so any other character is safe. */
export function parseCommentKey(inputs: Inputs): string | undefined {
  const key = inputs.string('comment-key')
  if (key === undefined) return undefined
  if (/[\u0000-\u001f\u007f]/.test(key)) throw new UserError("Input 'comment-key' must be one line of text, without line breaks or control characters.")
  if (key.length > COMMENT_KEY_LIMIT) throw new UserError(`Input 'comment-key' is ${key.length} characters long; at most ${COMMENT_KEY_LIMIT} are allowed.`)
  return key
}

/**
 * The baseline, classified here so that a missing path or a bad combination fails before any
 * model is loaded. A model baseline is scored on the candidate's data, so it needs a model candidate.
 */
export function parseBaseline(inputs: Inputs, candidate: GateCandidate): BaselineSource {
  const value = inputs.string('baseline')
  if (!value) return { kind: 'none' }
  if (value === 'champion' || value.startsWith('models:/')) {
    if (candidate.kind === 'predictions') throw new UserError("Input 'baseline': a registered model as baseline needs the candidate given as 'model-dir' with 'data', to score both on the same rows.")
    if (value !== 'champion') return { kind: 'registry', reference: parseModelUri(value, 'baseline'), name: value, firstRunIfAbsent: false }
    const name = inputs.string('name')
    if (!name) throw new UserError("Input 'name' is required with 'baseline: champion': it names the model whose champion to compare with.")
    return { kind: 'registry', reference: { name: checkModelName(name), alias: 'champion' }, name: value, firstRunIfAbsent: true }
  }
  const source = baselineFromPath(value)
  if (source.kind === 'model-dir' && candidate.kind === 'predictions') {
    throw new UserError("Input 'baseline': a model directory as baseline needs the candidate given as 'model-dir' with 'data', to score both on the same rows.")
  }
  return source
}
