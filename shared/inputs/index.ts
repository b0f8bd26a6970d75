import { existsSync } from 'node:fs'
import { UserError } from '../errors/index.js'
import { readTextFile } from '../fs/index.js'
import { parseYaml } from '../yaml/index.js'

/** Where raw input strings come from: action inputs, CLI flags, tests. */
export interface InputSource {
  get(name: string): string | undefined
}

export function mapSource(values: Record<string, string | undefined>): InputSource {
  return { get: (name) => values[name] }
}

/** A YAML input: its text, inline or read from `file`, or a value the config file already parsed. */
export type YamlInput = { text: string; file?: string } | { parsed: object }

/**
 * Inputs given directly win over keys of the optional `config` YAML file,
 * which mirror the input names.
 */
export class Inputs {
  private readonly fromConfig: Record<string, unknown>

  constructor(
    private readonly direct: InputSource,
    knownNames?: readonly string[],
  ) {
    const configPath = this.directValue('config')
    this.fromConfig = configPath ? readConfigFile(configPath) : {}
    const unknown = knownNames ? Object.keys(this.fromConfig).filter((key) => !knownNames.includes(key)) : []
    if (configPath && unknown.length > 0) {
      throw new UserError(
        `Input 'config': '${configPath}' has unknown key '${unknown[0]}'; allowed keys are the input names: ${knownNames!
          .filter((name) => name !== 'config')
          .join(', ')}.`,
      )
    }
  }

  private directValue(name: string): string | undefined {
    const value = this.direct.get(name)?.trim()
    return value ? value : undefined
  }

  /** Raw value, direct input first, then config file. */
  raw(name: string): unknown {
    return this.directValue(name) ?? this.fromConfig[name]
  }

  string(name: string): string | undefined {
    const value = this.raw(name)
    if (value === undefined || value === null || value === '') return undefined
    if (typeof value === 'object') throw invalid(name, JSON.stringify(value), 'a single value')
    return String(value)
  }

  required(name: string): string {
    const value = this.string(name)
    if (value === undefined) throw new UserError(`Input '${name}' is required.`)
    return value
  }

  choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.string(name)
    if (value === undefined) return fallback
    if (!(allowed as readonly string[]).includes(value)) throw invalid(name, value, `one of ${allowed.join(', ')}`)
    return value as T
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.string(name)
    if (value === undefined) return fallback
    const lower = value.toLowerCase()
    if (lower === 'true') return true
    if (lower === 'false') return false
    throw invalid(name, value, 'true or false')
  }

  number(name: string, fallback: number, range: { min?: number; max?: number; integer?: boolean } = {}): number {
    const text = this.string(name)
    if (text === undefined) return fallback
    const value = Number(text)
    const allowed = describeRange(range)
    if (!Number.isFinite(value) || (range.integer && !Number.isInteger(value))) throw invalid(name, text, allowed)
    if ((range.min !== undefined && value < range.min) || (range.max !== undefined && value > range.max)) {
      throw invalid(name, text, allowed)
    }
    return value
  }

  /**
   * YAML given inline, as the path of a file, or as a value in the config file. One line without
   * `:` or `{` that names a file is the file; anything else without them is refused, so that a
   * mistyped path is not read as a YAML string. `expected` describes the YAML, for that message.
   */
  yamlOrFile(name: string, expected: string): YamlInput | undefined {
    const raw = this.raw(name)
    if (raw === undefined || raw === null || raw === '') return undefined
    if (typeof raw === 'object') return { parsed: raw }
    const text = String(raw)
    if (/[:{]/.test(text)) return { text }
    if (!text.includes('\n') && existsSync(text)) return { text: readTextFile(name, text), file: text }
    throw new UserError(`Input '${name}': '${text}' is neither a file nor ${expected}.`)
  }

  /** A comma-separated string or a YAML list. */
  list(name: string): string[] {
    const value = this.raw(name)
    if (value === undefined || value === null || value === '') return []
    if (Array.isArray(value)) return value.map((item) => String(item).trim()).filter(Boolean)
    const text = String(value).trim()
    if (text.startsWith('[') || text.includes('\n')) {
      let parsed: unknown
      try {
        parsed = parseYaml(text, `Input '${name}'`)
      } catch {
        throw invalid(name, text, 'a comma-separated list or a YAML list')
      }
      if (Array.isArray(parsed)) return parsed.map((item) => String(item).trim()).filter(Boolean)
      if (typeof parsed !== 'string') throw invalid(name, text, 'a comma-separated list or a YAML list')
    }
    return text
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean)
  }
}

function describeRange(range: { min?: number; max?: number; integer?: boolean }): string {
  const kind = range.integer ? 'an integer' : 'a number'
  if (range.min !== undefined && range.max !== undefined) return `${kind} from ${range.min} to ${range.max}`
  if (range.min !== undefined) return `${kind} of at least ${range.min}`
  if (range.max !== undefined) return `${kind} of at most ${range.max}`
  return kind
}

export function invalid(name: string, value: string, allowed: string): UserError {
  return new UserError(`Input '${name}' has invalid value '${value}': expected ${allowed}.`)
}

function readConfigFile(path: string): Record<string, unknown> {
  const text = readTextFile('config', path)
  const parsed = parseYaml(text, `Input 'config': ${path}`)
  if (parsed === null || parsed === undefined) return {}
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new UserError(`Input 'config': '${path}' must be a YAML mapping of input names to values.`)
  }
  return parsed as Record<string, unknown>
}
