import { HttpError } from '../http.js'
import type { RepoRecord } from '../state.js'
import type { WorkflowRecord } from '../workflows.js'
import { defineRoutes, requireRepo, type RouteContext } from './registry.js'

/**
 * `workflow_dispatch`, with GitHub's refusals: an unknown workflow is a 404; a disabled one, one without
 * the trigger, a ref that does not exist, an input the file does not declare, a required input left out
 * and a value outside a choice's options are each a 422 with GitHub's message.
 */
export const workflows = defineRoutes('workflows', {
  'actions/create-workflow-dispatch': (context) => {
    const repo = requireRepo(context)
    const workflow = repo.workflows.find(context.params.workflow_id as number | string)
    if (!workflow) throw new HttpError(404, 'Not Found', context.operation.docsUrl)
    const { ref, inputs = {}, return_run_details: details } = context.body as { ref: string; inputs?: Record<string, unknown>; return_run_details?: boolean }
    checkDispatch(context, repo, workflow, ref, inputs)
    const runId = context.state.newId()
    repo.workflows.dispatches.push({ workflowId: workflow.id, path: workflow.path, ref, inputs, actor: context.actor.login, runId })
    if (!details) return { status: 204 }
    const body = {
      workflow_run_id: runId,
      run_url: `${context.urls.api}/repos/${repo.owner}/${repo.name}/actions/runs/${runId}`,
      html_url: `${context.urls.server}/${repo.owner}/${repo.name}/actions/runs/${runId}`,
    }
    return { status: 200, body }
  },
})

function checkDispatch(context: RouteContext, repo: RepoRecord, workflow: WorkflowRecord, ref: string, inputs: Record<string, unknown>): void {
  const refuse = (message: string) => new HttpError(422, message, context.operation.docsUrl)
  if (workflow.state !== 'active') throw refuse("Cannot trigger a 'workflow_dispatch' on a disabled workflow")
  const declared = workflow.inputs
  if (!declared) throw refuse("Workflow does not have 'workflow_dispatch' trigger")
  if (!refExists(repo, ref)) throw refuse(`No ref found for: ${ref}`)
  const unexpected = Object.keys(inputs).filter((name) => !(name in declared))
  if (unexpected.length > 0) throw refuse(`Unexpected inputs provided: ${JSON.stringify(unexpected)}`)
  for (const [name, input] of Object.entries(declared)) {
    const value = inputs[name]
    if (input.required && (value === undefined || value === '')) throw refuse(`Required input '${name}' not provided`)
    if (input.type === 'choice' && value !== undefined && !input.options?.includes(String(value)))
      throw refuse(`Provided value '${String(value)}' for input '${name}' not in the list of allowed values`)
  }
}

/** A branch or tag by name, or a full `refs/heads/` or `refs/tags/` ref. */
function refExists(repo: RepoRecord, ref: string): boolean {
  const candidates = ref.startsWith('refs/') ? [ref] : [`refs/heads/${ref}`, `refs/tags/${ref}`]
  return candidates.some((name) => repo.git.refs.has(name))
}
