import { renderIssue } from '../render.js'
import type { IssueRecord, RepoRecord } from '../state.js'
import { paginate } from './pagination.js'
import { defineRoutes, notEmulated, requireIssue, requireIssuesRepo, type RouteContext } from './registry.js'

type LabelInput = string | { name?: string }
type AssigneeInput = string | { login?: string }

interface IssueFields {
  title?: string | number | null
  body?: string | null
  assignee?: string | null
  assignees?: AssigneeInput[]
  labels?: LabelInput[]
  milestone?: string | number | null
  type?: unknown
  state?: 'open' | 'closed'
  state_reason?: IssueRecord['stateReason']
}

export const issues = defineRoutes('issues', {
  'issues/list-for-repo': (context) => {
    const repo = requireIssuesRepo(context)
    const matching = sortIssues(context, repo, [...repo.issues.values()].filter(issueFilter(context)))
    return paginate(context, matching, (issue) => renderIssue(context.urls, context.state, repo, issue))
  },

  'issues/get': (context) => {
    const repo = requireIssuesRepo(context)
    return { status: 200, body: renderIssue(context.urls, context.state, repo, requireIssue(context, repo)) }
  },

  'issues/create': (context) => {
    const repo = requireIssuesRepo(context)
    const fields = context.body as IssueFields
    rejectUnmodelled(context, fields)
    const issue = context.state.addIssue(`${repo.owner}/${repo.name}`, {
      title: String(fields.title),
      body: fields.body ?? null,
      labels: labelNames(fields.labels ?? []),
      assignees: assigneeLogins(fields),
      author: context.actor.login,
    })
    const body = renderIssue(context.urls, context.state, repo, issue)
    return { status: 201, body, headers: { location: body.url } }
  },

  'issues/update': (context) => {
    const repo = requireIssuesRepo(context)
    const issue = requireIssue(context, repo)
    const fields = context.body as IssueFields
    rejectUnmodelled(context, fields)
    if (fields.title !== undefined && fields.title !== null) issue.title = String(fields.title)
    if (fields.body !== undefined) issue.body = fields.body
    if (fields.labels) issue.labels = labelNames(fields.labels).map((name) => context.state.label(repo, name).name)
    if (fields.assignees || fields.assignee !== undefined) issue.assignees = assigneeLogins(fields)
    if (fields.state || fields.state_reason !== undefined) changeState(context, issue, fields)
    issue.updatedAt = context.state.now()
    return { status: 200, body: renderIssue(context.urls, context.state, repo, issue) }
  },
})

function rejectUnmodelled(context: RouteContext, fields: IssueFields): void {
  if (fields.milestone !== undefined && fields.milestone !== null) notEmulated(context, 'milestones')
  if (fields.type !== undefined && fields.type !== null) notEmulated(context, 'issue types')
}

function labelNames(labels: LabelInput[]): string[] {
  return labels.map((label) => (typeof label === 'string' ? label : (label.name ?? ''))).filter(Boolean)
}

function assigneeLogins(fields: IssueFields): string[] {
  const logins = (fields.assignees ?? []).map((a) => (typeof a === 'string' ? a : (a.login ?? '')))
  if (fields.assignee) logins.unshift(fields.assignee)
  return [...new Set(logins.filter(Boolean))]
}

function changeState(context: RouteContext, issue: IssueRecord, fields: IssueFields): void {
  const state = fields.state ?? issue.state
  if (state === 'closed') {
    if (issue.state === 'open') [issue.closedAt, issue.closedBy] = [context.state.now(), context.actor.login]
    issue.stateReason = fields.state_reason ?? (issue.state === 'open' ? 'completed' : issue.stateReason)
  } else {
    issue.stateReason = issue.state === 'closed' ? 'reopened' : (fields.state_reason ?? issue.stateReason)
    issue.closedAt = null
    issue.closedBy = null
  }
  issue.state = state
}

/** The list filters: `none` and `*` as GitHub reads them; milestones and types never exist here. */
function issueFilter(context: RouteContext): (issue: IssueRecord) => boolean {
  const q = context.query as Record<string, string | undefined>
  if (q.mentioned !== undefined) notEmulated(context, "the 'mentioned' filter")
  if (q.issue_field_values !== undefined) notEmulated(context, 'issue fields')
  const wanted = q.labels ? q.labels.split(',').map((l) => l.trim().toLowerCase()).filter(Boolean) : []
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase()
  return (issue) =>
    (q.state === 'all' || issue.state === q.state) &&
    wanted.every((label) => issue.labels.some((name) => name.toLowerCase() === label)) &&
    (q.creator === undefined || same(issue.author, q.creator)) &&
    (q.assignee === undefined ||
      (q.assignee === 'none' ? issue.assignees.length === 0 : q.assignee === '*' ? issue.assignees.length > 0 : issue.assignees.some((a) => same(a, q.assignee!)))) &&
    (q.milestone === undefined || q.milestone === 'none') &&
    (q.type === undefined || q.type === 'none') &&
    (q.since === undefined || Date.parse(issue.updatedAt) >= Date.parse(q.since))
}

function sortIssues(context: RouteContext, repo: RepoRecord, list: IssueRecord[]): IssueRecord[] {
  const commentCount = (issue: IssueRecord) => [...repo.comments.values()].filter((c) => c.issueNumber === issue.number).length
  const key = (issue: IssueRecord): number =>
    context.query.sort === 'updated' ? Date.parse(issue.updatedAt) : context.query.sort === 'comments' ? commentCount(issue) : issue.number
  const sign = context.query.direction === 'asc' ? 1 : -1
  // Ties (same second) fall back to the issue number, so pages never overlap.
  return list.sort((a, b) => sign * (key(a) - key(b) || a.number - b.number))
}
