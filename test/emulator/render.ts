/** GitHub's JSON for the emulator's records, with URLs pointing back at the emulator. */
import type { CommentRecord, EmulatorState, IssueRecord, LabelRecord, RepoRecord, UserRecord } from './state.js'

export interface EmulatorUrls {
  /** GITHUB_API_URL: `http://127.0.0.1:PORT/api/v3`, as on GitHub Enterprise Server. */
  api: string
  /** GITHUB_SERVER_URL: where html_url values point. */
  server: string
  /** Where release assets are uploaded: `http://127.0.0.1:PORT/api/uploads`, as on GitHub Enterprise Server. */
  uploads: string
  /**
   * Where asset downloads are redirected: a host of its own, as GitHub's storage is, so that a client
   * following the redirect drops the Authorization header. Its locations are signed and need none.
   */
  downloads: string
}

export const nodeId = (kind: string, id: number | string) => Buffer.from(`${kind}:${id}`).toString('base64url')

export function renderUser(urls: EmulatorUrls, user: UserRecord) {
  // Bot logins end in `[bot]`, which GitHub percent-encodes in URLs.
  const url = `${urls.api}/users/${encodeURIComponent(user.login)}`
  const html = user.type === 'Bot' ? `${urls.server}/apps/${user.login.replace(/\[bot\]$/, '')}` : `${urls.server}/${user.login}`
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId('U', user.id),
    avatar_url: `${urls.server}/avatars/u/${user.id}`,
    gravatar_id: '',
    url,
    html_url: html,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: false,
  }
}

export function repoUrl(urls: EmulatorUrls, repo: RepoRecord): string {
  return `${urls.api}/repos/${repo.owner}/${repo.name}`
}

export function renderRepository(urls: EmulatorUrls, state: EmulatorState, repo: RepoRecord) {
  const url = repoUrl(urls, repo)
  const html = `${urls.server}/${repo.owner}/${repo.name}`
  const openIssues = [...repo.issues.values()].filter((i) => i.state === 'open').length
  return {
    id: repo.id,
    node_id: nodeId('R', repo.id),
    name: repo.name,
    full_name: `${repo.owner}/${repo.name}`,
    owner: renderUser(urls, state.user(repo.owner)),
    private: repo.private,
    visibility: repo.private ? 'private' : 'public',
    html_url: html,
    description: repo.description,
    fork: false,
    url,
    ...templatedRepoUrls(url),
    git_url: `${html.replace(/^https?/, 'git')}.git`,
    ssh_url: `git@${new URL(urls.server).host}:${repo.owner}/${repo.name}.git`,
    clone_url: `${html}.git`,
    svn_url: html,
    mirror_url: null,
    homepage: null,
    language: null,
    size: 0,
    default_branch: repo.defaultBranch,
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    subscribers_count: 0,
    network_count: 0,
    open_issues: openIssues,
    open_issues_count: openIssues,
    is_template: false,
    topics: [],
    has_issues: repo.hasIssues,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    license: null,
    allow_forking: true,
    web_commit_signoff_required: false,
    pushed_at: repo.createdAt,
    created_at: repo.createdAt,
    updated_at: repo.createdAt,
  }
}

/** The `*_url` fields every repository carries, as GitHub spells them. */
function templatedRepoUrls(url: string) {
  const plain = ['contributors', 'deployments', 'downloads', 'events', 'forks', 'hooks', 'languages', 'merges', 'stargazers', 'subscribers', 'subscription', 'tags', 'teams']
  const templated: Record<string, string> = {
    archive_url: '/{archive_format}{/ref}',
    assignees_url: '/assignees{/user}',
    blobs_url: '/git/blobs{/sha}',
    branches_url: '/branches{/branch}',
    collaborators_url: '/collaborators{/collaborator}',
    comments_url: '/comments{/number}',
    commits_url: '/commits{/sha}',
    compare_url: '/compare/{base}...{head}',
    contents_url: '/contents/{+path}',
    git_commits_url: '/git/commits{/sha}',
    git_refs_url: '/git/refs{/sha}',
    git_tags_url: '/git/tags{/sha}',
    issue_comment_url: '/issues/comments{/number}',
    issue_events_url: '/issues/events{/number}',
    issues_url: '/issues{/number}',
    keys_url: '/keys{/key_id}',
    labels_url: '/labels{/name}',
    milestones_url: '/milestones{/number}',
    notifications_url: '/notifications{?since,all,participating}',
    pulls_url: '/pulls{/number}',
    releases_url: '/releases{/id}',
    statuses_url: '/statuses/{sha}',
    trees_url: '/git/trees{/sha}',
  }
  const urls: Record<string, string> = {}
  for (const name of plain) urls[`${name}_url`] = `${url}/${name}`
  for (const [field, suffix] of Object.entries(templated)) urls[field] = url + suffix
  return urls
}

