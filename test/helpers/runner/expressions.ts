/**
 * `${{ }}` as the runner evaluates it, with GitHub's own parser and evaluator (@actions/expressions).
 * Contexts that the workflow declares (inputs, needs, steps, job outputs, an action's outputs) are
 * strict: reading a name nobody defines throws, where GitHub would quietly give an empty string. That
 * is what turns a typo in a workflow into a failing test.
 */
import { data, Evaluator, Lexer, Parser } from '@actions/expressions'
import type { FunctionDefinition } from '@actions/expressions/funcs/info'
import { WorkflowError } from './errors.js'

type ExpressionData = data.ExpressionData

/**
 * A dictionary whose missing keys are checked: `problem(key)` says why reading one is a mistake, or
 * returns undefined for a name that exists but holds nothing yet (an output never set reads as '').
 */
export class StrictDictionary extends data.Dictionary {
  constructor(
    private readonly problem: (key: string) => string | undefined,
    ...pairs: { key: string; value: ExpressionData }[]
  ) {
    super(...pairs)
  }

  override get(key: string): ExpressionData | undefined {
    const value = super.get(key)
    if (value !== undefined) return value
    const problem = this.problem(key)
    if (problem) throw new WorkflowError(problem)
    return new data.StringData('')
  }
}

/** A strict dictionary of plain values. */
export function strict(values: Record<string, unknown>, problem: (key: string) => string | undefined): StrictDictionary {
  return new StrictDictionary(problem, ...Object.entries(values).map(([key, value]) => ({ key, value: toData(value) })))
}

/** Plain JSON (and strict dictionaries, kept as they are) as expression data. */
export function toData(value: unknown): ExpressionData {
  if (value instanceof data.Dictionary || value instanceof data.Array || value instanceof data.StringData) return value
  if (value instanceof data.BooleanData || value instanceof data.NumberData || value instanceof data.Null) return value
  if (value === null || value === undefined) return new data.Null()
  if (typeof value === 'string') return new data.StringData(value)
  if (typeof value === 'number') return new data.NumberData(value)
  if (typeof value === 'boolean') return new data.BooleanData(value)
  if (Array.isArray(value)) return new data.Array(...value.map(toData))
  return new data.Dictionary(...Object.entries(value as object).map(([key, item]) => ({ key, value: toData(item) })))
}

/** Expression data as plain JSON: what a whole-value `${{ }}` in YAML becomes. */
export function fromData(value: ExpressionData): unknown {
  return JSON.parse(JSON.stringify(value, data.replacer))
}

/** How the runner writes a value into a string: `true`, `3`, `''` for null, `Object` and `Array` for the rest. */
export function asString(value: ExpressionData): string {
  return value.kind === data.Kind.Null ? '' : value.coerceString()
}

export interface Scope {
  /** Context name to value: github, inputs, needs, steps, ... */
  contexts: Record<string, unknown>
  /**
   * For success(), failure(), always() and cancelled(): the job's status so far, or for a job's `if:`,
   * its needs' (`skipped` when one was skipped: neither success() nor failure()).
   */
  status?: 'success' | 'failure' | 'cancelled' | 'skipped'
  /** hashFiles() hashes files under this directory. */
  hashFiles?: (patterns: string[]) => string
}

const STATUS_FUNCTIONS = ['success', 'failure', 'always', 'cancelled']

function functions(scope: Scope): Map<string, FunctionDefinition> {
  const status = scope.status ?? 'success'
  const constant = (name: string, value: boolean): FunctionDefinition => ({ name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(value) })
  return new Map<string, FunctionDefinition>([
    ['success', constant('success', status === 'success')],
    ['failure', constant('failure', status === 'failure')],
    ['cancelled', constant('cancelled', status === 'cancelled')],
    ['always', constant('always', true)],
    [
      'hashfiles',
      {
        name: 'hashFiles',
        minArgs: 1,
        maxArgs: 255,
        call: (...patterns) => {
          if (!scope.hashFiles) throw new WorkflowError('hashFiles() is only available in steps')
          return new data.StringData(scope.hashFiles(patterns.map(asString)))
        },
      },
    ],
  ])
}

/** Parses and evaluates one expression (without `${{ }}`). */
export function evaluate(expression: string, scope: Scope): ExpressionData {
  const known = functions(scope)
  const tokens = new Lexer(expression).lex().tokens
  const tree = new Parser(tokens, Object.keys(scope.contexts), [...known.values()]).parse()
  return new Evaluator(tree, toData(scope.contexts) as data.Dictionary, known).evaluate()
}

const TEMPLATE = /\$\{\{([\s\S]*?)\}\}/g
const WHOLE = /^\s*\$\{\{([\s\S]*?)\}\}\s*$/

/** A string with `${{ }}` in it; a value that is one whole expression keeps its type (a matrix, a boolean). */
export function interpolate(value: unknown, scope: Scope): unknown {
  if (typeof value !== 'string') return value
  const whole = WHOLE.exec(value)
  if (whole && !whole[1]!.includes('}}')) return fromData(evaluate(whole[1]!, scope))
  return value.replace(TEMPLATE, (_, expression: string) => asString(evaluate(expression, scope)))
}

/** As {@link interpolate}, always as the string an input or environment variable receives. */
export function interpolateString(value: unknown, scope: Scope): string {
  if (value === undefined || value === null) return ''
  if (typeof value !== 'string') return String(value)
  return value.replace(TEMPLATE, (_, expression: string) => asString(evaluate(expression, scope)))
}

/** Every string in a YAML value interpolated, keys left alone. */
export function interpolateDeep(value: unknown, scope: Scope): unknown {
  if (typeof value === 'string') return interpolate(value, scope)
  if (Array.isArray(value)) return value.map((item) => interpolateDeep(item, scope))
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, interpolateDeep(item, scope)]))
  return value
}

/**
 * An `if:`: with or without `${{ }}`, and `success() &&` in front unless it calls a status function,
 * as GitHub does.
 */
export function condition(text: unknown, scope: Scope): boolean {
  const succeeding = (scope.status ?? 'success') === 'success'
  if (text === undefined || text === null) return succeeding
  if (typeof text === 'boolean') return text && succeeding
  const source = String(text)
  const whole = WHOLE.exec(source)
  const expression = whole ? whole[1]! : source
  const callsStatus = STATUS_FUNCTIONS.some((name) => new RegExp(`\\b${name}\\s*\\(`, 'i').test(expression))
  const result = evaluate(callsStatus ? expression : `success() && (${expression})`, scope)
  return truthy(result)
}

function truthy(value: ExpressionData): boolean {
  switch (value.kind) {
    case data.Kind.Null:
      return false
    case data.Kind.Boolean:
      return (value as data.BooleanData).value
    case data.Kind.Number:
      return value.number() !== 0 && !Number.isNaN(value.number())
    case data.Kind.String:
      return value.coerceString() !== ''
    default:
      return true
  }
}
