import { UserError } from '../errors/index.js'
import type { Logger } from '../log/index.js'
import { checkAlias, checkModelName, type ModelRegistry, type ModelReference } from '../registry/index.js'
import type { PredictionLogOptions } from './prediction-log.js'

export const DEFAULT_HOST = '127.0.0.1'
export const DEFAULT_ALIAS = 'champion'
export const DEFAULT_BODY_LIMIT = 1024 * 1024

export interface ModelServerOptions {
  registry: ModelRegistry
  /** The registered model's name, also its name in the URLs. */
  model: string
  /** The version served first: an alias (default `champion`, or `latest`) or a number, not both. */
  alias?: string
  version?: number
  host?: string
  /** 0 lets the system pick a free port; `url` says which. */
  port?: number
  /** The bearer token of the admin API; without one the admin API answers 404. */
  adminToken?: string
  log?: string | PredictionLogOptions
  /** Largest request body in bytes (default 1 MiB). */
  bodyLimit?: number
  logger?: Logger
}

/** The options checked once, at the boundary: each problem names its input, as the CLI flags spell them. */
export interface CheckedServerOptions {
  registry: ModelRegistry
  model: string
  initial: ModelReference
  host: string
  port: number
  adminToken?: string
  log?: PredictionLogOptions
  bodyLimit: number
  logger?: Logger
}

export function checkServerOptions(options: ModelServerOptions): CheckedServerOptions {
  const model = checkModelName(options.model, 'model')
  if (options.alias !== undefined && options.version !== undefined) throw new UserError("Inputs 'alias' and 'version' name the version to serve in two ways; give one.")
  if (options.version !== undefined && (!Number.isSafeInteger(options.version) || options.version < 1)) throw new UserError(`Input 'version': '${options.version}' is not a version number (1 or more).`)
  const alias = options.alias ?? DEFAULT_ALIAS
  if (options.version === undefined && alias !== 'latest') checkAlias(alias, 'alias')
  const port = options.port ?? 0
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`Input 'port': '${port}' is not a port number from 0 to 65535 (0 picks a free one).`)
  const host = options.host ?? DEFAULT_HOST
  if (!host.trim()) throw new UserError("Input 'host' is empty; give an address such as 127.0.0.1.")
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT
  if (!Number.isSafeInteger(bodyLimit) || bodyLimit < 1) throw new UserError(`Input 'body-limit': '${bodyLimit}' is not a number of bytes (1 or more).`)
  if (options.adminToken !== undefined && options.adminToken.length < 16) throw new UserError('MLOPS_ADMIN_TOKEN is shorter than 16 characters; use a long random token, or unset it to turn the admin API off.')
  const log = typeof options.log === 'string' ? { path: options.log } : options.log
  if (log && !log.path.trim()) throw new UserError("Input 'log' is empty; give the path of a JSON Lines file, or leave it out.")
  return {
    registry: options.registry,
    model,
    initial: options.version !== undefined ? { name: model, version: options.version } : { name: model, alias },
    host,
    port,
    ...(options.adminToken && { adminToken: options.adminToken }),
    ...(log && { log }),
    bodyLimit,
    ...(options.logger && { logger: options.logger }),
  }
}
