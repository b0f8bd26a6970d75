import { selectCandidate, type CandidateSelection, type CandidateSource } from '../../evaluate/index.js'
import type { Logger } from '../../log/index.js'
import type { EvaluateGateOptions } from './options.js'

/** The one candidate to gate: as given, or the best of several by its own validation metrics. */
export function chooseCandidate(options: Pick<EvaluateGateOptions, 'candidate' | 'thresholds'>, log: Logger): { candidate: CandidateSource; selection?: CandidateSelection } {
  const { candidate } = options
  if (candidate.kind !== 'several') return { candidate }
  const selection = selectCandidate(candidate.dirs, candidate.selectBy, options.thresholds)
  const { dir, value } = selection.selected
  log.info(`Selected ${dir} of ${candidate.dirs.length} candidates: ${selection.metric} ${value} on its validation rows, the ${selection.greaterIsBetter ? 'highest' : 'lowest'}.`)
  return { candidate: { kind: 'model-dir', dir, data: candidate.data, ...(candidate.target && { target: candidate.target }) }, selection }
}
