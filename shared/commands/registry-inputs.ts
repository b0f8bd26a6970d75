import { ActionsCacheStore } from '../cache/index.js'
import { UserError } from '../errors/index.js'
import { createGitHubClient, splitRepository } from '../github/index.js'
import type { Inputs } from '../inputs/index.js'
import { GitHubRegistry, openRegistry, type ModelRegistry } from '../registry/index.js'
import { DEFAULT_LOCAL_REGISTRY, emptyLocalRegistry } from '../registry/backends.js'
import type { InputSpec, PermissionSpec } from '../runtime/command.js'
import type { HostContext } from '../runtime/host.js'
import type { Logger } from '../log/index.js'

export const REGISTRY_INPUTS: Record<string, InputSpec> = {
  registry: {
    description: '`github`: releases and git refs of this repository (the default in GitHub Actions), or `local:<dir>` (the default elsewhere: `local:.mlops/registry`).',
  },
  'github-token': { description: 'Token for the GitHub API.', actionDefault: '${{ github.token }}' },
  cache: {
    type: 'boolean',
    description:
      "Keep versions downloaded from the `github` registry in GitHub's Actions cache, keyed by their sha256, so that later jobs restore them instead of downloading; a restored archive is verified like a download.",
    default: 'true',
  },
}

/** What a command that only resolves registered versions needs of the token. */
export const REGISTRY_READ: PermissionSpec = { scope: 'contents', level: 'read', why: 'resolves and downloads registered versions', when: 'with `registry: github` and a registered model' }

export interface RegistrySettings {
  spec?: string
  /** Without a spec, the registry is `github` in Actions and local elsewhere. */
  inActions: boolean
  /** The folder of a local registry, as `openRegistry` chooses it; undefined for `github`. */
  localDir?: string
  /** The `cache` input: the github registry keeps downloads in GitHub's Actions cache, in a workflow. */
  cache: boolean
  open(log: Logger): ModelRegistry
}

/** The `registry` input, opened lazily so that parsing makes no request. */
export function openRegistryFromInputs(inputs: Inputs, host: HostContext): RegistrySettings {
  const spec = inputs.string('registry')
  const token = inputs.string('github-token') ?? host.token
  const cache = inputs.boolean('cache', true)
  const context = host.github
  const { commit, inActions } = host
  return {
    spec,
    inActions,
    localDir: localRegistryDir(spec, inActions),
    cache,
    open: (log) =>
      openRegistry(spec, {
        inActions,
        github: () => {
          const missing = [!context.repository && 'GITHUB_REPOSITORY', !token && "'github-token' (or GITHUB_TOKEN)"].filter(Boolean)
          if (missing.length > 0) throw new UserError(`Input 'registry': 'github' needs ${missing.join(' and ')}.`)
          return new GitHubRegistry({
            client: createGitHubClient({ token: token!, apiUrl: context.apiUrl, log }),
            ...splitRepository(context.repository!),
            ...(commit && { commit }),
            log,
            ...(cache && inActions && { cache: new ActionsCacheStore() }),
          })
        },
      }),
  }
}

function localRegistryDir(spec: string | undefined, inActions: boolean): string | undefined {
  const value = spec ?? (inActions ? 'github' : `local:${DEFAULT_LOCAL_REGISTRY}`)
  if (!value.startsWith('local:')) return undefined
  const dir = value.slice('local:'.length)
  if (!dir.trim()) throw emptyLocalRegistry()
  return dir
}
