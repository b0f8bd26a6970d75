import { createGitHubClient, dispatchWorkflow, splitRepository, syncTrackingIssue, trackingMarker, type GitHubClient } from '../../github/index.js'
import { UserError } from '../../errors/index.js'
import type { Logger } from '../../log/index.js'
import { stickyBody } from '../../report/index.js'
import type { MonitorDriftOptions } from './options.js'
import { checkStatus, driftIssueBody, driftReason, type DriftCheck } from './report.js'

/**
 * The check's GitHub effects, after the report and before the summary: the tracking issue, then,
 * on drift, the retraining dispatch. Both run even when the other fails; the first error is
 * thrown after. Returns the `issue-number` and `issue-url` outputs.
 */
export async function publishDrift(check: DriftCheck, options: MonitorDriftOptions, log: Logger): Promise<Record<string, string>> {
  const wanted = options.openIssue || (check.drifted && options.retrainWorkflow !== undefined)
  if (!wanted) return {}
  const { repository } = options.github
  if (!repository) {
    log.info('Not running in a GitHub repository (GITHUB_REPOSITORY is not set): no issue is opened and no workflow dispatched.')
    return {}
  }
  if (!options.token) {
    log.warning("Input 'github-token' is empty, so no drift issue was opened or updated and no workflow dispatched. The report is in the job summary.")
    return {}
  }
  const client = createGitHubClient({ token: options.token, apiUrl: options.github.apiUrl, log })
  const where = splitRepository(repository)
  let failure: unknown
  let outputs: Record<string, string> = {}
  if (options.openIssue) {
    try {
      outputs = await syncIssue(client, where, check, options, log)
    } catch (error) {
      failure = error
    }
  }
  if (check.drifted && options.retrainWorkflow) {
    try {
      await dispatchRetraining(client, where, check, options, log)
    } catch (error) {
      failure ??= error
    }
  }
  if (failure !== undefined) throw failure
  return outputs
}

type Where = { owner: string; repo: string }

async function syncIssue(client: GitHubClient, where: Where, check: DriftCheck, options: MonitorDriftOptions, log: Logger): Promise<Record<string, string>> {
  const marker = trackingMarker(options.key, options.github.workflow ?? 'monitor-drift')
  const result = await syncTrackingIssue({
    client,
    ...where,
    marker,
    labels: options.issueLabels,
    title: options.issueTitle,
    body: driftIssueBody(check, { key: options.key, runUrl: options.runUrl }, marker),
    status: checkStatus(check),
    closeResolved: options.closeResolved,
    ...(options.runUrl && { runUrl: options.runUrl }),
    fit: stickyBody,
    log,
  })
  if (result.action === 'none' || result.action === 'forbidden') return {}
  return { 'issue-number': String(result.number), 'issue-url': result.url }
}

/** `retrain-ref`, else the repository's default branch, which holds the workflow file GitHub looks up. */
async function dispatchRetraining(client: GitHubClient, where: Where, check: DriftCheck, options: MonitorDriftOptions, log: Logger): Promise<void> {
  const ref = options.retrainRef ?? (await defaultBranch(client, where))
  await dispatchWorkflow({
    client,
    ...where,
    workflow: options.retrainWorkflow!,
    ref,
    inputs: { reason: driftReason(check, options.key), 'run-url': options.runUrl ?? 'none (run outside GitHub Actions)' },
    log,
  })
}

async function defaultBranch(client: GitHubClient, where: Where): Promise<string> {
  try {
    const { data } = await client.request('GET /repos/{owner}/{repo}', where)
    return data.default_branch
  } catch (error) {
    const status = (error as { status?: number }).status
    throw new UserError(`Cannot read the default branch of ${where.owner}/${where.repo} to dispatch the retraining on (GET /repos/${where.owner}/${where.repo} answered ${status ?? (error as Error).message}); set 'retrain-ref'.`)
  }
}
