import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  TASK_CHOICES,
  baselineFromPath,
  evaluateCandidate,
  parseThresholds,
  scoreModelDir,
  selectCandidate
} from "./chunk-7VFVUIPW.js";
import {
  REGISTRY_INPUTS,
  REGISTRY_READ,
  openRegistryFromInputs
} from "./chunk-RUWQDEA3.js";
import {
  isModelDir
} from "./chunk-4AVFVFBS.js";
import {
  MODEL_DIR_FILES
} from "./chunk-2QCVULS4.js";
import {
  renderGateReport,
  stickyBody
} from "./chunk-IDWAGSTK.js";
import {
  checkModelName,
  modelUri,
  parseModelUri
} from "./chunk-WASGVSPE.js";
import {
  invalid
} from "./chunk-DXXQZEKL.js";
import {
  createGitHubClient,
  isPullRequestEvent,
  splitRepository,
  stickyMarker,
  upsertStickyComment,
  writeCommentFile
} from "./chunk-HFLX7R5D.js";
import {
  parseYaml
} from "./chunk-25AFY3WQ.js";
import {
  checkOutputPaths,
  createTemporaryDir,
  dataFilePaths,
  namedPaths,
  splitByKind
} from "./chunk-WNJNPQLO.js";
import {
  globSync,
  isDynamicPattern
} from "./chunk-M7OJWBEB.js";
import {
  UserError
} from "./chunk-PJKC4ZE5.js";

// build/shared/commands/evaluate-gate/report.js
function gateView(evaluation, failOnRegression, where, selection) {
  const { gate } = evaluation;
  return {
    passed: gate.passed,
    failOnRegression,
    task: evaluation.task,
    candidateName: evaluation.candidateName,
    ...evaluation.baselineName && { baselineName: evaluation.baselineName },
    gate,
    candidateMetrics: gate.candidateValues,
    ...gate.baselineValues && { baselineMetrics: gate.baselineValues },
    intervals: { ...gate.intervals },
    ...evaluation.confusion && { confusion: evaluation.confusion },
    ...evaluation.slices.length > 0 && { slices: evaluation.slices },
    ...evaluation.latency && { latency: evaluation.latency },
    ...evaluation.modelSizeBytes !== void 0 && { modelSizeBytes: evaluation.modelSizeBytes },
    rows: evaluation.rows,
    ...selection && { candidates: candidatesView(selection) },
    ...where.runUrl && { runUrl: where.runUrl },
    ...where.commit && { commit: where.commit }
  };
}
function gateDiff(evaluation) {
  const { candidateValues, baselineValues, intervals, verdicts } = evaluation.gate;
  const diff = {};
  for (const [metric, candidate] of Object.entries(candidateValues)) {
    const baseline = baselineValues?.[metric];
    const interval = intervals[metric];
    diff[metric] = {
      baseline: finiteOrNull(baseline),
      candidate,
      delta: baseline === void 0 ? null : finiteOrNull(candidate - baseline),
      ci: interval ? [interval.ci[0], interval.ci[1]] : null,
      verdict: verdicts.find((v) => v.metric === metric)?.verdict ?? null
    };
  }
  return diff;
}
function finiteOrNull(value) {
  return value === void 0 || !Number.isFinite(value) ? null : value;
}
function gateReport(evaluation, options, selection) {
  const { gate } = evaluation;
  return {
    tool: "mlops-actions/evaluate-gate",
    passed: gate.passed,
    failOnRegression: options.failOnRegression,
    task: evaluation.task,
    rows: evaluation.rows,
    candidate: evaluation.candidateName,
    baseline: evaluation.baselineName ?? null,
    // Only beside a registry baseline, so that other reports read as they always have.
    ...evaluation.baselineVersion && { baselineVersion: evaluation.baselineVersion.version, baselineUri: evaluation.baselineVersion.uri },
    ...selection && { selection: selectionReport(selection) },
    firstRun: gate.baselineValues === void 0,
    thresholds: evaluation.thresholds.map((t) => ({
      metric: t.metric,
      threshold: t.threshold ?? null,
      minAbsoluteChange: t.minAbsoluteChange ?? null,
      minRelativeChange: t.minRelativeChange ?? null,
      greaterIsBetter: t.greaterIsBetter,
      notWorse: t.notWorse ?? null
    })),
    verdicts: gate.verdicts,
    metrics: gate.candidateValues,
    baselineMetrics: gate.baselineValues ?? null,
    diff: gateDiff(evaluation),
    bootstrap: gate.bootstrap ?? null,
    mcnemar: gate.mcnemar ?? null,
    confusion: evaluation.confusion ?? null,
    slices: evaluation.slices,
    sliceColumns: evaluation.sliceColumns,
    latency: evaluation.latency ?? null,
    modelSizeBytes: evaluation.modelSizeBytes ?? null
  };
}
function candidatesView({ metric, greaterIsBetter, candidates }) {
  return { metric, greaterIsBetter, candidates: candidates.map(({ name, params, value, selected }) => ({ name, ...params !== void 0 && { params }, value, selected })) };
}
function selectionReport({ metric, greaterIsBetter, candidates, selected }) {
  return {
    metric,
    greaterIsBetter,
    selected: selected.dir,
    candidates: candidates.map(({ dir, name, params, value, selected: selected2 }) => ({ dir, name, params: params ?? null, value, selected: selected2 }))
  };
}

