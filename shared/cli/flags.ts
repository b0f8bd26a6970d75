import { parseArgs } from 'node:util'
import { UserError } from '../errors/index.js'
import type { InputSpec } from '../runtime/command.js'

/** Flags every command takes besides its inputs. */
const CLI_FLAGS = ['json', 'help', 'version'] as const

export interface ParsedFlags {
  values: Record<string, string>
  json: boolean
  help: boolean
  version: boolean
}

/**
 * `parseArgs` splits the arguments; the checks are ours, so that every mistake is one line naming
 * the flag. It runs loose (`strict: false`) because strict mode can neither suggest a flag nor take
 * `--upload-artifact=false` for a boolean.
 */
export function parseFlags(inputs: Record<string, InputSpec>, args: string[]): ParsedFlags {
  // A command with a `version` input (register, deploy) takes --version N as that input; the tool's
  // version is then `mlops --version`, before any command.
  const cliFlags = CLI_FLAGS.filter((flag) => !(flag in inputs))
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, version: { type: 'boolean' } }
  for (const [name, spec] of Object.entries(inputs)) options[name] = { type: spec.type === 'boolean' ? 'boolean' : 'string' }
  const { tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true })
  const parsed: ParsedFlags = { values: {}, json: false, help: false, version: false }
  let previous: string | undefined
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue
    if (token.kind === 'positional') {
      if (previous && inputs[previous]?.type === 'boolean' && /^(true|false)$/i.test(token.value)) {
        throw new UserError(`flag '--${previous}' takes no separate value; write --${previous}=${token.value}.`)
      }
      throw new UserError(`unexpected argument '${token.value}'; inputs are given as --name value.`)
    }
    previous = token.value === undefined ? token.name : undefined
    const { name, rawName, value, inlineValue } = token
    if ((cliFlags as readonly string[]).includes(name)) {
      if (value !== undefined) throw new UserError(`flag '${rawName}' takes no value.`)
      parsed[name as (typeof CLI_FLAGS)[number]] = true
    } else if (!(name in inputs) || rawName !== `--${name}`) {
      throw new UserError(unknownFlag(rawName, Object.keys(inputs)))
    } else if (inputs[name].type === 'boolean') {
      if (value !== undefined && value.trim() === '') throw new UserError(`flag '--${name}' needs true or false after '='; leave it out for the default.`)
      parsed.values[name] = value ?? 'true'
    } else {
      // An empty value would silently mean the default; a flag is left out for that.
      if (value === undefined || value.trim() === '' || (!inlineValue && value.startsWith('--'))) {
        throw new UserError(`flag '--${name}' needs a value; leave it out for the default.`)
      }
      parsed.values[name] = value
    }
  }
  return parsed
}

function unknownFlag(rawName: string, inputs: string[]): string {
  const flags = [...inputs, 'json'].map((input) => `--${input}`)
  const suggestion = closest(rawName.replace(/^-+/, ''), [...inputs, ...CLI_FLAGS])
  if (suggestion) return `unknown flag '${rawName}'; did you mean --${suggestion}?`
  return `unknown flag '${rawName}'. Flags: ${flags.join(', ')}.`
}

/** The candidate nearest to `word`, when it is near enough to be a typo: at most a third of its letters (and 1 at least) differ. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate)
    if (!best || distance < best.distance) best = { candidate, distance }
  }
  return best && best.distance <= Math.max(1, Math.floor(word.length / 3)) ? best.candidate : undefined
}

/** Edits (insert, delete, replace, swap two neighbours) from `a` to `b`: a swap is the commonest typo. */
export function editDistance(a: string, b: string): number {
  const rows = [Array.from({ length: b.length + 1 }, (_, j) => j)]
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], rows[i - 2][j - 2] + 1)
    }
    rows.push(row)
  }
  return rows[a.length][b.length]
}
