import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  DRIFT_TESTS_BY_NAME
} from "./chunk-7B25IIDE.js";
import {
  REGISTRY_INPUTS,
  openRegistryFromInputs
} from "./chunk-RUWQDEA3.js";
import {
  mdCode,
  mdLine,
  mdText
} from "./chunk-IDWAGSTK.js";
import {
  checkAlias,
  checkModelName,
  modelUri
} from "./chunk-WASGVSPE.js";
import {
  invalid
} from "./chunk-DXXQZEKL.js";
import {
  createDeployment,
  createGitHubClient,
  setDeploymentStatus,
  splitRepository
} from "./chunk-HFLX7R5D.js";
import {
  require_dist
} from "./chunk-25AFY3WQ.js";
import {
  writeOutputFile
} from "./chunk-WNJNPQLO.js";
import {
  makeDirectories
} from "./chunk-EQIPIXBN.js";
import {
  UserError,
  fileError
} from "./chunk-PJKC4ZE5.js";
import {
  __toESM
} from "./chunk-UFMD3KOA.js";

// build/shared/deploy/canary/analysis.js
var LATENCY_FLOOR_SECONDS = 0.01;
var PREDICTION_DRIFT_TEST = DRIFT_TESTS_BY_NAME.get("jensenshannon");
function analyzeWindow(candidate, reference, thresholds) {
  if (candidate.requests < thresholds.minRequests)
    return { verdict: "insufficient", checks: [] };
  const checks = [errorRate(candidate, thresholds), latencyRatio(candidate, reference, thresholds)];
  if (thresholds.maxPredictionDrift !== void 0)
    checks.push(predictionDrift(candidate, reference, thresholds.maxPredictionDrift));
  return { verdict: checks.every((check) => check.passed) ? "pass" : "fail", checks };
}
function errorRate(candidate, thresholds) {
  const value = candidate.errors / candidate.requests;
  return { name: "error-rate", value, limit: thresholds.maxErrorRate, passed: value <= thresholds.maxErrorRate };
}
function latencyRatio(candidate, reference, thresholds) {
  const check = { name: "latency-ratio", limit: thresholds.maxLatencyRatio, passed: true };
  if (candidate.p95 === void 0 || candidate.p95 <= LATENCY_FLOOR_SECONDS)
    return { ...check, note: `candidate p95 at most ${LATENCY_FLOOR_SECONDS * 1e3} ms` };
  if (reference?.p95 === void 0 || reference.p95 <= 0)
    return { ...check, note: "no stable latency to compare with" };
  const value = candidate.p95 / reference.p95;
  return { ...check, value, passed: value <= thresholds.maxLatencyRatio };
}
function predictionDrift(candidate, reference, limit) {
  const check = { name: "prediction-drift", limit, passed: true };
  if (candidate.predictions.size === 0 || !reference || reference.predictions.size === 0)
    return { ...check, note: "no predictions on one side" };
  const { statistic } = PREDICTION_DRIFT_TEST.compare(reference.predictions, candidate.predictions, limit);
  return { ...check, value: statistic, passed: statistic <= limit };
}

// build/shared/deploy/canary/figures.js
var emptyFigures = () => ({ requests: 0, errors: 0, predictions: /* @__PURE__ */ new Map() });
function histogramQuantile(q, buckets) {
  const sorted = [...buckets].sort((a, b) => a[0] - b[0]);
  const total = sorted.at(-1)?.[1] ?? 0;
  if (total <= 0)
    return void 0;
  const rank = q * total;
  let lowerBound = 0;
  let lowerCount = 0;
  for (const [bound, count] of sorted) {
    if (count >= rank) {
      if (bound === Infinity)
        return lowerBound;
      if (count === lowerCount)
        return bound;
      return lowerBound + (bound - lowerBound) * (rank - lowerCount) / (count - lowerCount);
    }
    lowerBound = bound;
    lowerCount = count;
  }
  return lowerBound;
}
function addValueBuckets(predictions, cumulative) {
  let below = 0;
  for (const [bound, count] of [...cumulative].sort((a, b) => a[0] - b[0])) {
    if (count - below > 0)
      predictions.set(`le ${bound}`, count - below);
    below = count;
  }
}

// build/shared/deploy/canary/kserve-target.js
import { spawnSync } from "node:child_process";
import { join } from "node:path";

// build/shared/deploy/kserve.js
var import_yaml = __toESM(require_dist(), 1);

// build/shared/deploy/names.js
var SERVICE_NAME = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;
var LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
var SUBDOMAIN = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
function checkServiceName(name, input = "service") {
  if (!SERVICE_NAME.test(name))
    throw new UserError(`Input '${input}': ${shown(name)} is not a Kubernetes name for the service; use at most 63 lower-case letters, digits and '-', starting with a letter and ending with a letter or digit, such as churn-model.`);
  return name;
}
function checkNamespace(namespace, input = "namespace") {
  if (!LABEL.test(namespace))
    throw new UserError(`Input '${input}': ${shown(namespace)} is not a Kubernetes namespace; use at most 63 lower-case letters, digits and '-', such as models.`);
  return namespace;
}
function checkSecretName(name, input = "secret") {
  if (!SUBDOMAIN.test(name))
    throw new UserError(`Input '${input}': ${shown(name)} is not a Kubernetes Secret name; use lower-case letters, digits, '-' and '.', such as mlops-server.`);
  return name;
}
function checkImage(image, input = "image") {
  if (!/^[a-z0-9][\w./:@-]*$/i.test(image) || image.length > 512)
    throw new UserError(`Input '${input}': ${shown(image)} is not a container image reference, such as ghcr.io/octo-org/mlops-server:1.0.`);
  return image;
}
function shown(value) {
  return /^[\x20-\x7e]*$/.test(value) && !value.includes("'") ? `'${value}'` : JSON.stringify(value);
}

