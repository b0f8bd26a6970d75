import { githubContext, type GitHubContext } from '../github/index.js'

/** Environment variables as a host hands them over; only the hosts read the process's own. */
export type Environment = Readonly<Record<string, string | undefined>>

/**
 * What a command knows of where it runs, read once by its host (GitHub Actions, the CLI,
 * a test) and handed to `parse`, so that no core module reads an environment variable.
 */
export interface HostContext {
  /** The repository, event, pull request and API URL; empty outside GitHub Actions. */
  github: GitHubContext
  /** GITHUB_ACTIONS: running as a workflow step. */
  inActions: boolean
  /** GITHUB_SHA: the commit the workflow runs on (a pull request's merge commit, not its head). */
  commit?: string
  /** GITHUB_TOKEN, the token when the 'github-token' input is not given. */
  token?: string
  /** The workflow run's page. */
  runUrl?: string
  runId?: string
  runAttempt?: string
  /** ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL, which artifact uploads need, are both set. */
  artifactRuntime: boolean
  /** MLOPS_THREADS when it is a positive integer: the size of every thread pool. */
  threads?: number
}

export function hostContext(env: Environment): HostContext {
  const value = (name: string) => env[name] || undefined
  const runUrl = value('GITHUB_SERVER_URL') && value('GITHUB_REPOSITORY') && value('GITHUB_RUN_ID') ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined
  const threads = Number(env.MLOPS_THREADS)
  let github: GitHubContext | undefined
  return {
    // Read on first use, so that only the commands that need the event payload fail on a bad one.
    get github() {
      return (github ??= githubContext(env))
    },
    inActions: env.GITHUB_ACTIONS === 'true',
    ...(value('GITHUB_SHA') && { commit: value('GITHUB_SHA') }),
    ...(value('GITHUB_TOKEN') && { token: value('GITHUB_TOKEN') }),
    ...(runUrl && { runUrl }),
    ...(value('GITHUB_RUN_ID') && { runId: value('GITHUB_RUN_ID') }),
    ...(value('GITHUB_RUN_ATTEMPT') && { runAttempt: value('GITHUB_RUN_ATTEMPT') }),
    artifactRuntime: Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL),
    // Anything else leaves the pools at the machine's parallelism, as an unset variable does.
    ...(env.MLOPS_THREADS && Number.isInteger(threads) && threads > 0 && { threads }),
  }
}
