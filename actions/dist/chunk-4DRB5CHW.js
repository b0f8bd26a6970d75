import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  Octokit,
  require_light,
  retry
} from "./chunk-GH6P52GL.js";
import {
  DEFAULT_FLAVOR,
  MODEL_FLAVORS,
  ReadOnlyTokenError,
  apiError,
  apiFailure,
  githubMessage,
  isAmbiguous,
  modelUri,
  parseYaml
} from "./chunk-OIFSEMBK.js";
import {
  writeOutputFile
} from "./chunk-4BURLU5C.js";
import {
  readTextFile
} from "./chunk-EQIPIXBN.js";
import {
  METRICS_BY_NAME,
  compareLabels
} from "./chunk-FF23WMO5.js";
import {
  UserError,
  describeError,
  isUserError
} from "./chunk-PJKC4ZE5.js";
import {
  __toESM
} from "./chunk-UFMD3KOA.js";

// build/shared/runtime/entry.js
function startEntry(main) {
  void main();
}

// build/shared/inputs/index.js
import { existsSync } from "node:fs";
function mapSource(values) {
  return { get: (name) => values[name] };
}
var Inputs = class {
  direct;
  fromConfig;
  constructor(direct, knownNames) {
    this.direct = direct;
    const configPath = this.directValue("config");
    this.fromConfig = configPath ? readConfigFile(configPath) : {};
    const unknown = knownNames ? Object.keys(this.fromConfig).filter((key) => !knownNames.includes(key)) : [];
    if (configPath && unknown.length > 0) {
      throw new UserError(`Input 'config': '${configPath}' has unknown key '${unknown[0]}'; allowed keys are the input names: ${knownNames.filter((name) => name !== "config").join(", ")}.`);
    }
  }
  directValue(name) {
    const value = this.direct.get(name)?.trim();
    return value ? value : void 0;
  }
  /** Raw value, direct input first, then config file. */
  raw(name) {
    return this.directValue(name) ?? this.fromConfig[name];
  }
  string(name) {
    const value = this.raw(name);
    if (value === void 0 || value === null || value === "")
      return void 0;
    if (typeof value === "object")
      throw invalid(name, JSON.stringify(value), "a single value");
    return String(value);
  }
  required(name) {
    const value = this.string(name);
    if (value === void 0)
      throw new UserError(`Input '${name}' is required.`);
    return value;
  }
  choice(name, allowed, fallback) {
    const value = this.string(name);
    if (value === void 0)
      return fallback;
    if (!allowed.includes(value))
      throw invalid(name, value, `one of ${allowed.join(", ")}`);
    return value;
  }
  boolean(name, fallback) {
    const value = this.string(name);
    if (value === void 0)
      return fallback;
    const lower = value.toLowerCase();
    if (lower === "true")
      return true;
    if (lower === "false")
      return false;
    throw invalid(name, value, "true or false");
  }
  number(name, fallback, range = {}) {
    const text = this.string(name);
    if (text === void 0)
      return fallback;
    const value = Number(text);
    const allowed = describeRange(range);
    if (!Number.isFinite(value) || range.integer && !Number.isInteger(value))
      throw invalid(name, text, allowed);
    if (range.min !== void 0 && value < range.min || range.max !== void 0 && value > range.max) {
      throw invalid(name, text, allowed);
    }
    return value;
  }
  /**
   * YAML given inline, as the path of a file, or as a value in the config file. One line without
   * `:` or `{` that names a file is the file; anything else without them is refused, so that a
   * mistyped path is not read as a YAML string. `expected` describes the YAML, for that message.
   */
  yamlOrFile(name, expected) {
    const raw = this.raw(name);
    if (raw === void 0 || raw === null || raw === "")
      return void 0;
    if (typeof raw === "object")
      return { parsed: raw };
    const text = String(raw);
    if (/[:{]/.test(text))
      return { text };
    if (!text.includes("\n") && existsSync(text))
      return { text: readTextFile(name, text), file: text };
    throw new UserError(`Input '${name}': '${text}' is neither a file nor ${expected}.`);
  }
  /** A comma-separated string or a YAML list. */
  list(name) {
    const value = this.raw(name);
    if (value === void 0 || value === null || value === "")
      return [];
    if (Array.isArray(value))
      return value.map((item) => String(item).trim()).filter(Boolean);
    const text = String(value).trim();
    if (text.startsWith("[") || text.includes("\n")) {
      let parsed;
      try {
        parsed = parseYaml(text, `Input '${name}'`);
      } catch {
        throw invalid(name, text, "a comma-separated list or a YAML list");
      }
      if (Array.isArray(parsed))
        return parsed.map((item) => String(item).trim()).filter(Boolean);
      if (typeof parsed !== "string")
        throw invalid(name, text, "a comma-separated list or a YAML list");
    }
    return text.split(",").map((item) => item.trim()).filter(Boolean);
  }
};
function describeRange(range) {
  const kind = range.integer ? "an integer" : "a number";
  if (range.min !== void 0 && range.max !== void 0)
    return `${kind} from ${range.min} to ${range.max}`;
  if (range.min !== void 0)
    return `${kind} of at least ${range.min}`;
  if (range.max !== void 0)
    return `${kind} of at most ${range.max}`;
  return kind;
}
function invalid(name, value, allowed) {
  return new UserError(`Input '${name}' has invalid value '${value}': expected ${allowed}.`);
}
function readConfigFile(path) {
  const text = readTextFile("config", path);
  const parsed = parseYaml(text, `Input 'config': ${path}`);
  if (parsed === null || parsed === void 0)
    return {};
  if (typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new UserError(`Input 'config': '${path}' must be a YAML mapping of input names to values.`);
  }
  return parsed;
}

// build/shared/runtime/command.js
async function executeCommand(command, io) {
  try {
    const options = command.parse(new Inputs(io.inputs, Object.keys(command.inputs)), io.host);
    const outcome = await command.run(options, io);
    writeOutputFile(outcome.reportInput ?? "report", outcome.reportPath, JSON.stringify(outcome.report, null, 2) + "\n");
    let publishError;
    if (command.publish) {
      try {
        Object.assign(outcome.outputs, await command.publish(outcome, options, io));
      } catch (error) {
        publishError = error;
      }
    }
    for (const [name, value] of Object.entries(outcome.outputs))
      io.setOutput(name, value);
    if (outcome.failure)
      io.fail(outcome.failure);
    for (const annotation of outcome.annotations)
      io.annotate(annotation);
    await io.writeSummary(outcome.summary);
    if (publishError !== void 0)
      throw publishError;
    return outcome;
  } catch (error) {
    io.fail(isUserError(error) ? error.message : describeError(error));
    return void 0;
  }
}

// node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var VERSION = "0.0.0-development";
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done2() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done2) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}
var composePaginateRest = Object.assign(paginate, {
  iterator
});
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = VERSION;

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION2 = "0.0.0-development";
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = import_light.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION2;
throttling.triggersNotification = triggersNotification;

// build/shared/github/client.js
var DEFAULT_API_URL = "https://api.github.com";
var RATE_LIMIT_RETRIES = 2;
var MAX_RATE_LIMIT_WAIT_SECONDS = 120;
function pacingPlugin(_octokit, options) {
  const msPerSecond = options.pacing?.msPerSecond ?? 1e3;
  return { pause: (seconds) => new Promise((resolve2) => setTimeout(resolve2, seconds * msPerSecond)) };
}
var GitHub = Octokit.plugin(paginateRest, retry, throttling, pacingPlugin);
function createGitHubClient(options) {
  if (!options.token)
    throw new UserError("A GitHub token is required to call the GitHub API.");
  const msPerSecond = options.pacing?.msPerSecond ?? 1e3;
  const octokit = new GitHub({
    auth: options.token,
    baseUrl: apiBaseUrl(options.apiUrl),
    userAgent: "mlops-actions",
    log: { debug: () => {
    }, info: () => {
    }, warn: (message) => options.log.warning(message), error: (message) => options.log.warning(message) },
    // 429 is a rate limit: the throttling plugin waits for its retry-after instead.
    retry: { retryAfterBaseValue: msPerSecond, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    throttle: throttleOptions(options.log, msPerSecond, options.pacing?.spaceWrites ?? true),
    pacing: options.pacing
  });
  octokit.hook.before("request", (request) => {
    if (request.method === "POST" && request.request?.retries === void 0)
      request.request = { ...request.request, retries: 0 };
  });
  return octokit;
}
function apiBaseUrl(apiUrl) {
  const url = apiUrl?.trim() || DEFAULT_API_URL;
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol))
    throw new UserError(`GITHUB_API_URL '${url}' is not an http(s) URL.`);
  return url.replace(/\/+$/, "");
}
function throttleOptions(log, msPerSecond, spaceWrites) {
  const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
    const where = `${request.method} ${request.url}`;
    if (retryCount >= RATE_LIMIT_RETRIES || retryAfter > MAX_RATE_LIMIT_WAIT_SECONDS) {
      log.warning(`GitHub's ${kind} rate limit stopped ${where}; giving up after ${retryCount} retries (the limit lifts in ${retryAfter} s).`);
      return false;
    }
    log.warning(`GitHub's ${kind} rate limit hit ${where}; waiting ${retryAfter} s before retry ${retryCount + 1} of ${RATE_LIMIT_RETRIES}.`);
    return true;
  };
  return {
    retryAfterBaseValue: msPerSecond,
    onRateLimit: onLimit("primary"),
    onSecondaryRateLimit: onLimit("secondary"),
    ...spaceWrites ? {} : { write: UNSPACED, notifications: UNSPACED }
  };
}
var UNSPACED = {
  key: () => ({ schedule: (_options, job) => job() })
};

// build/shared/github/marker.js
function stickyMarker(workflow, job, extra, key) {
  if (!workflow.trim() || !job.trim())
    throw new UserError("A sticky comment needs the workflow and job names (GITHUB_WORKFLOW and GITHUB_JOB); one of them is empty.");
  const kind = extra ? `:${encodeURIComponent(extra)}` : "";
  const keyed = key?.trim() ? ` key=${encodeURIComponent(key.trim())}` : "";
  return `<!-- mlops-actions${kind} workflow=${encodeURIComponent(workflow)} job=${encodeURIComponent(job)}${keyed} -->`;
}
function trackingMarker(key, workflow) {
  if (!key.trim() || !workflow.trim())
    throw new UserError("A tracking issue needs what it tracks (a model name or a reference path) and the workflow name (GITHUB_WORKFLOW); one of them is empty.");
  return `<!-- mlops-actions:tracking key=${encodeURIComponent(key)} workflow=${encodeURIComponent(workflow)} -->`;
}
function checkMarker(marker) {
  if (!/^<!--(?:(?!-->)[^\n])*-->$/.test(marker))
    throw new UserError(`A sticky comment marker must be one HTML comment on one line, such as stickyMarker() builds, not ${JSON.stringify(marker)}.`);
}

