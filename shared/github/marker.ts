import { UserError } from '../errors/index.js'

/**
 * The hidden first line that finds a sticky comment again: one per workflow, job, (optionally) kind
 * of report and key, e.g. `<!-- mlops-actions:evaluate-gate workflow=CI job=evaluate key=mlp -->`.
 * The key tells apart the comments of one job: matrix legs share the job's name, and one job may run
 * two gates. Without a key the marker is the one earlier releases wrote, so their comments are still
 * found. Values are percent-encoded, so that spaces and `-->` cannot end the HTML comment early.
 */
export function stickyMarker(workflow: string, job: string, extra?: string, key?: string): string {
  if (!workflow.trim() || !job.trim())
    throw new UserError('A sticky comment needs the workflow and job names (GITHUB_WORKFLOW and GITHUB_JOB); one of them is empty.')
  const kind = extra ? `:${encodeURIComponent(extra)}` : ''
  const keyed = key?.trim() ? ` key=${encodeURIComponent(key.trim())}` : ''
  return `<!-- mlops-actions${kind} workflow=${encodeURIComponent(workflow)} job=${encodeURIComponent(job)}${keyed} -->`
}

/**
 * The hidden line that finds a tracking issue again: one per check, keyed by what is checked (a model
 * name or a reference path) and the workflow, e.g.
 * `<!-- mlops-actions:tracking key=churn workflow=Drift%20check -->`. Percent-encoded as stickyMarker's.
 */
export function trackingMarker(key: string, workflow: string): string {
  if (!key.trim() || !workflow.trim())
    throw new UserError('A tracking issue needs what it tracks (a model name or a reference path) and the workflow name (GITHUB_WORKFLOW); one of them is empty.')
  return `<!-- mlops-actions:tracking key=${encodeURIComponent(key)} workflow=${encodeURIComponent(workflow)} -->`
}

/** One HTML comment on one line: anything else could not be found again by prefix. */
export function checkMarker(marker: string): void {
  if (!/^<!--(?:(?!-->)[^\n])*-->$/.test(marker))
    throw new UserError(`A sticky comment marker must be one HTML comment on one line, such as stickyMarker() builds, not ${JSON.stringify(marker)}.`)
}

/** A comment body ready to send: the marker first, cut below GitHub's limit when needed. */
export interface StickyBody {
  text: string
  truncated: boolean
}
