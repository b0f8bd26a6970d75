import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  ReadOnlyTokenError,
  apiError,
  apiFailure,
  githubMessage,
  isAmbiguous
} from "./chunk-TJLSXEUI.js";
import {
  Octokit,
  require_light,
  retry
} from "./chunk-LETTGLGX.js";
import {
  writeOutputFile
} from "./chunk-WNJNPQLO.js";
import {
  readTextFile
} from "./chunk-EQIPIXBN.js";
import {
  UserError
} from "./chunk-PJKC4ZE5.js";
import {
  __toESM
} from "./chunk-UFMD3KOA.js";

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
function issueTitle(title) {
  const line = clipLine(oneLine(title), TITLE_LIMIT);
  if (!line)
    throw new UserError(`The tracking issue's title ${JSON.stringify(title)} is empty once control characters are removed.`);
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

export {
  createGitHubClient,
  stickyMarker,
  trackingMarker,
  upsertStickyComment,
  syncTrackingIssue,
  dispatchWorkflow,
  githubContext,
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
  latestSuccessfulPullRequestRun
};