// build/shared/deploy/kserve.js
var SERVER_PORT = 8080;
var PREDICTOR_CONTAINER = "kserve-container";
var SECRET_KEYS = { adminToken: "admin-token", githubToken: "github-token" };
function checkModelServerSpec(spec) {
  checkServiceName(spec.service);
  if (spec.namespace !== void 0)
    checkNamespace(spec.namespace);
  checkImage(spec.image);
  checkModelName(spec.model, "name");
  checkSecretName(spec.secret);
  if (!Number.isSafeInteger(spec.version) || spec.version < 1)
    throw new UserError(`Input 'version': ${spec.version} is not a model version; versions are whole numbers from 1.`);
  if (spec.registry === "github") {
    if (!spec.repository || !/^[\w.-]+\/[\w.-]+$/.test(spec.repository))
      throw new UserError(`Input 'registry': 'github' needs the registry's repository as owner/name (GITHUB_REPOSITORY), not '${spec.repository ?? ""}'.`);
  } else if (!/^local:[^\s\p{Cc}]+$/u.test(spec.registry)) {
    throw new UserError(`Input 'registry' has invalid value '${spec.registry}': expected github or local:<directory>.`);
  }
  const minReplicas = spec.minReplicas ?? 1;
  const maxReplicas = spec.maxReplicas ?? Math.max(3, minReplicas);
  if (!Number.isInteger(minReplicas) || minReplicas < 0)
    throw new UserError(`Input 'min-replicas': ${minReplicas} must be a whole number, 0 or more.`);
  if (!Number.isInteger(maxReplicas) || maxReplicas < Math.max(minReplicas, 1))
    throw new UserError(`Input 'max-replicas': ${maxReplicas} must be a whole number of at least 1 and at least 'min-replicas' (${minReplicas}).`);
  return { ...spec, minReplicas, maxReplicas };
}
function inferenceService(spec, rollout) {
  const checked = checkModelServerSpec(spec);
  const predictor = {
    ...trafficField(rollout),
    minReplicas: checked.minReplicas,
    maxReplicas: checked.maxReplicas,
    containers: [serverContainer(checked)]
  };
  return {
    apiVersion: "serving.kserve.io/v1beta1",
    kind: "InferenceService",
    metadata: {
      name: checked.service,
      ...checked.namespace && { namespace: checked.namespace },
      labels: { "app.kubernetes.io/name": checked.service, "app.kubernetes.io/managed-by": "mlops-actions" },
      // Canary traffic splitting exists only in KServe's serverless mode; say so rather than rely on the cluster's default.
      annotations: { "serving.kserve.io/deploymentMode": "Serverless", "mlops-actions/model": checked.model, "mlops-actions/version": String(checked.version) }
    },
    spec: { predictor }
  };
}
function manifestYaml(manifest) {
  return (0, import_yaml.stringify)(manifest, { lineWidth: 0 });
}
function trafficField(rollout) {
  if (rollout.step === "promote")
    return {};
  if (rollout.step === "rollback")
    return { canaryTrafficPercent: 0 };
  const { percent } = rollout;
  if (!Number.isInteger(percent) || percent < 0 || percent > 100)
    throw new UserError(`Input 'steps': ${percent} is not a traffic percentage; KServe takes whole numbers from 0 to 100.`);
  return { canaryTrafficPercent: percent };
}
function serverContainer(spec) {
  const secret = (name, key) => ({ name, valueFrom: { secretKeyRef: { name: spec.secret, key } } });
  const env = [secret("MLOPS_ADMIN_TOKEN", SECRET_KEYS.adminToken)];
  if (spec.registry === "github")
    env.push({ name: "GITHUB_REPOSITORY", value: spec.repository }, secret("GITHUB_TOKEN", SECRET_KEYS.githubToken));
  return {
    name: PREDICTOR_CONTAINER,
    image: spec.image,
    // The image's entrypoint is `node /app/dist/mlops.js serve`; 0.0.0.0 so that the pod's network reaches it.
    args: ["--registry", spec.registry, "--model", spec.model, "--version", String(spec.version), "--host", "0.0.0.0", "--port", String(SERVER_PORT)],
    // `http1` tells Knative the port speaks HTTP/1.1: Open Inference Protocol v2 over REST.
    ports: [{ containerPort: SERVER_PORT, name: "http1", protocol: "TCP" }],
    env,
    // Ready once the version is loaded and its digest verified; live while the process answers at all.
    readinessProbe: probe("/v2/health/ready", 5),
    livenessProbe: probe("/v2/health/live", 10),
    resources: { requests: { cpu: "250m", memory: "256Mi" }, limits: { memory: "1Gi" } }
  };
}
function probe(path, periodSeconds) {
  return { httpGet: { path, port: SERVER_PORT }, initialDelaySeconds: 2, periodSeconds, timeoutSeconds: 2, failureThreshold: 3 };
}

// build/shared/deploy/canary/kserve-target.js
function manifestName(index, step) {
  const label = step.step === "canary" ? `canary-${step.percent}` : step.step;
  return `${String(index).padStart(2, "0")}-${label}.yaml`;
}
function writeKServeManifests(settings, version, steps, dir) {
  const rollout = [...steps.filter((percent) => percent < 100).map((percent) => ({ step: "canary", percent })), { step: "promote" }, { step: "rollback" }];
  makeManifestsDir(dir);
  return rollout.map((step, i) => writeManifest(settings, version, step, join(dir, manifestName(i + 1, step))));
}
function makeManifestsDir(dir) {
  try {
    makeDirectories(dir);
  } catch (error) {
    throw fileError("manifests", "write", dir, error);
  }
}
function writeManifest(settings, version, step, path) {
  writeOutputFile("manifests", path, manifestYaml(inferenceService({ ...settings, version }, step)));
  return path;
}
function checkKubectl() {
  const probe2 = spawnSync("kubectl", ["version", "--client"], { encoding: "utf8" });
  if (probe2.error?.code === "ENOENT")
    throw new UserError("Input 'kubeconfig': kubectl is not on PATH; install it in the job (such as azure/setup-kubectl), or leave 'kubeconfig' out to write the manifests only.");
}
var KServeTarget = class {
  settings;
  stable;
  candidate;
  kubeconfig;
  dir;
  describe;
  applied = 0;
  constructor(settings, stable, candidate, kubeconfig, dir) {
    this.settings = settings;
    this.stable = stable;
    this.candidate = candidate;
    this.kubeconfig = kubeconfig;
    this.dir = dir;
    this.describe = `the InferenceService ${settings.namespace ? `${settings.namespace}/` : ""}${settings.service}`;
  }
  async current() {
    return { mode: "stable", stable: this.stable };
  }
  async prepare() {
  }
  async route(routing) {
    if (routing.mode === "shadow")
      throw new UserError("Input 'strategy': the kserve target rolls out as a canary only; use target 'server' for shadow and blue-green.");
    const step = routing.mode === "canary" ? { step: "canary", percent: Math.round(routing.weight) } : routing.stable === this.candidate ? { step: "promote" } : { step: "rollback" };
    makeManifestsDir(this.dir);
    const path = writeManifest(this.settings, this.candidate, step, join(this.dir, manifestName(++this.applied, step)));
    const apply = spawnSync("kubectl", ["--kubeconfig", this.kubeconfig, "apply", "-f", path], { encoding: "utf8" });
    if (apply.error)
      throw new UserError(`Input 'kubeconfig': kubectl could not start (${apply.error.code ?? apply.error.message}).`);
    if (apply.status !== 0)
      throw new UserError(`Input 'kubeconfig': kubectl apply -f ${path} failed with exit code ${apply.status}: ${apply.stderr.trim().split("\n").at(-1) ?? ""}`);
  }
};