// build/shared/github/sticky-comment.js
var CREATE_ATTEMPTS = 3;
var LIST = "GET /repos/{owner}/{repo}/issues/{issue_number}/comments";
var CREATE = "POST /repos/{owner}/{repo}/issues/{issue_number}/comments";
var UPDATE = "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}";
async function upsertStickyComment(options) {
  checkOptions(options);
  const { text, truncated } = options.fit(options.marker, options.body);
  if (!text.startsWith(options.marker))
    throw new Error("a sticky comment body must start with its marker");
  if (truncated)
    options.log.warning(`The comment for ${issueRef(options)} is too long for GitHub and was cut to ${text.length} characters.`);
  const target = { ...options, text, truncated };
  try {
    const existing = await findNewest(target);
    return existing ? await update(target, existing) : await create(target);
  } catch (error) {
    if (!(error instanceof ReadOnlyTokenError))
      throw error;
    const warning = forbiddenWarning(options, error.endpoint);
    options.log.warning(warning);
    return { status: "forbidden", warning };
  }
}
async function findNewest(target) {
  const { client, owner, repo, issueNumber, marker } = target;
  const endpoint = `GET ${issuePath(target)}/comments`;
  let matches;
  try {
    matches = await client.paginate(LIST, { owner, repo, issue_number: issueNumber, per_page: 100 }, (page) => page.data.filter((comment) => comment.body?.startsWith(marker)));
  } catch (error) {
    throw apiError(endpoint, apiFailure(endpoint, error));
  }
  if (matches.length > 1)
    target.log.info(`${matches.length} comments on ${issueRef(target)} carry the marker; updating the newest only.`);
  return matches.reduce((newest, comment) => !newest || comment.id > newest.id ? comment : newest, void 0);
}
async function update(target, existing, recreate = true) {
  const { client, owner, repo } = target;
  const endpoint = `PATCH /repos/${owner}/${repo}/issues/comments/${existing.id}`;
  try {
    const { data } = await client.request(UPDATE, { owner, repo, comment_id: existing.id, body: target.text });
    return done(target, "updated", data);
  } catch (error) {
    const failure = apiFailure(endpoint, error);
    if (recreate && failure.status === 404 && failure.answered)
      return create(target);
    throw apiError(endpoint, failure);
  }
}
async function create(target) {
  const { client, owner, repo, issueNumber } = target;
  const endpoint = `POST ${issuePath(target)}/comments`;
  for (let attempt = 1; ; attempt++) {
    try {
      const { data } = await client.request(CREATE, { owner, repo, issue_number: issueNumber, body: target.text, request: { retries: 0 } });
      return done(target, "created", data);
    } catch (error) {
      const failure = apiFailure(endpoint, error);
      if (!isAmbiguous(failure))
        throw apiError(endpoint, failure);
      target.log.warning(`${endpoint} ended without a clear answer (${failure.answered ? failure.status : failure.message}); checking whether the comment was created.`);
      await client.pause(attempt);
      const landed = await findNewest(target);
      if (landed)
        return landed.body === target.text ? done(target, "created", landed) : update(target, landed, false);
      if (attempt >= CREATE_ATTEMPTS)
        throw apiError(endpoint, failure, attempt);
    }
  }
}
function done(target, status, comment) {
  target.log.info(`${status === "created" ? "Created" : "Updated"} the comment on ${issueRef(target)}: ${comment.html_url}`);
  return { status, id: comment.id, url: comment.html_url, truncated: target.truncated };
}
function forbiddenWarning(options, endpoint) {
  return `Cannot comment on ${issueRef(options)}: GitHub answered ${endpoint} with 403 "Resource not accessible by integration", so the token lacks the permission. On pull requests from forks GITHUB_TOKEN is always read-only: upload the report as an artifact and post it from a separate workflow triggered by \`workflow_run\`, which runs with write permission. Otherwise give the job \`permissions: pull-requests: write\`.`;
}
function checkOptions(options) {
  if (!options.owner || !options.repo)
    throw new UserError(`A sticky comment needs the repository as owner and name, not '${options.owner}/${options.repo}'.`);
  if (!Number.isSafeInteger(options.issueNumber) || options.issueNumber < 1)
    throw new UserError(`A sticky comment needs a pull-request number (a positive integer), not ${options.issueNumber}.`);
  checkMarker(options.marker);
}
var issuePath = (o) => `/repos/${o.owner}/${o.repo}/issues/${o.issueNumber}`;
var issueRef = (o) => `${o.owner}/${o.repo}#${o.issueNumber}`;

// build/shared/github/context.js
import { readFileSync } from "node:fs";
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target", "pull_request_review", "pull_request_review_comment"]);
function githubContext(env) {
  const payload = readEventPayload(env.GITHUB_EVENT_PATH);
  const pullRequest = record(payload.pull_request);
  const number = pullRequest?.number ?? record(payload.issue)?.number;
  const head = record(record(pullRequest?.head)?.repo);
  const base = record(record(pullRequest?.base)?.repo);
  return {
    eventName: env.GITHUB_EVENT_NAME || void 0,
    repository: env.GITHUB_REPOSITORY || void 0,
    apiUrl: env.GITHUB_API_URL || void 0,
    workflow: env.GITHUB_WORKFLOW || void 0,
    job: env.GITHUB_JOB || void 0,
    ...typeof number === "number" && { issueNumber: number },
    fromFork: Boolean(head && base && head.full_name !== base.full_name),
    ...workflowRunOf(record(payload.workflow_run)),
    sha: (typeof record(pullRequest?.head)?.sha === "string" ? record(pullRequest.head).sha : env.GITHUB_SHA) || void 0
  };
}
function isPullRequestEvent(context) {
  return context.eventName !== void 0 && PULL_REQUEST_EVENTS.has(context.eventName);
}
function splitRepository(repository) {
  const [owner, repo, extra] = repository.split("/");
  if (!owner || !repo || extra !== void 0)
    throw new UserError(`GITHUB_REPOSITORY must be owner/name, not '${repository}'.`);
  return { owner, repo };
}
function workflowRunOf(run) {
  if (typeof run?.id !== "number" || typeof run.head_sha !== "string")
    return {};
  return { workflowRun: { id: run.id, headSha: run.head_sha, ...typeof run.html_url === "string" && { htmlUrl: run.html_url } } };
}
function readEventPayload(path) {
  if (!path)
    return {};
  try {
    return record(JSON.parse(readFileSync(path, "utf8"))) ?? {};
  } catch {
    throw new UserError(`GITHUB_EVENT_PATH: cannot read the event payload at '${path}'.`);
  }
}
function record(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}

