import { UserError } from '../errors/index.js'

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/
const ALIAS = /^[a-z][a-z0-9_-]{0,49}$/
/** `latest` always means the newest ready version; nobody can point it elsewhere. */
export const RESERVED_ALIASES = ['latest']

export function checkModelName(name: string, input = 'name'): string {
  if (!NAME.test(name) || name.includes('..')) throw new UserError(`Input '${input}': '${name}' is not a model name; use letters, digits, '.', '_' and '-' (at most 100), starting with a letter or digit.`)
  return name
}

export function checkAlias(alias: string, input = 'alias'): string {
  if (!ALIAS.test(alias)) throw new UserError(`Input '${input}': '${alias}' is not an alias; use lower-case letters, digits, '_' and '-', starting with a letter, such as champion.`)
  if (RESERVED_ALIASES.includes(alias)) throw new UserError(`Input '${input}': '${alias}' is reserved: it always resolves to the newest ready version.`)
  return alias
}

export type ModelReference = { name: string; version: number } | { name: string; alias: string }

/** `models:/name/3`, `models:/name@champion` or `models:/name@latest`. */
export function parseModelUri(uri: string, input = 'model'): ModelReference {
  const match = /^models:\/([^/@]+)(?:\/(\d+)|@([^/@]+))$/.exec(uri.trim())
  if (!match) throw new UserError(`Input '${input}': '${uri}' is not a model URI; use models:/<name>/<version>, models:/<name>@<alias> or models:/<name>@latest.`)
  const name = checkModelName(match[1]!, input)
  if (match[2] !== undefined) {
    const version = Number(match[2])
    if (!Number.isSafeInteger(version) || version < 1) throw new UserError(`Input '${input}': version ${match[2]} in '${uri}' must be 1 or more.`)
    return { name, version }
  }
  const alias = match[3]!
  if (alias !== 'latest') checkAlias(alias, input)
  return { name, alias }
}

export function modelUri(name: string, version: number): string {
  return `models:/${name}/${version}`
}