// build/shared/deploy/canary/prometheus-text.js
var SERIES = {
  requests: "mlops_requests_total",
  errors: "mlops_request_errors_total",
  latency: "mlops_request_duration_seconds_bucket",
  classes: "mlops_predictions_total",
  values: "mlops_prediction_value_bucket"
};
function parseSamples(text) {
  const samples = [];
  for (const line of text.split("\n")) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)/.exec(line);
    if (!match)
      continue;
    const labels = {};
    for (const pair of (match[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g))
      labels[pair[1]] = pair[2].replace(/\\(.)/g, (_, c) => c === "n" ? "\n" : c);
    samples.push({ name: match[1], labels, value: match[3] === "+Inf" ? Infinity : Number(match[3]) });
  }
  return samples;
}
function countersOf(text, model, source) {
  const snapshot = /* @__PURE__ */ new Map();
  const samples = parseSamples(text);
  if (!/^# TYPE mlops_/m.test(text))
    throw new UserError(`Input 'metrics-source': ${source} answered no mlops_ series; is it the model server's /metrics?`);
  for (const { name, labels, value } of samples) {
    if (labels.model !== void 0 && labels.model !== model)
      continue;
    const version = Number(labels.version);
    if (!Number.isSafeInteger(version))
      continue;
    let counters = snapshot.get(version);
    if (!counters)
      snapshot.set(version, counters = { requests: 0, errors: 0, latency: /* @__PURE__ */ new Map(), classes: /* @__PURE__ */ new Map(), values: /* @__PURE__ */ new Map() });
    if (name === SERIES.requests)
      counters.requests = value;
    else if (name === SERIES.errors)
      counters.errors = value;
    else if (name === SERIES.latency)
      counters.latency.set(Number(labels.le === "+Inf" ? Infinity : labels.le), value);
    else if (name === SERIES.classes && labels.class !== void 0)
      counters.classes.set(labels.class, value);
    else if (name === SERIES.values)
      counters.values.set(Number(labels.le === "+Inf" ? Infinity : labels.le), value);
  }
  return snapshot;
}
function figuresBetween(before, after) {
  const figures2 = /* @__PURE__ */ new Map();
  for (const [version, now] of after) {
    const then = before.get(version);
    const minus = (map, key, value) => value - (map.get(key) ?? 0);
    const latency = [...now.latency].map(([bound, count]) => [bound, then ? minus(then.latency, bound, count) : count]);
    const result = emptyFigures();
    result.requests = now.requests - (then?.requests ?? 0);
    result.errors = now.errors - (then?.errors ?? 0);
    const p95 = histogramQuantile(0.95, latency);
    if (p95 !== void 0)
      result.p95 = p95;
    for (const [label, count] of now.classes) {
      const delta = then ? minus(then.classes, label, count) : count;
      if (delta > 0)
        result.predictions.set(label, delta);
    }
    addValueBuckets(result.predictions, [...now.values].map(([bound, count]) => [bound, then ? minus(then.values, bound, count) : count]));
    figures2.set(version, result);
  }
  return figures2;
}

// build/shared/deploy/canary/server-target.js
var ServerTarget = class {
  url;
  token;
  describe;
  constructor(url, token) {
    this.url = url;
    this.token = token;
    this.describe = `the model server at ${url}`;
  }
  async current() {
    const routing = await this.call("GET", "/admin/routing");
    if (!routing)
      throw new UserError(`Input 'server-url': ${this.url} serves no version yet; start it with a version (mlops serve) before rolling one out.`);
    return routing;
  }
  async prepare(version) {
    await this.call("POST", "/admin/versions", { version });
  }
  async route(routing) {
    await this.call("PUT", "/admin/routing", routing);
  }
  async call(method, path, body) {
    const response = await request(this.url, path, { method, headers: { authorization: `Bearer ${this.token}`, "content-type": "application/json" }, ...body !== void 0 && { body: JSON.stringify(body) } });
    const answer = await response.json().catch(() => void 0);
    if (response.status === 401)
      throw new UserError(`Input 'admin-token': ${this.url} refused it (401); give the MLOPS_ADMIN_TOKEN the server was started with.`);
    if (response.status === 404 && path.startsWith("/admin"))
      throw new UserError(`Input 'server-url': ${this.url} has no admin API (404); start the server with MLOPS_ADMIN_TOKEN set.`);
    if (!response.ok)
      throw new UserError(`Input 'server-url': ${method} ${path} answered ${response.status}: ${answer?.error ?? "no message"}`);
    return answer;
  }
};
var ServerMetrics = class {
  url;
  model;
  describe;
  constructor(url, model) {
    this.url = url;
    this.model = model;
    this.describe = `${url}/metrics`;
  }
  async begin() {
    return { startedAt: Date.now(), counters: await this.scrape() };
  }
  async end(mark) {
    return figuresBetween(mark.counters, await this.scrape());
  }
  async scrape() {
    const response = await request(this.url, "/metrics", { method: "GET" });
    if (!response.ok)
      throw new UserError(`Input 'server-url': GET /metrics answered ${response.status}.`);
    return countersOf(await response.text(), this.model, this.describe);
  }
};
async function request(base, path, init) {
  try {
    return await fetch(new URL(path, base), { ...init, signal: AbortSignal.timeout(3e4) });
  } catch (error) {
    throw unreachable("server-url", base, error);
  }
}
function unreachable(input, base, error) {
  const cause = error.cause;
  return new UserError(`Input '${input}': cannot reach ${base} (${cause?.code ?? cause?.message ?? error.message}).`);
}

// build/shared/deploy/canary/prometheus-api.js
var PrometheusMetrics = class {
  url;
  model;
  describe;
  constructor(url, model) {
    this.url = url;
    this.model = model;
    this.describe = `Prometheus at ${url}`;
  }
  async begin() {
    return { startedAt: Date.now() };
  }
  async end(mark) {
    const range = `${Math.max(1, Math.ceil((Date.now() - mark.startedAt) / 1e3))}s`;
    const selector = `{model=${JSON.stringify(this.model)}}`;
    const [requests, errors, p95, classes, values] = await Promise.all([
      this.query(`sum by (version) (increase(${SERIES.requests}${selector}[${range}]))`),
      this.query(`sum by (version) (increase(${SERIES.errors}${selector}[${range}]))`),
      this.query(`histogram_quantile(0.95, sum by (version, le) (rate(${SERIES.latency}${selector}[${range}])))`),
      this.query(`sum by (version, class) (increase(${SERIES.classes}${selector}[${range}]))`),
      this.query(`sum by (version, le) (increase(${SERIES.values}${selector}[${range}]))`)
    ]);
    const figures2 = /* @__PURE__ */ new Map();
    const of = (sample) => {
      const version = Number(sample.metric.version);
      if (!figures2.has(version))
        figures2.set(version, emptyFigures());
      return figures2.get(version);
    };
    const value = (sample) => Number(sample.value[1]);
    for (const sample of requests)
      of(sample).requests = Math.round(value(sample));
    for (const sample of errors)
      of(sample).errors = Math.round(value(sample));
    for (const sample of p95)
      if (Number.isFinite(value(sample)))
        of(sample).p95 = value(sample);
    for (const sample of classes)
      if (value(sample) > 0)
        of(sample).predictions.set(sample.metric.class, Math.round(value(sample)));
    const byVersion = /* @__PURE__ */ new Map();
    for (const sample of values)
      byVersion.set(sample.metric.version, [...byVersion.get(sample.metric.version) ?? [], sample]);
    for (const samples of byVersion.values())
      addValueBuckets(of(samples[0]).predictions, samples.map((s) => [s.metric.le === "+Inf" ? Infinity : Number(s.metric.le), Math.round(value(s))]));
    figures2.delete(NaN);
    return figures2;
  }
  async query(promql) {
    const url = new URL("/api/v1/query", this.url);
    url.searchParams.set("query", promql);
    let response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(3e4) });
    } catch (error) {
      throw unreachable("prometheus-url", this.url, error);
    }
    const body = await response.json().catch(() => void 0);
    if (!response.ok || body?.status !== "success" || body.data?.resultType !== "vector")
      throw new UserError(`Input 'prometheus-url': ${this.url} answered ${response.status} to ${promql}: ${body?.error ?? "not a vector result"}.`);
    return body.data.result ?? [];
  }
};