// build/shared/github/comment-file.js
var COMMENT_FILE_FORMAT = "mlops-actions/comment";
var COMMENT_FILE_VERSION = 1;
var KEYS = ["format", "version", "repository", "pullRequest", "headSha", "key", "report"];
var REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
var SHA = /^[0-9a-f]{40}$/;
var NON_FINITE = ["NaN", "Infinity", "-Infinity"];
function formatCommentFile(file) {
  const { repository, pullRequest, headSha, key, report } = file;
  const document = { format: COMMENT_FILE_FORMAT, version: COMMENT_FILE_VERSION, repository, pullRequest, headSha, key, report };
  return JSON.stringify(document, (_key, value) => typeof value === "number" && !Number.isFinite(value) ? String(value) : value, 2) + "\n";
}
function writeCommentFile(input, path, file) {
  writeOutputFile(input, path, formatCommentFile(file));
}
function readCommentFile(input, path, checkReport) {
  const complain = (key2, problem) => {
    throw new UserError(`Input '${input}' ('${path}'): key '${key2}' ${problem}`);
  };
  const text = readTextFile(input, path);
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UserError(`Input '${input}' ('${path}'): not valid JSON (${error.message}); a comment file is written by evaluate-gate's 'comment-file'.`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw new UserError(`Input '${input}' ('${path}'): a comment file is a JSON object, not ${describeValue(parsed)}.`);
  const document = parsed;
  const unknown = Object.keys(document).find((key2) => !KEYS.includes(key2));
  if (unknown !== void 0)
    complain(unknown, `is not part of a comment file, which holds ${KEYS.join(", ")}.`);
  if (document.format !== COMMENT_FILE_FORMAT)
    complain("format", `must be "${COMMENT_FILE_FORMAT}", not ${describeValue(document.format)}.`);
  if (document.version !== COMMENT_FILE_VERSION)
    complain("version", `must be ${COMMENT_FILE_VERSION}, the version this release reads, not ${describeValue(document.version)}.`);
  const { repository, pullRequest, headSha, key } = document;
  if (typeof repository !== "string" || !REPOSITORY.test(repository))
    complain("repository", `must be a repository as owner/name, not ${describeValue(repository)}.`);
  if (typeof pullRequest !== "number" || !Number.isSafeInteger(pullRequest) || pullRequest < 1)
    complain("pullRequest", `must be a pull-request number (a positive integer), not ${describeValue(pullRequest)}.`);
  if (typeof headSha !== "string" || !SHA.test(headSha))
    complain("headSha", `must be a commit sha of 40 lowercase hexadecimal digits, not ${describeValue(headSha)}.`);
  if (typeof key !== "string" || !isMarker(key))
    complain("key", `must be a sticky comment marker, one HTML comment on one line, not ${describeValue(key)}.`);
  if (!("report" in document))
    complain("report", "is missing.");
  return { repository, pullRequest, headSha, key, report: checkReport(document.report, "report", complain) };
}
function isMarker(value) {
  try {
    checkMarker(value);
    return true;
  } catch {
    return false;
  }
}
function describeValue(value) {
  if (value === void 0)
    return "missing";
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

// build/shared/github/pulls.js
async function pullRequestHead(target, number) {
  const { client, owner, repo } = target;
  const data = await read(`GET /repos/${owner}/${repo}/pulls/${number}`, "pull-requests: read", () => client.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", { owner, repo, pull_number: number }).then((response) => response.data));
  return { number: data.number, headSha: data.head.sha, state: data.state };
}
async function pullRequestMergedAs(target, sha) {
  const { client, owner, repo } = target;
  const pulls = await read(`GET /repos/${owner}/${repo}/commits/${sha}/pulls`, "pull-requests: read", () => client.paginate("GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls", { owner, repo, commit_sha: sha, per_page: 100 }));
  const merged = pulls.find((pull) => pull.merged_at !== null && pull.merge_commit_sha === sha);
  return merged && { number: merged.number, headSha: merged.head.sha, mergeCommitSha: sha };
}
async function read(endpoint, permission, request, notFound) {
  try {
    return await request();
  } catch (error) {
    let failure;
    try {
      failure = apiFailure(endpoint, error);
    } catch (readOnly) {
      if (!(readOnly instanceof ReadOnlyTokenError))
        throw readOnly;
      throw new UserError(`GitHub API ${endpoint} failed: 403 Resource not accessible by integration. The token lacks a permission: give the job \`permissions: ${permission}\`.`);
    }
    if (notFound && failure.status === 404 && failure.answered)
      throw new UserError(`GitHub API ${endpoint} failed: 404 Not Found. ${notFound}`);
    throw apiError(endpoint, failure);
  }
}

// build/shared/github/runs.js
async function latestSuccessfulPullRequestRun(target, workflow, headSha) {
  const { client, owner, repo } = target;
  const runs = await read(`GET /repos/${owner}/${repo}/actions/workflows/${workflow}/runs`, "actions: read", () => client.paginate(
    "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs",
    // The plugin unwraps `workflow_runs` from each page.
    { owner, repo, workflow_id: workflow, head_sha: headSha, event: "pull_request", status: "success", per_page: 100 }
  ), `${owner}/${repo} has no workflow '${workflow}': give the file name of the pull-request workflow, such as mlops.yml.`);
  const passed = runs.filter((run) => run.head_sha === headSha && run.event === "pull_request" && run.conclusion === "success");
  const newest = passed.reduce((best, run) => !best || newer(run, best) ? run : best, void 0);
  return newest && { id: newest.id, htmlUrl: newest.html_url, createdAt: newest.created_at };
}
function newer(a, b) {
  const difference = Date.parse(a.created_at) - Date.parse(b.created_at);
  return difference === 0 ? a.id > b.id : difference > 0;
}

// build/shared/github/tracking-text.js
var TITLE_LIMIT = 256;
var LABEL_LIMIT = 50;
var UNPRINTABLE = /[\p{Cc}\u2028\u2029\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]+/gu;
function oneLine(text) {
  return text.replace(UNPRINTABLE, " ").replace(/\s+/g, " ").trim();
}
function clipLine(text, limit) {
  if (text.length <= limit)
    return text;
  let cut = limit - 1;
  const code = text.charCodeAt(cut - 1);
  if (code >= 55296 && code <= 56319)
    cut--;
  return `${text.slice(0, cut).trimEnd()}\u2026`;
}
function issueTitle(title2) {
  const line = clipLine(oneLine(title2), TITLE_LIMIT);
  if (!line)
    throw new UserError(`The tracking issue's title ${JSON.stringify(title2)} is empty once control characters are removed.`);
  return line;
}
function issueLabels(labels) {
  const seen = /* @__PURE__ */ new Set();
  const names = [];
  for (const label of labels) {
    const name = oneLine(label);
    if (!name || seen.has(name.toLowerCase()))
      continue;
    if (name.includes(","))
      throw new UserError(`Issue label '${name}' contains a comma, which GitHub's issue list reads as a separator between labels.`);
    if (name.length > LABEL_LIMIT)
      throw new UserError(`Issue label '${clipLine(name, 60)}' is ${name.length} characters long; GitHub allows at most ${LABEL_LIMIT}.`);
    seen.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}
function runLink(runUrl, words = "this run") {
  if (!runUrl)
    return words;
  if (!URL.canParse(runUrl) || !/^https?:$/.test(new URL(runUrl).protocol))
    throw new UserError(`The run URL '${runUrl}' is not an http(s) URL.`);
  return `[${words}](${new URL(runUrl).href.replace(/\(/g, "%28").replace(/\)/g, "%29")})`;
}
var trackingComments = {
  cleared: (runUrl, closing) => closing ? `Drift cleared in ${runLink(runUrl)}; closing this issue.` : `Drift cleared in ${runLink(runUrl)}. This issue stays open because closing resolved issues is turned off.`,
  insufficient: (runUrl) => `${runLink(runUrl, "This run")} had too little data to judge drift; this issue stays open until a run finds it cleared.`,
  duplicate: (runUrl, winner) => `Closing as a duplicate of #${winner}, which a run at the same time opened first. The figures of ${runLink(runUrl)} are added there.`
};

// build/shared/github/tracking-issue.js
var LIST2 = "GET /repos/{owner}/{repo}/issues";
var CREATE2 = "POST /repos/{owner}/{repo}/issues";
var UPDATE2 = "PATCH /repos/{owner}/{repo}/issues/{issue_number}";
var COMMENT = "POST /repos/{owner}/{repo}/issues/{issue_number}/comments";
async function syncTrackingIssue(options) {
  const run = prepare(options);
  try {
    const open = await listTracked(run);
    if (open.length > 1)
      run.log.info(`${open.length} open issues in ${repoName(run)} carry the marker; following the oldest, #${open[0].number}.`);
    const tracked = open[0];
    if (run.status === "drifted")
      return tracked ? await commentOn(run, tracked, run.body) : await openIssue(run);
    if (!tracked)
      return { action: "none" };
    if (run.status === "insufficient data")
      return await commentOn(run, tracked, `${trackingComments.insufficient(run.runUrl)}

${run.body}`);
    return await resolve(run, open);
  } catch (error) {
    if (!(error instanceof ReadOnlyTokenError))
      throw error;
    const warning = forbiddenWarning2(run, error.endpoint);
    run.log.warning(warning);
    return { action: "forbidden", warning };
  }
}
async function listTracked(run) {
  const { client, owner, repo, marker, cleanLabels } = run;
  const endpoint = `GET /repos/${owner}/${repo}/issues`;
  const filter = cleanLabels.length > 0 ? { labels: cleanLabels.join(",") } : {};
  try {
    const issues = await client.paginate(LIST2, { owner, repo, state: "open", sort: "created", direction: "asc", per_page: 100, ...filter }, (page) => page.data.filter((issue) => !issue.pull_request && carriesMarker(issue.body, marker)));
    return issues.sort((a, b) => a.number - b.number);
  } catch (error) {
    throw apiError(endpoint, apiFailure(endpoint, error));
  }
}
function carriesMarker(body, marker) {
  return !!body && body.split("\n").some((line) => line.trim() === marker);
}
async function openIssue(run) {
  const { issue, ours, truncated } = await createIssue(run);
  if (!ours)
    return commentOn(run, issue, run.body);
  const open = await listTracked(run);
  const winner = [issue, ...open].reduce((lowest, candidate) => candidate.number < lowest.number ? candidate : lowest);
  if (winner.number === issue.number) {
    run.log.info(`Opened ${issueRef2(run, issue)}: ${issue.html_url}`);
    return { action: "created", number: issue.number, url: issue.html_url, truncated };
  }
  run.log.info(`A run at the same time opened ${issueRef2(run, winner)} first; closing ${issueRef2(run, issue)} as its duplicate.`);
  await postComment(run, issue, trackingComments.duplicate(run.runUrl, winner.number));
  await close(run, issue, "not_planned");
  return { ...await commentOn(run, winner, run.body), duplicateClosed: issue.number };
}
async function createIssue(run) {
  const { client, owner, repo } = run;
  const endpoint = `POST /repos/${owner}/${repo}/issues`;
  const { text, truncated } = fitted(run, run.body);
  for (let attempt = 1; ; attempt++) {
    try {
      const { data } = await client.request(CREATE2, { owner, repo, title: run.cleanTitle, body: text, labels: run.cleanLabels, request: { retries: 0 } });
      return { issue: data, ours: true, truncated };
    } catch (error) {
      const failure = apiFailure(endpoint, error);
      if (!isAmbiguous(failure))
        throw apiError(endpoint, failure);
      run.log.warning(`${endpoint} ended without a clear answer (${failure.answered ? failure.status : failure.message}); checking whether the issue was created.`);
      await client.pause(attempt);
      const landed = await listTracked(run);
      const mine = landed.find((issue) => issue.body === text);
      if (mine || landed[0])
        return { issue: mine ?? landed[0], ours: !!mine, truncated };
      if (attempt >= CREATE_ATTEMPTS)
        throw apiError(endpoint, failure, attempt);
    }
  }
}
async function resolve(run, open) {
  const tracked = open[0];
  const text = `${trackingComments.cleared(run.runUrl, run.closeResolved)}

${run.body}`;
  if (!run.closeResolved)
    return commentOn(run, tracked, text);
  let truncated = false;
  for (const issue of open) {
    truncated = await postComment(run, issue, text) || truncated;
    await close(run, issue, "completed");
  }
  run.log.info(`Drift cleared: closed ${issueRef2(run, tracked)}.`);
  return { action: "closed", number: tracked.number, url: tracked.html_url, truncated };
}
async function commentOn(run, issue, body) {
  const truncated = await postComment(run, issue, body);
  run.log.info(`Commented on ${issueRef2(run, issue)}: ${issue.html_url}`);
  return { action: "commented", number: issue.number, url: issue.html_url, truncated };
}
async function postComment(run, issue, body) {
  const { client, owner, repo } = run;
  const endpoint = `POST /repos/${owner}/${repo}/issues/${issue.number}/comments`;
  const { text, truncated } = fitted(run, body);
  try {
    await client.request(COMMENT, { owner, repo, issue_number: issue.number, body: text, request: { retries: 0 } });
  } catch (error) {
    const failure = apiFailure(endpoint, error);
    if (!isAmbiguous(failure))
      throw apiError(endpoint, failure);
    run.log.warning(`${endpoint} ended without a clear answer (${failure.answered ? failure.status : failure.message}); the comment may be missing and is not sent again.`);
  }
  return truncated;
}
async function close(run, issue, reason) {
  const { client, owner, repo } = run;
  const endpoint = `PATCH /repos/${owner}/${repo}/issues/${issue.number}`;
  try {
    await client.request(UPDATE2, { owner, repo, issue_number: issue.number, state: "closed", state_reason: reason });
  } catch (error) {
    throw apiError(endpoint, apiFailure(endpoint, error));
  }
}
function fitted(run, body) {
  const fit = run.fit(run.marker, body);
  if (!fit.text.startsWith(run.marker))
    throw new Error("a tracking issue body must start with its marker");
  if (fit.truncated)
    run.log.warning(`The tracking issue text for ${repoName(run)} is too long for GitHub and was cut to ${fit.text.length} characters.`);
  return fit;
}
function prepare(options) {
  if (!options.owner || !options.repo)
    throw new UserError(`A tracking issue needs the repository as owner and name, not '${options.owner}/${options.repo}'.`);
  checkMarker(options.marker);
  runLink(options.runUrl);
  return { ...options, cleanTitle: issueTitle(options.title), cleanLabels: issueLabels(options.labels) };
}
function forbiddenWarning2(run, endpoint) {
  return `Cannot open, comment on or close the tracking issue in ${repoName(run)}: GitHub answered ${endpoint} with 403 "Resource not accessible by integration", so the token lacks the permission. Give the job \`permissions: issues: write\`.`;
}
var repoName = (run) => `${run.owner}/${run.repo}`;
var issueRef2 = (run, issue) => `${repoName(run)}#${issue.number}`;

// build/shared/github/dispatch.js
var REASON_LIMIT = 1e3;
var DISPATCH = "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches";
async function dispatchWorkflow(options) {
  const { client, owner, repo, log } = options;
  const workflow = workflowId(options.workflow);
  const ref = checkRef(options.ref);
  const inputs = { reason: clipLine(oneLine(options.inputs.reason), REASON_LIMIT), "run-url": oneLine(options.inputs["run-url"]) };
  if (!inputs.reason)
    throw new UserError(`The reason for dispatching workflow '${workflow}' is empty.`);
  const endpoint = `POST /repos/${owner}/${repo}/actions/workflows/${workflow}/dispatches`;
  try {
    await client.request(DISPATCH, { owner, repo, workflow_id: workflow, ref, inputs: { ...inputs }, request: { retries: 0 } });
  } catch (error) {
    let failure;
    try {
      failure = apiFailure(endpoint, error);
    } catch (readOnly) {
      if (!(readOnly instanceof ReadOnlyTokenError))
        throw readOnly;
      const warning = `Cannot dispatch workflow '${workflow}' in ${owner}/${repo}: GitHub answered ${endpoint} with 403 "Resource not accessible by integration", so the token lacks the permission. Give the job \`permissions: actions: write\`.`;
      log.warning(warning);
      return { status: "forbidden", warning };
    }
    throw dispatchError({ ...options, workflow, ref, endpoint }, failure);
  }
  log.info(`Dispatched workflow '${workflow}' on '${ref}' in ${owner}/${repo}: ${inputs.reason}`);
  return { status: "dispatched", workflow, ref, inputs };
}
function dispatchError(dispatch, failure) {
  const { workflow, ref, owner, repo, endpoint } = dispatch;
  const where = `workflow '${workflow}' on '${ref}' in ${owner}/${repo}`;
  if (isAmbiguous(failure))
    return new UserError(`${endpoint} ended without a clear answer (${failure.answered ? failure.status : failure.message}): ${where} may or may not have been dispatched, so it is not sent again. Check the repository's Actions tab.`);
  if (failure.status === 404)
    return new UserError(`Workflow '${workflow}' is not found in ${owner}/${repo} (GitHub answered 404): the file must be in .github/workflows on the default branch, and on '${ref}', whose version runs; the token must be able to read the repository.`);
  if (failure.status === 403 && !/rate limit/i.test(failure.message))
    return new UserError(`GitHub refused to dispatch ${where}: 403 ${githubMessage(failure)}. The token needs \`actions: write\`.`);
  if (failure.status === 422)
    return new UserError(`GitHub refused to dispatch ${where}: 422 ${githubMessage(failure)}.${refusalHint(dispatch, githubMessage(failure))}`);
  return apiError(endpoint, failure);
}
function refusalHint(dispatch, message) {
  if (/Unexpected inputs/i.test(message))
    return " The dispatched workflow must declare `reason` and `run-url` as `workflow_dispatch` inputs.";
  if (/Required input/i.test(message))
    return " Only `reason` and `run-url` are sent: give its other inputs a default or make them optional.";
  if (/No ref found/i.test(message))
    return ` '${dispatch.ref}' is neither a branch nor a tag of ${dispatch.owner}/${dispatch.repo}.`;
  if (/does not have 'workflow_dispatch' trigger/i.test(message))
    return " Add `on: workflow_dispatch` with the inputs `reason` and `run-url` to it.";
  if (/disabled workflow/i.test(message))
    return " Enable it in the repository's Actions tab.";
  return "";
}
function workflowId(workflow) {
  const name = workflow.trim().replace(/^\.github\/workflows\//, "");
  if (/^\d+$/.test(name) || /^[^/\\\s]+\.ya?ml$/.test(name))
    return name;
  throw new UserError(`Workflow '${workflow}' is neither a workflow file name in .github/workflows (such as retrain.yml) nor a workflow id.`);
}
function checkRef(ref) {
  const name = ref.trim();
  if (!name || /[\s\p{Cc}]/u.test(name))
    throw new UserError(`The ref to dispatch on must be a branch or tag name, not ${JSON.stringify(ref)}.`);
  return name;
}

// build/shared/github/deployments.js
import { randomUUID } from "node:crypto";
var STATUS_DESCRIPTION_LIMIT = 140;
var REQUEST_KEY = "mlops-request";
var CREATE3 = "POST /repos/{owner}/{repo}/deployments";
var LIST3 = "GET /repos/{owner}/{repo}/deployments";
var CREATE_STATUS = "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses";
var LIST_STATUSES = "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses";
async function createDeployment(options) {
  const { client, owner, repo, log } = options;
  const ref = checkRef2(options.ref);
  const environment = checkEnvironment(options.environment);
  const requestId = randomUUID();
  const body = {
    owner,
    repo,
    ref,
    environment,
    description: oneLine(options.description),
    payload: { ...options.payload, [REQUEST_KEY]: requestId },
    auto_merge: false,
    required_contexts: [],
    request: { retries: 0 }
  };
  const endpoint = `POST /repos/${owner}/${repo}/deployments`;
  const target = `a deployment of '${ref}' to environment '${environment}' in ${owner}/${repo}`;
  try {
    const unfinished = options.sameRolloutKeys && await findUnfinishedDeployment(options, ref, environment, options.sameRolloutKeys);
    if (unfinished) {
      log.info(`Taking over deployment ${unfinished.id} to environment '${environment}', which an earlier run of the same rollout left in progress.`);
      return { status: "created", id: unfinished.id, url: unfinished.url, environment: unfinished.environment, sha: unfinished.sha, takenOver: true };
    }
    for (let attempt = 1, merged = false; ; attempt++) {
      let answer;
      try {
        answer = await client.request(CREATE3, body);
      } catch (error) {
        const failure = apiFailure(endpoint, error);
        if (!isAmbiguous(failure))
          throw deploymentError(endpoint, target, failure);
        log.warning(`${endpoint} ended without a clear answer (${failure.answered ? failure.status : failure.message}); checking whether the deployment was created.`);
        await client.pause(attempt);
        const landed = await findDeployment(options, ref, environment, requestId);
        if (landed)
          return created(log, landed);
        if (attempt >= CREATE_ATTEMPTS)
          throw apiError(endpoint, failure, attempt);
        continue;
      }
      if (answer.status === 202 && !merged) {
        merged = true;
        log.info(`GitHub merged the default branch into '${ref}' instead of deploying (${messageOf(answer.data)}); asking again.`);
        continue;
      }
      if (answer.status !== 201)
        throw new UserError(`GitHub did not create ${target}: it answered ${answer.status} ${messageOf(answer.data)}.`);
      return created(log, answer.data);
    }
  } catch (error) {
    if (!(error instanceof ReadOnlyTokenError))
      throw error;
    return forbidden(log, `Cannot create ${target}`, error.endpoint);
  }
}
async function setDeploymentStatus(options) {
  const { client, owner, repo, deploymentId, state, log } = options;
  if (!Number.isSafeInteger(deploymentId) || deploymentId < 1)
    throw new UserError(`A deployment status needs the deployment's id (a positive integer), not ${deploymentId}.`);
  const description = clipLine(oneLine(options.description ?? ""), STATUS_DESCRIPTION_LIMIT);
  const body = {
    owner,
    repo,
    deployment_id: deploymentId,
    state,
    description,
    ...options.environmentUrl && { environment_url: checkUrl(options.environmentUrl, "environment URL") },
    ...options.logUrl && { log_url: checkUrl(options.logUrl, "log URL") },
    // A production rollout keeps earlier successful deployments as they are; an explicit `inactive` retires one.
    auto_inactive: false,
    request: { retries: 0 }
  };
  const endpoint = `POST /repos/${owner}/${repo}/deployments/${deploymentId}/statuses`;
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        const { data } = await client.request(CREATE_STATUS, body);
        log.info(`Deployment ${deploymentId} in ${owner}/${repo} is now ${state}${description ? `: ${description}` : ""}`);
        return { status: "set", id: data.id, state };
      } catch (error) {
        const failure = apiFailure(endpoint, error);
        if (!isAmbiguous(failure))
          throw statusError(endpoint, options, failure);
        log.warning(`${endpoint} ended without a clear answer (${failure.answered ? failure.status : failure.message}); checking whether the status was set.`);
        await client.pause(attempt);
        const newest = await newestStatus(options);
        if (newest && newest.state === state && newest.description === description)
          return { status: "set", id: newest.id, state };
        if (attempt >= CREATE_ATTEMPTS)
          throw apiError(endpoint, failure, attempt);
      }
    }
  } catch (error) {
    if (!(error instanceof ReadOnlyTokenError))
      throw error;
    return forbidden(log, `Cannot set deployment ${deploymentId} in ${owner}/${repo} to ${state}`, error.endpoint);
  }
}
async function findDeployment(options, ref, environment, requestId) {
  const { client, owner, repo } = options;
  const endpoint = `GET /repos/${owner}/${repo}/deployments`;
  try {
    const { data } = await client.request(LIST3, { owner, repo, ref, environment, per_page: 100 });
    return data.find((d) => d.payload?.[REQUEST_KEY] === requestId);
  } catch (error) {
    throw apiError(endpoint, apiFailure(endpoint, error));
  }
}
async function findUnfinishedDeployment(options, ref, environment, keys) {
  const { client, owner, repo } = options;
  const endpoint = `GET /repos/${owner}/${repo}/deployments`;
  let deployments;
  try {
    deployments = (await client.request(LIST3, { owner, repo, ref, environment, per_page: 100 })).data;
  } catch (error) {
    throw apiError(endpoint, apiFailure(endpoint, error));
  }
  const same = deployments.find((d) => keys.every((key) => d.payload?.[key] === options.payload[key]));
  if (!same)
    return void 0;
  const newest = await newestStatus({ client, owner, repo, deploymentId: same.id });
  return newest?.state === "in_progress" ? same : void 0;
}
async function newestStatus(options) {
  const { client, owner, repo, deploymentId } = options;
  const endpoint = `GET /repos/${owner}/${repo}/deployments/${deploymentId}/statuses`;
  try {
    const { data } = await client.request(LIST_STATUSES, { owner, repo, deployment_id: deploymentId, per_page: 1 });
    return data[0];
  } catch (error) {
    throw apiError(endpoint, apiFailure(endpoint, error));
  }
}
function created(log, deployment) {
  log.info(`Created deployment ${deployment.id} of ${deployment.sha.slice(0, 7)} to environment '${deployment.environment}'.`);
  return { status: "created", id: deployment.id, url: deployment.url, environment: deployment.environment, sha: deployment.sha };
}
function forbidden(log, what, endpoint) {
  const warning = `${what}: GitHub answered ${endpoint} with 403 "Resource not accessible by integration", so the token lacks the permission. Give the job \`permissions: deployments: write\`.`;
  log.warning(warning);
  return { status: "forbidden", warning };
}
var clause = (failure) => githubMessage(failure).replace(/\.$/, "");
function deploymentError(endpoint, target, failure) {
  const message = clause(failure);
  if (failure.status === 409)
    return new UserError(`GitHub refused ${target}: 409 ${message}. A merge conflict or failed commit status checks block it; this request asks for neither, so check the repository's deployment settings.`);
  if (failure.status === 422)
    return new UserError(`GitHub refused ${target}: 422 ${message}.${refusalHint2(message)}`);
  return failureError(endpoint, target, failure);
}
function statusError(endpoint, options, failure) {
  const target = `the ${options.state} status of deployment ${options.deploymentId} in ${options.owner}/${options.repo}`;
  if (failure.status === 422)
    return new UserError(`GitHub refused ${target}: 422 ${clause(failure)}.`);
  return failureError(endpoint, target, failure);
}
function failureError(endpoint, target, failure) {
  if (failure.status === 404 && failure.answered)
    return new UserError(`GitHub answered 404 for ${target}: check the repository and the deployment, and that the token can read the repository.`);
  if (failure.status === 403 && !/rate limit/i.test(failure.message))
    return new UserError(`GitHub refused ${target}: 403 ${clause(failure)}. The token needs \`deployments: write\`.`);
  return apiError(endpoint, failure);
}
function refusalHint2(message) {
  if (/No ref found/i.test(message))
    return " Deploy a branch, tag or commit that exists in the repository.";
  if (/protection rules|not allowed to deploy/i.test(message))
    return " The environment's deployment branch policy does not allow this ref: deploy from an allowed branch or change the policy.";
  return "";
}
function messageOf(data) {
  const message = data?.message;
  return typeof message === "string" ? message : "without a message";
}
function checkRef2(ref) {
  const name = ref.trim();
  if (!name || /[\s\p{Cc}]/u.test(name))
    throw new UserError(`The ref to deploy must be a branch, tag or commit SHA, not ${JSON.stringify(ref)}.`);
  return name;
}
function checkEnvironment(environment) {
  const name = environment.trim();
  if (!name || new RegExp("\\p{Cc}", "u").test(name) || name.length > 255)
    throw new UserError(`Input 'environment': ${JSON.stringify(environment)} is not an environment name; use one line of at most 255 characters, such as production.`);
  return name;
}
function checkUrl(value, what) {
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol))
    throw new UserError(`The deployment's ${what} '${value}' is not an http(s) URL.`);
  return value;
}

