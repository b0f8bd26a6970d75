import { UserError } from '../../errors/index.js'
import { baselineFromPath, TASK_CHOICES, type BaselineSource, type CandidateSource } from '../../evaluate/index.js'
import type { Inputs } from '../../inputs/index.js'
import { checkModelName, parseModelUri } from '../../registry/index.js'

/**
 * The candidate from `model-dir` (with `data` and `target`) or `predictions`, one way only.
 * `data` and `target` beside `predictions` are ignored, as the predictions hold both.
 */
export function parseCandidate(inputs: Inputs): CandidateSource {
  const dir = inputs.string('model-dir')
  const predictions = inputs.string('predictions')
  const task = inputs.choice('task', TASK_CHOICES, 'auto')
  if (dir && predictions) throw new UserError("Inputs 'model-dir' and 'predictions' exclude each other: give the candidate one way.")
  if (predictions) return { kind: 'predictions', path: predictions, task }
  if (!dir) throw new UserError("Give the candidate as 'model-dir' (with 'data') or as 'predictions'.")
  const data = inputs.list('data')
  if (data.length === 0) throw new UserError("Input 'data' is required with 'model-dir': the model is scored on it.")
  const target = inputs.string('target')
  return { kind: 'model-dir', dir, data, ...(target && { target }) }
}

/**
 * The baseline, classified here so that a missing path or a bad combination fails before any
 * model is loaded. A model baseline is scored on the candidate's data, so it needs a model candidate.
 */
export function parseBaseline(inputs: Inputs, candidate: CandidateSource): BaselineSource {
  const value = inputs.string('baseline')
  if (!value) return { kind: 'none' }
  if (value === 'champion' || value.startsWith('models:/')) {
    if (candidate.kind !== 'model-dir') throw new UserError("Input 'baseline': a registered model as baseline needs the candidate given as 'model-dir' with 'data', to score both on the same rows.")
    if (value !== 'champion') return { kind: 'registry', reference: parseModelUri(value, 'baseline'), name: value, firstRunIfAbsent: false }
    const name = inputs.string('name')
    if (!name) throw new UserError("Input 'name' is required with 'baseline: champion': it names the model whose champion to compare with.")
    return { kind: 'registry', reference: { name: checkModelName(name), alias: 'champion' }, name: value, firstRunIfAbsent: true }
  }
  const source = baselineFromPath(value)
  if (source.kind === 'model-dir' && candidate.kind !== 'model-dir') {
    throw new UserError("Input 'baseline': a model directory as baseline needs the candidate given as 'model-dir' with 'data', to score both on the same rows.")
  }
  return source
}
