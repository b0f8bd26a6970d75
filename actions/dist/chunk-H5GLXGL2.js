import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  githubContext
} from "./chunk-HFLX7R5D.js";

// build/shared/runtime/host.js
function hostContext(env) {
  const value = (name) => env[name] || void 0;
  const runUrl = value("GITHUB_SERVER_URL") && value("GITHUB_REPOSITORY") && value("GITHUB_RUN_ID") ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : void 0;
  const threads = Number(env.MLOPS_THREADS);
  let github;
  return {
    // Read on first use, so that only the commands that need the event payload fail on a bad one.
    get github() {
      return github ??= githubContext(env);
    },
    inActions: env.GITHUB_ACTIONS === "true",
    ...value("GITHUB_SHA") && { commit: value("GITHUB_SHA") },
    ...value("GITHUB_TOKEN") && { token: value("GITHUB_TOKEN") },
    ...runUrl && { runUrl },
    ...value("GITHUB_RUN_ID") && { runId: value("GITHUB_RUN_ID") },
    ...value("GITHUB_RUN_ATTEMPT") && { runAttempt: value("GITHUB_RUN_ATTEMPT") },
    artifactRuntime: Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL),
    // Anything else leaves the pools at the machine's parallelism, as an unset variable does.
    ...env.MLOPS_THREADS && Number.isInteger(threads) && threads > 0 && { threads }
  };
}

export {
  hostContext
};
