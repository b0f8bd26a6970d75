/**
 * Workflow runs a test declares, as the runs listing shows them; they are records, nothing runs.
 *
 *   seedWorkflowRun(github.state, 'o/r', { workflow: 'mlops.yml', headSha: HEAD, conclusion: 'success' })
 */
import type { EmulatorState } from './state.js'

export type RunConclusion = 'success' | 'failure' | 'cancelled' | 'skipped' | 'neutral' | 'timed_out' | 'action_required' | 'stale'

export interface RunSeed {
  /** The workflow's file name, e.g. `mlops.yml`; declared in the repository when missing. */
  workflow: string
  headSha: string
  /** Default `pull_request`. */
  event?: string
  /** Default `completed`. */
  status?: 'completed' | 'in_progress' | 'queued' | 'waiting' | 'requested' | 'pending'
  /** Default `success` for a completed run; null while one runs. */
  conclusion?: RunConclusion | null
  headBranch?: string
  /** owner/name the head commit is in: a fork for its pull requests. Default: the repository. */
  headRepo?: string
  /** Default the emulator's clock. */
  createdAt?: string
}

export interface RunRecord {
  id: number
  runNumber: number
  workflowId: number
  workflowPath: string
  workflowName: string
  event: string
  status: string
  conclusion: RunConclusion | null
  headSha: string
  headBranch: string
  headRepo: string
  createdAt: string
}

/** The repository's runs, in the order seeded. */
export function workflowRuns(state: EmulatorState, fullName: string): RunRecord[] {
  return state.slice(`runs:${fullName.toLowerCase()}`, () => [] as RunRecord[])
}

export function seedWorkflowRun(state: EmulatorState, fullName: string, seed: RunSeed): RunRecord {
  const repo = state.repo(fullName)
  if (!repo) throw new Error(`Repository ${fullName} does not exist`)
  const workflow = repo.workflows.find(seed.workflow) ?? repo.workflows.add({ path: `.github/workflows/${seed.workflow}`, inputs: null })
  const runs = workflowRuns(state, fullName)
  const status = seed.status ?? 'completed'
  const record: RunRecord = {
    id: state.newId(),
    runNumber: runs.filter((run) => run.workflowId === workflow.id).length + 1,
    workflowId: workflow.id,
    workflowPath: workflow.path,
    workflowName: workflow.name,
    event: seed.event ?? 'pull_request',
    status,
    conclusion: seed.conclusion !== undefined ? seed.conclusion : status === 'completed' ? 'success' : null,
    headSha: seed.headSha,
    headBranch: seed.headBranch ?? repo.defaultBranch,
    headRepo: seed.headRepo ?? `${repo.owner}/${repo.name}`,
    createdAt: seed.createdAt ?? state.now(),
  }
  runs.push(record)
  return record
}
