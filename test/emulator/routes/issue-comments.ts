import { HttpError } from '../http.js'
import { renderComment } from '../render.js'
import type { CommentRecord, RepoRecord } from '../state.js'
import { paginate } from './pagination.js'
import { defineRoutes, requireIssue, requireIssuesRepo, type RouteContext } from './registry.js'

/** Comments on issues and pull requests: what a sticky pull-request comment needs. */
export const issueComments = defineRoutes('issue-comments', {
  'issues/list-comments': (context) => {
    const repo = requireIssuesRepo(context)
    const issue = requireIssue(context, repo)
    const since = context.query.since === undefined ? undefined : Date.parse(String(context.query.since))
    const comments = context.state
      .comments(`${repo.owner}/${repo.name}`, issue.number)
      .filter((c) => since === undefined || Date.parse(c.updatedAt) >= since)
    return paginate(context, comments, (comment) => renderComment(context.urls, context.state, repo, comment))
  },

  'issues/create-comment': (context) => {
    const repo = requireIssuesRepo(context)
    const issue = requireIssue(context, repo)
    const { body } = context.body as { body: string }
    const comment = context.state.addComment(`${repo.owner}/${repo.name}`, issue.number, { body, author: context.actor.login })
    const rendered = renderComment(context.urls, context.state, repo, comment)
    return { status: 201, body: rendered, headers: { location: rendered.url } }
  },

  'issues/get-comment': (context) => {
    const { repo, comment } = requireComment(context)
    return { status: 200, body: renderComment(context.urls, context.state, repo, comment) }
  },

  'issues/update-comment': (context) => {
    const { repo, comment } = requireComment(context)
    comment.body = (context.body as { body: string }).body
    comment.updatedAt = context.state.now()
    return { status: 200, body: renderComment(context.urls, context.state, repo, comment) }
  },

  'issues/delete-comment': (context) => {
    const { repo, comment } = requireComment(context)
    repo.comments.delete(comment.id)
    return { status: 204 }
  },
})

function requireComment(context: RouteContext): { repo: RepoRecord; comment: CommentRecord } {
  const repo = requireIssuesRepo(context)
  const comment = repo.comments.get(context.params.comment_id as number)
  if (!comment) throw new HttpError(404, 'Not Found', context.operation.docsUrl)
  return { repo, comment }
}