// build/shared/deploy/canary/rollout.js
import { setTimeout as sleep } from "node:timers/promises";
var STRATEGIES = ["canary", "blue-green", "shadow"];
var PATIENCE_INTERVALS = 3;
async function rollOut(plan, target, metrics, log) {
  const current = await target.current();
  const alreadySwitched = current.mode === "stable" && current.stable === plan.candidate && plan.strategy !== "shadow";
  const confirming = alreadySwitched && plan.previous !== void 0 && plan.previous !== plan.candidate;
  const stable = confirming ? plan.previous : current.stable;
  const ending = (result, finalWeight, reason) => ({ result, stable, candidate: plan.candidate, finalWeight, windows: run.windows, reason });
  const run = new Run(plan, target, metrics, log, stable);
  if (alreadySwitched && !confirming)
    return ending("promoted", 100, `version ${stable} already takes all traffic`);
  await target.prepare(confirming ? stable : plan.candidate);
  try {
    if (confirming)
      return await confirmSwitch(plan, run, ending, log);
    return await runStrategy(plan, target, run, ending, log);
  } catch (error) {
    await run.routeBackToStable(void 0).catch((reason) => log.warning(`Could not route all traffic back to version ${stable}: ${reason.message}`));
    throw error;
  }
}
async function confirmSwitch(plan, run, ending, log) {
  log.info(`Version ${plan.candidate} already takes all traffic, but the promote alias names version ${run.stable}: judging it before promoting.`);
  const after = await run.judge("after-switch", { mode: "stable", stable: plan.candidate }, 100, 1, 1);
  if (!after.ok)
    return run.routeBackToStable(ending(after.result, 0, `after the switch an earlier run made: ${after.reason}; switched back to version ${run.stable}`));
  return ending("promoted", 100, `version ${plan.candidate}, switched to by an earlier run, passed with all traffic`);
}
async function runStrategy(plan, target, run, ending, log) {
  const stable = run.stable;
  if (plan.strategy === "shadow") {
    const judged = await run.judge("shadow", { mode: "shadow", stable, shadow: plan.candidate }, 0, plan.steps.length);
    await target.route({ mode: "stable", stable });
    return judged.ok ? ending("promoted", 0, `the candidate passed ${plan.steps.length} shadow windows; it served no answer`) : ending(judged.result, 0, judged.reason);
  }
  if (plan.strategy === "blue-green") {
    const before = await run.judge("pre-switch", { mode: "shadow", stable, shadow: plan.candidate }, 0, 1);
    if (!before.ok)
      return run.routeBackToStable(ending(before.result, 0, `before the switch: ${before.reason}`));
    await target.route({ mode: "stable", stable: plan.candidate });
    log.info(`Switched all traffic to version ${plan.candidate}.`);
    const after = await run.judge("after-switch", { mode: "stable", stable: plan.candidate }, 100, 1, 1);
    if (!after.ok)
      return run.routeBackToStable(ending(after.result, 0, `after the switch: ${after.reason}; switched back to version ${stable}`));
    return ending("promoted", 100, `version ${plan.candidate} passed before and after the switch`);
  }
  for (const weight of plan.steps) {
    const judged = await run.judge("canary", { mode: "canary", stable, canary: plan.candidate, weight }, weight, 1);
    if (!judged.ok)
      return run.routeBackToStable(ending(judged.result, 0, `at ${weight} %: ${judged.reason}`));
  }
  await target.route({ mode: "stable", stable: plan.candidate });
  return ending("promoted", 100, `every step passed; version ${plan.candidate} is stable`);
}
var Run = class {
  plan;
  target;
  metrics;
  log;
  stable;
  windows = [];
  failures = 0;
  reference;
  constructor(plan, target, metrics, log, stable) {
    this.plan = plan;
    this.target = target;
    this.metrics = metrics;
    this.log = log;
    this.stable = stable;
  }
  /**
   * Routes, then observes windows until `passes` of them pass, the failure limit is reached, or one
   * lacks traffic. `limit` caps the failures allowed here below the plan's (after a blue-green switch: 1).
   */
  async judge(phase, routing, weight, passes, limit = this.plan.failureLimit) {
    await this.target.route(routing);
    this.log.info(`${phase}: version ${this.plan.candidate} ${phase === "shadow" || phase === "pre-switch" ? "in shadow of" : `at ${weight} % beside`} version ${this.stable}.`);
    for (let passed = 0; passed < passes; ) {
      const record = await this.observe(phase, weight);
      const { verdict } = record.analysis;
      if (verdict === "insufficient")
        return { ok: false, result: "inconclusive", reason: `${record.candidate.requests} requests reached the candidate in ${record.seconds.toFixed(1)} s, fewer than min-requests (${this.plan.thresholds.minRequests})` };
      if (verdict === "pass")
        passed++;
      else if (this.failures >= Math.min(limit, this.plan.failureLimit))
        return { ok: false, result: "rolled-back", reason: `${failedChecks(record.analysis)} failed; ${this.limitReached(limit)}` };
    }
    return { ok: true };
  }
  limitReached(limit) {
    if (limit < this.plan.failureLimit)
      return `${limit === 1 ? "one failed window is" : `${limit} failed windows are`} enough after the switch`;
    return `${this.failures} failed window${this.failures > 1 ? "s" : ""} reached failure-limit`;
  }
  /** Routes all traffic back to the stable version and returns `outcome`. */
  async routeBackToStable(outcome) {
    await this.target.route({ mode: "stable", stable: this.stable });
    this.log.info(`Routed all traffic back to version ${this.stable}.`);
    return outcome;
  }
  async observe(phase, weight) {
    const mark = await this.metrics.begin();
    let figures2;
    for (let waited = 1; ; waited++) {
      await sleep(this.plan.intervalMs);
      figures2 = await this.metrics.end(mark);
      if ((figures2.get(this.plan.candidate)?.requests ?? 0) >= this.plan.thresholds.minRequests || waited >= PATIENCE_INTERVALS)
        break;
    }
    const candidate = figures2.get(this.plan.candidate) ?? emptyFigures();
    const stable = figures2.get(this.stable);
    if (stable && stable.requests > 0)
      this.reference = stable;
    const analysis = analyzeWindow(candidate, this.reference, this.plan.thresholds);
    if (analysis.verdict === "fail")
      this.failures++;
    const record = { phase, weight, seconds: (Date.now() - mark.startedAt) / 1e3, candidate, ...this.reference && { stable: this.reference }, analysis, failures: this.failures };
    this.windows.push(record);
    this.log.info(`  ${record.seconds.toFixed(1)} s: ${candidate.requests} requests, ${candidate.errors} errors; ${analysis.verdict}${analysis.verdict === "fail" ? ` (${failedChecks(analysis)})` : ""}.`);
    return record;
  }
};
function failedChecks(analysis) {
  return analysis.checks.filter((check) => !check.passed).map((check) => `${check.name} ${check.value?.toPrecision(3)} over ${check.limit}`).join(", ");
}