// build/shared/commands/evaluate-gate/candidates.js
import { statSync } from "node:fs";
import { isAbsolute } from "node:path";
function parseModelDirs(inputs) {
  const raw = inputs.raw("model-dir");
  if (raw === void 0 || raw === null || raw === "")
    return void 0;
  const patterns = listOf(raw);
  if (!patterns) {
    const dir = String(raw).trim();
    return isDynamicPattern(dir) ? { kind: "several", dirs: checked(matches(dir)) } : { kind: "one", dir };
  }
  const dirs = patterns.flatMap((pattern) => isDynamicPattern(pattern) ? matches(pattern) : [pattern]);
  if (dirs.length === 0)
    throw new UserError("Input 'model-dir': the list names no model directory.");
  return { kind: "several", dirs: checked(dirs) };
}
function listOf(raw) {
  if (Array.isArray(raw))
    return raw.map((item) => String(item).trim()).filter(Boolean);
  const text = String(raw).trim();
  if (!text.startsWith("[") && !text.startsWith("- ") && !text.includes("\n"))
    return void 0;
  let parsed;
  try {
    parsed = parseYaml(text, "Input 'model-dir'");
  } catch {
    throw invalid("model-dir", text, "a model directory, a glob, or a YAML list of them");
  }
  if (!Array.isArray(parsed) || parsed.some((item) => typeof item !== "string" || !item.trim())) {
    throw invalid("model-dir", text, "a model directory, a glob, or a YAML list of them");
  }
  return parsed.map((item) => item.trim());
}
function matches(pattern) {
  const found = globSync(pattern, { onlyDirectories: true, expandDirectories: false, absolute: isAbsolute(pattern) }).map((dir) => dir.replace(/\/+$/, ""));
  if (found.length === 0)
    throw new UserError(`Input 'model-dir': no directory matches '${pattern}'.`);
  return found;
}
function checked(dirs) {
  const distinct = [...new Set(dirs)].sort();
  for (const dir of distinct) {
    let isDirectory = false;
    try {
      isDirectory = statSync(dir).isDirectory();
    } catch {
      throw new UserError(`Input 'model-dir': candidate '${dir}' does not exist.`);
    }
    if (!isDirectory)
      throw new UserError(`Input 'model-dir': candidate '${dir}' is not a directory; each candidate is a model directory written by train.`);
    if (!isModelDir(dir))
      throw new UserError(`Input 'model-dir': candidate '${dir}' is not a model directory: it has no ${MODEL_DIR_FILES.metadata} written by train.`);
  }
  return distinct;
}

