import { createGitHubClient, isPullRequestEvent, splitRepository, stickyMarker, upsertStickyComment } from '../../github/index.js'
import type { Logger } from '../../log/index.js'
import { stickyBody } from '../../report/index.js'
import type { EvaluateGateOptions } from './options.js'

/** The sticky pull-request comment with the report; returns the `comment-url` output. */
export async function publishGateComment(markdown: string, options: EvaluateGateOptions, log: Logger): Promise<Record<string, string>> {
  const { github } = options
  if (options.comment === 'never') return {}
  if (options.comment === 'auto' && !isPullRequestEvent(github)) return {}
  if (github.issueNumber === undefined || !github.repository) {
    log.warning(`No pull request to comment on: the '${github.eventName ?? 'local'}' event names none. The report is in the job summary and ${options.report}.`)
    return {}
  }
  if (!options.token) {
    log.warning("Input 'github-token' is empty, so no pull-request comment was written. The report is in the job summary.")
    return {}
  }
  const client = createGitHubClient({ token: options.token, apiUrl: github.apiUrl, log })
  const result = await upsertStickyComment({
    client,
    ...splitRepository(github.repository),
    issueNumber: github.issueNumber,
    marker: gateMarker(options),
    body: markdown,
    fit: stickyBody,
    log,
  })
  if (result.status === 'forbidden') return {}
  log.info(`${result.status === 'created' ? 'Posted' : 'Updated'} the pull-request comment: ${result.url}`)
  return { 'comment-url': result.url }
}

/** The gate's sticky marker: one comment per workflow, job and `comment-key`. */
export function gateMarker(options: Pick<EvaluateGateOptions, 'github' | 'commentKey'>): string {
  return stickyMarker(options.github.workflow ?? 'mlops', options.github.job ?? 'evaluate-gate', 'evaluate-gate', options.commentKey)
}
