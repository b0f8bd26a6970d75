import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  closeOpenBlocks,
  formatCount
} from "./chunk-JKH7BQH4.js";
import {
  UserError
} from "./chunk-PJKC4ZE5.js";
import {
  Octokit,
  require_light,
  retry
} from "./chunk-GH6P52GL.js";
import {
  __toESM
} from "./chunk-UFMD3KOA.js";

// build/shared/github/context.js
import { readFileSync } from "node:fs";
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target", "pull_request_review", "pull_request_review_comment"]);
function githubContext(env = process.env) {
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
  return { pause: (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * msPerSecond)) };
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

// build/shared/github/comment-body.js
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
function stickyMarker(workflow, job, extra) {
  if (!workflow.trim() || !job.trim())
    throw new UserError("A sticky comment needs the workflow and job names (GITHUB_WORKFLOW and GITHUB_JOB); one of them is empty.");
  const kind = extra ? `:${encodeURIComponent(extra)}` : "";
  return `<!-- mlops-actions${kind} workflow=${encodeURIComponent(workflow)} job=${encodeURIComponent(job)} -->`;
}
function checkMarker(marker) {
  if (!/^<!--(?:(?!-->)[^\n])*-->$/.test(marker))
    throw new UserError(`A sticky comment marker must be one HTML comment on one line, such as stickyMarker() builds, not ${JSON.stringify(marker)}.`);
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

// build/shared/github/api-errors.js
var ReadOnlyTokenError = class extends Error {
  endpoint;
  name = "ReadOnlyTokenError";
  constructor(endpoint) {
    super(`${endpoint}: 403 Resource not accessible by integration`);
    this.endpoint = endpoint;
  }
};
function apiFailure(endpoint, error) {
  const candidate = error;
  if (typeof candidate?.status !== "number")
    throw error;
  const failure = { status: candidate.status, message: String(candidate.message), answered: candidate.response !== void 0 };
  if (failure.status === 403 && /Resource not accessible by (integration|personal access token)/i.test(failure.message))
    throw new ReadOnlyTokenError(endpoint);
  return failure;
}
function isAmbiguous(failure) {
  return !failure.answered || failure.status >= 500;
}
function apiError(endpoint, failure, attempts) {
  const answer = failure.answered ? `${failure.status} ${firstLine(failure.message)}` : `no answer (${failure.message})`;
  const tries = attempts && attempts > 1 ? ` after ${attempts} attempts` : "";
  return new UserError(`GitHub API ${endpoint} failed${tries}: ${answer}. ${hint(failure)}`.trim());
}
function hint(failure) {
  if (!failure.answered || failure.status >= 500)
    return "GitHub or the network failed; re-run the job.";
  if (/rate limit/i.test(failure.message))
    return "The token is rate limited; re-run the job later.";
  switch (failure.status) {
    case 401:
      return "The token is invalid or has expired.";
    case 403:
      return "The token lacks a permission: give the job `pull-requests: write` (or `issues: write`).";
    case 404:
      return "Check the repository and the pull-request number, and that the token can read the repository.";
    case 410:
      return "Issues are disabled for this repository.";
    default:
      return "";
  }
}
function firstLine(message) {
  return message.split("\n")[0].replace(/ - https?:\/\/\S+$/, "");
}

// build/shared/github/sticky-comment.js
var CREATE_ATTEMPTS = 3;
var LIST = "GET /repos/{owner}/{repo}/issues/{issue_number}/comments";
var CREATE = "POST /repos/{owner}/{repo}/issues/{issue_number}/comments";
var UPDATE = "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}";
async function upsertStickyComment(options) {
  checkOptions(options);
  const { text, truncated } = stickyBody(options.marker, options.body);
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

export {
  createGitHubClient,
  stickyMarker,
  ReadOnlyTokenError,
  apiFailure,
  apiError,
  upsertStickyComment,
  githubContext,
  isPullRequestEvent,
  splitRepository
};