// build/shared/report/escape.js
var TEXT_LIMIT = 200;
var MESSAGE_LIMIT = 500;
var ELLIPSIS = "\u2026";
var ZERO_WIDTH_SPACE = "\u200B";
var BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
var CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function clip(text, limit = TEXT_LIMIT) {
  if (text.length <= limit)
    return text;
  const chars = [];
  for (const char of text) {
    if (chars.length === limit)
      return `${chars.slice(0, limit - 1).join("")}${ELLIPSIS}`;
    chars.push(char);
  }
  return text;
}
function mdText(value, limit = TEXT_LIMIT) {
  return defuseLinks(oneLine2(value, limit)).replace(/[&<>]/g, htmlEntity).replace(/[\\`*[\]|~$]/g, (char) => `\\${char}`).replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, "\\_");
}
function mdLine(value, limit = MESSAGE_LIMIT) {
  return mdText(value, limit).trimStart().replace(/^[#+=-]/, (char) => `\\${char}`).replace(/^(\d+)([.)])/, "$1\\$2");
}
function mdCode(value, limit = TEXT_LIMIT) {
  const text = defuseLinks(oneLine2(value, limit));
  if (text.trim() === "")
    return "";
  if (/[`<>&[\]|\\]/.test(text))
    return `<code>${mdText(value, limit)}</code>`;
  const pad = text.startsWith(" ") && text.endsWith(" ") ? " " : "";
  return `\`${pad}${text}${pad}\``;
}
function htmlText(value, limit = TEXT_LIMIT) {
  return defuseLinks(oneLine2(value, limit)).replace(/[&<>[\]]/g, htmlEntity);
}
function fencedBlock(content, info = "") {
  let longest = 0;
  for (const run of content.match(/`{3,}/g) ?? [])
    longest = Math.max(longest, run.length);
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${info}
${content.replace(CONTROLS, "")}
${fence}`;
}
function mermaidText(value, limit = TEXT_LIMIT) {
  return oneLine2(value, limit).replace(/["`]/g, "'").replace(/</g, "\u2039").replace(/>/g, "\u203A").trim();
}
function oneLine2(value, limit) {
  return clip(String(value ?? "").replace(CONTROLS, "").replace(BREAKS, " "), limit);
}
function defuseLinks(text) {
  return text.replace(/@(?=[\p{L}\p{N}_-])/gu, `@${ZERO_WIDTH_SPACE}`).replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`).replace(/\b(GH-)(?=\d)/gi, `$1${ZERO_WIDTH_SPACE}`).replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`).replace(/\b(www)\./gi, `$1${ZERO_WIDTH_SPACE}.`);
}
var ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "[": "&#91;", "]": "&#93;" };
function htmlEntity(char) {
  return ENTITIES[char];
}

// build/shared/report/markdown.js
var Markdown = class {
  text;
  constructor(text) {
    this.text = text;
  }
};
function md(text) {
  return new Markdown(text);
}
function cell(value) {
  const text = value instanceof Markdown ? value.text : typeof value === "number" ? String(value) : mdText(value);
  return text.replace(/\s*[\r\n]+\s*/g, " ").replace(/(?<!\\)\|/g, "\\|");
}
function table(headers, rows, align) {
  const rule = headers.map((_, i) => align?.[i] === "right" ? "---:" : "---");
  return [headers.map(cell), rule, ...rows.map((row) => row.map(cell))].map((row) => `| ${row.join(" | ")} |`).join("\n");
}
function details(summary, body, open = false) {
  return `<details${open ? " open" : ""}><summary>${summary}</summary>

${body}

</details>`;
}
function formatCount(value) {
  if (!Number.isSafeInteger(value) || Object.is(value, -0))
    return value.toLocaleString("en-US");
  const digits = String(Math.abs(value));
  let grouped = digits.slice(0, (digits.length - 1) % 3 + 1);
  for (let at = grouped.length; at < digits.length; at += 3)
    grouped += `,${digits.slice(at, at + 3)}`;
  return value < 0 ? `-${grouped}` : grouped;
}
function formatStat(value) {
  if (value === void 0)
    return "";
  if (typeof value === "string")
    return value;
  if (!Number.isFinite(value))
    return String(value);
  if (Number.isInteger(value))
    return formatCount(value);
  return String(Number(value.toPrecision(4)));
}
function linkTarget(url) {
  if (!url || !/^https?:\/\/[^\s/]/i.test(url))
    return void 0;
  return url.replace(/[\s()<>[\]"'`\\|]/g, percentEncoded);
}
function link(text, url, otherwise = text) {
  const target = linkTarget(url);
  return md(target ? `[${mdText(text)}](${target})` : mdText(otherwise));
}
function percentEncoded(char) {
  return char.charCodeAt(0) < 128 ? `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}` : encodeURIComponent(char);
}

// build/shared/report/validation.js
var SUMMARY_FINDINGS = 200;
var SUMMARY_COLUMNS = 200;
function validationSummary(result, valid, reportPath, enforcement) {
  const failsStep = enforcement?.failsStep ?? !valid;
  const files = result.files.length === 1 ? mdCode(result.files[0].path) : `${result.files.length} files`;
  const lines = [`## ${validationHeading(valid, failsStep)}`, ""];
  if (enforcement && valid === failsStep) {
    lines.push(valid ? `The data is valid, but the step fails on warnings (${mdCode(`fail-on: ${enforcement.failOn}`)}).` : `The data has errors, but the step passes (${mdCode(`fail-on: ${enforcement.failOn}`)}).`, "");
  }
  lines.push(`**${formatCount(result.rows)} rows** in ${files} \xB7 ${result.errors} errors \xB7 ${result.warnings} warnings \xB7 data hash ${mdCode(result.dataHash.slice(0, 12))}`, "");
  if (result.findings.length > 0) {
    lines.push("### Findings", "", findingsTable(result.findings.slice(0, SUMMARY_FINDINGS)), "");
    if (result.findings.length > SUMMARY_FINDINGS) {
      lines.push(`${formatCount(result.findings.length - SUMMARY_FINDINGS)} more findings are in ${mdCode(reportPath)}.`, "");
    }
  }
  lines.push(details("Column profile", profileTable(result), result.findings.length === 0), "");
  const columns = Object.keys(result.profile).length;
  if (columns > SUMMARY_COLUMNS)
    lines.push(`${formatCount(columns - SUMMARY_COLUMNS)} more columns are profiled in ${mdCode(reportPath)}.`, "");
  return lines.join("\n");
}
function validationHeading(valid, failsStep) {
  if (valid)
    return failsStep ? "\u26A0\uFE0F Data validation passed (the step fails on warnings)" : "\u2705 Data validation passed";
  return failsStep ? "\u274C Data validation failed" : "\u26A0\uFE0F Data validation failed (not enforced)";
}
function findingsTable(findings) {
  return table(["", "where", "column", "check", "message"], findings.map((finding) => [
    finding.severity === "error" ? "\u274C" : "\u26A0\uFE0F",
    finding.file ? `${finding.file}${finding.line ? `:${finding.line}` : ""}` : "",
    finding.column ?? "",
    finding.check,
    md(mdText(finding.message, MESSAGE_LIMIT))
  ]));
}
function profileTable(result) {
  const rows = Object.entries(result.profile).slice(0, SUMMARY_COLUMNS).map(([name, profile]) => [
    md(mdCode(name)),
    profile.type,
    formatCount(profile.missing),
    `${profile.distinctExact ? "" : "\u2248"}${formatCount(profile.distinct)}`,
    formatStat(profile.min),
    formatStat(profile.max),
    formatStat(profile.mean),
    formatStat(profile.std),
    md((profile.top ?? []).slice(0, 3).map((entry) => `${mdText(formatStat(entry.value))} (${formatCount(entry.count)})`).join(", "))
  ]);
  return table(["column", "type", "missing", "distinct", "min", "max", "mean", "std", "top values"], rows, [
    "left",
    "left",
    "right",
    "right",
    "right",
    "right",
    "right",
    "right",
    "left"
  ]);
}

// build/shared/report/gate-format.js
function greaterIsBetter(metric) {
  return METRICS_BY_NAME.get(metric)?.greaterIsBetter;
}
function signed(value) {
  if (value === 0)
    return "0";
  return value > 0 ? `+${formatStat(value)}` : formatStat(value);
}
function formatDelta(delta, metric) {
  if (delta === void 0)
    return "";
  if (Number.isNaN(delta))
    return "NaN";
  if (delta === 0)
    return "\u25AA 0";
  const arrow = delta > 0 ? "\u25B2" : "\u25BC";
  const direction = greaterIsBetter(metric);
  const mark = direction === void 0 ? "" : delta > 0 === direction ? "\u{1F7E2} " : "\u{1F534} ";
  return `${mark}${arrow} ${signed(delta)}`;
}
function formatInterval(ci) {
  if (!ci)
    return "";
  const [low, high] = ci;
  if (Number.isNaN(low) || Number.isNaN(high))
    return "undefined";
  return `[${signed(low)}, ${signed(high)}]`;
}
function formatPValue(pValue, logPValue) {
  if (pValue >= 1e-4)
    return formatStat(pValue);
  const log10 = logPValue / Math.LN10;
  let exponent = Math.floor(log10);
  let mantissa = Number((10 ** (log10 - exponent)).toPrecision(2));
  if (mantissa >= 10) {
    mantissa /= 10;
    exponent += 1;
  }
  return `${mantissa}e${exponent}`;
}
var BYTE_UNITS = ["B", "KiB", "MiB", "GiB", "TiB"];
function formatBytes(bytes) {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? formatCount(value) : formatStat(value)} ${BYTE_UNITS[unit]}`;
}
function countOf(count, noun) {
  return `${formatCount(count)} ${noun}${count === 1 ? "" : "s"}`;
}

// build/shared/report/gate-candidates.js
var OPEN_CANDIDATES = 10;
function candidatesSection(view) {
  const { candidates } = view;
  if (!candidates)
    return void 0;
  const { metric, greaterIsBetter: greaterIsBetter2 } = candidates;
  const intro2 = `**Candidates**: the best of ${countOf(candidates.candidates.length, "candidate")} by ${mdCode(metric)} on its own validation rows (${greaterIsBetter2 ? "higher" : "lower"} is better; a tie goes to the first by name) is the one gated.`;
  const rows = candidates.candidates.map((candidate) => [
    candidate.selected ? md("\u2705 gated") : "",
    candidate.name,
    md(mdCode(paramsText(candidate.params))),
    formatStat(candidate.value)
  ]);
  const list = table(["", "candidate", "params", metric], rows, ["left", "left", "left", "right"]);
  return candidates.candidates.length > OPEN_CANDIDATES ? `${intro2}

${details(`${candidates.candidates.length} candidates`, list)}` : `${intro2}

${list}`;
}
function paramsText(params) {
  if (params === void 0)
    return "";
  if (typeof params !== "object" || params === null || Array.isArray(params))
    return JSON.stringify(params);
  return Object.entries(params).map(([name, value]) => `${name}: ${typeof value === "string" ? value : JSON.stringify(value)}`).join(", ");
}

// build/shared/report/gate-view.js
function isFirstRun(view) {
  return view.baselineMetrics === void 0;
}

// build/shared/report/mermaid.js
var LABEL_LENGTH = 20;
function groupedBarChart(chart) {
  const { groups: groups2, series, yAxis } = chart;
  for (const { tag, values } of series) {
    if (values.length !== groups2.length)
      throw new RangeError(`series ${tag} has ${values.length} values for ${groups2.length} groups`);
  }
  const slots = groups2.flatMap((group) => series.map(({ tag }) => mermaidString(`${shorten(group)} ${tag}`)));
  const bars = series.map((_, s) => groups2.flatMap((_2, g) => series.map((__, slot) => slot === s ? chartNumber(series[s].values[g]) : "0")));
  return [
    "```mermaid",
    "xychart-beta",
    `  title ${mermaidString(chart.title)}`,
    `  x-axis [${slots.join(", ")}]`,
    `  y-axis ${mermaidString(yAxis.title)} ${chartNumber(yAxis.min)} --> ${chartNumber(yAxis.max)}`,
    ...bars.map((values) => `  bar [${values.join(", ")}]`),
    "```"
  ].join("\n");
}
function mermaidString(text) {
  return `"${mermaidText(text)}"`;
}
function shorten(text) {
  const chars = [...text];
  return chars.length <= LABEL_LENGTH ? text : `${chars.slice(0, LABEL_LENGTH - 1).join("")}\u2026`;
}
function chartNumber(value) {
  if (!Number.isFinite(value))
    throw new RangeError(`a chart value must be finite; got ${value}`);
  const rounded = Number(value.toPrecision(4));
  const text = String(rounded);
  return text.includes("e") ? rounded.toFixed(20).replace(/\.?0+$/, "") : text;
}

// build/shared/report/gate-chart.js
var UNIT_SCALE_METRICS = /* @__PURE__ */ new Set([
  "accuracy",
  "balanced_accuracy",
  "precision_macro",
  "recall_macro",
  "f1_macro",
  "f1_weighted",
  "roc_auc",
  "roc_auc_ovr",
  "average_precision",
  "brier"
]);
var SHORT_NAMES = {
  balanced_accuracy: "bal_acc",
  precision_macro: "precision",
  recall_macro: "recall",
  average_precision: "avg_prec"
};
function gateChart(view) {
  const firstRun = isFirstRun(view);
  const drawn = view.gate.verdicts.filter(({ metric, candidate: candidate2, baseline }) => UNIT_SCALE_METRICS.has(metric) && onUnitScale(candidate2) && (firstRun || onUnitScale(baseline)));
  if (drawn.length === 0)
    return void 0;
  const candidate = { tag: "C", values: drawn.map((v) => v.candidate) };
  return groupedBarChart({
    title: firstRun ? "Candidate (C)" : "Baseline (B) and candidate (C)",
    groups: drawn.map((v) => SHORT_NAMES[v.metric] ?? v.metric),
    series: firstRun ? [candidate] : [{ tag: "B", values: drawn.map((v) => v.baseline) }, candidate],
    yAxis: { title: "value", min: 0, max: 1 }
  });
}
function onUnitScale(value) {
  return value !== void 0 && value >= 0 && value <= 1;
}

// build/shared/report/gate-sections.js
var CONFUSION_CLASSES = 30;
function mcnemarLine({ b, c, pValue, logPValue }) {
  const p = `exact McNemar p = ${formatPValue(pValue, logPValue)}`;
  const finding = b + c === 0 ? "both models are right and wrong on the same rows" : `the candidate is right on ${countOf(c, "row")} the baseline gets wrong, and wrong on ${formatStat(b)} it gets right`;
  return `**McNemar test** (b = ${formatStat(b)}, c = ${formatStat(c)}): ${finding}; ${p}.`;
}
function confusionSection(view) {
  const { confusion } = view;
  if (!confusion)
    return void 0;
  const parts = [`**Candidate** (${mdText(view.candidateName)})`, "", confusionTable(confusion.candidate)];
  if (confusion.baseline)
    parts.push("", `**Baseline** (${mdText(view.baselineName ?? "baseline")})`, "", confusionTable(confusion.baseline));
  return details("Confusion matrices (rows: true class, columns: predicted class)", parts.join("\n"));
}
function confusionTable({ labels, matrix }) {
  if (labels.length > CONFUSION_CLASSES)
    return `${labels.length} classes: matrices with more than ${CONFUSION_CLASSES} are not shown.`;
  const headers = ["true \u2193 predicted \u2192", ...labels];
  const rows = matrix.map((counts, t) => [labels[t], ...counts.map((count, p) => p === t ? md(`**${formatStat(count)}**`) : formatStat(count))]);
  return table(headers, rows, ["left", ...labels.map(() => "right")]);
}
function costLine(view) {
  const parts = [];
  const { latency, modelSizeBytes } = view;
  if (latency)
    parts.push(`inference p50 ${formatStat(latency.p50Ms)} ms \xB7 p95 ${formatStat(latency.p95Ms)} ms over ${countOf(latency.rows, "row")}`);
  if (modelSizeBytes !== void 0)
    parts.push(`model size ${formatBytes(modelSizeBytes)}`);
  return parts.length > 0 ? `**Candidate cost**: ${parts.join(" \xB7 ")}` : void 0;
}

// build/shared/report/gate-slices.js
var SLICE_VALUES = 50;
function sliceSections(view) {
  const slices = view.slices ?? [];
  const columns = [...new Set(slices.map((slice) => slice.column))];
  const metrics = sliceMetrics(view, slices);
  return columns.map((column) => sliceSection(column, slices.filter((slice) => slice.column === column), metrics));
}
function sliceSection(column, slices, metrics) {
  const compared = slices.some((slice) => slice.baseline !== void 0);
  const shown = [...slices].sort((a, b) => b.rows - a.rows || compareLabels(a.value, b.value)).slice(0, SLICE_VALUES);
  const headers = ["value", "rows", ...metrics.flatMap((metric) => compared ? [metric, md(`\u0394 ${mdText(metric)}`)] : [metric])];
  const rows = shown.map((slice) => [
    slice.value,
    formatCount(slice.rows),
    ...metrics.flatMap((metric) => {
      const candidate = slice.candidate[metric];
      const baseline = slice.baseline?.[metric];
      const delta = candidate !== void 0 && baseline !== void 0 ? formatDelta(candidate - baseline, metric) : "";
      return compared ? [formatStat(candidate), delta] : [formatStat(candidate)];
    })
  ]);
  const body = [table(headers, rows, ["left", ...headers.slice(1).map(() => "right")])];
  const left = slices.length - shown.length;
  if (left > 0)
    body.push("", `${countOf(left, "more value")} with fewer rows ${left === 1 ? "is" : "are"} left out.`);
  return details(`Slices by ${htmlText(column)} (${countOf(slices.length, "value")})`, body.join("\n"));
}
function sliceMetrics(view, slices) {
  const present = new Set(slices.flatMap((slice) => Object.keys(slice.candidate)));
  const thresholded = view.gate.verdicts.map((v) => v.metric).filter((metric) => present.has(metric));
  return thresholded.length > 0 ? thresholded : [...present];
}

// build/shared/report/gate-verdict.js
var ICONS = { pass: "\u2705", fail: "\u274C", inconclusive: "\u2754" };
function verdictCell(verdict) {
  const { criteria } = verdict;
  const skipped = criteria.filter((c) => c.outcome === "skipped").map((c) => c.criterion);
  if (criteria.length > 0 && skipped.length === criteria.length)
    return "\u23ED\uFE0F skipped: no baseline";
  if (verdict.verdict === "pass")
    return skipped.length > 0 ? `\u2705 pass (${skipped.join(", ")} skipped)` : "\u2705 pass";
  const deciding = criteria.filter((c) => c.outcome === verdict.verdict).map((c) => shortReason(c, verdict));
  return `${ICONS[verdict.verdict]} ${verdict.verdict}: ${[...new Set(deciding)].join(", ")}`;
}
function reasonList(verdicts) {
  return verdicts.filter((v) => v.verdict !== "pass").map((v) => `- ${ICONS[v.verdict]} **${mdText(v.metric)}**: ${mdText(v.reason, MESSAGE_LIMIT)}`).join("\n");
}
function verdictCounts(verdicts) {
  const count = (kind) => verdicts.filter((v) => v.verdict === kind).length;
  const parts = [`${ICONS.pass} ${count("pass")} pass`, `${ICONS.fail} ${count("fail")} fail`];
  if (count("inconclusive") > 0)
    parts.push(`${ICONS.inconclusive} ${count("inconclusive")} inconclusive`);
  return parts.join(" \xB7 ");
}
function shortReason({ criterion, outcome }, verdict) {
  const noBaselineValue = verdict.baseline === void 0;
  switch (criterion) {
    case "missing":
      return "not computed";
    case "threshold": {
      const direction = greaterIsBetter(verdict.metric);
      return direction === void 0 ? "threshold" : direction ? "below threshold" : "above threshold";
    }
    case "min-absolute-change":
      return noBaselineValue ? "missing from baseline" : "change too small";
    case "min-relative-change":
      return noBaselineValue ? "missing from baseline" : "relative change too small";
    case "not-worse":
      if (noBaselineValue)
        return "missing from baseline";
      if (outcome === "fail")
        return "regressed beyond margin";
      return hasInterval(verdict) ? "CI straddles margin" : "no CI";
  }
}
function hasInterval({ interval }) {
  return interval !== void 0 && !interval.ci.some(Number.isNaN);
}

// build/shared/report/gate-table.js
var METRIC_TABLE_HEADERS = ["metric", "baseline", "candidate", "\u0394", "CI of \u0394", "verdict"];
function metricTable(view) {
  const rows = metricRows(view).map(({ metric, baseline, candidate, interval, verdict }) => {
    const delta = interval?.delta ?? (baseline !== void 0 && candidate !== void 0 ? candidate - baseline : void 0);
    return [metric, formatStat(baseline), formatStat(candidate), formatDelta(delta, metric), md(formatInterval(interval?.ci)), verdict ? md(verdictCell(verdict)) : "\u2014"];
  });
  return table(METRIC_TABLE_HEADERS, rows, ["left", "right", "right", "right", "right", "left"]);
}
function intervalNote(view) {
  const intervals = metricRows(view).flatMap((row) => row.interval ? [row.interval] : []);
  const settings = view.gate.bootstrap;
  const confidence = settings?.confidence ?? intervals[0]?.confidence;
  if (confidence === void 0)
    return void 0;
  const resamples = settings?.resamples ?? Math.max(...intervals.map((interval) => interval.resamples));
  const seed = settings ? ` (seed ${settings.seed})` : "";
  const short = intervals.filter((interval) => interval.resamples < resamples).map((interval) => `${mdText(interval.metric)} is defined on ${interval.resamples}`);
  const shortNote = short.length > 0 ? ` Only resamples where a metric is defined for both models count: ${short.join(", ")}.` : "";
  return `\u0394 = candidate \u2212 baseline. CI of \u0394: ${formatStat(confidence * 100)}% paired bootstrap, ${resamples} resamples${seed}.${shortNote}`;
}
function metricRows(view) {
  const verdicts = new Map(view.gate.verdicts.map((verdict) => [verdict.metric, verdict]));
  const names = /* @__PURE__ */ new Set([...verdicts.keys(), ...Object.keys(view.candidateMetrics), ...Object.keys(view.baselineMetrics ?? {})]);
  return [...names].map((metric) => metricRow(view, metric, verdicts.get(metric)));
}
function metricRow(view, metric, verdict) {
  const candidate = verdict?.candidate ?? view.candidateMetrics[metric];
  const baseline = verdict?.baseline ?? view.baselineMetrics?.[metric];
  const interval = verdict?.interval ?? view.intervals?.[metric];
  return {
    metric,
    ...candidate !== void 0 && { candidate },
    ...baseline !== void 0 && { baseline },
    ...interval && { interval },
    ...verdict && { verdict }
  };
}

// build/shared/report/gate.js
function renderGateReport(view) {
  const sections = [
    [title(view), "", intro(view)].join("\n"),
    metricTable(view),
    intervalNote(view),
    reasonList(view.gate.verdicts),
    candidatesSection(view),
    view.gate.mcnemar && mcnemarLine(view.gate.mcnemar),
    gateChart(view),
    confusionSection(view),
    ...sliceSections(view),
    costLine(view),
    footer(view)
  ];
  return `${sections.filter((section) => section).join("\n\n")}
`;
}
function title(view) {
  const verdict = view.passed ? "\u2705 Evaluation gate passed" : view.failOnRegression ? "\u274C Evaluation gate failed" : "\u26A0\uFE0F Evaluation gate failed (not enforced)";
  const models = isFirstRun(view) ? `${mdText(view.candidateName)}, first run` : `${mdText(view.candidateName)} vs ${mdText(view.baselineName ?? "baseline")}`;
  return `## ${verdict}: ${models} \xB7 ${countOf(view.rows, "row")} evaluated`;
}
function intro(view) {
  const lines = [`${view.task} \xB7 ${countOf(view.gate.verdicts.length, "thresholded metric")}: ${verdictCounts(view.gate.verdicts)}`];
  if (isFirstRun(view)) {
    lines.push("**First run**: there is no baseline to compare with, so the change criteria (min-absolute-change, min-relative-change, not-worse) were skipped and the value thresholds alone decide.");
  }
  if (!view.passed && !view.failOnRegression)
    lines.push("The gate failed, but failures are not enforced here, so the check does not fail.");
  return lines.join("\n\n");
}
function footer({ runUrl, commit }) {
  const parts = [];
  const url = runUrl && linkTarget(runUrl);
  if (url)
    parts.push(`[workflow run](${url})`);
  if (commit)
    parts.push(`commit ${/^[0-9a-f]{7,40}$/i.test(commit) ? commit.slice(0, 12) : mdText(commit)}`);
  return parts.length > 0 ? `---
${parts.join(" \xB7 ")}` : void 0;
}

// build/shared/report/train.js
function renderTrainSummary(result) {
  const { metadata, manifest } = result;
  const trainer = metadata.trainer === "command" ? `command ${mdCode(metadata.command)}` : `built-in ${mdText(metadata.model)} (${mdText(metadata.backend)} backend)`;
  const lines = [
    `## Trained ${mdText(manifest.task)} model of ${mdCode(manifest.target)}`,
    "",
    `${trainer} \xB7 ${mdText(manifest.flavor)} flavor \xB7 ${formatStat(metadata.rows.train)} training rows${metadata.rows.validation ? ` \xB7 ${formatStat(metadata.rows.validation)} validation rows` : ""} \xB7 ${manifest.inputs.length} features \xB7 ${formatStat(result.durationSeconds)} s`,
    "",
    table(["validation metric", "value"], Object.entries(result.metrics).map(([name, value]) => [name, formatStat(value)]), ["left", "right"])
  ];
  if (result.history && result.history.length > 0) {
    const best = result.history.reduce((a, b) => b.valLoss < a.valLoss ? b : a);
    lines.push("", `Best validation loss ${formatStat(best.valLoss)} at epoch ${best.epoch} of ${result.history.length}.`);
    lines.push("", details("Loss per epoch", table(["epoch", "loss", "validation loss"], result.history.map((h) => [h.epoch, formatStat(h.loss), formatStat(h.valLoss)]), ["right", "right", "right"])));
  }
  lines.push("", details("Lineage", table(["", ""], [
    ["data sha256", md(mdCode(metadata.dataHash))],
    ["params sha256", md(mdCode(metadata.paramsHash))],
    ["commit", metadata.lineage.commit ? md(mdCode(metadata.lineage.commit)) : "\u2014"],
    ["run", metadata.lineage.runUrl ? link("workflow run", metadata.lineage.runUrl, metadata.lineage.runUrl) : "\u2014"],
    ["seed", metadata.seed],
    ["model directory", md(mdCode(result.modelDir))]
  ])));
  return lines.join("\n") + "\n";
}

// build/shared/report/registry.js
function registrySummary(outcome, record2, name, versions, location) {
  const version = record2 ? `: ${link(modelUri(record2.name, record2.version), record2.url).text}` : "";
  return `## ${mdText(outcome)}${version}

${registryVersionsTable(name, versions, location)}
`;
}
function registryVersionsTable(name, versions, location) {
  if (versions.length === 0)
    return `Model ${mdCode(name)} has no versions in the ${mdText(location)}.`;
  const rows = [...versions].reverse().map((v) => [link(`v${v.version}`, v.url), md(v.aliases.map((alias) => mdCode(alias)).join(" ")), v.status, md(mdCode(v.digest.slice(0, 12))), v.created_at]);
  return `Versions of ${mdCode(name)} in the ${mdText(location)}:

${table(["version", "aliases", "status", "sha256", "created"], rows)}`;
}

// build/shared/report/card.js
var CARD_ITEMS = 100;
var CARD_PARAMS = 2e4;
function renderModelCard(facts, metadata, manifest) {
  const metrics = metadata.metrics ?? {};
  const lineage = metadata.lineage ?? {};
  const taskName = manifest?.task ?? metadata.task;
  const target = manifest?.target ?? metadata.target;
  const flavor = manifest?.flavor ?? DEFAULT_FLAVOR;
  const inputs = manifest?.inputs.map((input) => `${mdCode(input.name)} (${mdText(input.type)})`) ?? (Array.isArray(metadata.features) ? metadata.features.map((feature) => mdCode(feature)) : void 0);
  const runtime = manifest?.runtime ?? (Object.hasOwn(MODEL_FLAVORS, flavor) ? MODEL_FLAVORS[flavor].runtime : void 0);
  const task = taskName ? `${mdText(taskName)} ` : "";
  const lines = [
    `# ${mdText(facts.name)} v${facts.version}`,
    "",
    facts.description ? mdLine(facts.description) : `A ${task}model of ${target ? mdCode(target) : "?"}.`,
    "",
    "## Model",
    "",
    table(["", ""], [
      ["flavor", flavor],
      ["runtime", runtime ?? "\u2014"],
      ["task", taskName ?? "\u2014"],
      ["target", target ? md(mdCode(target)) : "\u2014"],
      ["inputs", inputs ? md(listed(inputs)) : "\u2014"],
      ["classes", manifest?.classes ? md(listed(manifest.classes.map((label) => mdCode(label)))) : "\u2014"],
      ...manifest?.command ? [["predict command", md(mdCode(manifest.command.predict))], ["serve command", manifest.command.serve ? md(mdCode(manifest.command.serve)) : "\u2014"]] : [],
      ["files", manifest?.files ? md(listed(manifest.files.map((file) => mdCode(file)))) : "\u2014"],
      ["trainer", md(metadata.trainer === "command" ? `command ${mdCode(metadata.command)}` : `built-in ${mdText(metadata.model)} (${mdText(metadata.backend ?? "?")})`)],
      ["training rows", metadata.rows?.train ?? "\u2014"],
      ["validation rows", metadata.rows?.validation ?? "\u2014"]
    ]),
    "",
    "## Validation metrics",
    "",
    metricsTable(metrics),
    "",
    "## Lineage",
    "",
    table(["", ""], [
      ["commit", lineage.commit ? md(mdCode(lineage.commit)) : "\u2014"],
      ["workflow run", lineage.runUrl ? link(lineage.runUrl, lineage.runUrl) : "\u2014"],
      ["data sha256", metadata.dataHash ? md(mdCode(metadata.dataHash)) : "\u2014"],
      ["params sha256", metadata.paramsHash ? md(mdCode(metadata.paramsHash)) : "\u2014"],
      ["compared with", facts.comparedWith ?? "\u2014"],
      // Older model directories recorded when they were trained; the registry records when a version was registered.
      ...metadata.createdAt ? [["trained at", metadata.createdAt]] : [],
      ["archive sha256", md(mdCode(facts.digest))]
    ]),
    "",
    "## Parameters",
    "",
    fencedBlock(clip(JSON.stringify(metadata.params ?? {}, null, 2), CARD_PARAMS), "json"),
    ""
  ];
  return lines.join("\n");
}
function metricsTable(metrics) {
  const entries = Object.entries(metrics);
  if (entries.length === 0)
    return "None recorded.";
  const shown = table(["metric", "value"], entries.slice(0, CARD_ITEMS).map(([name, value]) => [name, formatStat(value)]), ["left", "right"]);
  return entries.length > CARD_ITEMS ? `${shown}

${entries.length - CARD_ITEMS} more metrics are in metadata.json.` : shown;
}
function listed(items) {
  const more = items.length > CARD_ITEMS ? `, and ${items.length - CARD_ITEMS} more` : "";
  return items.slice(0, CARD_ITEMS).join(", ") + more;
}

// build/shared/report/cap.js
var GITHUB_SUMMARY_LIMIT = 1024 * 1024;
var SUMMARY_BUDGET = 1e6;
function capSummary(markdown, budget = SUMMARY_BUDGET) {
  if (Buffer.byteLength(markdown) <= budget)
    return markdown;
  const lines = markdown.replace(/\n$/, "").split("\n");
  let used = 0;
  let kept = 0;
  for (const line of lines) {
    const size = Buffer.byteLength(line) + 1;
    if (used + size > budget)
      break;
    used += size;
    kept++;
  }
  const head = lines.slice(0, kept).join("\n");
  const note = `> [!WARNING]
> This summary is cut short to fit in GitHub's limit of 1 MiB per step: the last ${formatCount(lines.length - kept)} of ${formatCount(lines.length)} lines are left out. The JSON file named by input 'report' has every result.
`;
  return `${closeOpenBlocks(head)}

---
${note}`;
}
function closeOpenBlocks(head) {
  let fence;
  let folded = 0;
  for (const line of head.split("\n")) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
        fence = void 0;
      continue;
    }
    if (marker)
      fence = marker;
    else
      folded += (line.match(/<details[\s>]/g)?.length ?? 0) - (line.match(/<\/details>/g)?.length ?? 0);
  }
  const closing = [...fence ? [fence] : [], ...Array.from({ length: Math.max(0, folded) }, () => "\n</details>")];
  return closing.length > 0 ? `${head}
${closing.join("\n")}` : head;
}

