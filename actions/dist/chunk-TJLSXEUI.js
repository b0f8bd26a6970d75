import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-PJKC4ZE5.js";

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
  const answer = failure.answered ? `${failure.status} ${githubMessage(failure)}` : `no answer (${failure.message})`;
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
function githubMessage(failure) {
  return failure.message.split("\n")[0].replace(/ - https?:\/\/\S+$/, "");
}

export {
  ReadOnlyTokenError,
  apiFailure,
  isAmbiguous,
  apiError,
  githubMessage
};
