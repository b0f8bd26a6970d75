import { stringify } from 'yaml'
import { COLUMN_CHECKS, DATASET_CHECKS } from '../validate/index.js'
import { md, table, type Cell } from '../report/markdown.js'
import type { Command, PermissionSpec } from './command.js'

/** A command that is also an action, with an action.yml and a README in actions/<action>. */
export type ActionCommand = Command<unknown, unknown> & { action: string }

export function isActionCommand(command: Command<unknown, unknown>): command is ActionCommand {
  return command.action !== undefined
}

function inputDescription(spec: { description: string; default?: string }): string {
  return spec.default ? `${spec.description} Default: \`${spec.default}\`.` : spec.description
}

/**
 * action.yml declares no `default:` values: the runner would always pass them,
 * and then a `config` file could never set those inputs. Defaults apply in code.
 */
export function renderActionYaml(command: ActionCommand): string {
  const inputs: Record<string, object> = {}
  for (const [name, spec] of Object.entries(command.inputs)) {
    inputs[name] = { description: inputDescription(spec), required: Boolean(spec.required), ...(spec.actionDefault && { default: spec.actionDefault }) }
  }
  const outputs: Record<string, object> = {}
  for (const [name, spec] of Object.entries(command.outputs)) outputs[name] = { description: spec.description }
  const action = {
    name: command.title,
    description: command.description,
    author: 'mlops-actions',
    branding: { icon: 'check-circle', color: 'green' },
    inputs,
    outputs,
    // Every action runs its entry of the one bundle that all of them share.
    runs: { using: 'node24', main: `../dist/${command.action}.js` },
  }
  return `# Generated from shared/commands by 'npm run build'; edit the command definition instead.\n${stringify(action, { lineWidth: 0 })}`
}

/** Documentation is the project's own Markdown, not data: every cell is kept as written. */
function docsTable(headers: string[], rows: string[][]): string {
  const trusted = (text: string): Cell => md(text)
  return table(headers.map(trusted), rows.map((row) => row.map(trusted)))
}

export function renderInputsAndOutputs(command: Command<unknown, unknown>): string {
  const inputs = docsTable(
    ['input', 'required', 'description'],
    Object.entries(command.inputs).map(([name, spec]) => [`\`${name}\``, spec.required ? 'yes' : 'no', inputDescription(spec)]),
  )
  const outputs = docsTable(
    ['output', 'description'],
    Object.entries(command.outputs).map(([name, spec]) => [`\`${name}\``, spec.description]),
  )
  return `## Inputs\n\n${inputs}\n\n## Outputs\n\n${outputs}`
}

const grant = (permission: PermissionSpec) => `\`${permission.scope}: ${permission.level}\``

/** The action's permissions section: what the job's `permissions:` must grant, and why. */
export function renderPermissions(command: Command<unknown, unknown>): string {
  if (command.permissions.length === 0) return '## Permissions\n\nNone: the action makes no GitHub API call.'
  const rows = command.permissions.map((permission) => [grant(permission), permission.why, permission.when ?? 'always'])
  return `## Permissions\n\n${docsTable(['permission', 'what for', 'when'], rows)}\n\nA job that sets \`permissions:\` gets only what it lists; list the rows the workflow's runs need.`
}

/** One row per action, every scope an action needs in one cell, for the root README. */
export function renderPermissionsOverview(commands: readonly ActionCommand[]): string {
  const rows = commands.map((command) => {
    const needs = command.permissions.map((permission) => (permission.when ? `${grant(permission)} ${permission.when}` : grant(permission)))
    return [`[\`${command.action}\`](actions/${command.action}/README.md#permissions)`, needs.length > 0 ? needs.join('; ') : 'none']
  })
  return docsTable(['action', 'permissions of the GitHub token'], rows)
}

/** The schema's check keys, from the check registry. */
export function renderSchemaChecks(): string {
  const severity = (value: string) => (value === 'error' ? 'error' : 'warning')
  const columnTable = docsTable(
    ['key', 'applies to', 'default severity', 'meaning'],
    COLUMN_CHECKS.map((check) => [`\`${check.key}\``, check.types ? check.types.join(', ') : 'all types', severity(check.defaultSeverity), check.description]),
  )
  const datasetTable = docsTable(
    ['key', 'default severity', 'meaning'],
    DATASET_CHECKS.map((check) => [`\`${check.key}\``, severity(check.defaultSeverity), check.description]),
  )
  return `### Column keys\n\n${columnTable}\n\n### Top-level keys\n\n${datasetTable}`
}

/**
 * Replaces the block between `<!-- generated: NAME -->` and `<!-- end generated: NAME -->`; a missing block
 * goes before the generated block named `before`, when there is one, or at the end.
 */
export function spliceGenerated(readme: string, name: string, content: string, before?: string): string {
  const begin = `<!-- generated: ${name} -->`
  const block = `${begin}\n${content}\n<!-- end generated: ${name} -->`
  const spliced = spliceBetween(readme, begin, `<!-- end generated: ${name} -->`, block)
  if (spliced !== undefined) return spliced
  const next = before === undefined ? -1 : readme.indexOf(`<!-- generated: ${before} -->`)
  if (next >= 0) return `${readme.slice(0, next)}${block}\n\n${readme.slice(next)}`
  return `${readme.trimEnd()}\n\n${block}\n`
}

/** Replaces what lies between two markers, markers included, with `block`; undefined when they are missing. */
export function spliceBetween(text: string, begin: string, end: string, block: string): string | undefined {
  const start = text.indexOf(begin)
  const stop = text.indexOf(end, start)
  if (start < 0 || stop < 0) return undefined
  return text.slice(0, start) + block + text.slice(stop + end.length)
}