// build/shared/commands/deploy-canary/deployment.js
var NONE = { id: "", status: async () => {
} };
var SAME_ROLLOUT = ["model", "version", "strategy"];
async function startDeployment(environment, facts, log) {
  if (!environment)
    return NONE;
  const client = createGitHubClient({ token: environment.token, ...environment.apiUrl && { apiUrl: environment.apiUrl }, log });
  const where = splitRepository(environment.repository);
  const created = await createDeployment({ client, ...where, ref: environment.commit, environment: environment.name, description: facts.description, payload: facts.payload, sameRolloutKeys: SAME_ROLLOUT, log });
  if (created.status === "forbidden")
    return { ...NONE, warning: created.warning };
  let warning;
  const record = {
    id: String(created.id),
    get warning() {
      return warning;
    },
    async status(state, description) {
      const set = await setDeploymentStatus({
        client,
        ...where,
        deploymentId: created.id,
        state,
        description,
        log,
        ...facts.environmentUrl && { environmentUrl: facts.environmentUrl },
        ...environment.runUrl && { logUrl: environment.runUrl }
      });
      if (set.status === "forbidden")
        warning ??= set.warning;
    }
  };
  await record.status("in_progress", facts.description);
  return record;
}

// build/shared/commands/deploy-canary/options.js
var DEFAULTS = {
  steps: "10,25,50,100",
  interval: 60,
  maxErrorRate: 0.01,
  maxLatencyRatio: 2,
  minRequests: 50,
  failureLimit: 2,
  promoteAlias: "champion",
  manifests: "kserve-manifests",
  secret: "mlops-server",
  report: "deploy-canary.json"
};
function parseDeployCanaryOptions(inputs, host) {
  const model = checkModelName(inputs.required("name"), "name");
  const strategy = inputs.choice("strategy", STRATEGIES, "canary");
  const target = parseTarget(inputs, host, model, strategy);
  const maxPredictionDrift = inputs.string("max-prediction-drift") === void 0 ? void 0 : inputs.number("max-prediction-drift", 0, { min: 0, max: 1 });
  const explicitAlias = inputs.string("promote-alias");
  if (explicitAlias)
    checkAlias(explicitAlias, "promote-alias");
  const promoteAlias = strategy === "shadow" ? explicitAlias : explicitAlias ?? DEFAULTS.promoteAlias;
  return {
    model,
    reference: parseReference(inputs, model),
    registry: openRegistryFromInputs(inputs, host),
    target,
    ...!(target.kind === "kserve" && !target.kubeconfig) && { metrics: parseMetrics(inputs, target) },
    strategy,
    steps: parseSteps(inputs.list("steps").length > 0 ? inputs.list("steps") : DEFAULTS.steps.split(",")),
    intervalMs: inputs.number("interval", DEFAULTS.interval, { min: 0.05, max: 86400 }) * 1e3,
    thresholds: {
      maxErrorRate: inputs.number("max-error-rate", DEFAULTS.maxErrorRate, { min: 0, max: 1 }),
      maxLatencyRatio: inputs.number("max-latency-ratio", DEFAULTS.maxLatencyRatio, { min: 1 }),
      ...maxPredictionDrift !== void 0 && { maxPredictionDrift },
      minRequests: inputs.number("min-requests", DEFAULTS.minRequests, { min: 1, integer: true })
    },
    failureLimit: inputs.number("failure-limit", DEFAULTS.failureLimit, { min: 1, max: 100, integer: true }),
    ...promoteAlias && { promoteAlias },
    ...inputs.string("environment") && { environment: parseEnvironment(inputs, host) },
    report: inputs.string("report") ?? DEFAULTS.report
  };
}
function parseReference(inputs, model) {
  const version = inputs.string("version");
  const alias = inputs.string("alias");
  if (version !== void 0 && alias !== void 0)
    throw new UserError("Inputs 'version' and 'alias' both name the version to roll out; give one.");
  if (version !== void 0)
    return { name: model, version: inputs.number("version", 0, { min: 1, integer: true }) };
  if (alias === void 0)
    throw new UserError("Input 'version' or 'alias' is required: the registered version to roll out.");
  if (alias !== "latest")
    checkAlias(alias, "alias");
  return { name: model, alias };
}
function parseSteps(items) {
  const steps = items.map((item) => {
    const value = Number(item.replace(/%$/, ""));
    if (!Number.isInteger(value) || value < 1 || value > 100)
      throw invalid("steps", items.join(","), "whole percentages from 1 to 100, such as 10,25,50,100");
    return value;
  });
  if (steps.some((value, i) => i > 0 && value <= steps[i - 1]) || steps.at(-1) !== 100)
    throw invalid("steps", items.join(","), "rising percentages that end at 100, such as 10,25,50,100");
  return steps;
}
function parseTarget(inputs, host, model, strategy) {
  const kind = inputs.choice("target", ["server", "kserve"], "server");
  if (kind === "server") {
    const url = httpUrl("server-url", inputs.string("server-url"));
    const adminToken = inputs.string("admin-token");
    if (!adminToken)
      throw new UserError("Input 'admin-token' is required with target 'server': the MLOPS_ADMIN_TOKEN the server was started with.");
    return { kind, url, adminToken };
  }
  if (strategy !== "canary")
    throw new UserError(`Input 'strategy': the kserve target rolls out as a canary only (KServe's canaryTrafficPercent); use target 'server' for ${strategy}.`);
  const image = inputs.string("image");
  if (!image)
    throw new UserError("Input 'image' is required with target 'kserve': the model server's image (shared/deploy/templates/Dockerfile).");
  const registry = inputs.string("registry") ?? (host.inActions ? "github" : void 0);
  if (!registry)
    throw new UserError("Input 'registry' is required with target 'kserve': the registry the server in the cluster reads, github or local:<dir inside the image>.");
  const namespace = inputs.string("namespace");
  const settings = {
    service: inputs.string("service") ?? model,
    ...namespace && { namespace },
    image,
    registry,
    model,
    secret: inputs.string("secret") ?? DEFAULTS.secret,
    ...host.github.repository && { repository: host.github.repository }
  };
  checkModelServerSpec({ ...settings, version: 1 });
  const kubeconfig = inputs.string("kubeconfig");
  return { kind, settings, ...kubeconfig && { kubeconfig }, manifests: inputs.string("manifests") ?? DEFAULTS.manifests };
}
function parseMetrics(inputs, target) {
  const kind = inputs.choice("metrics-source", ["server", "prometheus"], "server");
  if (kind === "prometheus")
    return { kind, url: httpUrl("prometheus-url", inputs.string("prometheus-url")) };
  if (target.kind !== "server")
    throw new UserError("Input 'metrics-source': the kserve target reads its figures from Prometheus; set metrics-source: prometheus and prometheus-url.");
  return { kind, url: target.url };
}
function parseEnvironment(inputs, host) {
  const name = inputs.required("environment");
  const token = inputs.string("github-token") ?? host.token;
  const repository = host.github.repository;
  if (!token || !repository || !host.commit)
    throw new UserError(`Input 'environment': recording a GitHub Deployment needs ${!token ? "'github-token' (or GITHUB_TOKEN)" : !repository ? "GITHUB_REPOSITORY" : "GITHUB_SHA"}; leave 'environment' out to deploy without one.`);
  return { name, token, repository, commit: host.commit, ...host.github.apiUrl && { apiUrl: host.github.apiUrl }, ...host.runUrl && { runUrl: host.runUrl } };
}
function httpUrl(input, value) {
  if (!value)
    throw new UserError(`Input '${input}' is required, such as http://127.0.0.1:8080.`);
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol))
    throw invalid(input, value, "an http(s) URL, such as http://127.0.0.1:8080");
  return value.replace(/\/+$/, "");
}

