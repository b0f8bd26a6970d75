import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  parseReferenceProfile
} from "./chunk-NZQ7IK6I.js";
import {
  compareDatasets,
  resolveCompareOptions
} from "./chunk-7B25IIDE.js";
import {
  predictionInput,
  readMetricsFile
} from "./chunk-7VFVUIPW.js";
import {
  bootstrapSettings,
  singleBootstrap
} from "./chunk-GHFWL6K4.js";
import {
  REGISTRY_INPUTS,
  REGISTRY_READ,
  openRegistryFromInputs
} from "./chunk-RUWQDEA3.js";
import {
  loadModelDir,
  modelDirFile,
  readProfileText
} from "./chunk-4AVFVFBS.js";
import {
  MODEL_DIR_FILES,
  loadTable,
  readColumnSamplesAtOnce,
  takeRows
} from "./chunk-2QCVULS4.js";
import {
  readColumnSamples
} from "./chunk-QOOHWETR.js";
import {
  threadBudget
} from "./chunk-CSFXRO25.js";
import {
  formatCount,
  formatStat,
  linkTarget,
  md,
  mdCode,
  mdText,
  renderDriftIssueBody,
  renderDriftSummary,
  stickyBody,
  table
} from "./chunk-IDWAGSTK.js";
import {
  checkModelName,
  modelUri,
  parseModelUri
} from "./chunk-WASGVSPE.js";
import {
  applicableMetrics,
  evaluateMetrics
} from "./chunk-NDVGTYSL.js";
import {
  createGitHubClient,
  dispatchWorkflow,
  splitRepository,
  syncTrackingIssue,
  trackingMarker
} from "./chunk-HFLX7R5D.js";
import {
  parseYaml
} from "./chunk-25AFY3WQ.js";
import {
  checkOutputPaths,
  createTemporaryDir,
  dataFilePaths,
  namedPaths,
  removeTemporary,
  splitByKind
} from "./chunk-WNJNPQLO.js";
import {
  DEFAULT_MISSING_VALUES,
  readDataset,
  resolveDataFiles
} from "./chunk-M7OJWBEB.js";
import {
  UserError
} from "./chunk-PJKC4ZE5.js";

