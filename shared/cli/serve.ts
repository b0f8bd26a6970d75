import { REGISTRY_INPUTS, openRegistryFromInputs } from '../commands/registry-inputs.js'
import { describeError, UserError } from '../errors/index.js'
import { Inputs, mapSource } from '../inputs/index.js'
import type { Logger } from '../log/index.js'
import type { InputSpec } from '../runtime/command.js'
import { hostContext, type Environment } from '../runtime/host.js'
import { DEFAULT_ALIAS, DEFAULT_HOST } from '../serve/options.js'
import type { ModelServer } from '../serve/index.js'
import { parseFlags } from './flags.js'

/** Port of KServe's custom containers and of MLServer. */
export const DEFAULT_PORT = 8080

export const SERVE_DESCRIPTION = 'Serve a registered model over HTTP (Open Inference Protocol v2 and /predict) until SIGTERM or SIGINT.'

const SERVE_INPUTS: Record<string, InputSpec> = {
  registry: REGISTRY_INPUTS.registry!,
  'github-token': { description: 'Token for the GitHub API, for the `github` registry (with GITHUB_REPOSITORY naming the repository). Default: GITHUB_TOKEN.' },
  model: { description: 'The registered model to serve.', required: true },
  alias: { description: `The alias of the version served at start (or \`latest\`). Default: ${DEFAULT_ALIAS}, unless --version is given.` },
  version: { description: 'The version number served at start, instead of an alias.' },
  host: { description: 'Address to listen on; 0.0.0.0 listens on every interface.', default: DEFAULT_HOST },
  port: { description: 'Port to listen on; 0 picks a free one.', default: String(DEFAULT_PORT) },
  log: { description: 'Prediction log: a JSON Lines file of features, prediction, version and timestamp, rotated at 64 MB (five older files kept).' },
}

/**
 * `mlops serve`: long-running, so not a one-shot Command. The admin token comes from the
 * environment (MLOPS_ADMIN_TOKEN), read here at the host. Prints the URL on stdout once
 * listening; SIGTERM or SIGINT stop it gracefully and it exits 0.
 */
export async function runServe(args: string[], env: Environment): Promise<number> {
  let server: ModelServer
  try {
    const values = parseServeFlags(args)
    if (values === 'help') {
      process.stdout.write(serveHelp())
      return 0
    }
    const inputs = new Inputs(mapSource(values))
    const registry = openRegistryFromInputs(inputs, hostContext(env)).open(stderrLogger)
    // Loaded here, so the other commands start without prom-client and the server.
    const { startModelServer } = await import('../serve/index.js')
    server = await startModelServer({
      registry,
      model: inputs.required('model'),
      ...(values.alias !== undefined && { alias: values.alias }),
      ...(values.version !== undefined && { version: wholeNumber('version', values.version) }),
      host: values.host ?? DEFAULT_HOST,
      port: values.port !== undefined ? wholeNumber('port', values.port) : DEFAULT_PORT,
      ...(env.MLOPS_ADMIN_TOKEN && { adminToken: env.MLOPS_ADMIN_TOKEN }),
      ...(values.log !== undefined && { log: values.log }),
      logger: stderrLogger,
    })
  } catch (error) {
    process.stderr.write(`mlops serve: ${describeError(error)}\n`)
    return 2
  }
  process.stdout.write(`Serving models:/${server.service.model}/${server.initial.version} at ${server.url}\n`)
  if (!env.MLOPS_ADMIN_TOKEN) stderrLogger.info('The admin API is off: MLOPS_ADMIN_TOKEN is not set.')
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'))
    process.once('SIGINT', () => resolve('SIGINT'))
  })
  stderrLogger.info(`${signal}: finishing the requests in flight, then stopping.`)
  await server.close()
  return 0
}

/** The flags, as every command's: serve's `--version` is its input, the version to serve. */
function parseServeFlags(args: string[]): Record<string, string> | 'help' {
  const flags = parseFlags(SERVE_INPUTS, args)
  return flags.help ? 'help' : flags.values
}

function wholeNumber(flag: string, text: string): number {
  if (!/^\d+$/.test(text.trim())) throw new UserError(`Input '${flag}': '${text}' is not a whole number.`)
  return Number(text)
}

const stderrLogger: Logger = {
  info: (message) => process.stderr.write(`${message}\n`),
  warning: (message) => process.stderr.write(`warning: ${message}\n`),
  async group(title, body) {
    process.stderr.write(`${title}\n`)
    return body()
  },
}

function serveHelp(): string {
  const lines = Object.entries(SERVE_INPUTS).map(([name, spec]) => `  ${`--${name}`.padEnd(18)} ${spec.description}${spec.required ? ' (required)' : ''}${spec.default ? ` Default: ${spec.default}.` : ''}`)
  return `Usage: mlops serve --model <name> [--registry local:<dir>|github] [--alias A | --version N] [--host H] [--port P] [--log FILE]\n\n${SERVE_DESCRIPTION}\n\nInputs:\n${lines.join('\n')}\n\nEnvironment:\n  MLOPS_ADMIN_TOKEN  Bearer token of the admin API (/admin/versions, /admin/routing); without it the admin API is off.\n\nSee shared/serve/README.md for the endpoints.\n`
}
