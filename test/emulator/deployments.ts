/**
 * A repository's deployments, their statuses, and the environments they created. GitHub creates an
 * environment the first time a deployment names it; so does the store. Branches that cannot be merged
 * with the default branch are declared by a test (`conflicts`), as the emulator keeps no file trees.
 */

export type DeploymentStatusState = 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success'

export interface DeploymentStatusRecord {
  id: number
  state: DeploymentStatusState
  description: string
  environment: string
  environmentUrl: string
  logUrl: string
  creator: string
  createdAt: string
}

export interface DeploymentRecord {
  id: number
  sha: string
  /** As sent: a branch, tag or sha. */
  ref: string
  task: string
  payload: Record<string, unknown> | string
  environment: string
  originalEnvironment: string
  description: string | null
  transient: boolean
  production: boolean
  creator: string
  createdAt: string
  updatedAt: string
  /** Oldest first. */
  statuses: DeploymentStatusRecord[]
}

export interface EnvironmentRecord {
  id: number
  name: string
  createdAt: string
  updatedAt: string
}

export class DeploymentStore {
  /** By id, in creation order. */
  readonly byId = new Map<number, DeploymentRecord>()
  /** By lower-cased name: GitHub's environment names are case-insensitive. */
  readonly environments = new Map<string, EnvironmentRecord>()
  /** Branches whose merge with the default branch conflicts: a deployment with `auto_merge` gets a 409. */
  readonly conflicts = new Set<string>()

  constructor(private readonly newId: () => number) {}

  add(fields: Omit<DeploymentRecord, 'id' | 'statuses' | 'updatedAt'>): DeploymentRecord {
    const record: DeploymentRecord = { ...fields, id: this.newId(), updatedAt: fields.createdAt, statuses: [] }
    record.environment = this.environment(fields.environment, fields.createdAt).name
    this.byId.set(record.id, record)
    return record
  }

  /** The environment of that name, created on first use as GitHub does for a deployment. */
  environment(name: string, now: string): EnvironmentRecord {
    const key = name.toLowerCase()
    let environment = this.environments.get(key)
    if (!environment) this.environments.set(key, (environment = { id: this.newId(), name, createdAt: now, updatedAt: now }))
    return environment
  }

  addStatus(deployment: DeploymentRecord, fields: Omit<DeploymentStatusRecord, 'id'>): DeploymentStatusRecord {
    const status = { ...fields, id: this.newId() }
    deployment.statuses.push(status)
    deployment.updatedAt = fields.createdAt
    return status
  }

  /** Newest first, as GitHub lists them. */
  list(): DeploymentRecord[] {
    return [...this.byId.values()].reverse()
  }

  /** The states a deployment went through, oldest first: what a test asserts. */
  states(id: number): DeploymentStatusState[] {
    return (this.byId.get(id)?.statuses ?? []).map((s) => s.state)
  }
}

/** The state GitHub reports for a deployment: its newest status's. */
export function latestState(deployment: DeploymentRecord): DeploymentStatusState | undefined {
  return deployment.statuses.at(-1)?.state
}
