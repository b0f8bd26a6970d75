/** Decodes a short ASCII span without a native call, which dominates for short cells. */
export function shortAscii(b: Uint8Array, s: number, length: number): string | undefined {
  const f = String.fromCharCode
  switch (length) {
    case 0:
      return ''
    case 1:
      return f(b[s])
    case 2:
      return f(b[s], b[s + 1])
    case 3:
      return f(b[s], b[s + 1], b[s + 2])
    case 4:
      return f(b[s], b[s + 1], b[s + 2], b[s + 3])
    case 5:
      return f(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4])
    case 6:
      return f(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5])
    case 7:
      return f(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6])
    case 8:
      return f(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7])
    default:
      return undefined
  }
}
