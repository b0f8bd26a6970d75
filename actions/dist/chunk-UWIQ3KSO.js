import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  DEFAULT_LOCAL_REGISTRY,
  GitHubRegistry,
  emptyLocalRegistry,
  openRegistry
} from "./chunk-GK7YP3KW.js";
import {
  createGitHubClient,
  splitRepository
} from "./chunk-UHR26NIE.js";

// build/shared/commands/registry-inputs.js
var REGISTRY_INPUTS = {
  registry: {
    description: "`github`: releases and git refs of this repository (the default in GitHub Actions; needs `contents: write`), or `local:<dir>` (the default elsewhere: `local:.mlops/registry`)."
  },
  "github-token": { description: "Token for the GitHub API.", actionDefault: "${{ github.token }}" }
};
function openRegistryFromInputs(inputs, host) {
  const spec = inputs.string("registry");
  const token = inputs.string("github-token") ?? host.token;
  const context = host.github;
  const { commit, inActions } = host;
  return {
    spec,
    inActions,
    localDir: localRegistryDir(spec, inActions),
    open: (log) => openRegistry(spec, {
      inActions,
      ...token && context.repository && commit && {
        github: () => new GitHubRegistry({ client: createGitHubClient({ token, apiUrl: context.apiUrl, log }), ...splitRepository(context.repository), commit, log })
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
  openRegistryFromInputs
};
