import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  link,
  mdCode
} from "./chunk-IDWAGSTK.js";
import {
  createGitHubClient,
  latestSuccessfulPullRequestRun,
  pullRequestMergedAs,
  splitRepository
} from "./chunk-HFLX7R5D.js";
import {
  checkOutputPaths,
  namedPaths
} from "./chunk-WNJNPQLO.js";
import {
  UserError
} from "./chunk-PJKC4ZE5.js";

// build/shared/commands/gated-run/index.js
var SHA = /^[0-9a-f]{40}$/;
var WORKFLOW = /^(\d+|[^/\\]+\.ya?ml)$/;
var gatedRunCommand = {
  action: "gated-run",
  cli: "gated-run",
  title: "mlops gated-run",
  description: "Find what was gated on the pull request merged as a commit: the pull request whose merge commit it is, and the last successful `pull_request` run of the pull-request workflow on that pull request's head, whose artifacts (such as `mlops-candidate`) hold the exact model the gate passed.",
  permissions: [
    { scope: "pull-requests", level: "read", why: "finds the pull request merged as the commit" },
    { scope: "actions", level: "read", why: "lists the pull-request workflow's runs" }
  ],
  inputs: {
    workflow: { description: "File name of the pull-request workflow that gates, such as `mlops.yml`.", required: true },
    sha: { description: "The merge commit. Default: the event's commit (GITHUB_SHA), the merge on a push to the default branch." },
    "github-token": { description: "Token that reads pull requests (`pull-requests: read`) and workflow runs (`actions: read`).", actionDefault: "${{ github.token }}" },
    required: { type: "boolean", description: "Fail when nothing gated is found; `false` sets `found` to `false` instead.", default: "true" },
    report: { description: "Path of the JSON report.", default: "gated-run.json" }
  },
  outputs: {
    "run-id": { type: "number", description: "The successful pull-request run, for `actions/download-artifact` with `run-id`; empty when none was found." },
    "pull-request": { type: "number", description: "The merged pull request; empty when the commit is not the merge of one." },
    "head-sha": { description: "The pull request's head commit the run gated; empty likewise." },
    found: { type: "boolean", description: "`true` when the run was found, else `false`." },
    report: { description: "Path of the JSON report." }
  },
  parse(inputs, host) {
    const workflow = inputs.required("workflow");
    if (!WORKFLOW.test(workflow))
      throw new UserError(`Input 'workflow': '${workflow}' is not a workflow file name; give the name of the file in .github/workflows, such as mlops.yml, or its id.`);
    const sha = inputs.string("sha") ?? host.commit;
    if (!sha)
      throw new UserError("Input 'sha' is empty and GITHUB_SHA is not set: give the merge commit.");
    if (!SHA.test(sha))
      throw new UserError(`Input 'sha': '${sha}' is not a commit sha of 40 lowercase hexadecimal digits.`);
    const token = inputs.string("github-token") ?? host.token;
    return { workflow, sha, required: inputs.boolean("required", true), github: host.github, report: inputs.string("report") ?? "gated-run.json", ...token && { token } };
  },
  async run(options, log) {
    checkOutputPaths(namedPaths({ report: options.report }), { files: [] });
    if (!options.github.repository)
      throw new UserError("GITHUB_REPOSITORY is not set: gated-run looks in the repository its workflow runs in.");
    if (!options.token)
      throw new UserError("Input 'github-token' is empty: gated-run needs a token with `pull-requests: read` and `actions: read`.");
    const target = { client: createGitHubClient({ token: options.token, apiUrl: options.github.apiUrl, log }), ...splitRepository(options.github.repository) };
    const short = options.sha.slice(0, 12);
    const pullRequest = await pullRequestMergedAs(target, options.sha);
    if (!pullRequest)
      return nothingGated(options, {}, `Commit ${options.sha} is not the merge of a pull request, so there is nothing gated to register.`);
    const run = await latestSuccessfulPullRequestRun(target, options.workflow, pullRequest.headSha);
    if (!run)
      return nothingGated(options, { pullRequest }, `Pull request #${pullRequest.number}, merged as ${short}, has no successful pull_request run of ${options.workflow} on its head ${pullRequest.headSha}, so there is nothing gated to register.`);
    log.info(`Pull request #${pullRequest.number} was merged as ${short}; run ${run.id} of ${options.workflow} gated its head ${pullRequest.headSha}: ${run.htmlUrl}`);
    return outcome(options, { pullRequest, run }, `**Gated run**: pull request #${pullRequest.number}, merged as ${mdCode(short)}, was gated by ${link(`run ${run.id}`, run.htmlUrl).text} of ${mdCode(options.workflow)} on its head ${mdCode(pullRequest.headSha.slice(0, 12))}.
`);
  }
};
function nothingGated(options, found, message) {
  if (options.required)
    throw new UserError(`${message} Merge through a pull request whose ${options.workflow} run passed, or set 'required: false'.`);
  return outcome(options, found, `**Gated run**: none. ${message}
`);
}
function outcome(options, { pullRequest, run }, summary) {
  return {
    result: { ...pullRequest && { pullRequest }, ...run && { run } },
    outputs: {
      "run-id": run ? String(run.id) : "",
      "pull-request": pullRequest ? String(pullRequest.number) : "",
      "head-sha": pullRequest?.headSha ?? "",
      found: String(run !== void 0),
      report: options.report
    },
    report: {
      tool: "mlops-actions/gated-run",
      sha: options.sha,
      workflow: options.workflow,
      found: run !== void 0,
      pullRequest: pullRequest?.number ?? null,
      headSha: pullRequest?.headSha ?? null,
      runId: run === void 0 ? null : String(run.id),
      runUrl: run?.htmlUrl ?? null
    },
    reportPath: options.report,
    summary,
    annotations: []
  };
}

export {
  gatedRunCommand
};
