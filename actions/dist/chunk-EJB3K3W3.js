import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  renderGateReport,
  stickyBody
} from "./chunk-IDWAGSTK.js";
import {
  NON_FINITE,
  createGitHubClient,
  describeValue,
  pullRequestHead,
  readCommentFile,
  splitRepository,
  upsertStickyComment
} from "./chunk-HFLX7R5D.js";
import {
  checkOutputPaths,
  namedPaths
} from "./chunk-WNJNPQLO.js";
import {
  UserError
} from "./chunk-PJKC4ZE5.js";

// build/shared/commands/comment/checks.js
var number = (value, at, complain) => {
  if (typeof value === "number")
    return value;
  if (typeof value === "string" && NON_FINITE.includes(value))
    return Number(value);
  return complain(at, `must be a number, not ${describeValue(value)}.`);
};
var count = (value, at, complain) => {
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0)
    return value;
  return complain(at, `must be a count (a whole number, 0 or more), not ${describeValue(value)}.`);
};
var text = (value, at, complain) => typeof value === "string" ? value : complain(at, `must be a string, not ${describeValue(value)}.`);
var boolean = (value, at, complain) => typeof value === "boolean" ? value : complain(at, `must be true or false, not ${describeValue(value)}.`);
var label = (value, at, complain) => typeof value === "string" || typeof value === "number" && Number.isFinite(value) ? value : complain(at, `must be a class label (a string or a number), not ${describeValue(value)}.`);
var anything = (value) => value;
function oneOf(values) {
  return (value, at, complain) => values.includes(value) ? value : complain(at, `must be one of ${values.join(", ")}, not ${describeValue(value)}.`);
}
function optional(check) {
  return (value, at, complain) => value === void 0 ? void 0 : check(value, at, complain);
}
function absent(why) {
  return (value, at, complain) => value === void 0 ? void 0 : complain(at, `must not be set: ${why}.`);
}
function array(check) {
  return (value, at, complain) => Array.isArray(value) ? value.map((item, i) => check(item, `${at}[${i}]`, complain)) : complain(at, `must be a list, not ${describeValue(value)}.`);
}
function pair(check) {
  return (value, at, complain) => {
    if (!Array.isArray(value) || value.length !== 2)
      return complain(at, `must be a list of two values, not ${describeValue(value)}.`);
    return [check(value[0], `${at}[0]`, complain), check(value[1], `${at}[1]`, complain)];
  };
}
function mapping(check) {
  return (value, at, complain) => {
    const entries = Object.entries(plainObject(value, at, complain)).map(([key, item]) => [key, check(item, `${at}.${key}`, complain)]);
    return Object.fromEntries(entries);
  };
}
function object(fields) {
  return (value, at, complain) => {
    const record = plainObject(value, at, complain);
    const unknown = Object.keys(record).find((key) => !(key in fields));
    if (unknown !== void 0)
      complain(`${at}.${unknown}`, `is not a field this release knows; the file was not written by a matching evaluate-gate.`);
    const built = {};
    for (const [key, check] of Object.entries(fields)) {
      const checked = check(record[key], `${at}.${key}`, complain);
      if (checked !== void 0)
        built[key] = checked;
    }
    return built;
  };
}
function plainObject(value, at, complain) {
  if (typeof value === "object" && value !== null && !Array.isArray(value))
    return value;
  return complain(at, `must be an object, not ${describeValue(value)}.`);
}

// build/shared/commands/comment/gate-view.js
var interval = object({
  metric: text,
  candidate: number,
  baseline: number,
  delta: number,
  ci: pair(number),
  standardError: number,
  confidence: number,
  resamples: count
});
var criterion = object({
  criterion: oneOf(["missing", "threshold", "min-absolute-change", "min-relative-change", "not-worse"]),
  outcome: oneOf(["pass", "fail", "inconclusive", "skipped"]),
  reason: text
});
var verdict = object({
  metric: text,
  verdict: oneOf(["pass", "fail", "inconclusive"]),
  reason: text,
  criteria: array(criterion),
  candidate: optional(number),
  baseline: optional(number),
  interval: optional(interval)
});
var mcnemar = object({ b: count, c: count, statistic: count, pValue: number, logPValue: number });
var bootstrap = object({ resamples: count, confidence: number, seed: count });
var metrics = mapping(number);
var gate = object({
  passed: boolean,
  verdicts: array(verdict),
  mcnemar: optional(mcnemar),
  bootstrap: optional(bootstrap),
  candidateValues: metrics,
  baselineValues: optional(metrics),
  intervals: mapping(interval)
});
var confusionMatrix = object({ labels: array(label), matrix: array(array(number)) });
var slice = object({ column: text, value: text, rows: count, candidate: metrics, baseline: optional(metrics) });
var candidates = object({
  metric: text,
  greaterIsBetter: boolean,
  candidates: array(object({ name: text, params: anything, value: number, selected: boolean }))
});
var TRUSTED = "the run that posts the comment links its own evidence";
var view = object({
  passed: boolean,
  failOnRegression: boolean,
  task: oneOf(["classification", "regression"]),
  candidateName: text,
  baselineName: optional(text),
  gate,
  candidateMetrics: metrics,
  baselineMetrics: optional(metrics),
  intervals: optional(mapping(interval)),
  confusion: optional(object({ candidate: confusionMatrix, baseline: optional(confusionMatrix) })),
  slices: optional(array(slice)),
  latency: optional(object({ p50Ms: number, p95Ms: number, rows: count })),
  modelSizeBytes: optional(count),
  rows: count,
  candidates: optional(candidates),
  runUrl: absent(TRUSTED),
  commit: absent(TRUSTED)
});
var checkGateView = view;

