import { UserError } from '../errors/index.js'
import type { Logger } from '../log/index.js'
import { apiError, apiFailure, isAmbiguous, ReadOnlyTokenError } from './api-errors.js'
import type { GitHubClient } from './client.js'
import { checkMarker, type StickyBody } from './marker.js'
import { CREATE_ATTEMPTS } from './sticky-comment.js'
import { issueLabels, issueTitle, runLink, trackingComments } from './tracking-text.js'

export type TrackingStatus = 'drifted' | 'clear' | 'insufficient data'

export interface TrackingIssueOptions {
  client: GitHubClient
  owner: string
  repo: string
  /** From trackingMarker(): the hidden line by which later runs find the issue. */
  marker: string
  /** Put on the issue when it is created, and required of it when open issues are listed. */
  labels: readonly string[]
  /** Plain text: made one line and cut to 256 characters. */
  title: string
  /** Markdown, already escaped: the issue's body when it is created, and each comment's figures. */
  body: string
  status: TrackingStatus
  /** Close the issue when drift clears; otherwise only comment. */
  closeResolved: boolean
  /** This workflow run, linked from the comments; absent for a run outside GitHub. */
  runUrl?: string
  /** Puts the marker in front of a body and cuts it below GitHub's limit: a renderer, passed in. */
  fit: (marker: string, body: string) => StickyBody
  log: Logger
}

/** `number` and `url` are the tracking issue's; `duplicateClosed` the issue this run opened and closed in a race. */
export interface TrackedIssue {
  action: 'created' | 'commented' | 'closed'
  number: number
  url: string
  /** The body or comment was cut to fit GitHub's limit. */
  truncated: boolean
  duplicateClosed?: number
}

export type TrackingIssueResult =
  | TrackedIssue
  /** Nothing drifted and no issue is open, or too little data and none open: only the listing was sent. */
  | { action: 'none' }
  /** The token cannot write issues; `warning` names the permission and has already been logged. */
  | { action: 'forbidden'; warning: string }

interface Issue {
  number: number
  html_url: string
  body?: string | null
  pull_request?: unknown
}

interface Run extends TrackingIssueOptions {
  cleanTitle: string
  cleanLabels: string[]
}

const LIST = 'GET /repos/{owner}/{repo}/issues'
const CREATE = 'POST /repos/{owner}/{repo}/issues'
const UPDATE = 'PATCH /repos/{owner}/{repo}/issues/{issue_number}'
const COMMENT = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments'

/**
 * One open issue per check: created when drift starts, commented on while it lasts, closed when it
 * clears. Found by listing the open issues with the labels, never through search, which lags. Two
 * runs that both create one settle on the lower number; see README.md for the race.
 */
export async function syncTrackingIssue(options: TrackingIssueOptions): Promise<TrackingIssueResult> {
  const run = prepare(options)
  try {
    const open = await listTracked(run)
    if (open.length > 1) run.log.info(`${open.length} open issues in ${repoName(run)} carry the marker; following the oldest, #${open[0]!.number}.`)
    const tracked = open[0]
    if (run.status === 'drifted') return tracked ? await commentOn(run, tracked, run.body) : await openIssue(run)
    if (!tracked) return { action: 'none' }
    if (run.status === 'insufficient data') return await commentOn(run, tracked, `${trackingComments.insufficient(run.runUrl)}\n\n${run.body}`)
    return await resolve(run, open)
  } catch (error) {
    if (!(error instanceof ReadOnlyTokenError)) throw error
    const warning = forbiddenWarning(run, error.endpoint)
    run.log.warning(warning)
    return { action: 'forbidden', warning }
  }
}

/** Open issues with the labels whose body has the marker on a line of its own, oldest first. */
async function listTracked(run: Run): Promise<Issue[]> {
  const { client, owner, repo, marker, cleanLabels } = run
  const endpoint = `GET /repos/${owner}/${repo}/issues`
  const filter = cleanLabels.length > 0 ? { labels: cleanLabels.join(',') } : {}
  try {
    const issues = await client.paginate(LIST, { owner, repo, state: 'open', sort: 'created', direction: 'asc', per_page: 100, ...filter }, (page) =>
      page.data.filter((issue) => !issue.pull_request && carriesMarker(issue.body, marker)),
    )
    return issues.sort((a, b) => a.number - b.number)
  } catch (error) {
    throw apiError(endpoint, apiFailure(endpoint, error))
  }
}

/** A line of the body is the marker: a person may write above it, and a quote (`> <!--`) does not count. */
function carriesMarker(body: string | null | undefined, marker: string): boolean {
  return !!body && body.split('\n').some((line) => line.trim() === marker)
}

/** Creates the issue, then lists again: if a racing run's issue has a lower number, this one yields to it. */
async function openIssue(run: Run): Promise<TrackingIssueResult> {
  const { issue, ours, truncated } = await createIssue(run)
  if (!ours) return commentOn(run, issue, run.body)
  const open = await listTracked(run)
  const winner = [issue, ...open].reduce((lowest, candidate) => (candidate.number < lowest.number ? candidate : lowest))
  if (winner.number === issue.number) {
    run.log.info(`Opened ${issueRef(run, issue)}: ${issue.html_url}`)
    return { action: 'created', number: issue.number, url: issue.html_url, truncated }
  }
  run.log.info(`A run at the same time opened ${issueRef(run, winner)} first; closing ${issueRef(run, issue)} as its duplicate.`)
  await postComment(run, issue, trackingComments.duplicate(run.runUrl, winner.number))
  await close(run, issue, 'not_planned')
  return { ...(await commentOn(run, winner, run.body)), duplicateClosed: issue.number }
}

