import type { CandidateSource, EvaluationOptions } from '../../evaluate/index.js'
import type { GitHubContext } from '../../github/index.js'
import type { RegistrySettings } from '../registry-inputs.js'

export const COMMENT_MODES = ['auto', 'always', 'never'] as const

/** Several model directories (sorted), of which the best by `selectBy` on its own validation metrics is gated. */
export interface SeveralCandidates {
  kind: 'several'
  dirs: string[]
  data: string[]
  target?: string
  selectBy?: string
}

export type GateCandidate = CandidateSource | SeveralCandidates

/** The evaluation's options, checked whole: the candidate and baseline given together are ones that can be compared. */
export interface EvaluateGateOptions extends Omit<EvaluationOptions, 'candidate' | 'fetchRegistryBaseline' | 'onThreads' | 'progress'> {
  candidate: GateCandidate
  /** Opened only for a registry baseline. */
  registry: RegistrySettings
  comment: (typeof COMMENT_MODES)[number]
  /** Tells apart the sticky comments of one job (matrix legs, several gates); checked to be one short line. */
  commentKey?: string
  /** Comment-only mode: the comment goes to this file, for a trusted run to post. */
  commentFile?: string
  token?: string
  failOnRegression: boolean
  report: string
  github: GitHubContext
  /** The workflow run, linked from the summary. */
  runUrl?: string
  /** Files read besides the data, which the report may not overwrite. */
  thresholdsFile?: string
  configPath?: string
}
