/** An error the user can fix: bad input, bad data, bad config, missing file or permission. */
export class UserError extends Error {
  override readonly name = 'UserError'
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError
}

/** User errors print as one line; anything else keeps its stack. */
export function describeError(error: unknown): string {
  if (isUserError(error)) return error.message
  if (error instanceof Error) return error.stack ?? error.message
  return String(error)
}
