import { createDeployment, createGitHubClient, setDeploymentStatus, splitRepository, type DeploymentState } from '../../github/index.js'
import type { Logger } from '../../log/index.js'
import type { EnvironmentOptions } from './options.js'

/** The GitHub Deployment of one rollout, or nothing: without `environment`, or when the token may not write deployments. */
export interface DeploymentRecord {
  /** Empty when none was created. */
  readonly id: string
  /** The warning naming `deployments: write`, when the token lacked it. */
  readonly warning?: string
  status(state: DeploymentState, description: string): Promise<void>
}

const NONE: DeploymentRecord = { id: '', status: async () => {} }

/** A run again after a cancelled one (same commit, environment, model, version and strategy) continues its Deployment. */
const SAME_ROLLOUT = ['model', 'version', 'strategy'] as const

/**
 * Creates the Deployment of `ref` to the environment, `in_progress` at once, so the Environments
 * page shows the rollout while it runs; or takes over the one a cancelled run of the same rollout
 * left `in_progress`, so the page shows one rollout, not two. A token without `deployments: write` is a warning: the
 * rollout goes on unrecorded, as the rollout itself is what the user asked for.
 */
export async function startDeployment(environment: EnvironmentOptions | undefined, facts: { description: string; payload: Record<string, unknown>; environmentUrl?: string }, log: Logger): Promise<DeploymentRecord> {
  if (!environment) return NONE
  const client = createGitHubClient({ token: environment.token, ...(environment.apiUrl && { apiUrl: environment.apiUrl }), log })
  const where = splitRepository(environment.repository)
  const created = await createDeployment({ client, ...where, ref: environment.commit, environment: environment.name, description: facts.description, payload: facts.payload, sameRolloutKeys: SAME_ROLLOUT, log })
  if (created.status === 'forbidden') return { ...NONE, warning: created.warning }
  let warning: string | undefined
  const record: DeploymentRecord = {
    id: String(created.id),
    get warning() {
      return warning
    },
    async status(state, description) {
      const set = await setDeploymentStatus({
        client, ...where, deploymentId: created.id, state, description, log,
        ...(facts.environmentUrl && { environmentUrl: facts.environmentUrl }),
        ...(environment.runUrl && { logUrl: environment.runUrl }),
      })
      if (set.status === 'forbidden') warning ??= set.warning
    },
  }
  await record.status('in_progress', facts.description)
  return record
}
