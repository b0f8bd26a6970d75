import { UserError } from '../errors/index.js'
import type { Logger } from '../log/index.js'
import { apiError, apiFailure, isAmbiguous, ReadOnlyTokenError } from './api-errors.js'
import type { GitHubClient } from './client.js'
import { checkMarker, type StickyBody } from './marker.js'

export interface StickyCommentOptions {
  client: GitHubClient
  owner: string
  repo: string
  /** The pull request's (or issue's) number. */
  issueNumber: number
  /** From stickyMarker(): the comment's hidden first line, by which later runs find it. */
  marker: string
  /** Markdown; the marker is put in front of it. */
  body: string
  /** Puts the marker in front of the body and cuts it to GitHub's limit: a renderer, passed in. */
  fit: (marker: string, body: string) => StickyBody
  log: Logger
}

export type StickyCommentResult =
  | { status: 'created' | 'updated'; id: number | bigint; url: string; truncated: boolean }
  /** The token cannot write; `warning` has already been logged. */
  | { status: 'forbidden'; warning: string }

/** How often a comment is posted when the answers leave it unknown whether the last post landed. */
export const CREATE_ATTEMPTS = 3

const LIST = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments'
const CREATE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments'
const UPDATE = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}'

interface Comment {
  /** Typed for ids beyond 2^53, which Octokit would parse as bigint. */
  id: number | bigint
  body?: string
  html_url: string
}

interface Target extends StickyCommentOptions {
  text: string
  truncated: boolean
}

/**
 * One comment per marker on a pull request, edited in place on every run: found across all pages of
 * comments, updated when it exists, created once when it does not. Requests: the pages of comments
 * (100 a page) plus one write.
 */
export async function upsertStickyComment(options: StickyCommentOptions): Promise<StickyCommentResult> {
  checkOptions(options)
  const { text, truncated } = options.fit(options.marker, options.body)
  if (!text.startsWith(options.marker)) throw new Error('a sticky comment body must start with its marker')
  if (truncated) options.log.warning(`The comment for ${issueRef(options)} is too long for GitHub and was cut to ${text.length} characters.`)
  const target: Target = { ...options, text, truncated }
  try {
    const existing = await findNewest(target)
    return existing ? await update(target, existing) : await create(target)
  } catch (error) {
    if (!(error instanceof ReadOnlyTokenError)) throw error
    const warning = forbiddenWarning(options, error.endpoint)
    options.log.warning(warning)
    return { status: 'forbidden', warning }
  }
}

/** The newest comment that starts with the marker; older ones, left by an earlier bug, stay as they are. */
async function findNewest(target: Target): Promise<Comment | undefined> {
  const { client, owner, repo, issueNumber, marker } = target
  const endpoint = `GET ${issuePath(target)}/comments`
  let matches: Comment[]
  try {
    matches = await client.paginate(LIST, { owner, repo, issue_number: issueNumber, per_page: 100 }, (page) =>
      page.data.filter((comment) => comment.body?.startsWith(marker)),
    )
  } catch (error) {
    throw apiError(endpoint, apiFailure(endpoint, error))
  }
  if (matches.length > 1) target.log.info(`${matches.length} comments on ${issueRef(target)} carry the marker; updating the newest only.`)
  return matches.reduce<Comment | undefined>((newest, comment) => (!newest || comment.id > newest.id ? comment : newest), undefined)
}

/** PATCH sets the whole body, so the client may retry it safely. */
async function update(target: Target, existing: Comment, recreate = true): Promise<StickyCommentResult> {
  const { client, owner, repo } = target
  const endpoint = `PATCH /repos/${owner}/${repo}/issues/comments/${existing.id}`
  try {
    const { data } = await client.request(UPDATE, { owner, repo, comment_id: existing.id, body: target.text })
    return done(target, 'updated', data)
  } catch (error) {
    const failure = apiFailure(endpoint, error)
    // Deleted since it was listed: post it afresh.
    if (recreate && failure.status === 404 && failure.answered) return create(target)
    throw apiError(endpoint, failure)
  }
}

/**
 * A POST that fails without a clear answer may still have created the comment, so it is never retried
 * blindly: the comments are listed again first, and the post is repeated only when it is not there.
 */
async function create(target: Target): Promise<StickyCommentResult> {
  const { client, owner, repo, issueNumber } = target
  const endpoint = `POST ${issuePath(target)}/comments`
  for (let attempt = 1; ; attempt++) {
    try {
      const { data } = await client.request(CREATE, { owner, repo, issue_number: issueNumber, body: target.text, request: { retries: 0 } })
      return done(target, 'created', data)
    } catch (error) {
      const failure = apiFailure(endpoint, error)
      if (!isAmbiguous(failure)) throw apiError(endpoint, failure)
      target.log.warning(`${endpoint} ended without a clear answer (${failure.answered ? failure.status : failure.message}); checking whether the comment was created.`)
      // GitHub may still be finishing the write that its front end gave up on.
      await client.pause(attempt)
      const landed = await findNewest(target)
      if (landed) return landed.body === target.text ? done(target, 'created', landed) : update(target, landed, false)
      if (attempt >= CREATE_ATTEMPTS) throw apiError(endpoint, failure, attempt)
    }
  }
}

function done(target: Target, status: 'created' | 'updated', comment: Comment): StickyCommentResult {
  target.log.info(`${status === 'created' ? 'Created' : 'Updated'} the comment on ${issueRef(target)}: ${comment.html_url}`)
  return { status, id: comment.id, url: comment.html_url, truncated: target.truncated }
}

function forbiddenWarning(options: StickyCommentOptions, endpoint: string): string {
  return (
    `Cannot comment on ${issueRef(options)}: GitHub answered ${endpoint} with 403 "Resource not accessible by integration", so the token lacks the permission. ` +
    'On pull requests from forks GITHUB_TOKEN is always read-only: upload the report as an artifact and post it from a separate workflow ' +
    'triggered by `workflow_run`, which runs with write permission. Otherwise give the job `permissions: pull-requests: write`.'
  )
}

function checkOptions(options: StickyCommentOptions): void {
  if (!options.owner || !options.repo) throw new UserError(`A sticky comment needs the repository as owner and name, not '${options.owner}/${options.repo}'.`)
  if (!Number.isSafeInteger(options.issueNumber) || options.issueNumber < 1)
    throw new UserError(`A sticky comment needs a pull-request number (a positive integer), not ${options.issueNumber}.`)
  checkMarker(options.marker)
}

const issuePath = (o: StickyCommentOptions) => `/repos/${o.owner}/${o.repo}/issues/${o.issueNumber}`
const issueRef = (o: StickyCommentOptions) => `${o.owner}/${o.repo}#${o.issueNumber}`
