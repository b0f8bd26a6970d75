/** Whether a workflow would start for an event at all, as GitHub decides from its `on:`. */
import { WorkflowError } from './errors.js'
import type { GitHubEvent } from './context.js'
import type { WorkflowFile } from './workflow-file.js'

/** The activity types GitHub starts a workflow for when `types:` is left out. */
const DEFAULT_TYPES: Record<string, string[]> = {
  pull_request: ['opened', 'synchronize', 'reopened'],
  pull_request_target: ['opened', 'synchronize', 'reopened'],
  workflow_run: ['completed', 'requested'],
}

export function checkTriggered(file: WorkflowFile, event: GitHubEvent, ref: string): void {
  const on = file.spec.on
  if (!(event.name in on)) throw new WorkflowError(`${file.label} does not run on '${event.name}' (on: ${Object.keys(on).join(', ')})`)
  const filters = (on[event.name] ?? {}) as { types?: string[]; workflows?: string[]; branches?: string[] }
  const action = event.payload.action as string | undefined
  const types = filters.types ?? DEFAULT_TYPES[event.name]
  if (types && action !== undefined && !types.includes(action)) throw new WorkflowError(`${file.label} does not run on '${event.name}' of type '${action}' (types: ${types.join(', ')})`)
  if (event.name === 'workflow_run') {
    const name = (event.payload.workflow_run as { name?: string } | undefined)?.name
    if (!filters.workflows?.includes(name ?? '')) throw new WorkflowError(`${file.label} does not run when workflow '${name}' completes (workflows: ${filters.workflows?.join(', ') ?? 'none'})`)
  }
  const branch = event.name === 'pull_request' || event.name === 'pull_request_target' ? (event.payload.pull_request as { base?: { ref?: string } })?.base?.ref : ref.replace(/^refs\/heads\//, '')
  if (filters.branches && branch !== undefined && !filters.branches.some((pattern) => branchPattern(pattern).test(branch)))
    throw new WorkflowError(`${file.label} does not run on '${event.name}' for branch '${branch}' (branches: ${filters.branches.join(', ')})`)
}

function branchPattern(glob: string): RegExp {
  const source = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\u0000').replace(/\*/g, '[^/]*').replace(/\u0000/g, '.*')
  return new RegExp(`^${source}$`)
}
