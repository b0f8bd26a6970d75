import { UserError } from '../errors/index.js'
import type { Logger } from '../log/index.js'
import { apiError, apiFailure, githubMessage, isAmbiguous, ReadOnlyTokenError, type ApiFailure } from './api-errors.js'
import type { GitHubClient } from './client.js'
import { clipLine, oneLine } from './tracking-text.js'

/** `reason` is one line of at most this many characters: what drifted, not the whole report. */
export const REASON_LIMIT = 1_000

export interface DispatchInputs {
  /** What drifted; made one line and cut to {@link REASON_LIMIT}. */
  reason: string
  /** The run that asks for the dispatch. */
  'run-url': string
}

export interface DispatchOptions {
  client: GitHubClient
  owner: string
  repo: string
  /** The workflow's file name (`retrain.yml`), its path (`.github/workflows/retrain.yml`) or its numeric id. */
  workflow: string
  /** The branch or tag whose version of the workflow runs. */
  ref: string
  inputs: DispatchInputs
  log: Logger
}

export type DispatchResult =
  | { status: 'dispatched'; workflow: string; ref: string; inputs: DispatchInputs }
  /** The token cannot dispatch; `warning` names `actions: write` and has already been logged. */
  | { status: 'forbidden'; warning: string }

const DISPATCH = 'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches'

/**
 * Starts a `workflow_dispatch` run with exactly two string inputs, `reason` and `run-url`, which the
 * dispatched workflow must declare. The POST is sent once: GitHub gives no way to tell whether a
 * dispatch that failed without an answer started a run, and a second run would retrain twice.
 */
export async function dispatchWorkflow(options: DispatchOptions): Promise<DispatchResult> {
  const { client, owner, repo, log } = options
  const workflow = workflowId(options.workflow)
  const ref = checkRef(options.ref)
  const inputs: DispatchInputs = { reason: clipLine(oneLine(options.inputs.reason), REASON_LIMIT), 'run-url': oneLine(options.inputs['run-url']) }
  if (!inputs.reason) throw new UserError(`The reason for dispatching workflow '${workflow}' is empty.`)
  const endpoint = `POST /repos/${owner}/${repo}/actions/workflows/${workflow}/dispatches`
  try {
    await client.request(DISPATCH, { owner, repo, workflow_id: workflow, ref, inputs: { ...inputs }, request: { retries: 0 } })
  } catch (error) {
    let failure: ApiFailure
    try {
      failure = apiFailure(endpoint, error)
    } catch (readOnly) {
      if (!(readOnly instanceof ReadOnlyTokenError)) throw readOnly
      const warning = `Cannot dispatch workflow '${workflow}' in ${owner}/${repo}: GitHub answered ${endpoint} with 403 "Resource not accessible by integration", so the token lacks the permission. Give the job \`permissions: actions: write\`.`
      log.warning(warning)
      return { status: 'forbidden', warning }
    }
    throw dispatchError({ ...options, workflow, ref, endpoint }, failure)
  }
  log.info(`Dispatched workflow '${workflow}' on '${ref}' in ${owner}/${repo}: ${inputs.reason}`)
  return { status: 'dispatched', workflow, ref, inputs }
}

interface Dispatch extends DispatchOptions {
  endpoint: string
}

function dispatchError(dispatch: Dispatch, failure: ApiFailure): UserError {
  const { workflow, ref, owner, repo, endpoint } = dispatch
  const where = `workflow '${workflow}' on '${ref}' in ${owner}/${repo}`
  if (isAmbiguous(failure))
    return new UserError(
      `${endpoint} ended without a clear answer (${failure.answered ? failure.status : failure.message}): ${where} may or may not have been dispatched, so it is not sent again. Check the repository's Actions tab.`,
    )
  if (failure.status === 404)
    return new UserError(
      `Workflow '${workflow}' is not found in ${owner}/${repo} (GitHub answered 404): the file must be in .github/workflows on the default branch, and on '${ref}', whose version runs; the token must be able to read the repository.`,
    )
  if (failure.status === 403 && !/rate limit/i.test(failure.message))
    return new UserError(`GitHub refused to dispatch ${where}: 403 ${githubMessage(failure)}. The token needs \`actions: write\`.`)
  if (failure.status === 422) return new UserError(`GitHub refused to dispatch ${where}: 422 ${githubMessage(failure)}.${refusalHint(dispatch, githubMessage(failure))}`)
  return apiError(endpoint, failure)
}

/** What to change for each of GitHub's refusals of a dispatch. */
function refusalHint(dispatch: Dispatch, message: string): string {
  if (/Unexpected inputs/i.test(message)) return ' The dispatched workflow must declare `reason` and `run-url` as `workflow_dispatch` inputs.'
  if (/Required input/i.test(message)) return ' Only `reason` and `run-url` are sent: give its other inputs a default or make them optional.'
  if (/No ref found/i.test(message)) return ` '${dispatch.ref}' is neither a branch nor a tag of ${dispatch.owner}/${dispatch.repo}.`
  if (/does not have 'workflow_dispatch' trigger/i.test(message)) return ' Add `on: workflow_dispatch` with the inputs `reason` and `run-url` to it.'
  if (/disabled workflow/i.test(message)) return " Enable it in the repository's Actions tab."
  return ''
}

/** A file name or an id; a path in .github/workflows is taken for its file name, as the API wants. */
function workflowId(workflow: string): string {
  const name = workflow.trim().replace(/^\.github\/workflows\//, '')
  if (/^\d+$/.test(name) || /^[^/\\\s]+\.ya?ml$/.test(name)) return name
  throw new UserError(`Workflow '${workflow}' is neither a workflow file name in .github/workflows (such as retrain.yml) nor a workflow id.`)
}

function checkRef(ref: string): string {
  const name = ref.trim()
  if (!name || /[\s\p{Cc}]/u.test(name)) throw new UserError(`The ref to dispatch on must be a branch or tag name, not ${JSON.stringify(ref)}.`)
  return name
}
