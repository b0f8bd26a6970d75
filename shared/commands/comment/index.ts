import { UserError } from '../../errors/index.js'
import { createGitHubClient, describeValue, pullRequestHead, readCommentFile, splitRepository, upsertStickyComment, type CommentFile, type GitHubContext } from '../../github/index.js'
import type { Logger } from '../../log/index.js'
import { checkOutputPaths, namedPaths } from '../../output/index.js'
import { renderGateReport, stickyBody, type GateReportView } from '../../report/index.js'
import type { Command, CommandResult } from '../../runtime/command.js'
import { checkGateView } from './gate-view.js'

export interface CommentOptions {
  commentFile: string
  token?: string
  github: GitHubContext
  report: string
}

export interface CommentResult {
  file: CommentFile<GateReportView>
  /** The comment's Markdown, rendered here from the file's data. */
  markdown: string
}

export const commentCommand: Command<CommentOptions, CommentResult> = {
  action: 'comment',
  cli: 'comment',
  title: 'mlops comment',
  description:
    "Post or update the sticky pull-request comment that evaluate-gate wrote to its `comment-file` on a pull request from a fork, from a trusted `workflow_run` run: refused unless the file names this repository and the pull request's current head, which must also be the triggering run's commit; the comment is rendered again from the file's data with the gate's escaping renderer.",
  permissions: [{ scope: 'pull-requests', level: 'write', why: 'posts and updates the sticky comment' }],
  inputs: {
    'comment-file': { description: "The comment file evaluate-gate wrote with `comment-file` (in the artifact `mlops-comment`, as `comment.json`).", required: true },
    'github-token': { description: 'Token that comments: needs `pull-requests: write`.', actionDefault: '${{ github.token }}' },
    report: { description: 'Path of the JSON report.', default: 'comment-report.json' },
  },
  outputs: {
    'comment-url': { description: 'URL of the comment posted or updated.' },
    report: { description: 'Path of the JSON report.' },
  },

  parse(inputs, host): CommentOptions {
    const commentFile = inputs.required('comment-file')
    const report = inputs.string('report') ?? 'comment-report.json'
    const token = inputs.string('github-token') ?? host.token
    return { commentFile, report, github: host.github, ...(token && { token }) }
  },

  async run(options, log): Promise<CommandResult<CommentResult>> {
    checkOutputPaths(namedPaths({ report: options.report }), { files: namedPaths({ 'comment-file': options.commentFile }) })
    const file = readCommentFile('comment-file', options.commentFile, checkGateView)
    const where = `${file.repository}#${file.pullRequest}`
    checkGateKey(file, options)
    checkRepository(file, options)
    checkTriggeringRun(file, options, log)
    await checkPullRequestHead(file, options, log)
    const runUrl = options.github.workflowRun?.htmlUrl
    const markdown = renderGateReport({ ...file.report, ...(runUrl && { runUrl }), commit: file.headSha })
    return {
      result: { file, markdown },
      outputs: { 'comment-url': '', report: options.report },
      report: { tool: 'mlops-actions/comment', repository: file.repository, pullRequest: file.pullRequest, headSha: file.headSha, key: file.key, ...(runUrl && { runUrl }) },
      reportPath: options.report,
      summary: `Comment for ${where} at ${file.headSha.slice(0, 12)}, checked against the pull request's head:\n\n${markdown}`,
      annotations: [],
    }
  },

  publish: (outcome, options, log) => postComment(outcome.result, options, log),
}

/** As stickyMarker builds it for the gate (values percent-encoded), so that a file can only ever update a gate's comment. */
const GATE_MARKER = /^<!-- mlops-actions:evaluate-gate workflow=[^\s>]+ job=[^\s>]+(?: key=[^\s>]+)? -->$/

function checkGateKey(file: CommentFile, options: CommentOptions): void {
  if (!GATE_MARKER.test(file.key))
    throw new UserError(`Input 'comment-file' ('${options.commentFile}'): key 'key' must be the marker of an evaluate-gate comment ('<!-- mlops-actions:evaluate-gate workflow=... job=... -->'), not ${describeValue(file.key)}.`)
}

function checkRepository(file: CommentFile, options: CommentOptions): void {
  const here = options.github.repository
  if (!here) throw new UserError('GITHUB_REPOSITORY is not set: the comment action posts to the repository its workflow runs in.')
  if (file.repository.toLowerCase() !== here.toLowerCase())
    throw problem(options, `names repository '${file.repository}', but this run is in '${here}'; a comment file is posted only to the repository it was written for.`)
}

/** On `workflow_run`, the file must be about the commit the triggering run ran on. */
function checkTriggeringRun(file: CommentFile, options: CommentOptions, log: Logger): void {
  const { github } = options
  if (github.eventName !== 'workflow_run') {
    log.info(`The '${github.eventName ?? 'local'}' event is not workflow_run: the file is checked against the pull request's head alone.`)
    return
  }
  const run = github.workflowRun
  if (!run) throw new UserError('GITHUB_EVENT_PATH: the workflow_run event names no triggering run (workflow_run.id and head_sha).')
  if (run.headSha !== file.headSha)
    throw problem(options, `is about commit ${file.headSha}, but the run that triggered this one ran on ${run.headSha}; a comment file is posted only from the run that wrote it.`)
}

async function checkPullRequestHead(file: CommentFile, options: CommentOptions, log: Logger): Promise<void> {
  const client = createGitHubClient({ token: requireToken(options), apiUrl: options.github.apiUrl, log })
  const pull = await pullRequestHead({ client, ...splitRepository(file.repository) }, file.pullRequest)
  if (pull.headSha !== file.headSha)
    throw problem(
      options,
      `is about commit ${file.headSha}, but the head of ${file.repository}#${file.pullRequest} is now ${pull.headSha}: a newer push superseded it, and that push's run comments for it. Nothing was posted.`,
    )
}

async function postComment({ file, markdown }: CommentResult, options: CommentOptions, log: Logger): Promise<Record<string, string>> {
  const client = createGitHubClient({ token: requireToken(options), apiUrl: options.github.apiUrl, log })
  const result = await upsertStickyComment({ client, ...splitRepository(file.repository), issueNumber: file.pullRequest, marker: file.key, body: markdown, fit: stickyBody, log })
  if (result.status === 'forbidden')
    throw new UserError(`Cannot comment on ${file.repository}#${file.pullRequest}: the token may not write. Give the job that runs the comment action \`permissions: pull-requests: write\`.`)
  return { 'comment-url': result.url }
}

function requireToken(options: CommentOptions): string {
  if (!options.token) throw new UserError("Input 'github-token' is empty: the comment action needs a token with `pull-requests: write`.")
  return options.token
}

function problem(options: CommentOptions, what: string): UserError {
  return new UserError(`Input 'comment-file' ('${options.commentFile}') ${what}`)
}
