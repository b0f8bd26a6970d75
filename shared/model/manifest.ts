import { existsSync } from 'node:fs'
import { isAbsolute, join, normalize, sep } from 'node:path'
import AjvModule, { type ErrorObject } from 'ajv'
import { stringify } from 'yaml'
import { UserError } from '../errors/index.js'
import { checkReadableFile, readTextFileIfExists } from '../fs/index.js'
import type { Label, Task } from '../metrics/index.js'
import { writeOutputFile } from '../output/index.js'
import { parseYaml } from '../yaml/index.js'
import { MODEL_DIR_FILES } from './layout.js'
import { manifestJsonSchema, MANIFEST_SCHEMA_URL } from './manifest-schema.js'

/** A column a model reads, with the type of its values. */
export interface ModelInput {
  name: string
  type: 'number' | 'text'
}

/** How the command flavor runs a model. */
export interface CommandSpec {
  predict: string
  serve?: string
  format?: 'csv' | 'jsonl'
  'timeout-seconds'?: number
}

/** manifest.yaml: what the model is. Where it came from is metadata.json's. */
export interface ModelManifest {
  version: 1
  flavor: string
  task: Task
  target: string
  inputs: ModelInput[]
  classes?: Label[]
  files?: string[]
  runtime?: string
  command?: CommandSpec
}

/** The order keys are written in: what the model is first, then how to run it. */
const KEY_ORDER = ['version', 'flavor', 'task', 'target', 'inputs', 'classes', 'files', 'runtime', 'command'] as const satisfies readonly (keyof ModelManifest)[]

const Ajv = AjvModule.default ?? AjvModule
let validator: ReturnType<InstanceType<typeof Ajv>['compile']> | undefined

/** The directory's manifest.yaml, checked, or undefined when there is none (a tfjs model from before manifests). */
export function readManifest(dir: string, input: string): ModelManifest | undefined {
  const path = join(dir, MODEL_DIR_FILES.manifest)
  const text = readTextFileIfExists(input, path)
  if (text === undefined) return undefined
  return parseManifest(text, path, input, dir)
}

/**
 * Checks a manifest against its JSON Schema and what the schema cannot say: classes are
 * distinct, the command flavor has a `command`, a command classifier names its classes, and
 * every file in `files` lies inside `dir` and is there. Problems name the file and the key.
 */
export function parseManifest(text: string, path: string, input: string, dir: string): ModelManifest {
  const fail = (where: string, problem: string): never => {
    throw new UserError(`Input '${input}': '${path}': ${where}: ${problem}.`)
  }
  const value = parseYaml(text, `Input '${input}': '${path}'`)
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('(top level)', "a manifest is a YAML mapping with 'flavor', 'task', 'target' and 'inputs'")
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(manifestJsonSchema())
  if (!validator(value)) {
    const error = mostSpecific(validator.errors ?? [])
    fail(keyPath(error), reasonOf(error))
  }
  const manifest = value as ModelManifest
  const classes = manifest.classes ?? []
  const seen = new Set<string>()
  for (const label of classes) {
    if (seen.has(String(label))) fail('classes', `'${label}' is listed twice`)
    seen.add(String(label))
  }
  const names = new Set<string>()
  for (const { name } of manifest.inputs) {
    if (names.has(name)) fail('inputs', `column '${name}' is listed twice`)
    names.add(name)
  }
  if (names.has(manifest.target)) fail('inputs', `the target '${manifest.target}' cannot be an input`)
  if (manifest.task === 'regression' && manifest.classes) fail('classes', 'a regression has no classes')
  if (manifest.flavor === 'command') {
    if (!manifest.command) fail('command', "the command flavor needs 'command' with a 'predict' command line")
    if (manifest.task === 'classification' && !manifest.classes) fail('classes', 'a command classifier lists its classes, in the order of its proba_<class> columns')
  } else if (manifest.command) fail('command', `only the command flavor takes a command; this manifest's flavor is '${manifest.flavor}'`)
  for (const file of manifest.files ?? []) {
    if (isAbsolute(file) || normalize(file).split(sep).includes('..')) fail('files', `'${file}' must be a path inside the model directory`)
    const found = join(dir, file)
    if (!existsSync(found)) fail('files', `'${file}' is missing from '${dir}'`)
    // A directory, FIFO or device is refused as every reader refuses it, naming the path.
    checkReadableFile(input, found, 'weights')
  }
  return manifest
}

/** Writes manifest.yaml, with the schema comment editors read. */
export function writeManifest(dir: string, manifest: ModelManifest, input = 'output-dir'): void {
  const ordered = Object.fromEntries(KEY_ORDER.filter((key) => manifest[key] !== undefined).map((key) => [key, manifest[key]]))
  const body = stringify(ordered, { lineWidth: 0, flowCollectionPadding: false })
  writeOutputFile(input, join(dir, MODEL_DIR_FILES.manifest), `# yaml-language-server: $schema=${MANIFEST_SCHEMA_URL}\n${body}`)
}

function mostSpecific(errors: ErrorObject[]): ErrorObject {
  const score = (error: ErrorObject) => error.instancePath.split('/').length * 10 + (error.keyword === 'additionalProperties' ? 5 : 0) + (error.keyword === 'required' ? 3 : 0)
  return [...errors].sort((a, b) => score(b) - score(a))[0]!
}

function keyPath(error: ErrorObject): string {
  const segments = error.instancePath.split('/').slice(1)
  const path = segments.map((part, i) => (/^\d+$/.test(part) ? `[${part}]` : `${i > 0 ? '.' : ''}${part}`)).join('')
  return path || '(top level)'
}

function reasonOf(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>
  if (error.keyword === 'additionalProperties') return `unknown key '${params.additionalProperty}'`
  if (error.keyword === 'required') return `missing required key '${params.missingProperty}'`
  if (error.keyword === 'enum') return `must be one of ${(params.allowedValues as unknown[]).join(', ')}`
  if (error.keyword === 'const') return `must be ${JSON.stringify(params.allowedValue)}`
  return error.message ?? 'invalid value'
}
