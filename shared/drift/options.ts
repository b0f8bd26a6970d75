import { UserError } from '../errors/index.js'
import { CORRECTIONS, type Correction } from './dataset-types.js'
import { DRIFT_TESTS, DRIFT_TESTS_BY_NAME } from './registry.js'
import { checkTestChoice } from './run.js'
import type { ColumnKind, DriftTest } from './types.js'

/** A test the user named for a column, with its threshold or the test's default. */
export interface TestChoice {
  readonly test: DriftTest
  readonly threshold: number
}

export interface CompareOptions {
  /** Only these columns (each must be in the reference); all the reference's by default. */
  columns?: readonly string[]
  /** Columns left out, e.g. an id or a timestamp. */
  ignore?: readonly string[]
  /** Column → test name, or test name and threshold; other columns get the default test. */
  tests?: Readonly<Record<string, string | TestSpec>>
  /** Share of compared columns that must drift for the dataset to drift, in (0, 1]; default 0.5. */
  driftShare?: number
  /** Default 'none'. */
  correction?: Correction
  /** Fewer current values than this in a column make it 'insufficient data'; default 30. */
  minSamples?: number
}

export interface TestSpec {
  test: string
  threshold?: number
}

export const COMPARE_DEFAULTS = { driftShare: 0.5, correction: 'none', minSamples: 30 } as const

export interface ResolvedOptions {
  readonly columns: readonly string[] | null
  readonly ignore: ReadonlySet<string>
  readonly tests: ReadonlyMap<string, TestChoice>
  readonly driftShare: number
  readonly correction: Correction
  readonly minSamples: number
}

/** Checks every option once, before any column is read; messages name the action's input. */
export function resolveCompareOptions(options: CompareOptions): ResolvedOptions {
  const driftShare = options.driftShare ?? COMPARE_DEFAULTS.driftShare
  if (!(driftShare > 0 && driftShare <= 1)) throw new UserError(`Input 'drift-share': must be a number in (0, 1], got ${driftShare}.`)
  const correction = options.correction ?? COMPARE_DEFAULTS.correction
  if (!CORRECTIONS.includes(correction)) throw new UserError(`Input 'correction': unknown correction '${correction}'; use ${CORRECTIONS.join(', ')}.`)
  const minSamples = options.minSamples ?? COMPARE_DEFAULTS.minSamples
  if (!Number.isInteger(minSamples) || minSamples < 1) throw new UserError(`Input 'min-samples': must be a whole number of at least 1, got ${minSamples}.`)
  const tests = new Map(Object.entries(options.tests ?? {}).map(([column, spec]) => [column, testChoice(column, spec)]))
  return { columns: options.columns ?? null, ignore: new Set(options.ignore ?? []), tests, driftShare, correction, minSamples }
}

function testChoice(column: string, given: string | TestSpec): TestChoice {
  const spec = typeof given === 'string' ? { test: given } : given
  const test = DRIFT_TESTS_BY_NAME.get(spec?.test)
  if (!test) {
    throw new UserError(`Input 'tests': column '${column}': unknown drift test '${spec?.test}'; the tests are ${DRIFT_TESTS.map((t) => t.name).join(', ')}.`)
  }
  const threshold = spec.threshold ?? test.defaultThreshold
  if (typeof threshold !== 'number') throw new UserError(`Input 'tests': column '${column}': threshold must be a number, got '${String(threshold)}'.`)
  // The threshold's range does not depend on the kind: check it now, against the test's first kind.
  namingTests(column, () => checkTestChoice(test, test.kinds[0]!, threshold))
  return { test, threshold }
}

/** The user's test for a column of this kind, or a UserError naming input 'tests' and the column. */
export function checkChoiceForKind(column: string, choice: TestChoice, kind: ColumnKind): void {
  namingTests(column, () => checkTestChoice(choice.test, kind, choice.threshold))
}

function namingTests(column: string, check: () => void): void {
  try {
    check()
  } catch (error) {
    if (!(error instanceof UserError)) throw error
    throw new UserError(`Input 'tests': column '${column}': ${error.message[0]!.toLowerCase()}${error.message.slice(1)}`)
  }
}
