import { COMMAND_CATALOG } from '../commands/catalog.js'
import { describeError } from '../errors/index.js'
import { mapSource } from '../inputs/index.js'
import type { Command } from '../runtime/command.js'
import { executeCommand } from '../runtime/command.js'
import { TOOL_VERSION } from '../version/index.js'
import { closest, parseFlags, type ParsedFlags } from './flags.js'
import { cliIO, type CliState } from './io.js'
import { typedOutputs } from './outputs.js'

/** Exit codes: 0 passed, 1 the checks failed, 2 bad usage or input. Only the command that runs is loaded, to keep start-up short. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h') {
    ;(name ? process.stdout : process.stderr).write(await usage())
    return name ? 0 : 2
  }
  if (name === '--version') {
    process.stdout.write(`${TOOL_VERSION}\n`)
    return 0
  }
  if (name === 'serve') return (await import('./serve.js')).runServe(rest, process.env)
  const entry = COMMAND_CATALOG.find((candidate) => candidate.cli === name || candidate.action === name)
  if (!entry) {
    const names = [...COMMAND_CATALOG.map((c) => c.cli), 'serve']
    const suggestion = closest(name, names)
    const hint = suggestion ? `; did you mean '${suggestion}'?` : '.'
    process.stderr.write(`mlops: unknown command '${name}'${hint} Commands: ${names.join(', ')}.\n`)
    return 2
  }
  const command = await entry.load()
  let flags: ParsedFlags
  try {
    flags = parseFlags(command.inputs, rest)
  } catch (error) {
    process.stderr.write(`mlops ${command.cli}: ${describeError(error)}\n`)
    return 2
  }
  if (flags.help || flags.version) {
    process.stdout.write(flags.help ? commandHelp(command) : `${TOOL_VERSION}\n`)
    return 0
  }
  const state: CliState = { outputs: {} }
  const outcome = await executeCommand(command, cliIO(mapSource(flags.values), flags.json, state))
  if (flags.json && outcome) process.stdout.write(JSON.stringify(typedOutputs(command.outputs, state.outputs)) + '\n')
  if (state.failure) process.stderr.write(`mlops ${command.cli}: ${state.failure}\n`)
  return outcome ? (state.failure ? 1 : 0) : 2
}

async function usage(): Promise<string> {
  const [commands, { SERVE_DESCRIPTION }] = await Promise.all([Promise.all(COMMAND_CATALOG.map((entry) => entry.load())), import('./serve.js')])
  const lines = commands.map((command) => `  ${command.cli.padEnd(12)} ${command.description}`).concat(`  ${'serve'.padEnd(12)} ${SERVE_DESCRIPTION}`)
  return `Usage: mlops <command> [--input value ...] [--json]\n       mlops --version\n\nCommands:\n${lines.join('\n')}\n\nRun 'mlops <command> --help' for its inputs.\n`
}

function commandHelp(command: Command<unknown, unknown>): string {
  const inputs = Object.entries(command.inputs).map(([name, spec]) => {
    const flag = spec.type === 'boolean' ? `--${name}[=false]` : `--${name}`
    return `  ${flag.padEnd(18)} ${spec.description}${spec.required ? ' (required)' : ''}${spec.default ? ` Default: ${spec.default}.` : ''}`
  })
  const outputs = Object.entries(command.outputs).map(([name, spec]) => `  ${name.padEnd(18)} ${spec.description}`)
  return `Usage: mlops ${command.cli} [--input value ...] [--json]\n\n${command.description}\n\nInputs:\n${inputs.join('\n')}\n  --json             Print the outputs as one JSON object on stdout, each with its JSON type.\n\nOutputs:\n${outputs.join('\n')}\n`
}