// build/shared/report/comment.js
var COMMENT_BUDGET = 65e3;
var LINE_SLACK = 2e3;
var NOTE_ROOM = 600;
function truncationNote(leftOut) {
  const characters = formatCount(leftOut.length);
  const lines = formatCount(leftOut.replace(/^\n/, "").replace(/\n$/, "").split("\n").length);
  return `

---
> [!WARNING]
> This report is cut short to fit in a GitHub comment (at most 65,536 characters): its last ${characters} characters (${lines} lines) are left out. The full report is in the workflow run's job summary and in the JSON report.
`;
}
function stickyBody(marker, report, budget = COMMENT_BUDGET) {
  const rest = report.startsWith(marker) ? report.slice(marker.length).replace(/^\r?\n/, "") : report;
  const full = `${marker}
${rest}`;
  if (full.length <= budget)
    return { text: full, truncated: false };
  const cut = cutIndex(full, budget - NOTE_ROOM, marker.length + 1);
  return { text: closeOpenBlocks(full.slice(0, cut)) + truncationNote(full.slice(cut)), truncated: true };
}
function cutIndex(text, room, floor) {
  let cut = Math.max(room, floor);
  const lineEnd = text.lastIndexOf("\n", cut);
  if (lineEnd >= floor && lineEnd > cut - LINE_SLACK)
    cut = lineEnd;
  const code = text.charCodeAt(cut - 1);
  if (code >= 55296 && code <= 56319)
    cut--;
  return cut;
}