// build/shared/commands/deploy-canary/inputs.js
var DEPLOY_CANARY_INPUTS = {
  name: { description: "The registered model's name.", required: true },
  version: { description: "The version to roll out (a number); or give `alias`." },
  alias: { description: "The alias whose version is rolled out, such as `challenger`, or `latest`; or give `version`." },
  registry: REGISTRY_INPUTS.registry,
  "github-token": { description: "Token for the github registry (`contents: write` to move the alias) and the GitHub Deployment (`deployments: write`).", actionDefault: "${{ github.token }}" },
  target: { description: "`server`: the model server (`mlops serve`) through its admin API; `kserve`: a KServe InferenceService through `kubectl`.", default: "server" },
  "server-url": { description: "The model server, such as `http://127.0.0.1:8080` (target `server`). Also the environment URL of the GitHub Deployment." },
  "admin-token": { description: "The server's `MLOPS_ADMIN_TOKEN`, from a secret (target `server`)." },
  strategy: { description: "`canary`: weights rise through `steps`; `blue-green`: the candidate is checked in shadow, then takes all traffic at once; `shadow`: the candidate gets copies of requests and never answers.", default: "canary" },
  steps: { description: "The candidate's share of traffic at each step, in percent, rising and ending at 100. Shadow observes one window per step.", default: DEFAULTS.steps },
  interval: { description: "Seconds each step is observed before it is judged.", default: String(DEFAULTS.interval) },
  "max-error-rate": { description: "The candidate's errors over its requests in a window must not exceed this.", default: String(DEFAULTS.maxErrorRate) },
  "max-latency-ratio": { description: "The candidate's p95 latency over the stable version's must not exceed this; judged only when the candidate's p95 exceeds 10 ms.", default: String(DEFAULTS.maxLatencyRatio) },
  "max-prediction-drift": { description: "Largest Jensen\u2013Shannon distance (0 to 1) between the candidate's and the stable version's predictions (class counts, or value buckets for a regression); off unless set." },
  "min-requests": { description: "Requests the candidate must get in a window to be judged; a window short of it is extended up to 3 intervals, then the rollout ends inconclusive.", default: String(DEFAULTS.minRequests) },
  "failure-limit": { description: "Failed windows that roll back; a failed window is observed again at the same weight until then.", default: String(DEFAULTS.failureLimit) },
  "metrics-source": { description: "`server`: the server's `/metrics`, scraped at both ends of each window; `prometheus`: the Prometheus HTTP API at `prometheus-url` (required by target `kserve`).", default: "server" },
  "prometheus-url": { description: "Prometheus, such as `http://127.0.0.1:9090`, scraping the model server." },
  "promote-alias": { description: "The alias moved to the version once promoted. Shadow moves one only when this is given.", default: DEFAULTS.promoteAlias },
  environment: { description: "A GitHub environment, such as `production`: the rollout is recorded as a Deployment there (`deployments: write`). Without it none is recorded." },
  kubeconfig: { description: "Path of a kubeconfig (target `kserve`): each step is applied with `kubectl`. Without it the manifests are written to `manifests` and nothing is applied." },
  image: { description: "The model server image the InferenceService runs (target `kserve`)." },
  service: { description: "The InferenceService's name (target `kserve`); default `name`." },
  namespace: { description: "The Kubernetes namespace (target `kserve`)." },
  secret: { description: "The Secret holding `admin-token` and `github-token` for the server in the cluster (target `kserve`).", default: DEFAULTS.secret },
  manifests: { description: "Folder the InferenceService manifests are written to (target `kserve`).", default: DEFAULTS.manifests },
  report: { description: "Path of the JSON report.", default: DEFAULTS.report },
  config: { description: "YAML file whose keys are input names; inputs given directly win." }
};
var DEPLOY_CANARY_OUTPUTS = {
  result: { description: "`promoted`, `rolled-back` or `inconclusive`." },
  "final-weight": { type: "number", description: "The candidate's share of traffic at the end, in percent: 100 promoted, 0 otherwise (and for shadow)." },
  "deployment-id": { description: "The GitHub Deployment recorded; empty without `environment` or the permission." },
  manifests: { description: "Target `kserve` without `kubeconfig`: the folder of the written manifests." },
  report: { description: "Path of the JSON report." }
};

