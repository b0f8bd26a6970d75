import { read, type RepositoryRef } from './pulls.js'

export interface WorkflowRunRef {
  /** Typed for ids beyond 2^53, which Octokit would parse as bigint. */
  id: number | bigint
  htmlUrl: string
  createdAt: string
}

/**
 * The newest successful `pull_request` run of `workflow` (a file name such as `mlops.yml`, or an id)
 * on `headSha`: the run whose artifacts hold what was gated on that commit. Re-runs keep their id, so
 * the newest by creation is the last one that passed.
 */
export async function latestSuccessfulPullRequestRun(target: RepositoryRef, workflow: string, headSha: string): Promise<WorkflowRunRef | undefined> {
  const { client, owner, repo } = target
  const runs = await read(
    `GET /repos/${owner}/${repo}/actions/workflows/${workflow}/runs`,
    'actions: read',
    () =>
      client.paginate(
        'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
        // The plugin unwraps `workflow_runs` from each page.
        { owner, repo, workflow_id: workflow, head_sha: headSha, event: 'pull_request', status: 'success', per_page: 100 },
      ),
    `${owner}/${repo} has no workflow '${workflow}': give the file name of the pull-request workflow, such as mlops.yml.`,
  )
  // The filters are GitHub's; checked again so that a run of another commit can never be picked.
  const passed = runs.filter((run) => run.head_sha === headSha && run.event === 'pull_request' && run.conclusion === 'success')
  const newest = passed.reduce<(typeof passed)[number] | undefined>((best, run) => (!best || newer(run, best) ? run : best), undefined)
  return newest && { id: newest.id, htmlUrl: newest.html_url, createdAt: newest.created_at }
}

function newer(a: { created_at: string; id: number | bigint }, b: { created_at: string; id: number | bigint }): boolean {
  const difference = Date.parse(a.created_at) - Date.parse(b.created_at)
  return difference === 0 ? a.id > b.id : difference > 0
}
