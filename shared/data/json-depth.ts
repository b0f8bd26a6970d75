/**
 * Nested cell values are compared and hashed as their JSON text; far deeper than any real
 * record, writing them out would overflow the stack.
 */
export const MAX_JSON_DEPTH = 256

/** True when a parsed JSON value nests arrays or objects more than `limit` levels deep. */
export function nestsTooDeeply(value: unknown, limit = MAX_JSON_DEPTH): boolean {
  if (typeof value !== 'object' || value === null) return false
  // Iterative, so that the check itself cannot overflow the stack.
  const pending: unknown[] = [value]
  const depths: number[] = [1]
  while (pending.length > 0) {
    const current = pending.pop() as object
    const depth = depths.pop()!
    if (depth > limit) return true
    for (const child of Array.isArray(current) ? current : Object.values(current)) {
      if (typeof child === 'object' && child !== null) {
        pending.push(child)
        depths.push(depth + 1)
      }
    }
  }
  return false
}

/** The 1-based line of JSON text where brackets first open more than `limit` deep, ignoring strings. */
export function lineOfDeepNesting(bytes: Buffer, limit: number): number {
  let line = 1
  let depth = 0
  let inString = false
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]
    if (byte === 10) line++
    else if (inString) {
      if (byte === 92) i++
      else if (byte === 34) inString = false
    } else if (byte === 34) inString = true
    else if (byte === 91 || byte === 123) {
      if (++depth > limit) return line
    } else if (byte === 93 || byte === 125) depth--
  }
  return line
}
