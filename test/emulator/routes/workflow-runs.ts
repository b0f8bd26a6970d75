import { HttpError } from '../http.js'
import { renderWorkflowRun } from '../render-pulls.js'
import { workflowRuns } from '../runs.js'
import { paginate } from './pagination.js'
import { defineRoutes, notEmulated, requireRepo } from './registry.js'

/**
 * A workflow's runs, seeded with seedWorkflowRun, newest first, filtered as GitHub filters them by
 * `head_sha`, `event`, `branch` and `status` (which matches a status or a conclusion).
 */
export const workflowRunsRoutes = defineRoutes('workflow-runs', {
  'actions/list-workflow-runs': (context) => {
    const repo = requireRepo(context)
    const workflow = repo.workflows.find(context.params.workflow_id as number | string)
    if (!workflow) throw new HttpError(404, 'Not Found', context.operation.docsUrl)
    const { head_sha: headSha, event, branch, status, actor, created, check_suite_id: checkSuite } = context.query
    if (actor !== undefined || created !== undefined || checkSuite !== undefined) notEmulated(context, 'the actor, created and check_suite_id filters')
    const runs = workflowRuns(context.state, `${repo.owner}/${repo.name}`)
      .filter((run) => run.workflowId === workflow.id)
      .filter((run) => headSha === undefined || run.headSha === headSha)
      .filter((run) => event === undefined || run.event === event)
      .filter((run) => branch === undefined || run.headBranch === branch)
      .filter((run) => status === undefined || run.status === status || run.conclusion === status)
      .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id)
    const page = paginate(context, runs, (run) => renderWorkflowRun(context.urls, context.state, repo, run))
    return { ...page, body: { total_count: runs.length, workflow_runs: page.body } }
  },
})
