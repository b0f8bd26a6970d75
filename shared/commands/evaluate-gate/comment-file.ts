import { UserError } from '../../errors/index.js'
import { isPullRequestEvent, writeCommentFile } from '../../github/index.js'
import type { Logger } from '../../log/index.js'
import type { GateReportView } from '../../report/index.js'
import { gateMarker } from './comment.js'
import type { EvaluateGateOptions } from './options.js'

/**
 * Comment-only mode, for runs whose token cannot write (pull requests from forks): the comment the
 * gate would post goes to `comment-file` as data, and a trusted `workflow_run` run posts it with the
 * `comment` action. Returns the `comment-file` output, empty when the gate would not comment.
 */
export function writeGateCommentFile(view: GateReportView, options: EvaluateGateOptions, log: Logger): Record<string, string> {
  const { github, commentFile } = options
  if (!commentFile || options.comment === 'never') return {}
  if (options.comment === 'auto' && !isPullRequestEvent(github)) {
    log.info(`No comment file written: the '${github.eventName ?? 'local'}' event is not a pull request, and 'comment' is auto.`)
    return { 'comment-file': '' }
  }
  if (github.issueNumber === undefined || !github.repository) {
    log.warning(`No comment file written: the '${github.eventName ?? 'local'}' event names no pull request. The report is in the job summary and ${options.report}.`)
    return { 'comment-file': '' }
  }
  if (!github.sha || !/^[0-9a-f]{40}$/.test(github.sha))
    throw new UserError(`Input 'comment-file': the event names no head commit of the pull request (a 40-digit sha), which the comment file must name.`)
  // The run and commit are left out: the posting run links what it verified itself.
  const { runUrl: _runUrl, commit: _commit, ...report } = view
  writeCommentFile('comment-file', commentFile, { repository: github.repository, pullRequest: github.issueNumber, headSha: github.sha, key: gateMarker(options), report })
  log.info(`Wrote the comment for ${github.repository}#${github.issueNumber} to ${commentFile}; post it from a workflow_run run with the comment action.`)
  return { 'comment-file': commentFile }
}
