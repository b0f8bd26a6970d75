import { describeError, isUserError } from '../errors/index.js'
import { Inputs } from '../inputs/index.js'
import { writeOutputFile } from '../output/index.js'
import type { ProgressChannel } from '../progress/index.js'
import type { HostContext } from './host.js'
import type { Annotation, CommandIO, Logger } from './io.js'

export interface InputSpec {
  description: string
  required?: boolean
  /** Documented default, applied in code so that a config file can still set the input. */
  default?: string
  /** A default only action.yml declares, such as `${{ github.token }}`: an expression the runner fills in. */
  actionDefault?: string
  /** `boolean` inputs are `true` or `false`; the CLI takes them as flags without a value. Default: `string`. */
  type?: 'string' | 'boolean'
}

export interface OutputSpec {
  description: string
  /** What the output's text holds, so that `mlops --json` prints it with its JSON type. Default: `string`. */
  type?: 'string' | 'number' | 'boolean' | 'json'
}

/** The scopes of a workflow's `permissions:` that the commands use. */
export type PermissionScope = 'actions' | 'contents' | 'deployments' | 'issues' | 'pull-requests'

/** One permission the GitHub token needs, rendered into the action's README and the root README's table. */
export interface PermissionSpec {
  scope: PermissionScope
  level: 'read' | 'write'
  /** What the token does with it, e.g. "posts the sticky comment". */
  why: string
  /** The runs that need it, e.g. "with `registry: github`"; every run when unset. */
  when?: string
}

export interface CommandResult<Result> {
  result: Result
  outputs: Record<string, string>
  /** Written as JSON to `reportPath` by the one output writer (see `writeOutputFile`). */
  report: unknown
  reportPath: string
  /** The input that names `reportPath`, for messages; `report` unless given. */
  reportInput?: string
  summary: string
  annotations: Annotation[]
  /** Why the run fails, when it does. */
  failure?: string
}

/** One action and its CLI command share this definition. */
export interface Command<Options, Result> {
  /** Action folder name, e.g. "data-validate"; none for a command the CLI alone runs, such as a server. */
  action?: string
  /** CLI subcommand, e.g. "validate". */
  cli: string
  title: string
  description: string
  inputs: Record<string, InputSpec>
  outputs: Record<string, OutputSpec>
  /** What the job's `permissions:` must grant the token; none for a command that never calls the GitHub API. */
  permissions: PermissionSpec[]
  /** Everything the run needs, inputs and host alike, checked here so that `run` reads nothing else. */
  parse(inputs: Inputs, host: HostContext): Options
  run(options: Options, log: Logger & ProgressChannel): Promise<CommandResult<Result>>
  /** Effects beyond the report, such as a pull-request comment; returns extra outputs. Runs after the report is written. */
  publish?(outcome: CommandResult<Result>, options: Options, log: Logger): Promise<Record<string, string>>
}

/** Runs a command against any host: parse inputs, run, then perform every effect. */
export async function executeCommand<O, R>(command: Command<O, R>, io: CommandIO): Promise<CommandResult<R> | undefined> {
  try {
    const options = command.parse(new Inputs(io.inputs, Object.keys(command.inputs)), io.host)
    const outcome = await command.run(options, io)
    writeOutputFile(outcome.reportInput ?? 'report', outcome.reportPath, JSON.stringify(outcome.report, null, 2) + '\n')
    // A failed comment still leaves the outputs and the job summary in place.
    let publishError: unknown
    if (command.publish) {
      try {
        Object.assign(outcome.outputs, await command.publish(outcome, options, io))
      } catch (error) {
        publishError = error
      }
    }
    for (const [name, value] of Object.entries(outcome.outputs)) io.setOutput(name, value)
    // The reason comes first so that it is never the annotation GitHub drops.
    if (outcome.failure) io.fail(outcome.failure)
    for (const annotation of outcome.annotations) io.annotate(annotation)
    await io.writeSummary(outcome.summary)
    if (publishError !== undefined) throw publishError
    return outcome
  } catch (error) {
    io.fail(isUserError(error) ? error.message : describeError(error))
    return undefined
  }
}
