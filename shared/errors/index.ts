/** An error the user can fix: bad input, bad data, bad config, missing file or permission. */
export class UserError extends Error {
  override readonly name = 'UserError'
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError
}

const FILE_ERRORS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  ENOTDIR: 'a parent is not a directory',
  // mkdir -p meets a file where a folder should be.
  EEXIST: 'a parent is not a directory',
  EISDIR: 'it is a directory',
  ENOENT: 'no such file or directory',
}

/** Turns a failed file write or read into a UserError naming the input and path, or rethrows. */
export function fileError(input: string, verb: 'read' | 'write', path: string, error: unknown): UserError {
  const reason = FILE_ERRORS[(error as NodeJS.ErrnoException).code ?? '']
  if (!reason) throw error
  return new UserError(`Input '${input}': cannot ${verb} '${path}' (${reason}).`)
}

/** User errors print as one line; anything else keeps its stack. */
export function describeError(error: unknown): string {
  if (isUserError(error)) return error.message
  if (error instanceof Error) return error.stack ?? error.message
  return String(error)
}
