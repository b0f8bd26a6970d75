import { describe, expect, it } from 'vitest'
import { COMMANDS } from '../../shared/commands/index.js'
import { isActionCommand, renderPermissions } from '../../shared/runtime/docs.js'

const ACTIONS = COMMANDS.filter(isActionCommand)

/** Every `scope: level` a description names, as a workflow's `permissions:` would. */
const named = (text: string) => [...text.matchAll(/`(actions|contents|deployments|issues|pull-requests): (read|write)`/g)].map((m) => `${m[1]}: ${m[2]}`)

describe.each(ACTIONS.map((command) => [command.action, command] as const))('%s', (_action, command) => {
  const declared = command.permissions.map((p) => `${p.scope}: ${p.level}`)

  it('names in its inputs and outputs only the permissions it declares', () => {
    const descriptions = [...Object.entries(command.inputs), ...Object.entries(command.outputs)]
    const undeclared = descriptions.flatMap(([name, spec]) => named(spec.description).filter((grant) => !declared.includes(grant)).map((grant) => `${name}: ${grant}`))
    expect(undeclared).toEqual([])
  })

  it('declares a permission exactly when it takes a GitHub token', () => {
    expect(command.permissions.length > 0).toBe('github-token' in command.inputs)
  })

  it('says why it needs each permission', () => {
    expect(command.permissions.filter((p) => !p.why.trim()).map((p) => p.scope)).toEqual([])
  })
})

it('renders the permissions table from the declarations', () => {
  const predict = ACTIONS.find((command) => command.action === 'predict')!
  expect(renderPermissions(predict)).toContain('| `contents: read` | resolves and downloads registered versions | with `registry: github` and a registered model |')
  expect(renderPermissions({ ...predict, permissions: [] })).toContain('None: the action makes no GitHub API call.')
})