export function renderLabel(urls: EmulatorUrls, repo: RepoRecord, label: LabelRecord) {
  return {
    id: label.id,
    node_id: nodeId('LA', label.id),
    url: `${repoUrl(urls, repo)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    description: label.description,
    color: label.color,
    default: false,
  }
}

/** Reactions are not emulated: every count is zero. */
function reactions(url: string) {
  return { url: `${url}/reactions`, total_count: 0, '+1': 0, '-1': 0, laugh: 0, confused: 0, heart: 0, hooray: 0, eyes: 0, rocket: 0 }
}

function association(repo: RepoRecord, login: string): string {
  return login.toLowerCase() === repo.owner.toLowerCase() ? 'OWNER' : 'NONE'
}

export function renderIssue(urls: EmulatorUrls, state: EmulatorState, repo: RepoRecord, issue: IssueRecord) {
  const base = repoUrl(urls, repo)
  const url = `${base}/issues/${issue.number}`
  const html = `${urls.server}/${repo.owner}/${repo.name}/${issue.pullRequest ? 'pull' : 'issues'}/${issue.number}`
  const assignees = issue.assignees.map((login) => renderUser(urls, state.user(login)))
  const comments = [...repo.comments.values()].filter((c) => c.issueNumber === issue.number).length
  return {
    id: issue.id,
    node_id: nodeId(issue.pullRequest ? 'PR' : 'I', issue.id),
    url,
    repository_url: base,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: html,
    timeline_url: `${url}/timeline`,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: renderUser(urls, state.user(issue.author)),
    labels: issue.labels.map((name) => renderLabel(urls, repo, state.label(repo, name))),
    assignee: assignees[0] ?? null,
    assignees,
    milestone: null,
    locked: issue.locked,
    active_lock_reason: null,
    comments,
    ...(issue.pullRequest ? { pull_request: pullRequestLinks(urls, repo, issue) } : {}),
    closed_at: issue.closedAt,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_by: issue.closedBy ? renderUser(urls, state.user(issue.closedBy)) : null,
    author_association: association(repo, issue.author),
    reactions: reactions(url),
  }
}

function pullRequestLinks(urls: EmulatorUrls, repo: RepoRecord, issue: IssueRecord) {
  const html = `${urls.server}/${repo.owner}/${repo.name}/pull/${issue.number}`
  return { url: `${repoUrl(urls, repo)}/pulls/${issue.number}`, html_url: html, diff_url: `${html}.diff`, patch_url: `${html}.patch`, merged_at: null }
}

export function renderComment(urls: EmulatorUrls, state: EmulatorState, repo: RepoRecord, comment: CommentRecord) {
  const base = repoUrl(urls, repo)
  const issue = repo.issues.get(comment.issueNumber)
  const kind = issue?.pullRequest ? 'pull' : 'issues'
  return {
    id: comment.id,
    node_id: nodeId('IC', comment.id),
    url: `${base}/issues/comments/${comment.id}`,
    html_url: `${urls.server}/${repo.owner}/${repo.name}/${kind}/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${base}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: renderUser(urls, state.user(comment.author)),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: association(repo, comment.author),
    reactions: reactions(`${base}/issues/comments/${comment.id}`),
  }
}