/**
 * A POST that fails without a clear answer may have created the issue, so it is never repeated
 * blindly: the open issues are listed first. One that appeared is ours when its body is ours, else a
 * racing run's, which this run then comments on.
 */
async function createIssue(run: Run): Promise<{ issue: Issue; ours: boolean; truncated: boolean }> {
  const { client, owner, repo } = run
  const endpoint = `POST /repos/${owner}/${repo}/issues`
  const { text, truncated } = fitted(run, run.body)
  for (let attempt = 1; ; attempt++) {
    try {
      const { data } = await client.request(CREATE, { owner, repo, title: run.cleanTitle, body: text, labels: run.cleanLabels, request: { retries: 0 } })
      return { issue: data, ours: true, truncated }
    } catch (error) {
      const failure = apiFailure(endpoint, error)
      if (!isAmbiguous(failure)) throw apiError(endpoint, failure)
      run.log.warning(`${endpoint} ended without a clear answer (${failure.answered ? failure.status : failure.message}); checking whether the issue was created.`)
      await client.pause(attempt)
      const landed = await listTracked(run)
      const mine = landed.find((issue) => issue.body === text)
      if (mine || landed[0]) return { issue: mine ?? landed[0]!, ours: !!mine, truncated }
      if (attempt >= CREATE_ATTEMPTS) throw apiError(endpoint, failure, attempt)
    }
  }
}

/** Drift cleared: every open copy gets the comment and, with closeResolved, is closed as completed. */
async function resolve(run: Run, open: Issue[]): Promise<TrackingIssueResult> {
  const tracked = open[0]!
  const text = `${trackingComments.cleared(run.runUrl, run.closeResolved)}\n\n${run.body}`
  if (!run.closeResolved) return commentOn(run, tracked, text)
  let truncated = false
  for (const issue of open) {
    truncated = (await postComment(run, issue, text)) || truncated
    await close(run, issue, 'completed')
  }
  run.log.info(`Drift cleared: closed ${issueRef(run, tracked)}.`)
  return { action: 'closed', number: tracked.number, url: tracked.html_url, truncated }
}

async function commentOn(run: Run, issue: Issue, body: string): Promise<TrackedIssue> {
  const truncated = await postComment(run, issue, body)
  run.log.info(`Commented on ${issueRef(run, issue)}: ${issue.html_url}`)
  return { action: 'commented', number: issue.number, url: issue.html_url, truncated }
}

/**
 * A comment whose POST ends without a clear answer is not sent again: a missing comment does less harm
 * than a repeated one, and the next run comments anyway. Returns whether the body was cut.
 */
async function postComment(run: Run, issue: Issue, body: string): Promise<boolean> {
  const { client, owner, repo } = run
  const endpoint = `POST /repos/${owner}/${repo}/issues/${issue.number}/comments`
  const { text, truncated } = fitted(run, body)
  try {
    await client.request(COMMENT, { owner, repo, issue_number: issue.number, body: text, request: { retries: 0 } })
  } catch (error) {
    const failure = apiFailure(endpoint, error)
    if (!isAmbiguous(failure)) throw apiError(endpoint, failure)
    run.log.warning(`${endpoint} ended without a clear answer (${failure.answered ? failure.status : failure.message}); the comment may be missing and is not sent again.`)
  }
  return truncated
}

/** PATCH sets the state, so the client may retry it safely. */
async function close(run: Run, issue: Issue, reason: 'completed' | 'not_planned'): Promise<void> {
  const { client, owner, repo } = run
  const endpoint = `PATCH /repos/${owner}/${repo}/issues/${issue.number}`
  try {
    await client.request(UPDATE, { owner, repo, issue_number: issue.number, state: 'closed', state_reason: reason })
  } catch (error) {
    throw apiError(endpoint, apiFailure(endpoint, error))
  }
}

function fitted(run: Run, body: string): StickyBody {
  const fit = run.fit(run.marker, body)
  if (!fit.text.startsWith(run.marker)) throw new Error('a tracking issue body must start with its marker')
  if (fit.truncated) run.log.warning(`The tracking issue text for ${repoName(run)} is too long for GitHub and was cut to ${fit.text.length} characters.`)
  return fit
}

function prepare(options: TrackingIssueOptions): Run {
  if (!options.owner || !options.repo) throw new UserError(`A tracking issue needs the repository as owner and name, not '${options.owner}/${options.repo}'.`)
  checkMarker(options.marker)
  runLink(options.runUrl)
  return { ...options, cleanTitle: issueTitle(options.title), cleanLabels: issueLabels(options.labels) }
}

function forbiddenWarning(run: Run, endpoint: string): string {
  return (
    `Cannot open, comment on or close the tracking issue in ${repoName(run)}: GitHub answered ${endpoint} with 403 "Resource not accessible by integration", ` +
    'so the token lacks the permission. Give the job `permissions: issues: write`.'
  )
}

const repoName = (run: Run) => `${run.owner}/${run.repo}`
const issueRef = (run: Run, issue: Issue) => `${repoName(run)}#${issue.number}`
