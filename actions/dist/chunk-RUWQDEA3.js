import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  ActionsCacheStore,
  DEFAULT_LOCAL_REGISTRY,
  GitHubRegistry,
  emptyLocalRegistry,
  openRegistry
} from "./chunk-UUWAA73Z.js";
import {
  createGitHubClient,
  splitRepository
} from "./chunk-HFLX7R5D.js";
import {
  UserError
} from "./chunk-PJKC4ZE5.js";

// build/shared/commands/registry-inputs.js
var REGISTRY_INPUTS = {
  registry: {
    description: "`github`: releases and git refs of this repository (the default in GitHub Actions), or `local:<dir>` (the default elsewhere: `local:.mlops/registry`)."
  },
  "github-token": { description: "Token for the GitHub API.", actionDefault: "${{ github.token }}" },
  cache: {
    type: "boolean",
    description: "Keep versions downloaded from the `github` registry in GitHub's Actions cache, keyed by their sha256, so that later jobs restore them instead of downloading; a restored archive is verified like a download.",
    default: "true"
  }
};
var REGISTRY_READ = { scope: "contents", level: "read", why: "resolves and downloads registered versions", when: "with `registry: github` and a registered model" };
function openRegistryFromInputs(inputs, host) {
  const spec = inputs.string("registry");
  const token = inputs.string("github-token") ?? host.token;
  const cache = inputs.boolean("cache", true);
  const context = host.github;
  const { commit, inActions } = host;
  return {
    spec,
    inActions,
    localDir: localRegistryDir(spec, inActions),
    cache,
    open: (log) => openRegistry(spec, {
      inActions,
      github: () => {
        const missing = [!context.repository && "GITHUB_REPOSITORY", !token && "'github-token' (or GITHUB_TOKEN)"].filter(Boolean);
        if (missing.length > 0)
          throw new UserError(`Input 'registry': 'github' needs ${missing.join(" and ")}.`);
        return new GitHubRegistry({
          client: createGitHubClient({ token, apiUrl: context.apiUrl, log }),
          ...splitRepository(context.repository),
          ...commit && { commit },
          log,
          ...cache && inActions && { cache: new ActionsCacheStore() }
        });
      }
    })
  };
}
function localRegistryDir(spec, inActions) {
  const value = spec ?? (inActions ? "github" : `local:${DEFAULT_LOCAL_REGISTRY}`);
  if (!value.startsWith("local:"))
    return void 0;
  const dir = value.slice("local:".length);
  if (!dir.trim())
    throw emptyLocalRegistry();
  return dir;
}

export {
  REGISTRY_INPUTS,
  REGISTRY_READ,
  openRegistryFromInputs
};