// build/shared/report/sweep.js
function renderSweepSummary(sweep, base) {
  const varied = sweep.varied;
  const legs = sweep.legs.length;
  const lines = [`## Sweep: ${formatCount(legs)} leg${legs === 1 ? "" : "s"} over ${varied.map((name) => mdCode(name)).join(", ")}`, ""];
  const shared = Object.entries(base).filter(([name]) => !varied.includes(name));
  if (shared.length > 0)
    lines.push(`Every leg also trains with ${shared.map(([name, value]) => mdCode(`${name}: ${JSON.stringify(value)}`)).join(", ")}.`, "");
  const rows = sweep.legs.map((leg) => [md(mdCode(leg.name)), ...varied.map((name) => name in leg.point ? JSON.stringify(leg.point[name]) : "\u2014")]);
  lines.push(table(["leg", ...varied], rows));
  return `${lines.join("\n")}
`;
}

// build/shared/report/drift-chart.js
var CHARTED_COLUMNS = 3;
var STATUS_ORDER = { "kind changed": 0, compared: 1, "insufficient data": 2, "missing in current": 3 };
function severity(column) {
  if (column.status === "kind changed")
    return Infinity;
  if (column.status !== "compared" || column.threshold === null || column.statistic === null)
    return -Infinity;
  if (column.p_adjusted !== null)
    return column.threshold / Math.max(column.p_adjusted, Number.MIN_VALUE);
  return column.statistic / column.threshold;
}
function bySeverity(columns) {
  const keyed = columns.map((column, index) => ({ column, index, severity: severity(column) }));
  keyed.sort((a, b) => Number(b.column.drifted) - Number(a.column.drifted) || STATUS_ORDER[a.column.status] - STATUS_ORDER[b.column.status] || b.severity - a.severity || a.index - b.index);
  return keyed.map(({ column }) => column);
}
function distributionCharts(sorted) {
  return sorted.filter((column) => column.drifted && column.distribution).slice(0, CHARTED_COLUMNS).map((column) => distributionChart(column.column, column.distribution));
}
function distributionChart(name, distribution) {
  const groups2 = distribution.kind === "bins" ? binLabels(distribution.edges) : distribution.categories.map(inertLabel);
  const reference = [...distribution.reference];
  const current = [...distribution.current];
  if (distribution.kind === "categories" && (distribution.rest.reference > 0 || distribution.rest.current > 0)) {
    groups2.push("other");
    reference.push(distribution.rest.reference);
    current.push(distribution.rest.current);
  }
  const top = Math.max(...reference, ...current);
  return groupedBarChart({
    title: `${inertLabel(name)}: share of values, reference (R) and current (C)`,
    groups: groups2,
    series: [
      { tag: "R", values: reference },
      { tag: "C", values: current }
    ],
    yAxis: { title: "share", min: 0, max: top > 0 ? Math.min(1, Number((top * 1.1).toPrecision(2))) : 1 }
  });
}
function binLabels(edges) {
  return edges.slice(0, -1).map((edge, i) => `${formatStat(edge)}\u2013${formatStat(edges[i + 1])}`);
}
function inertLabel(text) {
  return text.replace(/@/g, "@\u200B").replace(/#/g, "#\u200B").replace(/:\/\//g, ":\u200B//").replace(/\b(www)\./gi, "$1\u200B.").replace(/\bGH-/gi, (match) => `${match}\u200B`);
}

// build/shared/report/drift.js
var SUMMARY_COLUMNS2 = 1e3;
var SUMMARY_FINDINGS2 = 500;
var ISSUE_FINDINGS = 30;
var ISSUE_NOTE_ROOM = 400;
var CELL_TEXT = 60;
function renderDriftSummary(report, context = {}) {
  const sorted = bySeverity(report.columns);
  const parts = [heading(report, sorted, context.title), columnTable(sorted.slice(0, SUMMARY_COLUMNS2)), moreColumns(sorted.length, SUMMARY_COLUMNS2), ...distributionCharts(sorted), findingList(report.findings, SUMMARY_FINDINGS2), footer2(context.runUrl)];
  return capSummary(`${parts.filter(Boolean).join("\n\n")}
`);
}
function renderDriftIssueBody(report, context) {
  const sorted = bySeverity(report.columns);
  const head = heading(report, sorted, context.title);
  const tail = [...distributionCharts(sorted), findingList(report.findings, ISSUE_FINDINGS), footer2(context.runUrl)].filter(Boolean).join("\n\n");
  const room = COMMENT_BUDGET - context.marker.length - head.length - tail.length - ISSUE_NOTE_ROOM;
  const rows = rowsThatFit(sorted, room);
  const body = [head, columnTable(sorted.slice(0, rows)), moreColumns(sorted.length, rows), tail].filter(Boolean).join("\n\n");
  return stickyBody(context.marker, `${body}
`).text;
}
function heading(report, sorted, title2 = "Data drift") {
  const counts = `${formatCount(report.driftedColumns.length)} of ${formatCount(report.comparedColumns)} compared columns drifted (${percent(report.driftShare)}; drift-share ${percent(report.driftShareThreshold)})`;
  const line = report.verdict === "drifted" ? `## \u{1F534} ${mdText(title2)}: drifted \xB7 ${counts}` : report.verdict === "not drifted" ? `## \u{1F7E2} ${mdText(title2)}: no drift \xB7 ${counts}` : `## \u26AA ${mdText(title2)}: insufficient data \xB7 ${insufficientReason(report)}`;
  const names = sorted.filter((column) => column.drifted).map((column) => mdText(column.column, CELL_TEXT));
  const drifted = names.length > 0 ? `

Drifted: ${names.slice(0, 10).join(", ")}${names.length > 10 ? ` and ${formatCount(names.length - 10)} more` : ""}` : "";
  return `${line}

${sources(report)}${drifted}`;
}
function insufficientReason(report) {
  if (report.current.rows < report.minSamples)
    return `the current data has ${formatCount(report.current.rows)} rows, fewer than min-samples (${formatCount(report.minSamples)})`;
  return `no column has min-samples (${formatCount(report.minSamples)}) current values to compare`;
}
function sources(report) {
  const { reference } = report;
  const used = reference.kind === "profile" ? `the training profile of ${formatCount(reference.rows)} rows (category counts for categories; numeric tests on its seeded sample of ${formatCount(reference.sampleRows ?? 0)} rows)` : `data of ${formatCount(reference.rows)} rows`;
  const correction = report.correction === "none" ? "no multiple-test correction" : report.correction === "fdr" ? "p-values corrected by Benjamini\u2013Hochberg (fdr)" : "p-values corrected by Bonferroni";
  const sampled = reference.kind === "profile" ? 0 : report.columns.filter((column) => column.sampled).length;
  const budget = sampled > 0 ? ` \xB7 ${formatCount(sampled)} numeric ${sampled === 1 ? "column" : "columns"} tested on a seeded uniform sample of ${sampled === 1 ? "its" : "their"} values` : "";
  return `Reference: ${used} \xB7 current: ${formatCount(report.current.rows)} rows \xB7 ${correction} \xB7 min-samples ${formatCount(report.minSamples)}${budget}`;
}
var HEADERS = ["Column", "Kind", "Test", "Statistic", "p-value", "Threshold", "Drifted", "Reference", "Current"];
function columnTable(columns) {
  if (columns.length === 0)
    return void 0;
  return table(HEADERS, columns.map(columnRow), ["left", "left", "left", "right", "right", "right", "left", "left", "left"]);
}
function columnRow(column) {
  const pValue = column.p_value === null ? "" : column.p_adjusted !== null && column.p_adjusted !== column.p_value ? `${formatP(column.p_value)} (adjusted ${formatP(column.p_adjusted)})` : formatP(column.p_value);
  return [
    md(mdText(column.column, CELL_TEXT)),
    column.kind ?? "",
    column.test ?? "",
    column.statistic === null ? "" : formatStat(column.statistic),
    pValue,
    column.threshold === null ? "" : formatStat(column.threshold),
    verdictCell2(column),
    sideCell(column.reference),
    column.current ? sideCell(column.current) : ""
  ];
}
function verdictCell2(column) {
  if (column.status === "compared")
    return column.drifted ? "\u{1F534} yes" : "no";
  return column.status === "kind changed" ? "\u{1F534} kind changed" : column.status;
}
function sideCell(side) {
  const parts = [`${formatCount(side.count)} ${side.stored === "number" ? "numbers" : "values"}`];
  if (side.missing > 0)
    parts.push(`${formatCount(side.missing)} missing`);
  if (side.top && side.top.length > 0)
    parts.push(`top ${mdText(side.top[0].value, 40)}`);
  else if (side.mean !== void 0 && side.mean !== null)
    parts.push(`mean ${formatStat(side.mean)}`);
  return md(parts.join(" \xB7 "));
}
function moreColumns(total, shown) {
  return total > shown ? `${formatCount(total - shown)} more columns are left out here; the JSON report has every column.` : void 0;
}
function rowsThatFit(columns, room) {
  let used = table(HEADERS, []).length;
  for (let i = 0; i < columns.length; i++) {
    used += `| ${columnRow(columns[i]).map(cell).join(" | ")} |
`.length;
    if (used > room)
      return Math.max(1, i);
  }
  return columns.length;
}
function findingList(findings, limit) {
  if (findings.length === 0)
    return void 0;
  const items = findings.slice(0, limit).map((finding) => `- ${findingText(finding)}`);
  if (findings.length > limit)
    items.push(`- and ${formatCount(findings.length - limit)} more in the JSON report`);
  return `### Findings

${items.join("\n")}`;
}
function findingText(finding) {
  const column = `**${mdText(finding.column, CELL_TEXT)}**`;
  switch (finding.type) {
    case "missing in current":
      return `${column}: not in the current data.`;
    case "kind changed":
      return `${column}: ${finding.reference === "number" ? "numbers" : "text"} in the reference, ${finding.current === "number" ? "numbers" : "text"} now; counted as drifted.`;
    case "null rate":
      return `${column}: missing values went from ${percent(finding.reference)} to ${percent(finding.current)} of rows (p = ${formatP(finding.pValue)}).`;
    case "unseen categories": {
      const listed2 = finding.categories.map((category) => mdText(category, CELL_TEXT)).join(", ");
      const more = finding.distinct > finding.categories.length ? ` and ${formatCount(finding.distinct - finding.categories.length)} more` : "";
      const pooled = finding.pooledInReference > 0 ? ` The profile pooled ${formatCount(finding.pooledInReference)} rarer categories, which may include some of them.` : "";
      return `${column}: ${formatCount(finding.distinct)} categories the reference does not list, in ${formatCount(finding.rows)} rows: ${listed2}${more}.${pooled}`;
    }
  }
}
function footer2(runUrl) {
  const url = runUrl && linkTarget(runUrl);
  return url ? `---
[workflow run](${url})` : void 0;
}
function percent(share) {
  return `${formatStat(Math.round(share * 1e3) / 10)}%`;
}
function formatP(p) {
  return p >= 1e-4 || p === 0 ? formatStat(p) : p.toExponential(2);
}

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

// build/shared/progress/index.js
var SILENT = { update() {
}, end() {
} };
var noProgress = () => SILENT;
function throttledProgress(task, { write, intervalMs, now = Date.now }) {
  const started = now();
  let last = started;
  let shown = false;
  let latest;
  return {
    update(done2, total, unit, also) {
      latest = { done: done2, total, unit, also };
      const time = now();
      if (time - last < intervalMs)
        return;
      last = time;
      shown = true;
      write(progressLine(task, done2, total, unit, time - started, also), false);
    },
    end() {
      if (shown && latest)
        write(progressLine(task, latest.done, latest.total, latest.unit, now() - started, latest.also), true);
      shown = false;
    }
  };
}
function progressLine(task, done2, total, unit = "", elapsedMs, also) {
  const amount = (value) => unit === "bytes" ? formatBytes2(value) : `${Math.round(value).toLocaleString("en-US")}${unit ? ` ${unit}` : ""}`;
  const of = total !== void 0 && total > 0 ? ` of ${amount(total)} (${Math.min(100, Math.floor(100 * done2 / total))}%)` : "";
  const seconds = elapsedMs / 1e3;
  const rate = seconds > 0 ? `, ${unit === "bytes" ? `${formatBytes2(done2 / seconds)}/s` : `${(done2 / seconds).toLocaleString("en-US", { maximumSignificantDigits: 3 })}${unit ? ` ${unit}` : ""}/s`}` : "";
  const count = also ? `; ${Math.round(also.count).toLocaleString("en-US")} ${also.unit}${seconds > 0 ? `, ${(also.count / seconds).toLocaleString("en-US", { maximumSignificantDigits: 3 })} ${also.unit}/s` : ""}` : "";
  return `${task}: ${amount(done2)}${of}${rate}${count}`;
}
function formatBytes2(bytes) {
  const units = ["bytes", "kB", "MB", "GB", "TB"];
  let value = bytes;
  let index = 0;
  while (value >= 1e3 && index < units.length - 1) {
    value /= 1e3;
    index++;
  }
  return `${index === 0 ? Math.round(value) : value.toFixed(1)} ${units[index]}`;
}

export {
  startEntry,
  createGitHubClient,
  stickyMarker,
  trackingMarker,
  upsertStickyComment,
  syncTrackingIssue,
  dispatchWorkflow,
  isPullRequestEvent,
  splitRepository,
  createDeployment,
  setDeploymentStatus,
  NON_FINITE,
  writeCommentFile,
  readCommentFile,
  describeValue,
  pullRequestHead,
  pullRequestMergedAs,
  latestSuccessfulPullRequestRun,
  mdText,
  mdLine,
  mdCode,
  md,
  table,
  formatCount,
  formatStat,
  linkTarget,
  link,
  validationSummary,
  renderGateReport,
  renderTrainSummary,
  registrySummary,
  renderModelCard,
  capSummary,
  stickyBody,
  renderDriftSummary,
  renderDriftIssueBody,
  renderSweepSummary,
  mapSource,
  Inputs,
  invalid,
  executeCommand,
  hostContext,
  noProgress,
  throttledProgress
};
