import { UserError } from '../errors/index.js'
import { LocalRegistry } from './local.js'
import { ModelRegistry } from './registry.js'
import type { RegistryBackend } from './types.js'

/** What a backend may need from where it runs. */
export interface RegistryContext {
  /** True inside GitHub Actions, where `github` is the default. */
  inActions: boolean
  github?: () => RegistryBackend
}

export const DEFAULT_LOCAL_REGISTRY = '.mlops/registry'

/** Backends by the prefix of the `registry` input: `github`, or `local:<dir>`. */
export const REGISTRY_KINDS: Record<string, (argument: string, context: RegistryContext) => RegistryBackend> = {
  local: (dir) => {
    if (!dir.trim()) throw emptyLocalRegistry()
    return new LocalRegistry(dir)
  },
  github: (_argument, context) => {
    if (!context.github) throw new UserError("Input 'registry': 'github' needs a repository and a token (GITHUB_REPOSITORY and 'github-token').")
    return context.github()
  },
}

/** `local:` without a folder: refused rather than guessed, so a typo never writes to the default. */
export function emptyLocalRegistry(): UserError {
  return new UserError(`Input 'registry': 'local:' names no folder; give one, such as 'local:${DEFAULT_LOCAL_REGISTRY}'.`)
}

/** The registry the `registry` input names; by default `github` in GitHub Actions and `local:.mlops/registry` elsewhere. */
export function openRegistry(spec: string | undefined, context: RegistryContext): ModelRegistry {
  const value = spec ?? (context.inActions ? 'github' : `local:${DEFAULT_LOCAL_REGISTRY}`)
  const colon = value.indexOf(':')
  const kind = colon < 0 ? value : value.slice(0, colon)
  const make = REGISTRY_KINDS[kind]
  if (!make) throw new UserError(`Input 'registry' has invalid value '${value}': expected github or local:<directory>.`)
  return new ModelRegistry(make(colon < 0 ? '' : value.slice(colon + 1), context))
}