// build/shared/commands/evaluate-gate/inputs.js
function parseCandidate(inputs) {
  const dirs = parseModelDirs(inputs);
  const predictions = inputs.string("predictions");
  const task = inputs.choice("task", TASK_CHOICES, "auto");
  if (dirs && predictions)
    throw new UserError("Inputs 'model-dir' and 'predictions' exclude each other: give the candidate one way.");
  if (predictions)
    return { kind: "predictions", path: predictions, task };
  if (!dirs)
    throw new UserError("Give the candidate as 'model-dir' (with 'data') or as 'predictions'.");
  const data = inputs.list("data");
  if (data.length === 0)
    throw new UserError("Input 'data' is required with 'model-dir': the model is scored on it.");
  const target = inputs.string("target");
  if (dirs.kind === "one")
    return { kind: "model-dir", dir: dirs.dir, data, ...target && { target } };
  const selectBy = inputs.string("select-by");
  return { kind: "several", dirs: dirs.dirs, data, ...target && { target }, ...selectBy && { selectBy } };
}
var COMMENT_KEY_LIMIT = 100;
function parseCommentKey(inputs) {
  const key = inputs.string("comment-key");
  if (key === void 0)
    return void 0;
  if (/[\u0000-\u001f\u007f]/.test(key))
    throw new UserError("Input 'comment-key' must be one line of text, without line breaks or control characters.");
  if (key.length > COMMENT_KEY_LIMIT)
    throw new UserError(`Input 'comment-key' is ${key.length} characters long; at most ${COMMENT_KEY_LIMIT} are allowed.`);
  return key;
}
function parseBaseline(inputs, candidate) {
  const value = inputs.string("baseline");
  if (!value)
    return { kind: "none" };
  if (value === "champion" || value.startsWith("models:/")) {
    if (candidate.kind === "predictions")
      throw new UserError("Input 'baseline': a registered model as baseline needs the candidate given as 'model-dir' with 'data', to score both on the same rows.");
    if (value !== "champion")
      return { kind: "registry", reference: parseModelUri(value, "baseline"), name: value, firstRunIfAbsent: false };
    const name = inputs.string("name");
    if (!name)
      throw new UserError("Input 'name' is required with 'baseline: champion': it names the model whose champion to compare with.");
    return { kind: "registry", reference: { name: checkModelName(name), alias: "champion" }, name: value, firstRunIfAbsent: true };
  }
  const source = baselineFromPath(value);
  if (source.kind === "model-dir" && candidate.kind === "predictions") {
    throw new UserError("Input 'baseline': a model directory as baseline needs the candidate given as 'model-dir' with 'data', to score both on the same rows.");
  }
  return source;
}

// build/shared/commands/evaluate-gate/select.js
function chooseCandidate(options, log) {
  const { candidate } = options;
  if (candidate.kind !== "several")
    return { candidate };
  const selection = selectCandidate(candidate.dirs, candidate.selectBy, options.thresholds);
  const { dir, value } = selection.selected;
  log.info(`Selected ${dir} of ${candidate.dirs.length} candidates: ${selection.metric} ${value} on its validation rows, the ${selection.greaterIsBetter ? "highest" : "lowest"}.`);
  return { candidate: { kind: "model-dir", dir, data: candidate.data, ...candidate.target && { target: candidate.target } }, selection };
}

// build/shared/commands/evaluate-gate/registry.js
import { join } from "node:path";
function registryBaselineFetcher(settings, log) {
  return async ({ reference, firstRunIfAbsent }) => {
    const registry = settings.open(log);
    if (firstRunIfAbsent && "alias" in reference) {
      const versions = await registry.list(reference.name);
      if (!versions.some((record2) => record2.aliases.includes(reference.alias))) {
        log.warning(`Model '${reference.name}' has no ${reference.alias} yet in the ${registry.backend.kind} registry: this is a first run, judged on value thresholds alone.`);
        return void 0;
      }
    }
    const dir = join(createTemporaryDir("mlops-baseline-"), "model");
    const record = await registry.fetch(reference, dir);
    const name = `${modelUri(record.name, record.version)}${"alias" in reference ? ` (${reference.alias})` : ""}`;
    log.info(`Baseline: ${name}, sha256 ${record.digest} verified.`);
    return { dir, name, version: { version: record.version, uri: modelUri(record.name, record.version) } };
  };
}

