import { UserError } from '../errors/index.js'

export interface SemanticVersion {
  text: string
  major: number
  /** `rc.1` in `1.2.0-rc.1`; a prerelease is tagged but never moves the major tag. */
  prerelease?: string
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/

/** `1.2.3` or `v1.2.3`, checked once at the boundary. */
export function parseVersion(value: string, source: string): SemanticVersion {
  const text = value.trim().replace(/^v/, '')
  const match = SEMVER.exec(text)
  if (!match) throw new UserError(`${source}: '${value}' is not a semantic version such as 1.2.3.`)
  return { text, major: Number(match[1]), ...(match[4] && { prerelease: match[4] }) }
}

export const tagOf = (version: SemanticVersion) => `v${version.text}`
export const majorTagOf = (version: SemanticVersion) => `v${version.major}`
