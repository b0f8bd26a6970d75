import { statSync } from 'node:fs'
import type { CompareOptions, TestSpec } from '../../drift/index.js'
import { resolveCompareOptions } from '../../drift/options.js'
import { UserError } from '../../errors/index.js'
import type { GitHubContext } from '../../github/index.js'
import type { Inputs } from '../../inputs/index.js'
import { checkModelName, parseModelUri, type ModelReference } from '../../registry/index.js'
import { parseYaml } from '../../yaml/index.js'
import type { RegistrySettings } from '../registry-inputs.js'

/** What `reference` names, classified when the inputs are parsed; files are read in `run`. */
export type ReferenceSpec =
  /** A data file or glob, read whole. */
  | { kind: 'data'; spec: string }
  /** A model directory: its profile.json, and its model for performance drift. */
  | { kind: 'model-dir'; dir: string }
  /** A registered version, downloaded to a temporary directory: its profile and its model. */
  | { kind: 'registry'; reference: ModelReference; uri: string }

export interface MonitorDriftOptions {
  reference: ReferenceSpec
  current: string[]
  compare: CompareOptions
  /** Labels in `current`: with a model, performance drift is measured on the rows that have one. */
  target?: string
  /** The model scored for performance drift; the reference's model when not given. */
  modelDir?: string
  registry: RegistrySettings
  /** What is checked: the model's name, else the reference as given. Keys the tracking issue. */
  key: string
  openIssue: boolean
  closeResolved: boolean
  issueTitle: string
  issueLabels: string[]
  retrainWorkflow?: string
  retrainRef?: string
  token?: string
  failOnDrift: boolean
  report: string
  github: GitHubContext
  /** MLOPS_THREADS: threads the two data files may be read on. */
  threads?: number
  runUrl?: string
  /** Files read besides the data, which the report may not overwrite. */
  testsFile?: string
  configPath?: string
}

/** `champion` (with `name`), a models:/ URI, a model directory, or data. */
export function parseReference(inputs: Inputs): ReferenceSpec {
  const value = inputs.required('reference')
  if (value === 'champion') {
    const name = inputs.string('name')
    if (!name) throw new UserError("Input 'name' is required with 'reference: champion': it names the model whose champion to compare with.")
    const reference = { name: checkModelName(name), alias: 'champion' }
    return { kind: 'registry', reference, uri: `models:/${name}@champion` }
  }
  if (value.startsWith('models:/')) return { kind: 'registry', reference: parseModelUri(value, 'reference'), uri: value }
  return isDirectory(value) ? { kind: 'model-dir', dir: value } : { kind: 'data', spec: value }
}

/** The model name for a registry reference, else the reference as given: one tracking issue per key. */
export function referenceKey(reference: ReferenceSpec, name: string | undefined): string {
  if (reference.kind === 'registry') return reference.reference.name
  if (name) return checkModelName(name)
  return reference.kind === 'model-dir' ? reference.dir : reference.spec
}

/** The comparison options, checked whole now so that a bad test or threshold fails before any file is read. */
export function parseCompareOptions(inputs: Inputs): { compare: CompareOptions; testsFile?: string } {
  const { tests, file } = readTests(inputs)
  const compare: CompareOptions = {
    ...(inputs.list('columns').length > 0 && { columns: inputs.list('columns') }),
    ignore: inputs.list('ignore'),
    ...(tests && { tests }),
    driftShare: inputs.number('drift-share', 0.5),
    correction: (inputs.string('correction') ?? 'none') as CompareOptions['correction'],
    minSamples: inputs.number('min-samples', 30),
  }
  resolveCompareOptions(compare)
  return { compare, ...(file && { testsFile: file }) }
}

/** `tests`: a mapping of column to a test name or `{test, threshold}`, inline, in a file, or in the config file. */
function readTests(inputs: Inputs): { tests?: Record<string, string | TestSpec>; file?: string } {
  const input = inputs.yamlOrFile('tests', "a YAML mapping of columns to tests, such as '{age: psi, income: {test: ks, threshold: 0.01}}'")
  if (!input) return {}
  const file = 'file' in input ? input.file : undefined
  const where = `Input 'tests'${file ? ` ('${file}')` : ''}`
  let value: unknown
  if ('parsed' in input) value = input.parsed
  else {
    try {
      value = parseYaml(input.text, file ?? 'tests')
    } catch (error) {
      throw new UserError(`${where}: not valid YAML: ${(error as Error).message.split('\n')[0]}`)
    }
  }
  if (!isMapping(value)) throw new UserError(`${where}: must be a mapping of column names to a test name or {test, threshold}.`)
  const tests: Record<string, string | TestSpec> = {}
  for (const [column, spec] of Object.entries(value)) tests[column] = testSpec(where, column, spec)
  return { tests, ...(file && { file }) }
}

function testSpec(where: string, column: string, spec: unknown): string | TestSpec {
  if (typeof spec === 'string') return spec
  if (!isMapping(spec)) throw new UserError(`${where}: column '${column}': give a test name or {test, threshold}, not ${JSON.stringify(spec)}.`)
  const unknown = Object.keys(spec).find((key) => key !== 'test' && key !== 'threshold')
  if (unknown) throw new UserError(`${where}: column '${column}': unknown key '${unknown}'; the keys are test and threshold.`)
  if (typeof spec.test !== 'string') throw new UserError(`${where}: column '${column}': 'test' must name a test.`)
  if (spec.threshold !== undefined && typeof spec.threshold !== 'number') throw new UserError(`${where}: column '${column}': threshold must be a number, got ${JSON.stringify(spec.threshold)}.`)
  return { test: spec.test, ...(spec.threshold !== undefined && { threshold: spec.threshold as number }) }
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}
