import type { IncomingHttpHeaders } from 'node:http'
import { HttpError } from './http.js'

export interface TokenOptions {
  /** Who the token acts as; comments and issues it creates are theirs. Default `github-actions[bot]`. */
  login?: string
  /** Reads only, like the GITHUB_TOKEN of a pull request from a fork: every write gets a 403. */
  readOnly?: boolean
}

export interface Actor {
  token: string
  login: string
  readOnly: boolean
}

/** The token the emulator accepts when the options name none. */
export const DEFAULT_TOKEN = 'ghs_emulatorDefaultToken'

export type TokenTable = ReadonlyMap<string, Actor>

export function tokenTable(tokens: Record<string, TokenOptions> = { [DEFAULT_TOKEN]: {} }): TokenTable {
  const table = new Map<string, Actor>()
  for (const [token, options] of Object.entries(tokens)) {
    if (!token) throw new Error('tokens: a token must not be empty')
    table.set(token, { token, login: options.login ?? 'github-actions[bot]', readOnly: options.readOnly ?? false })
  }
  return table
}

/** GitHub's answers for a missing or unknown token: `token X` and `Bearer X` are both accepted. */
export function authenticate(tokens: TokenTable, headers: IncomingHttpHeaders): Actor {
  const header = headers.authorization
  if (!header) throw new HttpError(401, 'Requires authentication')
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim())
  const actor = match ? tokens.get(match[1]!) : undefined
  if (!actor) throw new HttpError(401, 'Bad credentials')
  return actor
}

/** What GitHub answers when a workflow token lacks the permission for a write. */
export function assertMayWrite(actor: Actor, method: string, documentationUrl: string): void {
  if (actor.readOnly && method !== 'GET') throw new HttpError(403, 'Resource not accessible by integration', documentationUrl)
}
