/** GitHub's JSON for pull requests and workflow runs. */
import type { PullRecord } from './pulls.js'
import { nodeId, renderLabel, renderRepository, renderUser, repoUrl, type EmulatorUrls } from './render.js'
import type { RunRecord } from './runs.js'
import type { EmulatorState, RepoRecord } from './state.js'

/** `pull-request-simple`: what lists of pull requests hold. */
export function renderPullRequestSimple(urls: EmulatorUrls, state: EmulatorState, repo: RepoRecord, pull: PullRecord) {
  const issue = repo.issues.get(pull.number)!
  const base = repoUrl(urls, repo)
  const url = `${base}/pulls/${pull.number}`
  const html = `${urls.server}/${repo.owner}/${repo.name}/pull/${pull.number}`
  const issueUrl = `${base}/issues/${pull.number}`
  const statuses = `${base}/statuses/${pull.headSha}`
  const baseSha = repo.git.refs.get(`refs/heads/${pull.baseRef}`)?.sha ?? pull.headSha
  return {
    url,
    id: issue.id,
    node_id: nodeId('PR', issue.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issueUrl,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${base}/pulls/comments{/number}`,
    comments_url: `${issueUrl}/comments`,
    statuses_url: statuses,
    number: pull.number,
    state: issue.state,
    locked: issue.locked,
    title: issue.title,
    user: renderUser(urls, state.user(issue.author)),
    body: issue.body,
    labels: issue.labels.map((name) => renderLabel(urls, repo, state.label(repo, name))),
    milestone: null,
    active_lock_reason: null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branch(urls, state, state.repo(pull.headRepo)!, pull.headRef, pull.headSha, pull.headRepo.toLowerCase() !== `${repo.owner}/${repo.name}`.toLowerCase()),
    base: branch(urls, state, repo, pull.baseRef, baseSha, false),
    _links: {
      self: { href: url },
      html: { href: html },
      issue: { href: issueUrl },
      comments: { href: `${issueUrl}/comments` },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${base}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: statuses },
    },
    author_association: issue.author.toLowerCase() === repo.owner.toLowerCase() ? 'OWNER' : 'CONTRIBUTOR',
    auto_merge: null,
    draft: false,
  }
}

/** `pull-request`: one pull request in full. Sizes and review counts are not modelled: zero. */
export function renderPullRequest(urls: EmulatorUrls, state: EmulatorState, repo: RepoRecord, pull: PullRecord) {
  const comments = [...repo.comments.values()].filter((c) => c.issueNumber === pull.number).length
  return {
    ...renderPullRequestSimple(urls, state, repo, pull),
    merged: pull.mergedAt !== null,
    mergeable: null,
    rebaseable: null,
    mergeable_state: 'unknown',
    merged_by: pull.mergedBy ? renderUser(urls, state.user(pull.mergedBy)) : null,
    comments,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: pull.heads.length,
    additions: 0,
    deletions: 0,
    changed_files: 0,
  }
}

function branch(urls: EmulatorUrls, state: EmulatorState, repo: RepoRecord, ref: string, sha: string, fork: boolean) {
  return { label: `${repo.owner}:${ref}`, ref, sha, user: renderUser(urls, state.user(repo.owner)), repo: { ...renderRepository(urls, state, repo), fork } }
}

/** `workflow-run`. Pull requests from forks are not listed in `pull_requests`, as on GitHub. */
export function renderWorkflowRun(urls: EmulatorUrls, state: EmulatorState, repo: RepoRecord, run: RunRecord) {
  const base = repoUrl(urls, repo)
  const url = `${base}/actions/runs/${run.id}`
  const headRepo = state.repo(run.headRepo) ?? repo
  return {
    id: run.id,
    name: run.workflowName,
    node_id: nodeId('WFR', run.id),
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: run.workflowPath,
    display_title: run.workflowName,
    run_number: run.runNumber,
    run_attempt: 1,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: run.workflowId,
    url,
    html_url: `${urls.server}/${repo.owner}/${repo.name}/actions/runs/${run.id}`,
    pull_requests: [],
    created_at: run.createdAt,
    updated_at: run.createdAt,
    run_started_at: run.createdAt,
    actor: renderUser(urls, state.user(repo.owner)),
    triggering_actor: renderUser(urls, state.user(repo.owner)),
    jobs_url: `${url}/jobs`,
    logs_url: `${url}/logs`,
    check_suite_url: `${base}/check-suites/${run.id}`,
    artifacts_url: `${url}/artifacts`,
    cancel_url: `${url}/cancel`,
    rerun_url: `${url}/rerun`,
    workflow_url: `${base}/actions/workflows/${run.workflowId}`,
    head_commit: {
      id: run.headSha,
      tree_id: run.headSha,
      message: 'Change the model',
      timestamp: run.createdAt,
      author: { name: 'Octo Cat', email: 'octocat@example.com' },
      committer: { name: 'GitHub', email: 'noreply@github.com' },
    },
    repository: renderRepository(urls, state, repo),
    head_repository: renderRepository(urls, state, headRepo),
  }
}