// build/shared/commands/deploy-canary/report.js
var ms = (seconds) => seconds === void 0 ? void 0 : Math.round(seconds * 1e4) / 10;
function figures(version) {
  if (!version)
    return void 0;
  return { requests: version.requests, errors: version.errors, p95Ms: ms(version.p95), predictions: Object.fromEntries(version.predictions) };
}
function deployCanaryReport(result, options) {
  const { outcome } = result;
  return {
    model: result.model,
    strategy: result.strategy,
    target: result.target,
    stable: outcome.stable,
    candidate: outcome.candidate,
    result: outcome.result,
    finalWeight: outcome.finalWeight,
    reason: outcome.reason,
    thresholds: { ...options.thresholds, failureLimit: options.failureLimit, intervalSeconds: options.intervalMs / 1e3 },
    windows: outcome.windows.map((window) => ({
      phase: window.phase,
      weight: window.weight,
      seconds: Math.round(window.seconds * 100) / 100,
      verdict: window.analysis.verdict,
      failures: window.failures,
      candidate: figures(window.candidate),
      stable: figures(window.stable),
      checks: window.analysis.checks
    })),
    ...result.aliasMoved && { aliasMoved: result.aliasMoved },
    deploymentId: result.deploymentId || null,
    ...result.manifests && { manifests: result.manifests },
    warnings: result.warnings
  };
}
var DECISIONS = { promoted: "Promoted", "rolled-back": "Rolled back", inconclusive: "Inconclusive" };
function deployCanarySummary(result) {
  const { outcome } = result;
  const lines = [`## deploy-canary: ${mdText(result.model)} v${outcome.candidate} (${result.strategy}, ${mdText(result.target)})`, "", `**${DECISIONS[outcome.result]}**: ${mdText(outcome.reason, 500)}.`, ""];
  if (outcome.windows.length > 0) {
    lines.push("| # | Phase | Weight | Seconds | Requests | Errors | p95 ms (candidate / stable) | Checks | Verdict |", "| ---: | --- | ---: | ---: | ---: | ---: | --- | --- | --- |");
    outcome.windows.forEach((window, i) => lines.push(windowRow(i + 1, window)));
    lines.push("");
  }
  if (result.aliasMoved)
    lines.push(`Alias ${mdCode(result.aliasMoved)} now names version ${outcome.candidate}.`, "");
  if (result.manifests)
    lines.push(`Manifests written, none applied: ${result.manifests.map((path) => mdCode(path)).join(", ")}.`, "");
  if (result.deploymentId)
    lines.push(`GitHub Deployment ${mdText(result.deploymentId)}.`, "");
  for (const warning of result.warnings)
    lines.push(`> [!WARNING]`, `> ${mdLine(warning)}`, "");
  return lines.join("\n");
}
function windowRow(index, window) {
  const { candidate, stable, analysis } = window;
  const p95 = `${ms(candidate.p95) ?? "\u2013"} / ${ms(stable?.p95) ?? "\u2013"}`;
  const checks = analysis.checks.map((check) => mdText(describeCheck(check), 500)).join("; ") || "\u2013";
  return `| ${index} | ${window.phase} | ${window.weight} % | ${window.seconds.toFixed(1)} | ${candidate.requests} | ${candidate.errors} | ${p95} | ${checks} | ${analysis.verdict} |`;
}
function describeCheck(check) {
  const mark = check.passed ? "\u2713" : "\u2717";
  if (check.value === void 0)
    return `${mark} ${check.name}: not judged (${check.note})`;
  return `${mark} ${check.name} ${check.value.toPrecision(3)} \u2264 ${check.limit}`;
}

