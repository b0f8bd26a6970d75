/**
 * A repository's workflows as far as `workflow_dispatch` sees them: the file, whether it declares the
 * trigger, and the inputs it declares. Dispatches are recorded, not run, so that tests can assert them.
 */

export type WorkflowInputType = 'string' | 'boolean' | 'choice' | 'number' | 'environment'

export interface WorkflowInput {
  required?: boolean
  /** Default `string`. */
  type?: WorkflowInputType
  /** For `choice`: the values allowed. */
  options?: string[]
}

export interface WorkflowSeed {
  /** Where the file sits: `.github/workflows/retrain.yml`. */
  path: string
  /** The `name:` in the file; default the file name. */
  name?: string
  /** The `workflow_dispatch` inputs; `null` for a workflow without that trigger. Default: the trigger, no inputs. */
  inputs?: Record<string, WorkflowInput> | null
  state?: 'active' | 'disabled_manually'
}

export interface WorkflowRecord {
  id: number
  name: string
  path: string
  /** Undefined when the workflow has no `workflow_dispatch` trigger. */
  inputs: Record<string, WorkflowInput> | undefined
  state: 'active' | 'disabled_manually'
}

export interface DispatchRecord {
  workflowId: number
  path: string
  /** As sent: a branch or tag name, or a full ref. */
  ref: string
  /** As sent, values untouched. */
  inputs: Record<string, unknown>
  /** Who dispatched it. */
  actor: string
  runId: number
}

const WORKFLOW_PATH = /^\.github\/workflows\/[^/]+\.ya?ml$/

export class WorkflowStore {
  private readonly byId = new Map<number, WorkflowRecord>()
  /** Every accepted dispatch, oldest first. */
  readonly dispatches: DispatchRecord[] = []

  constructor(private readonly newId: () => number) {}

  add(seed: WorkflowSeed): WorkflowRecord {
    if (!WORKFLOW_PATH.test(seed.path)) throw new Error(`A workflow lives in .github/workflows/ and ends in .yml or .yaml, not '${seed.path}'`)
    if (this.find(fileName(seed.path))) throw new Error(`Workflow ${seed.path} already exists`)
    const record: WorkflowRecord = {
      id: this.newId(),
      name: seed.name ?? fileName(seed.path),
      path: seed.path,
      inputs: seed.inputs === null ? undefined : (seed.inputs ?? {}),
      state: seed.state ?? 'active',
    }
    this.byId.set(record.id, record)
    return record
  }

  /** By id, or by file name (`retrain.yml`), as `workflow_id` takes either. */
  find(idOrFile: number | string): WorkflowRecord | undefined {
    const id = typeof idOrFile === 'number' ? idOrFile : /^\d+$/.test(idOrFile) ? Number(idOrFile) : undefined
    if (id !== undefined) return this.byId.get(id)
    return [...this.byId.values()].find((workflow) => fileName(workflow.path) === idOrFile)
  }
}

const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1)
