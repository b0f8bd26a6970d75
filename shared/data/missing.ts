/** Cell values read as missing, in addition to an empty cell. */
export const DEFAULT_MISSING_VALUES = ['', 'NA', 'N/A', 'n/a', 'NaN', 'nan', 'null', 'NULL', 'None', '<NA>', '#N/A']

export class MissingTokens {
  readonly maxLength: number
  private readonly byteTokens: Buffer[]
  private readonly textTokens: Set<string>
  /** First bytes of the tokens: most cells are ruled out by one lookup. */
  private readonly firstBytes = new Uint8Array(256)

  constructor(readonly tokens: readonly string[] = DEFAULT_MISSING_VALUES) {
    this.byteTokens = tokens.filter((token) => token !== '').map((token) => Buffer.from(token, 'utf8'))
    this.textTokens = new Set(tokens)
    this.maxLength = Math.max(0, ...this.byteTokens.map((token) => token.length))
    for (const token of this.byteTokens) this.firstBytes[token[0]] = 1
  }

  matchesBytes(buf: Uint8Array, start: number, end: number): boolean {
    if (this.firstBytes[buf[start]] === 0) return false
    const length = end - start
    outer: for (const token of this.byteTokens) {
      if (token.length !== length) continue
      for (let i = 0; i < length; i++) if (buf[start + i] !== token[i]) continue outer
      return true
    }
    return false
  }

  matchesText(text: string): boolean {
    return text === '' || this.textTokens.has(text)
  }
}