// build/shared/commands/comment/index.js
var commentCommand = {
  action: "comment",
  cli: "comment",
  title: "mlops comment",
  description: "Post or update the sticky pull-request comment that evaluate-gate wrote to its `comment-file` on a pull request from a fork, from a trusted `workflow_run` run: refused unless the file names this repository and the pull request's current head, which must also be the triggering run's commit; the comment is rendered again from the file's data with the gate's escaping renderer.",
  permissions: [{ scope: "pull-requests", level: "write", why: "posts and updates the sticky comment" }],
  inputs: {
    "comment-file": { description: "The comment file evaluate-gate wrote with `comment-file` (in the artifact `mlops-comment`, as `comment.json`).", required: true },
    "github-token": { description: "Token that comments: needs `pull-requests: write`.", actionDefault: "${{ github.token }}" },
    report: { description: "Path of the JSON report.", default: "comment-report.json" }
  },
  outputs: {
    "comment-url": { description: "URL of the comment posted or updated." },
    report: { description: "Path of the JSON report." }
  },
  parse(inputs, host) {
    const commentFile = inputs.required("comment-file");
    const report = inputs.string("report") ?? "comment-report.json";
    const token = inputs.string("github-token") ?? host.token;
    return { commentFile, report, github: host.github, ...token && { token } };
  },
  async run(options, log) {
    checkOutputPaths(namedPaths({ report: options.report }), { files: namedPaths({ "comment-file": options.commentFile }) });
    const file = readCommentFile("comment-file", options.commentFile, checkGateView);
    const where = `${file.repository}#${file.pullRequest}`;
    checkGateKey(file, options);
    checkRepository(file, options);
    checkTriggeringRun(file, options, log);
    await checkPullRequestHead(file, options, log);
    const runUrl = options.github.workflowRun?.htmlUrl;
    const markdown = renderGateReport({ ...file.report, ...runUrl && { runUrl }, commit: file.headSha });
    return {
      result: { file, markdown },
      outputs: { "comment-url": "", report: options.report },
      report: { tool: "mlops-actions/comment", repository: file.repository, pullRequest: file.pullRequest, headSha: file.headSha, key: file.key, ...runUrl && { runUrl } },
      reportPath: options.report,
      summary: `Comment for ${where} at ${file.headSha.slice(0, 12)}, checked against the pull request's head:

${markdown}`,
      annotations: []
    };
  },
  publish: (outcome, options, log) => postComment(outcome.result, options, log)
};
var GATE_MARKER = /^<!-- mlops-actions:evaluate-gate workflow=[^\s>]+ job=[^\s>]+(?: key=[^\s>]+)? -->$/;
function checkGateKey(file, options) {
  if (!GATE_MARKER.test(file.key))
    throw new UserError(`Input 'comment-file' ('${options.commentFile}'): key 'key' must be the marker of an evaluate-gate comment ('<!-- mlops-actions:evaluate-gate workflow=... job=... -->'), not ${describeValue(file.key)}.`);
}
function checkRepository(file, options) {
  const here = options.github.repository;
  if (!here)
    throw new UserError("GITHUB_REPOSITORY is not set: the comment action posts to the repository its workflow runs in.");
  if (file.repository.toLowerCase() !== here.toLowerCase())
    throw problem(options, `names repository '${file.repository}', but this run is in '${here}'; a comment file is posted only to the repository it was written for.`);
}
function checkTriggeringRun(file, options, log) {
  const { github } = options;
  if (github.eventName !== "workflow_run") {
    log.info(`The '${github.eventName ?? "local"}' event is not workflow_run: the file is checked against the pull request's head alone.`);
    return;
  }
  const run = github.workflowRun;
  if (!run)
    throw new UserError("GITHUB_EVENT_PATH: the workflow_run event names no triggering run (workflow_run.id and head_sha).");
  if (run.headSha !== file.headSha)
    throw problem(options, `is about commit ${file.headSha}, but the run that triggered this one ran on ${run.headSha}; a comment file is posted only from the run that wrote it.`);
}
async function checkPullRequestHead(file, options, log) {
  const client = createGitHubClient({ token: requireToken(options), apiUrl: options.github.apiUrl, log });
  const pull = await pullRequestHead({ client, ...splitRepository(file.repository) }, file.pullRequest);
  if (pull.headSha !== file.headSha)
    throw problem(options, `is about commit ${file.headSha}, but the head of ${file.repository}#${file.pullRequest} is now ${pull.headSha}: a newer push superseded it, and that push's run comments for it. Nothing was posted.`);
}
async function postComment({ file, markdown }, options, log) {
  const client = createGitHubClient({ token: requireToken(options), apiUrl: options.github.apiUrl, log });
  const result = await upsertStickyComment({ client, ...splitRepository(file.repository), issueNumber: file.pullRequest, marker: file.key, body: markdown, fit: stickyBody, log });
  if (result.status === "forbidden")
    throw new UserError(`Cannot comment on ${file.repository}#${file.pullRequest}: the token may not write. Give the job that runs the comment action \`permissions: pull-requests: write\`.`);
  return { "comment-url": result.url };
}
function requireToken(options) {
  if (!options.token)
    throw new UserError("Input 'github-token' is empty: the comment action needs a token with `pull-requests: write`.");
  return options.token;
}
function problem(options, what) {
  return new UserError(`Input 'comment-file' ('${options.commentFile}') ${what}`);
}

export {
  commentCommand
};
