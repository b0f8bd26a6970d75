import type { EvaluationOptions } from '../../evaluate/index.js'
import type { GitHubContext } from '../../github/index.js'
import type { RegistrySettings } from '../registry-inputs.js'

export const COMMENT_MODES = ['auto', 'always', 'never'] as const

/** The evaluation's options, checked whole: the candidate and baseline given together are ones that can be compared. */
export interface EvaluateGateOptions extends Omit<EvaluationOptions, 'fetchRegistryBaseline' | 'onThreads' | 'progress'> {
  /** Opened only for a registry baseline. */
  registry: RegistrySettings
  comment: (typeof COMMENT_MODES)[number]
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