// build/shared/commands/evaluate-gate/comment.js
async function publishGateComment(markdown, options, log) {
  const { github } = options;
  if (options.comment === "never")
    return {};
  if (options.comment === "auto" && !isPullRequestEvent(github))
    return {};
  if (github.issueNumber === void 0 || !github.repository) {
    log.warning(`No pull request to comment on: the '${github.eventName ?? "local"}' event names none. The report is in the job summary and ${options.report}.`);
    return {};
  }
  if (!options.token) {
    log.warning("Input 'github-token' is empty, so no pull-request comment was written. The report is in the job summary.");
    return {};
  }
  const client = createGitHubClient({ token: options.token, apiUrl: github.apiUrl, log });
  const result = await upsertStickyComment({
    client,
    ...splitRepository(github.repository),
    issueNumber: github.issueNumber,
    marker: gateMarker(options),
    body: markdown,
    fit: stickyBody,
    log
  });
  if (result.status === "forbidden")
    return {};
  log.info(`${result.status === "created" ? "Posted" : "Updated"} the pull-request comment: ${result.url}`);
  return { "comment-url": result.url };
}
function gateMarker(options) {
  return stickyMarker(options.github.workflow ?? "mlops", options.github.job ?? "evaluate-gate", "evaluate-gate", options.commentKey);
}

// build/shared/commands/evaluate-gate/comment-file.js
function writeGateCommentFile(view, options, log) {
  const { github, commentFile } = options;
  if (!commentFile || options.comment === "never")
    return {};
  if (options.comment === "auto" && !isPullRequestEvent(github)) {
    log.info(`No comment file written: the '${github.eventName ?? "local"}' event is not a pull request, and 'comment' is auto.`);
    return { "comment-file": "" };
  }
  if (github.issueNumber === void 0 || !github.repository) {
    log.warning(`No comment file written: the '${github.eventName ?? "local"}' event names no pull request. The report is in the job summary and ${options.report}.`);
    return { "comment-file": "" };
  }
  if (!github.sha || !/^[0-9a-f]{40}$/.test(github.sha))
    throw new UserError(`Input 'comment-file': the event names no head commit of the pull request (a 40-digit sha), which the comment file must name.`);
  const { runUrl: _runUrl, commit: _commit, ...report } = view;
  writeCommentFile("comment-file", commentFile, { repository: github.repository, pullRequest: github.issueNumber, headSha: github.sha, key: gateMarker(options), report });
  log.info(`Wrote the comment for ${github.repository}#${github.issueNumber} to ${commentFile}; post it from a workflow_run run with the comment action.`);
  return { "comment-file": commentFile };
}

// build/shared/commands/evaluate-gate/options.js
var COMMENT_MODES = ["auto", "always", "never"];

