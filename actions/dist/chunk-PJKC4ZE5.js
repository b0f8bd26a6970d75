import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);

// build/shared/errors/index.js
var UserError = class extends Error {
  name = "UserError";
};
function isUserError(error) {
  return error instanceof UserError;
}
var FILE_ERRORS = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the device",
  ENOTDIR: "a parent is not a directory",
  // mkdir -p meets a file where a folder should be.
  EEXIST: "a parent is not a directory",
  EISDIR: "it is a directory",
  ENOENT: "no such file or directory"
};
function fileError(input, verb, path, error) {
  const reason = FILE_ERRORS[error.code ?? ""];
  if (!reason)
    throw error;
  return new UserError(`Input '${input}': cannot ${verb} '${path}' (${reason}).`);
}
function describeError(error) {
  if (isUserError(error))
    return error.message;
  if (error instanceof Error)
    return error.stack ?? error.message;
  return String(error);
}

export {
  UserError,
  isUserError,
  fileError,
  describeError
};
