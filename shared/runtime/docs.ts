import { stringify } from 'yaml'
import type { Command } from './command.js'
import { table } from '../report/markdown.js'

const BEGIN = '<!-- generated: inputs and outputs -->'
const END = '<!-- end generated -->'

function inputDescription(spec: { description: string; default?: string }): string {
  return spec.default ? `${spec.description} Default: \`${spec.default}\`.` : spec.description
}

/**
 * action.yml declares no `default:` values: the runner would always pass them,
 * and then a `config` file could never set those inputs. Defaults apply in code.
 */
export function renderActionYaml(command: Command<unknown, unknown>): string {
  const inputs: Record<string, object> = {}
  for (const [name, spec] of Object.entries(command.inputs)) {
    inputs[name] = { description: inputDescription(spec), required: Boolean(spec.required) }
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
    runs: { using: 'node24', main: 'dist/index.js' },
  }
  return `# Generated from shared/commands by 'npm run build'; edit the command definition instead.\n${stringify(action, { lineWidth: 0 })}`
}

export function renderReadmeTables(command: Command<unknown, unknown>): string {
  const inputs = table(
    ['input', 'required', 'description'],
    Object.entries(command.inputs).map(([name, spec]) => [`\`${name}\``, spec.required ? 'yes' : 'no', inputDescription(spec)]),
  )
  const outputs = table(
    ['output', 'description'],
    Object.entries(command.outputs).map(([name, spec]) => [`\`${name}\``, spec.description]),
  )
  return `${BEGIN}\n## Inputs\n\n${inputs}\n\n## Outputs\n\n${outputs}\n${END}`
}

/** Replaces the generated block of a README, or appends it. */
export function spliceGenerated(readme: string, generated: string): string {
  const start = readme.indexOf(BEGIN)
  const end = readme.indexOf(END)
  if (start >= 0 && end > start) return readme.slice(0, start) + generated + readme.slice(end + END.length)
  return `${readme.trimEnd()}\n\n${generated}\n`
}
