/** A mistake in a workflow that GitHub would reject, or would run wrongly: a typo, an unknown input, a missing one. */
export class WorkflowError extends Error {
  override readonly name = 'WorkflowError'
}

/** Prefixes a WorkflowError (or an expression's own error) with where it happened. */
export function at(where: string, error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error)
  return new WorkflowError(`${where}: ${message}`)
}