// build/shared/commands/monitor-drift/options.js
import { statSync } from "node:fs";
function parseReference(inputs) {
  const value = inputs.required("reference");
  if (value === "champion") {
    const name = inputs.string("name");
    if (!name)
      throw new UserError("Input 'name' is required with 'reference: champion': it names the model whose champion to compare with.");
    const reference = { name: checkModelName(name), alias: "champion" };
    return { kind: "registry", reference, uri: `models:/${name}@champion` };
  }
  if (value.startsWith("models:/"))
    return { kind: "registry", reference: parseModelUri(value, "reference"), uri: value };
  return isDirectory(value) ? { kind: "model-dir", dir: value } : { kind: "data", spec: value };
}
function referenceKey(reference, name) {
  if (reference.kind === "registry")
    return reference.reference.name;
  if (name)
    return checkModelName(name);
  return reference.kind === "model-dir" ? reference.dir : reference.spec;
}
function parseCompareOptions(inputs) {
  const { tests, file } = readTests(inputs);
  const compare = {
    ...inputs.list("columns").length > 0 && { columns: inputs.list("columns") },
    ignore: inputs.list("ignore"),
    ...tests && { tests },
    driftShare: inputs.number("drift-share", 0.5),
    correction: inputs.string("correction") ?? "none",
    minSamples: inputs.number("min-samples", 30)
  };
  resolveCompareOptions(compare);
  return { compare, ...file && { testsFile: file } };
}
function readTests(inputs) {
  const input = inputs.yamlOrFile("tests", "a YAML mapping of columns to tests, such as '{age: psi, income: {test: ks, threshold: 0.01}}'");
  if (!input)
    return {};
  const file = "file" in input ? input.file : void 0;
  const where = `Input 'tests'${file ? ` ('${file}')` : ""}`;
  let value;
  if ("parsed" in input)
    value = input.parsed;
  else {
    try {
      value = parseYaml(input.text, file ?? "tests");
    } catch (error) {
      throw new UserError(`${where}: not valid YAML: ${error.message.split("\n")[0]}`);
    }
  }
  if (!isMapping(value))
    throw new UserError(`${where}: must be a mapping of column names to a test name or {test, threshold}.`);
  const tests = {};
  for (const [column, spec] of Object.entries(value))
    tests[column] = testSpec(where, column, spec);
  return { tests, ...file && { file } };
}
function testSpec(where, column, spec) {
  if (typeof spec === "string")
    return spec;
  if (!isMapping(spec))
    throw new UserError(`${where}: column '${column}': give a test name or {test, threshold}, not ${JSON.stringify(spec)}.`);
  const unknown = Object.keys(spec).find((key) => key !== "test" && key !== "threshold");
  if (unknown)
    throw new UserError(`${where}: column '${column}': unknown key '${unknown}'; the keys are test and threshold.`);
  if (typeof spec.test !== "string")
    throw new UserError(`${where}: column '${column}': 'test' must name a test.`);
  if (spec.threshold !== void 0 && typeof spec.threshold !== "number")
    throw new UserError(`${where}: column '${column}': threshold must be a number, got ${JSON.stringify(spec.threshold)}.`);
  return { test: spec.test, ...spec.threshold !== void 0 && { threshold: spec.threshold } };
}
function isMapping(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

// build/shared/commands/monitor-drift/performance.js
import { existsSync } from "node:fs";
var PERFORMANCE_BOOTSTRAP = bootstrapSettings({ resamples: 1e3, confidence: 0.95, seed: 0 });
async function measurePerformance(current, input) {
  const base = { model: input.modelName, target: input.target, degraded: false, degradedMetrics: [], bootstrap: PERFORMANCE_BOOTSTRAP, metrics: [] };
  const truth = current.columns.find((column) => column.name === input.target);
  if (!truth)
    return { ...base, status: "no labels", labelledRows: 0 };
  const labelled = [];
  for (let row = 0; row < current.rows; row++)
    if (truth.kind === "number" ? Number.isFinite(truth.values[row]) : truth.values[row] !== null)
      labelled.push(row);
  if (labelled.length < input.minSamples)
    return { ...base, status: "insufficient data", labelledRows: labelled.length };
  const model = await loadModelDir(input.modelDir, input.modelInput);
  const scored = await predictionInput(model, takeRows(current, labelled), input.target, "target");
  const reference = referenceMetrics(input.modelDir, input.modelInput);
  const metrics = applicableMetrics(scored);
  const values = evaluateMetrics(scored, metrics);
  const compared = metrics.filter((metric) => reference[metric.name] !== void 0);
  const intervals = singleBootstrap(scored, compared, PERFORMANCE_BOOTSTRAP);
  const rows = metrics.map((metric) => metricDrift(metric, values[metric.name], reference[metric.name], intervals.get(metric.name)));
  const degradedMetrics = rows.filter((row) => row.degraded).map((row) => row.metric);
  return { ...base, status: "compared", labelledRows: labelled.length, degraded: degradedMetrics.length > 0, degradedMetrics, metrics: rows };
}
function metricDrift(metric, current, reference, ci) {
  const interval = ci && Number.isFinite(ci[0]) && Number.isFinite(ci[1]) ? ci : null;
  const degraded = reference !== void 0 && interval !== null && (metric.greaterIsBetter ? reference > interval[1] : reference < interval[0]);
  return { metric: metric.name, greaterIsBetter: metric.greaterIsBetter, reference: reference ?? null, current, ci: interval, degraded };
}
function referenceMetrics(modelDir, input) {
  const path = modelDirFile(modelDir, "metrics");
  return existsSync(path) ? readMetricsFile(path, input) : {};
}

// build/shared/commands/monitor-drift/report.js
function checkStatus(check) {
  if (check.drifted)
    return "drifted";
  return check.data.verdict === "insufficient data" ? "insufficient data" : "clear";
}
function driftJson(check) {
  const { data } = check;
  return {
    tool: "mlops-actions/monitor-drift",
    drifted: check.drifted,
    ...data,
    reference: { ...data.reference, source: check.source },
    current: { ...data.current, files: check.currentFiles },
    performance: check.performance
  };
}
function driftReason(check, key) {
  const parts = [];
  if (check.data.verdict === "drifted")
    parts.push(`${check.data.driftedColumns.length} of ${check.data.comparedColumns} columns drifted (${check.data.driftedColumns.join(", ")})`);
  if (check.performance?.degraded)
    parts.push(`${check.performance.degradedMetrics.join(", ")} degraded on ${check.performance.labelledRows} labelled rows`);
  return `Drift in ${key}: ${parts.join("; ")}`;
}
function headingTitle(context) {
  return `Data drift in ${context.key}`;
}
function driftSummary(check, context) {
  return [renderDriftSummary(check.data, { title: headingTitle(context) }).trimEnd(), ...extraSections(check, context)].join("\n\n") + "\n";
}
function driftIssueBody(check, context, marker) {
  const body = renderDriftIssueBody(check.data, { marker, title: headingTitle(context) }).slice(marker.length).replace(/^\n/, "");
  return [body.trimEnd(), ...extraSections(check, context)].join("\n\n") + "\n";
}
function extraSections(check, context) {
  const footer = linkTarget(context.runUrl);
  return [performanceSection(check.performance), sourcesLine(check), footer && `---
[workflow run](${footer})`].filter((part) => !!part);
}
function sourcesLine(check) {
  const { source } = check;
  const reference = source.kind === "registry" ? `${mdCode(source.version)} (${mdCode(source.uri)}, sha256 ${mdCode(source.digest.slice(0, 12))}), its training profile` : source.kind === "model-dir" ? `the training profile ${mdCode(source.profile)}` : `${mdCode(source.path)} (${formatCount(source.files.length)} file${source.files.length === 1 ? "" : "s"})`;
  return `Sources: reference ${reference} \xB7 current ${check.currentFiles.slice(0, 3).map((file) => mdCode(file)).join(", ")}${check.currentFiles.length > 3 ? ` and ${formatCount(check.currentFiles.length - 3)} more` : ""}`;
}
function performanceSection(performance) {
  if (!performance)
    return void 0;
  const model = `${mdCode(performance.model)}, target ${mdCode(performance.target)}`;
  if (performance.status === "no labels")
    return `### Performance

Not measured: the current data has no ${mdCode(performance.target)} column yet (${model}).`;
  if (performance.status === "insufficient data")
    return `### Performance

\u26AA Insufficient data: ${formatCount(performance.labelledRows)} labelled rows, fewer than min-samples (${model}).`;
  const { confidence, resamples } = performance.bootstrap;
  const verdict = performance.degraded ? `\u{1F534} degraded: ${performance.degradedMetrics.map((name) => mdText(name)).join(", ")}` : "\u{1F7E2} no metric degraded";
  const rows = performance.metrics.map((metric) => [
    metric.metric,
    metric.reference === null ? "" : formatStat(metric.reference),
    Number.isFinite(metric.current) ? formatStat(metric.current) : "\u2014",
    metric.ci ? `${formatStat(metric.ci[0])} to ${formatStat(metric.ci[1])}` : "",
    metric.reference === null ? "no reference" : !Number.isFinite(metric.current) ? "undefined on these rows" : metric.degraded ? md("\u{1F534} degraded") : "no"
  ]);
  const head = `### Performance: ${verdict}

${formatCount(performance.labelledRows)} labelled rows scored by ${model}. Reference: the model's metrics.json. A metric is degraded when its reference lies outside the ${formatStat(confidence * 100)}% bootstrap interval of the current value (${formatCount(resamples)} resamples), on the worse side.`;
  return `${head}

${table(["Metric", "Reference", "Current", `${formatStat(confidence * 100)}% CI`, "Degraded"], rows, ["left", "right", "right", "right", "left"])}`;
}

// build/shared/commands/monitor-drift/publish.js
async function publishDrift(check, options, log) {
  const wanted = options.openIssue || check.drifted && options.retrainWorkflow !== void 0;
  if (!wanted)
    return {};
  const { repository } = options.github;
  if (!repository) {
    log.info("Not running in a GitHub repository (GITHUB_REPOSITORY is not set): no issue is opened and no workflow dispatched.");
    return {};
  }
  if (!options.token) {
    log.warning("Input 'github-token' is empty, so no drift issue was opened or updated and no workflow dispatched. The report is in the job summary.");
    return {};
  }
  const client = createGitHubClient({ token: options.token, apiUrl: options.github.apiUrl, log });
  const where = splitRepository(repository);
  let failure;
  let outputs = {};
  if (options.openIssue) {
    try {
      outputs = await syncIssue(client, where, check, options, log);
    } catch (error) {
      failure = error;
    }
  }
  if (check.drifted && options.retrainWorkflow) {
    try {
      await dispatchRetraining(client, where, check, options, log);
    } catch (error) {
      failure ??= error;
    }
  }
  if (failure !== void 0)
    throw failure;
  return outputs;
}
async function syncIssue(client, where, check, options, log) {
  const marker = trackingMarker(options.key, options.github.workflow ?? "monitor-drift");
  const result = await syncTrackingIssue({
    client,
    ...where,
    marker,
    labels: options.issueLabels,
    title: options.issueTitle,
    body: driftIssueBody(check, { key: options.key, runUrl: options.runUrl }, marker),
    status: checkStatus(check),
    closeResolved: options.closeResolved,
    ...options.runUrl && { runUrl: options.runUrl },
    fit: stickyBody,
    log
  });
  if (result.action === "none" || result.action === "forbidden")
    return {};
  return { "issue-number": String(result.number), "issue-url": result.url };
}
async function dispatchRetraining(client, where, check, options, log) {
  const ref = options.retrainRef ?? await defaultBranch(client, where);
  await dispatchWorkflow({
    client,
    ...where,
    workflow: options.retrainWorkflow,
    ref,
    inputs: { reason: driftReason(check, options.key), "run-url": options.runUrl ?? "none (run outside GitHub Actions)" },
    log
  });
}
async function defaultBranch(client, where) {
  try {
    const { data } = await client.request("GET /repos/{owner}/{repo}", where);
    return data.default_branch;
  } catch (error) {
    const status = error.status;
    throw new UserError(`Cannot read the default branch of ${where.owner}/${where.repo} to dispatch the retraining on (GET /repos/${where.owner}/${where.repo} answered ${status ?? error.message}); set 'retrain-ref'.`);
  }
}

// build/shared/commands/monitor-drift/reference.js
import { join } from "node:path";
async function loadReference(spec, registry, log) {
  switch (spec.kind) {
    case "data": {
      const samples = await readColumnSamples(spec.spec, { input: "reference" });
      return { data: samples, source: { kind: "data", path: spec.spec, files: samples.files.map((file) => file.path) }, dispose: () => {
      } };
    }
    case "model-dir":
      return { data: profileOf(spec.dir, spec.dir), source: { kind: "model-dir", path: spec.dir, profile: join(spec.dir, MODEL_DIR_FILES.profile) }, modelDir: spec.dir, dispose: () => {
      } };
    case "registry":
      return fetchRegistered(spec, registry, log);
  }
}
async function fetchRegistered(spec, settings, log) {
  const registry = settings.open(log);
  try {
    await registry.resolve(spec.reference);
  } catch (error) {
    if (!(error instanceof UserError))
      throw error;
    const reason = error.message.replace(/^Input '[^']+': /, "");
    const where = reason.includes(registry.backend.location) ? "" : ` in the ${registry.backend.kind} registry at ${registry.backend.location}`;
    throw new UserError(`Input 'reference': '${spec.uri}' does not resolve${where}: ${reason}`);
  }
  const work = createTemporaryDir("mlops-reference-");
  const dispose = () => removeTemporary(work);
  try {
    const dir = join(work, "model");
    const record = await registry.fetch(spec.reference, dir);
    const version = modelUri(record.name, record.version);
    log.info(`Reference: ${version}${"alias" in spec.reference ? ` (${spec.reference.alias})` : ""}, sha256 ${record.digest} verified.`);
    return { data: profileOf(dir, version), source: { kind: "registry", uri: spec.uri, version, digest: record.digest }, modelDir: dir, dispose };
  } catch (error) {
    dispose();
    throw error;
  }
}
function profileOf(dir, name) {
  const text = readProfileText(dir, "reference");
  if (text === void 0) {
    throw new UserError(`Input 'reference': ${name === dir ? `directory '${dir}'` : name} has no ${MODEL_DIR_FILES.profile}; train writes it beside every model. Give a data file as reference instead.`);
  }
  return parseReferenceProfile(text, join(dir, MODEL_DIR_FILES.profile));
}
var NUMBER_BUDGET = 12e6;
async function loadDataSides(reference, current, compared, threads) {
  const referenceFiles = await resolveDataFiles(reference, "reference");
  const currentFiles = await resolveDataFiles(current, "current");
  const selection = { numberBudget: NUMBER_BUDGET, ...compared.columns?.length && { keepOnly: compared.columns }, ...compared.ignore && { skip: compared.ignore } };
  const [referenceRead, currentRead] = readColumnSamplesAtOnce([{ files: referenceFiles, options: { input: "reference", ...selection } }, { files: currentFiles, options: { input: "current", ...selection } }], threads);
  currentRead.catch(() => {
  });
  const samples = await referenceRead;
  const loaded = { data: samples, source: { kind: "data", path: reference, files: samples.files.map((file) => file.path) }, dispose: () => {
  } };
  try {
    return { reference: loaded, current: await currentRead };
  } catch (error) {
    return { reference: loaded, current: await emptyCurrent(error, currentFiles, samples.columns.map((column) => column.name), false) };
  }
}
async function loadCurrent(specs, referenceColumns, wholeRows) {
  const files = await resolveDataFiles(specs, "current");
  try {
    return wholeRows ? await loadTable(files, { input: "current" }) : await readColumnSamples(files, { input: "current" });
  } catch (error) {
    return emptyCurrent(error, files, referenceColumns, wholeRows);
  }
}
async function emptyCurrent(error, files, referenceColumns, wholeRows) {
  if (!(error instanceof UserError) || !EMPTY_DATA.test(error.message))
    throw error;
  const header = await headerOf(files);
  const names = header.length > 0 ? header : referenceColumns;
  const described = files.map((file) => ({ path: file.path, format: file.format, sha256: "" }));
  if (!wholeRows)
    return { rows: 0, columns: names.map((name) => ({ name, kind: "string", rows: 0, counts: /* @__PURE__ */ new Map() })), files: described };
  return { columns: names.map((name) => ({ name, kind: "string", values: [] })), rows: 0, lines: new Int32Array(0), fileOfRow: new Uint16Array(0), files: described, hash: "" };
}
async function headerOf(files) {
  let header = [];
  try {
    await readDataset(files, DEFAULT_MISSING_VALUES, { file: () => {
    }, header: (columns) => void (header = columns), row: () => {
    }, ragged: () => {
    } }, { hash: false });
  } catch (error) {
    if (!(error instanceof UserError))
      throw error;
  }
  return header;
}
var EMPTY_DATA = /: no data rows \(|: the file is empty \(/;

// build/shared/commands/monitor-drift/index.js
var monitorDriftCommand = {
  action: "monitor-drift",
  cli: "drift",
  title: "mlops monitor-drift",
  description: "Compare current data (a prediction log, say) with the training reference, column by column with SciPy-exact tests; with labels, compare the model's metrics too. One GitHub issue per check: opened when drift starts, commented while it lasts, closed when it clears; optionally dispatch retraining.",
  permissions: [
    { scope: "issues", level: "write", why: "opens, comments on and closes the tracking issue", when: "unless `open-issue: false`" },
    { scope: "actions", level: "write", why: "dispatches the retraining workflow", when: "with `retrain-workflow`" },
    REGISTRY_READ
  ],
  inputs: {
    reference: {
      description: "What current data is compared with: a data file or glob; a model directory (its training profile, `profile.json`); a registered version, `models:/<name>@<alias>` or `models:/<name>/<version>` (downloaded from `registry`, its profile used); or `champion`, the champion of `name`.",
      required: true
    },
    current: { description: "The current data: path or glob (.csv, .tsv, .jsonl, .json, .parquet, optionally .gz), such as a prediction log. A file with a header and no rows is judged insufficient data.", required: true },
    name: { description: "Model name: for `reference: champion`, and the key of the tracking issue. Default: the registered model's name, else the reference as given." },
    registry: REGISTRY_INPUTS.registry,
    cache: REGISTRY_INPUTS.cache,
    columns: { description: "Columns to compare, comma-separated or a YAML list. Default: every column of the reference." },
    ignore: { description: "Columns left out, such as an id or a timestamp." },
    tests: {
      description: "YAML, inline or a file, mapping columns to a test (`ks`, `chi2`, `chi2_gof`, `z`, `wasserstein`, `jensenshannon`, `psi`, `linf`) or to `{test, threshold}`. Other columns get the default test for their kind and the reference's size."
    },
    "drift-share": { description: "Share of compared columns that must drift for the data to drift, in (0, 1].", default: "0.5" },
    correction: { description: "Multiple-test correction of the p-value tests: `none`, `bonferroni` or `fdr` (Benjamini\u2013Hochberg).", default: "none" },
    "min-samples": { description: "Fewer current values than this in a column, or fewer current rows, make it insufficient data: never drifted.", default: "30" },
    target: { description: "Label column in `current`. With a model, the labelled rows are scored and the metrics compared with the model's `metrics.json`: performance drift." },
    "model-dir": { description: "The model scored for performance drift. Default: the reference, when it is a model directory or a registered version." },
    "open-issue": { type: "boolean", description: "Keep one GitHub issue for this check (needs `issues: write`).", default: "true" },
    "close-resolved": { type: "boolean", description: "Close the issue when drift clears; otherwise only comment.", default: "true" },
    "issue-title": { description: "Title of the issue. Default: `Data drift: <name or reference>`." },
    "issue-labels": { description: "Labels of the issue, comma-separated or a YAML list; the issue is found again by them and its hidden marker.", default: "drift" },
    "retrain-workflow": { description: "On drift, dispatch this workflow (`retrain.yml`) with the inputs `reason` and `run-url`, which it must declare (needs `actions: write`)." },
    "retrain-ref": { description: "Branch or tag to dispatch the workflow on. Default: the repository's default branch." },
    "github-token": { description: "Token for the issue (`issues: write`), the dispatch (`actions: write`) and the github registry (`contents: read`).", actionDefault: "${{ github.token }}" },
    "fail-on-drift": { type: "boolean", description: "Fail the step when drift is found. By default the step succeeds and `drifted` says it.", default: "false" },
    report: { description: "Path of the JSON report.", default: "drift.json" },
    config: { description: "YAML file whose keys are input names; inputs given directly win." }
  },
  outputs: {
    drifted: { type: "boolean", description: "`true` when the data drifted (`drift-share` reached) or a metric degraded, else `false`. Insufficient data is `false`." },
    "drift-share": { type: "number", description: "Drifted columns over compared columns (0 when none was compared)." },
    "drifted-columns": { type: "json", description: "JSON array of the drifted columns, in the order of the reference." },
    report: { description: "Path of the JSON report." },
    "issue-number": { type: "number", description: "The tracking issue opened, commented on or closed by this run; empty when none." },
    "issue-url": { description: "URL of that issue; empty when none." }
  },
  parse(inputs, host) {
    const reference = parseReference(inputs);
    const key = referenceKey(reference, inputs.string("name"));
    const { compare, testsFile } = parseCompareOptions(inputs);
    const target = inputs.string("target");
    const modelDir = inputs.string("model-dir");
    if (target && !modelDir && reference.kind === "data") {
      throw new UserError("Input 'target': performance drift needs a model; give 'model-dir', or a model directory or registered version as 'reference'.");
    }
    if (modelDir && !target)
      throw new UserError("Input 'model-dir' is scored only against labels: give 'target', the label column in 'current'.");
    const labels = inputs.list("issue-labels");
    return {
      reference,
      current: currentSpecs(inputs),
      compare,
      ...target && { target },
      ...modelDir && { modelDir },
      registry: openRegistryFromInputs(inputs, host),
      key,
      openIssue: inputs.boolean("open-issue", true),
      closeResolved: inputs.boolean("close-resolved", true),
      issueTitle: inputs.string("issue-title") ?? `Data drift: ${key}`,
      issueLabels: labels.length > 0 ? labels : ["drift"],
      ...inputs.string("retrain-workflow") && { retrainWorkflow: inputs.string("retrain-workflow") },
      ...inputs.string("retrain-ref") && { retrainRef: inputs.string("retrain-ref") },
      token: inputs.string("github-token") ?? host.token,
      failOnDrift: inputs.boolean("fail-on-drift", false),
      report: inputs.string("report") ?? "drift.json",
      github: host.github,
      ...host.threads && { threads: host.threads },
      ...host.runUrl && { runUrl: host.runUrl },
      ...testsFile && { testsFile },
      ...inputs.string("config") && { configPath: inputs.string("config") }
    };
  },
  async run(options, log) {
    await checkReportPath(options);
    const sides = options.reference.kind === "data" && !options.target ? await loadDataSides(options.reference.spec, options.current, options.compare, threadBudget(options.threads).threads) : void 0;
    const reference = sides?.reference ?? await loadReference(options.reference, options.registry, log);
    let check;
    try {
      const names = reference.data.columns.map((column) => column.name);
      const current = sides?.current ?? (options.target ? await loadCurrent(options.current, names, true) : await loadCurrent(options.current, names, false));
      log.info(`Comparing ${current.rows} current rows with the reference's ${reference.data.rows}.`);
      const data = compareDatasets(reference.data, current, options.compare);
      const performance = options.target ? await performanceDrift(options, reference, current) : null;
      const drifted = data.verdict === "drifted" || performance?.degraded === true;
      check = { data, source: reference.source, currentFiles: current.files.map((file) => file.path), performance, drifted };
    } finally {
      reference.dispose();
    }
    const reason = check.drifted ? driftReason(check, options.key) : void 0;
    log.info(reason ?? `No drift in ${options.key}: ${check.data.verdict}.`);
    return {
      result: check,
      outputs: {
        drifted: String(check.drifted),
        "drift-share": String(check.data.driftShare),
        "drifted-columns": JSON.stringify(check.data.driftedColumns),
        report: options.report,
        "issue-number": "",
        "issue-url": ""
      },
      report: driftJson(check),
      reportPath: options.report,
      summary: driftSummary(check, { key: options.key, runUrl: options.runUrl }),
      annotations: annotations(check, reason, options),
      failure: reason && options.failOnDrift ? `${reason} (see ${options.report}).` : void 0
    };
  },
  publish: (outcome, options, log) => publishDrift(outcome.result, options, log)
};
function currentSpecs(inputs) {
  const specs = inputs.list("current");
  if (specs.length === 0)
    throw new UserError("Input 'current' is required.");
  return specs;
}
async function performanceDrift(options, reference, current) {
  const modelDir = options.modelDir ?? reference.modelDir;
  const source = reference.source;
  const modelName = options.modelDir ?? (source.kind === "registry" ? source.version : modelDir);
  return measurePerformance(current, { modelDir, modelName, modelInput: options.modelDir ? "model-dir" : "reference", target: options.target, minSamples: options.compare.minSamples });
}
function annotations(check, reason, options) {
  const found = [];
  if (reason)
    found.push({ severity: options.failOnDrift ? "error" : "warning", title: "monitor-drift", message: reason });
  for (const finding of check.data.findings) {
    if (finding.type === "missing in current")
      found.push({ severity: "warning", title: "monitor-drift", message: `Column '${finding.column}' of the reference is not in the current data.` });
    if (finding.type === "kind changed") {
      found.push({ severity: "warning", title: "monitor-drift", message: `Column '${finding.column}' holds ${finding.reference === "number" ? "numbers" : "text"} in the reference and ${finding.current === "number" ? "numbers" : "text"} in the current data; counted as drifted.` });
    }
  }
  return found;
}
async function checkReportPath(options) {
  const { reference } = options;
  const data = [...await dataFilePaths("current", options.current), ...reference.kind === "data" ? await dataFilePaths("reference", [reference.spec]) : []];
  const either = splitByKind(namedPaths({ "model-dir": options.modelDir, reference: reference.kind === "model-dir" ? reference.dir : void 0 }));
  const files = [...data, ...namedPaths({ tests: options.testsFile, config: options.configPath }), ...either.files];
  const dirs = [...either.dirs, ...namedPaths({ registry: options.registry.localDir })];
  checkOutputPaths(namedPaths({ report: options.report }), { files, dirs });
}

export {
  monitorDriftCommand
};