// build/shared/commands/deploy-canary/index.js
var deployCanaryCommand = {
  action: "deploy-canary",
  cli: "deploy",
  title: "mlops deploy",
  description: "Progressive delivery of a registered version: shift traffic step by step (canary), switch it at once (blue-green) or mirror it (shadow) on the model server or KServe, judge every step from live metrics, then promote the version and move its alias, or roll back on its own.",
  permissions: [
    { scope: "contents", level: "write", why: "reads the version and moves `promote-alias` to it", when: "with `registry: github`" },
    { scope: "deployments", level: "write", why: "records the rollout as a GitHub Deployment", when: "with `environment`" }
  ],
  inputs: DEPLOY_CANARY_INPUTS,
  outputs: DEPLOY_CANARY_OUTPUTS,
  parse: parseDeployCanaryOptions,
  async run(options, log) {
    const registry = options.registry.open(log);
    const record = await registry.resolve(options.reference);
    const candidate = record.version;
    const uri = modelUri(options.model, candidate);
    const { target: targetOptions } = options;
    if (targetOptions.kind === "kserve" && !targetOptions.kubeconfig) {
      const manifests = writeKServeManifests(targetOptions.settings, candidate, options.steps, targetOptions.manifests);
      log.info(`Wrote ${manifests.length} InferenceService manifests for ${uri} to ${targetOptions.manifests}; without 'kubeconfig' none is applied.`);
      const outcome2 = { result: "inconclusive", stable: candidate, candidate, finalWeight: 0, windows: [], reason: "manifests written, not applied: give 'kubeconfig' to roll out and judge" };
      return finish(options, { model: options.model, strategy: options.strategy, target: "kserve", outcome: outcome2, deploymentId: "", manifests, warnings: [] });
    }
    const previous = await promoteAliasHolder(registry, options);
    const target = await openTarget(options, candidate, previous);
    const metrics = openMetrics(options);
    const deployment = await startDeployment(options.environment, {
      description: `${options.model} v${candidate}, ${options.strategy}`,
      payload: { model: options.model, version: candidate, strategy: options.strategy, digest: record.digest },
      ...targetOptions.kind === "server" && { environmentUrl: targetOptions.url }
    }, log);
    let outcome;
    let aliasMoved;
    try {
      log.info(`Rolling ${uri} out on ${target.describe} (${options.strategy}), judged from ${metrics.describe}.`);
      outcome = await rollOut({ strategy: options.strategy, candidate, steps: options.steps, intervalMs: options.intervalMs, thresholds: options.thresholds, failureLimit: options.failureLimit, ...previous !== void 0 && { previous } }, target, metrics, log);
      if (outcome.result === "promoted" && options.promoteAlias) {
        await registry.setAlias(options.model, options.promoteAlias, candidate);
        aliasMoved = options.promoteAlias;
        log.info(`Moved alias '${options.promoteAlias}' to ${uri}.`);
      }
    } catch (error) {
      await deployment.status("failure", `${options.model} v${candidate}: stopped on an error: ${error.message}`).catch(() => void 0);
      throw error;
    }
    await deployment.status(outcome.result === "promoted" && options.strategy !== "shadow" ? "success" : "failure", `${options.model} v${candidate}: ${outcome.result}, ${outcome.reason}`);
    const warnings = deployment.warning ? [deployment.warning] : [];
    return finish(options, { model: options.model, strategy: options.strategy, target: targetOptions.kind, outcome, ...aliasMoved && { aliasMoved }, deploymentId: deployment.id, warnings });
  }
};
async function promoteAliasHolder(registry, options) {
  const alias = options.promoteAlias ?? DEFAULTS.promoteAlias;
  return (await registry.list(options.model)).find((record) => record.aliases.includes(alias))?.version;
}
async function openTarget(options, candidate, stable) {
  const target = options.target;
  if (target.kind === "server")
    return new ServerTarget(target.url, target.adminToken);
  if (stable === void 0)
    throw new UserError(`Input 'promote-alias': alias '${options.promoteAlias ?? DEFAULTS.promoteAlias}' of model '${options.model}' names no version; the kserve target rolls out beside the version it names.`);
  checkKubectl();
  return new KServeTarget(target.settings, stable, candidate, target.kubeconfig, target.manifests);
}
function openMetrics(options) {
  const metrics = options.metrics;
  return metrics.kind === "server" ? new ServerMetrics(metrics.url, options.model) : new PrometheusMetrics(metrics.url, options.model);
}
function finish(options, result) {
  const { outcome } = result;
  const uri = modelUri(result.model, outcome.candidate);
  const failure = result.manifests || outcome.result === "promoted" ? void 0 : outcome.result === "rolled-back" ? `Rolled back ${uri}: ${outcome.reason}.` : `Inconclusive, ${uri} not promoted: ${outcome.reason}.`;
  return {
    result,
    outputs: {
      result: outcome.result,
      "final-weight": String(outcome.finalWeight),
      "deployment-id": result.deploymentId,
      manifests: result.manifests ? options.target.manifests : "",
      report: options.report
    },
    report: deployCanaryReport(result, options),
    reportPath: options.report,
    summary: deployCanarySummary(result),
    // The deployment's warning was logged as it happened, which on GitHub is already an annotation.
    annotations: [],
    ...failure && { failure }
  };
}

export {
  deployCanaryCommand
};
