import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AjvModule from 'ajv'
import { afterAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { UserError } from '../errors/index.js'
import { FLAVOR_NAMES, manifestJsonSchema, MODEL_FLAVORS, readManifest, writeManifest, type ModelManifest } from './index.js'

const Ajv = AjvModule.default ?? AjvModule
const COMMITTED = new URL('./manifest-schema.json', import.meta.url)
const dirs: string[] = []
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-manifest-'))
  dirs.push(dir)
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content)
  return dir
}

const BASE = 'version: 1\ntask: classification\ntarget: species\ninputs:\n  - {name: bill_length_mm, type: number}\n  - {name: island, type: text}\n'

function problem(manifest: string, files: Record<string, string> = {}): string {
  const dir = folder({ 'manifest.yaml': manifest, ...files })
  try {
    readManifest(dir, 'baseline')
  } catch (error) {
    expect(error).toBeInstanceOf(UserError)
    return (error as Error).message.replace(`'${join(dir, 'manifest.yaml')}'`, "'manifest.yaml'").replace(`'${dir}'`, "'DIR'")
  }
  throw new Error('the manifest was accepted')
}

describe('manifest.yaml', () => {
  it('reads what the model is, and nothing from a directory without one', () => {
    const dir = folder({ 'manifest.yaml': `${BASE}flavor: onnx\nclasses: [Adelie, Gentoo]\nfiles: [model.onnx]\n`, 'model.onnx': '' })
    expect(readManifest(dir, 'model-dir')).toEqual({
      version: 1, flavor: 'onnx', task: 'classification', target: 'species', classes: ['Adelie', 'Gentoo'], files: ['model.onnx'],
      inputs: [{ name: 'bill_length_mm', type: 'number' }, { name: 'island', type: 'text' }],
    })
    expect(readManifest(folder({}), 'model-dir')).toBeUndefined()
  })

  it('names the file and the key of each problem', () => {
    expect(problem(`${BASE}flavor: pmml\n`)).toBe("Input 'baseline': 'manifest.yaml': flavor: must be one of tfjs, onnx, command.")
    expect(problem(`${BASE}flavor: onnx\nweights: x\n`)).toBe("Input 'baseline': 'manifest.yaml': (top level): unknown key 'weights'.")
    expect(problem('version: 1\nflavor: onnx\ntask: regression\ninputs: [{name: x, type: number}]\n')).toBe("Input 'baseline': 'manifest.yaml': (top level): missing required key 'target'.")
    expect(problem(`${BASE.replace('type: text', 'type: string')}flavor: onnx\n`)).toBe("Input 'baseline': 'manifest.yaml': inputs[1].type: must be one of number, text.")
    expect(problem(`${BASE}flavor: onnx\nclasses: [a, b, a]\n`)).toBe("Input 'baseline': 'manifest.yaml': classes: 'a' is listed twice.")
    expect(problem(`${BASE}  - {name: island, type: text}\nflavor: onnx\n`)).toBe("Input 'baseline': 'manifest.yaml': inputs: column 'island' is listed twice.")
    expect(problem(`${BASE}  - {name: species, type: text}\nflavor: onnx\n`)).toBe("Input 'baseline': 'manifest.yaml': inputs: the target 'species' cannot be an input.")
    expect(problem('- a list\n')).toBe("Input 'baseline': 'manifest.yaml': (top level): a manifest is a YAML mapping with 'flavor', 'task', 'target' and 'inputs'.")
    expect(problem('flavor: [\n')).toMatch(/^Input 'baseline': '.*manifest\.yaml':2:1: invalid YAML/)
  })

  it('refuses a listed file that is missing, or that lies outside the directory', () => {
    expect(problem(`${BASE}flavor: onnx\nfiles: [model.onnx]\n`)).toBe("Input 'baseline': 'manifest.yaml': files: 'model.onnx' is missing from 'DIR'.")
    expect(problem(`${BASE}flavor: onnx\nfiles: [../secret.onnx]\n`)).toBe("Input 'baseline': 'manifest.yaml': files: '../secret.onnx' must be a path inside the model directory.")
    expect(problem(`${BASE}flavor: onnx\nfiles: [/etc/passwd]\n`)).toBe("Input 'baseline': 'manifest.yaml': files: '/etc/passwd' must be a path inside the model directory.")
    const dir = folder({ 'manifest.yaml': `${BASE}flavor: onnx\nfiles: [weights]\n` })
    mkdirSync(join(dir, 'weights'))
    expect(() => readManifest(dir, 'model-dir')).toThrow(`Input 'model-dir': '${join(dir, 'weights')}' is not a regular file (it is a directory); give the path of a file to read.`)
  })

  it('asks a command model for its predict command and a classifier for its classes', () => {
    expect(problem(`${BASE}flavor: command\nclasses: [a, b]\n`)).toBe("Input 'baseline': 'manifest.yaml': command: the command flavor needs 'command' with a 'predict' command line.")
    expect(problem(`${BASE}flavor: command\ncommand: {predict: python predict.py}\n`)).toBe("Input 'baseline': 'manifest.yaml': classes: a command classifier lists its classes, in the order of its proba_<class> columns.")
    expect(problem(`${BASE}flavor: onnx\ncommand: {predict: python predict.py}\n`)).toBe("Input 'baseline': 'manifest.yaml': command: only the command flavor takes a command; this manifest's flavor is 'onnx'.")
    expect(problem(`${BASE}flavor: command\nclasses: [a, b]\ncommand: {predict: x, timeout-seconds: 0}\n`)).toBe("Input 'baseline': 'manifest.yaml': command.timeout-seconds: must be > 0.")
  })

  it('writes what it reads, with the schema comment editors use', () => {
    const manifest: ModelManifest = { version: 1, flavor: 'command', task: 'regression', target: 'y', inputs: [{ name: 'x: y', type: 'number' }], command: { predict: 'Rscript predict.R', 'timeout-seconds': 30 } }
    const dir = folder({})
    writeManifest(dir, manifest)
    const text = readFileSync(join(dir, 'manifest.yaml'), 'utf8')
    expect(text).toMatch(/^# yaml-language-server: \$schema=https:\/\/.*\/shared\/model\/manifest-schema\.json\n/)
    expect(readManifest(dir, 'model-dir')).toEqual(manifest)
  })

  it('has a committed JSON Schema that is the generated one, names every flavor, and accepts the manifests train writes', () => {
    expect(readFileSync(COMMITTED, 'utf8')).toBe(JSON.stringify(manifestJsonSchema(), null, 2) + '\n')
    expect([...FLAVOR_NAMES]).toEqual(Object.keys(MODEL_FLAVORS))
    const validate = new Ajv({ strict: true, allowUnionTypes: true }).compile(JSON.parse(readFileSync(COMMITTED, 'utf8')) as object)
    expect(validate(parse(`${BASE}flavor: tfjs\nclasses: [1, 2]\nfiles: [model.json]\n`))).toBe(true)
    expect(validate(parse(`${BASE}flavor: tfjs\nextra: 1\n`))).toBe(false)
  })
})