// build/shared/commands/evaluate-gate/index.js
var evaluateGateCommand = {
  action: "evaluate-gate",
  cli: "gate",
  title: "mlops evaluate-gate",
  description: "Compare a candidate model with a baseline on the same rows: scikit-learn metrics, paired bootstrap intervals of every change, exact McNemar, MLflow-style thresholds, and one sticky pull-request comment with the diff.",
  permissions: [
    { scope: "pull-requests", level: "write", why: "posts and updates the sticky comment", when: "on pull-request events, unless `comment: never`" },
    REGISTRY_READ
  ],
  inputs: {
    "model-dir": {
      description: "The candidate: a model directory written by `train`. Needs `data`. Several as a glob or a YAML list (such as the legs of a sweep downloaded into `candidates/*`): the best by `select-by` is gated, and the report lists them all."
    },
    "select-by": {
      description: "With several `model-dir`: the metric, in each directory's own validation `metrics.json` (written by `train`), that picks the one to gate, in the metric's direction. A tie goes to the first in sorted order. Default: the first thresholded metric, else `accuracy` (or `rmse`)."
    },
    data: { description: "Evaluation data (path or glob) the model directories are scored on." },
    target: { description: "Target column in `data`. Default: the model's target." },
    predictions: {
      description: "The candidate as a predictions file instead of a model: columns `y_true`, `y_pred` and, for probabilistic classifiers, `proba_<class>` (one column is enough for two classes). Optional `sample_weight`."
    },
    task: { description: "Task of a predictions file: `auto`, `classification` or `regression`. `auto` reads text labels, probability columns, or at most 20 distinct whole numbers as classes.", default: "auto" },
    thresholds: {
      description: "YAML, inline or a file path, mapping metric names to criteria: `threshold`, `min-absolute-change`, `min-relative-change`, `greater-is-better`, `not-worse: {margin}`. Default: `accuracy` (or `rmse`) `not-worse` with margin 0."
    },
    baseline: {
      description: "What to compare with: `champion` (the registry's champion of `name`; none yet makes a first run), a `models:/<name>/<version>` or `models:/<name>@<alias>` URI, a model directory (one whose model cannot be loaded is an error), a predictions file on the same rows, or metrics alone: a metrics JSON file, or a directory holding `metrics.json` and no model. None: a first run, judged on value thresholds alone."
    },
    bootstrap: { description: "Paired bootstrap resamples.", default: "1000" },
    confidence: { description: "Confidence level of the intervals.", default: "0.95" },
    slices: { description: "Columns whose values each get the same metrics, comma-separated or a YAML list." },
    seed: { description: "Seed of the bootstrap resamples.", default: "0" },
    name: { description: "Model name in the registry, for `baseline: champion`." },
    registry: REGISTRY_INPUTS.registry,
    cache: REGISTRY_INPUTS.cache,
    comment: { description: "`auto` comments on pull-request events, `always` whenever the event names a pull request or issue, `never` does not.", default: "auto" },
    "comment-key": {
      description: "Tells apart the sticky comments of one job: gates with different keys (matrix legs, two gates in one job) keep a comment each; the same key updates its own. Empty: one comment per workflow and job."
    },
    "comment-file": {
      description: "Comment-only mode, for runs whose token cannot comment (pull requests from forks): the comment is not posted but written to this path as data, for the `comment` action to post from a trusted `workflow_run` run."
    },
    "github-token": { description: "Token for the pull-request comment (needs `pull-requests: write`) and the github registry (`contents: read`).", actionDefault: "${{ github.token }}" },
    "fail-on-regression": { type: "boolean", description: "Fail the step when the gate fails.", default: "true" },
    report: { description: "Path of the JSON report.", default: "evaluation.json" },
    config: { description: "YAML file whose keys are input names; inputs given directly win." }
  },
  outputs: {
    passed: { type: "boolean", description: "`true` when no thresholded metric failed, else `false`." },
    metrics: { type: "json", description: "JSON object of the candidate's metrics." },
    diff: { type: "json", description: "JSON object per metric: baseline, candidate, delta, ci (of the delta) and verdict." },
    report: { description: "Path of the JSON report." },
    "comment-url": { description: "URL of the pull-request comment, when one was written." },
    "comment-file": { description: "The comment file written in comment-only mode; empty when none was." },
    "baseline-version": { type: "number", description: "The registry version compared with; empty when the baseline is not a registry version (a path, or no champion yet)." },
    "baseline-uri": { description: "The baseline as `models:/<name>/<version>`; empty likewise." },
    selected: { description: "The model directory that was gated: the best of several `model-dir`, or the one given; empty for `predictions`." }
  },
  parse(inputs, host) {
    const thresholds = inputs.yamlOrFile("thresholds", "YAML mapping metric names to criteria, such as 'accuracy: {threshold: 0.9}'");
    const thresholdsFile = thresholds && "file" in thresholds ? thresholds.file : void 0;
    const candidate = parseCandidate(inputs);
    const commentKey = parseCommentKey(inputs);
    return {
      candidate,
      baseline: parseBaseline(inputs, candidate),
      thresholds: readThresholds(thresholds),
      thresholdsFile,
      configPath: inputs.string("config"),
      bootstrap: {
        resamples: inputs.number("bootstrap", 1e3, { min: 2, max: 1e6, integer: true }),
        confidence: inputs.number("confidence", 0.95, { min: 0.5, max: 0.999 }),
        seed: inputs.number("seed", 0, { min: 0, max: 4294967295, integer: true })
      },
      slices: inputs.list("slices"),
      comment: inputs.choice("comment", COMMENT_MODES, "auto"),
      ...commentKey && { commentKey },
      ...inputs.string("comment-file") && { commentFile: inputs.string("comment-file") },
      token: inputs.string("github-token") ?? host.token,
      failOnRegression: inputs.boolean("fail-on-regression", true),
      report: inputs.string("report") ?? "evaluation.json",
      github: host.github,
      ...host.runUrl && { runUrl: host.runUrl },
      ...host.threads && { threads: host.threads },
      registry: openRegistryFromInputs(inputs, host)
    };
  },
  async run(options, log) {
    await checkReportPath(options);
    const { baseline } = options;
    const { candidate, selection } = chooseCandidate(options, log);
    log.info(`Evaluating ${candidate.kind === "model-dir" ? candidate.dir : candidate.path}${baseline.kind === "none" ? " (no baseline: a first run)" : ` against ${baseline.name}`}`);
    const progress = log.progress("Paired bootstrap");
    const evaluation = await evaluateCandidate({ ...options, candidate, fetchRegistryBaseline: registryBaselineFetcher(options.registry, log), onThreads: (threads) => log.info(`Paired bootstrap on ${threads} thread${threads === 1 ? "" : "s"}`), progress }, scoreModelDir).finally(() => progress.end());
    const view = gateView(evaluation, options.failOnRegression, { runUrl: options.runUrl, commit: options.github.sha }, selection);
    const { passed } = evaluation.gate;
    const failed = evaluation.gate.verdicts.filter((v) => v.verdict === "fail");
    return {
      result: { ...evaluation, view },
      outputs: {
        passed: String(passed),
        metrics: JSON.stringify(evaluation.gate.candidateValues),
        diff: JSON.stringify(gateDiff(evaluation)),
        report: options.report,
        "comment-url": "",
        "comment-file": "",
        "baseline-version": evaluation.baselineVersion ? String(evaluation.baselineVersion.version) : "",
        "baseline-uri": evaluation.baselineVersion?.uri ?? "",
        selected: candidate.kind === "model-dir" ? candidate.dir : ""
      },
      report: gateReport(evaluation, options, selection),
      reportPath: options.report,
      summary: renderGateReport(view),
      annotations: [
        ...evaluation.warnings.map((message) => ({ severity: "warning", title: "evaluate-gate", message })),
        ...failed.map((v) => ({ severity: options.failOnRegression ? "error" : "warning", title: `evaluate-gate: ${v.metric}`, message: v.reason }))
      ],
      failure: passed || !options.failOnRegression ? void 0 : `The candidate failed the gate on ${failed.map((v) => v.metric).join(", ")} (see ${options.report}).`
    };
  },
  publish: async (outcome, options, log) => options.commentFile ? writeGateCommentFile(outcome.result.view, options, log) : publishGateComment(outcome.summary, options, log)
};
async function checkReportPath(options) {
  const { candidate, baseline } = options;
  const modelDirs = candidate.kind === "model-dir" ? [candidate.dir] : candidate.kind === "several" ? candidate.dirs : [];
  const either = splitByKind([...modelDirs.map((path) => ({ input: "model-dir", path })), ...namedPaths({ baseline: baselinePath(baseline) })]);
  const data = candidate.kind === "predictions" ? [] : await dataFilePaths("data", candidate.data);
  const files = [...data, ...namedPaths({ predictions: candidate.kind === "predictions" ? candidate.path : void 0, thresholds: options.thresholdsFile, config: options.configPath }), ...either.files];
  const dirs = [...either.dirs, ...namedPaths({ registry: options.registry.localDir })];
  checkOutputPaths(namedPaths({ report: options.report, "comment-file": options.commentFile }), { files, dirs });
}
function baselinePath(baseline) {
  return baseline.kind === "none" || baseline.kind === "registry" ? void 0 : baseline.name;
}
function readThresholds(input) {
  if (!input)
    return [];
  if ("parsed" in input)
    return withSource(() => parseThresholds(input.parsed));
  return withSource(() => parseThresholds(input.text), input.file);
}
function withSource(parse, file) {
  try {
    return parse();
  } catch (error) {
    if (error instanceof UserError)
      throw new UserError(`Input 'thresholds'${file ? ` ('${file}')` : ""}: ${error.message}`);
    throw error;
  }
}

export {
  COMMENT_MODES,
  evaluateGateCommand
};
