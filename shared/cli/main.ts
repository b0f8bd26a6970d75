import { COMMANDS } from '../commands/index.js'
import { UserError, describeError } from '../errors/index.js'
import { mapSource } from '../inputs/index.js'
import type { Command } from '../runtime/command.js'
import { executeCommand } from '../runtime/command.js'
import { cliIO, type CliState } from './io.js'

/** Exit codes: 0 passed, 1 the checks failed, 2 bad usage or input. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h') {
    ;(name ? process.stdout : process.stderr).write(usage())
    return name ? 0 : 2
  }
  const command = COMMANDS.find((candidate) => candidate.cli === name || candidate.action === name)
  if (!command) {
    process.stderr.write(`mlops: unknown command '${name}'. Commands: ${COMMANDS.map((c) => c.cli).join(', ')}.\n`)
    return 2
  }
  let flags: { values: Record<string, string>; json: boolean; help: boolean }
  try {
    flags = parseFlags(command, rest)
  } catch (error) {
    process.stderr.write(`mlops ${command.cli}: ${describeError(error)}\n`)
    return 2
  }
  if (flags.help) {
    process.stdout.write(commandHelp(command))
    return 0
  }
  const state: CliState = { outputs: {} }
  const outcome = await executeCommand(command, cliIO(mapSource(flags.values), flags.json, state))
  if (flags.json && outcome) process.stdout.write(JSON.stringify(state.outputs) + '\n')
  if (state.failure) process.stderr.write(`mlops ${command.cli}: ${state.failure}\n`)
  return outcome ? (state.failure ? 1 : 0) : 2
}

function parseFlags(command: Command<unknown, unknown>, args: string[]) {
  const values: Record<string, string> = {}
  let json = false
  let help = false
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg === '--json') json = true
    else if (arg === '--help' || arg === '-h') help = true
    else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=')
      const flag = eq >= 0 ? arg.slice(2, eq) : arg.slice(2)
      if (!(flag in command.inputs)) {
        throw new UserError(`unknown flag '--${flag}'. Flags: ${Object.keys(command.inputs).map((input) => `--${input}`).join(', ')}, --json.`)
      }
      const value = eq >= 0 ? arg.slice(eq + 1) : args[++i]
      // An empty value would silently mean the default; a flag is left out for that.
      if (value === undefined || value.trim() === '' || (eq < 0 && value.startsWith('--'))) {
        throw new UserError(`flag '--${flag}' needs a value; leave it out for the default.`)
      }
      values[flag] = value
    } else {
      throw new UserError(`unexpected argument '${arg}'; inputs are given as --name value.`)
    }
  }
  return { values, json, help }
}

function usage(): string {
  const lines = COMMANDS.map((command) => `  ${command.cli.padEnd(12)} ${command.description}`)
  return `Usage: mlops <command> [--input value ...] [--json]\n\nCommands:\n${lines.join('\n')}\n\nRun 'mlops <command> --help' for its inputs.\n`
}

function commandHelp(command: Command<unknown, unknown>): string {
  const inputs = Object.entries(command.inputs).map(
    ([name, spec]) => `  --${name.padEnd(16)} ${spec.description}${spec.required ? ' (required)' : ''}${spec.default ? ` Default: ${spec.default}.` : ''}`,
  )
  const outputs = Object.entries(command.outputs).map(([name, spec]) => `  ${name.padEnd(18)} ${spec.description}`)
  return `Usage: mlops ${command.cli} [--input value ...] [--json]\n\n${command.description}\n\nInputs:\n${inputs.join('\n')}\n  --json             Print the outputs as one JSON object on stdout.\n\nOutputs:\n${outputs.join('\n')}\n`
}
