/**
 * GITHUB_TOKEN permissions across a call: a called workflow's job may not ask for more than the calling
 * job grants, or GitHub refuses to start the run, naming the scope.
 */
import { WorkflowError } from './errors.js'

type Level = 'none' | 'read' | 'write'
export type Grant = Record<string, Level>

const RANK: Record<Level, number> = { none: 0, read: 1, write: 2 }
const SCOPES = ['actions', 'attestations', 'checks', 'contents', 'deployments', 'discussions', 'id-token', 'issues', 'models', 'packages', 'pages', 'pull-requests', 'repository-projects', 'security-events', 'statuses']

/** `read-all`, `write-all`, `{}` or a mapping, as the scopes it grants; undefined when not set. */
export function grantOf(permissions: unknown): Grant | undefined {
  if (permissions === undefined || permissions === null) return undefined
  if (permissions === 'read-all' || permissions === 'write-all') return Object.fromEntries(SCOPES.map((scope) => [scope, permissions === 'read-all' ? 'read' : 'write']))
  if (typeof permissions !== 'object') throw new WorkflowError(`permissions: '${String(permissions)}' is not read-all, write-all or a mapping`)
  const grant: Grant = Object.fromEntries(SCOPES.map((scope) => [scope, 'none' as Level]))
  for (const [scope, level] of Object.entries(permissions)) {
    if (!(String(level) in RANK)) throw new WorkflowError(`permissions.${scope}: '${String(level)}' is not read, write or none`)
    grant[scope] = level as Level
  }
  return grant
}

/** What a job of a called workflow gets: its own request, checked against what the caller allows. */
export function nestedGrant(allowed: Grant | undefined, requested: Grant | undefined, job: string): Grant | undefined {
  if (!requested || !allowed) return requested ?? allowed
  for (const [scope, level] of Object.entries(requested))
    if (RANK[level] > RANK[allowed[scope] ?? 'none'])
      throw new WorkflowError(`The nested job '${job}' is requesting '${scope}: ${level}', but is only allowed '${scope}: ${allowed[scope] ?? 'none'}'.`)
  return requested
}
