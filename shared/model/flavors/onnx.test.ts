import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { UserError } from '../../errors/index.js'
import { loadTable } from '../../table/index.js'
import { repoPath } from '../../../test/helpers/repo.js'
import { loadModelDir } from '../model-dir.js'
import { MODEL_FLAVORS } from './index.js'

const fixtures = repoPath('test', 'fixtures', 'onnx')
const fixture = (name: string, file = '') => join(fixtures, name, file)
const expected = (name: string) => JSON.parse(readFileSync(fixture(name, 'expected.json'), 'utf8'))
const scratch = mkdtempSync(join(tmpdir(), 'onnx-flavor-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** The manifest of a model directory, parsed: the fixtures write it as JSON, which is YAML. */
function manifestOf(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, 'manifest.yaml'), 'utf8').replace(/^#.*\n/, ''))
}

/** A copy of a fixture's model directory, to damage. */
function copyOf(name: string): string {
  const dir = mkdtempSync(join(scratch, `${name}-`))
  for (const file of ['model.onnx', 'manifest.yaml']) copyFileSync(fixture(name, file), join(dir, file))
  return dir
}

describe('the onnx flavor', () => {
  it('is registered', () => {
    expect(MODEL_FLAVORS.onnx?.name).toBe('onnx')
  })

  // Each fixture is a scikit-learn model written by generate.py, with scikit-learn's own answers.
  it.each([
    ['wine-logistic', 'integer classes, probabilities as a sequence of maps'],
    ['cancer-logistic', 'text classes, two-row logistic with a Normalizer, a sequence of maps'],
    ['cancer-forest', 'text classes, a tree ensemble, probabilities as a tensor'],
  ])('predict %s as scikit-learn does (%s)', async (name) => {
    const want = expected(name)
    const model = await loadModelDir(fixture(name))
    expect(model).toMatchObject({ flavor: 'onnx', task: 'classification', classes: want.classes })
    const prediction = await model.predict(await loadTable(fixture(name, 'eval.csv')))
    if (prediction.task !== 'classification') throw new Error('not a classification')
    expect(prediction.classes).toEqual(want.classes)
    expect(prediction.labels).toEqual(want.labels)
    want.probabilities.forEach((row: number[], r: number) => row.forEach((p, c) => expect(Math.abs(prediction.probabilities![c]![r]! - p)).toBeLessThan(1e-5)))
  })

  it('predict a regression from named inputs as scikit-learn does', async () => {
    const want: number[] = expected('diabetes-linear').values
    const model = await loadModelDir(fixture('diabetes-linear'))
    expect(model.task).toBe('regression')
    const prediction = await model.predict(await loadTable(fixture('diabetes-linear', 'eval.csv')))
    if (prediction.task !== 'regression') throw new Error('not a regression')
    // float32 arithmetic on targets in the hundreds: relative error.
    want.forEach((value, r) => expect(Math.abs(prediction.values[r]! - value) / Math.abs(value)).toBeLessThan(1e-5))
  })

  it('predict more rows than one batch, in order', async () => {
    const model = await loadModelDir(fixture('wine-logistic'))
    const table = await loadTable(fixture('wine-logistic', 'eval.csv'))
    const once = await model.predict(table)
    const rows = 40_000
    const wide = { ...table, rows, lines: new Int32Array(rows), fileOfRow: new Uint16Array(rows),
      columns: table.columns.map((col) => ({ ...col, values: Float64Array.from({ length: rows }, (_, i) => (col.values as Float64Array)[i % table.rows]!) })) }
    const many = await model.predict(wide as typeof table)
    if (once.task !== 'classification' || many.task !== 'classification') throw new Error('not a classification')
    expect(many.labels[rows - 1]).toBe(once.labels[(rows - 1) % table.rows])
    expect(many.probabilities![2]![33_333]).toBe(once.probabilities![2]![33_333 % table.rows])
  })

  it('name the column the data lacks', async () => {
    const model = await loadModelDir(fixture('diabetes-linear'))
    const table = await loadTable(fixture('diabetes-linear', 'eval.csv'))
    const withoutBmi = { ...table, columns: table.columns.filter((col) => col.name !== 'bmi') }
    await expect(async () => model.predict(withoutBmi)).rejects.toThrow(UserError)
    await expect(async () => model.predict(withoutBmi)).rejects.toThrow(/^Input 'data': no column 'bmi' in the data; its columns are age, sex, bp/)
  })

  it('name a text column where the model reads numbers', async () => {
    const model = await loadModelDir(fixture('wine-logistic'))
    const table = await loadTable(fixture('wine-logistic', 'eval.csv'))
    const text = { ...table, columns: table.columns.map((col) => (col.name === 'hue' ? { name: 'hue', kind: 'string' as const, values: Array.from({ length: table.rows }, () => 'pale') } : col)) }
    await expect(async () => model.predict(text, 'validation-data')).rejects.toThrow(/^Input 'validation-data': column 'hue' holds text \('pale' on line 2 of .*eval\.csv\), but the model reads numbers from it\.$/)
  })

  it('refuse a model.onnx that is not ONNX, naming the file', async () => {
    const dir = copyOf('wine-logistic')
    writeFileSync(join(dir, 'model.onnx'), 'format: not an onnx model\n')
    const failure = loadModelDir(dir)
    await expect(failure).rejects.toThrow(UserError)
    await expect(loadModelDir(dir)).rejects.toThrow(`Input 'model-dir': '${join(dir, 'model.onnx')}' is not an ONNX model ONNX Runtime can load`)
  })

  it('refuse a model.onnx that is cut short, naming the file', async () => {
    const dir = copyOf('cancer-forest')
    writeFileSync(join(dir, 'model.onnx'), readFileSync(fixture('cancer-forest', 'model.onnx')).subarray(0, 500))
    await expect(loadModelDir(dir, 'baseline')).rejects.toThrow(`Input 'baseline': '${join(dir, 'model.onnx')}' is not an ONNX model ONNX Runtime can load`)
  })

  it('name a missing model.onnx', async () => {
    const dir = copyOf('wine-logistic')
    rmSync(join(dir, 'model.onnx'))
    await expect(loadModelDir(dir)).rejects.toThrow(`Input 'model-dir': '${join(dir, 'manifest.yaml')}': files: 'model.onnx' is missing from '${dir}'.`)
  })

  it('name the model when its probabilities do not match the classes the manifest gives', async () => {
    const dir = copyOf('wine-logistic')
    writeFileSync(join(dir, 'manifest.yaml'), JSON.stringify({ ...manifestOf(dir), classes: [0, 1] }))
    const model = await loadModelDir(dir, 'baseline')
    await expect(async () => model.predict(await loadTable(fixture('wine-logistic', 'eval.csv'))))
      .rejects.toThrow(`Input 'baseline': '${join(dir, 'model.onnx')}' gives 3 probabilities per row for 2 classes (0, 1).`)
  })

  it('name the manifest when it lacks the target', async () => {
    const dir = copyOf('wine-logistic')
    const { target: _, ...manifest } = manifestOf(dir)
    writeFileSync(join(dir, 'manifest.yaml'), JSON.stringify(manifest))
    await expect(loadModelDir(dir)).rejects.toThrow(`Input 'model-dir': '${join(dir, 'manifest.yaml')}': (top level): missing required key 'target'.`)
  })

  it('name a graph file the manifest lists but the directory lacks', async () => {
    const dir = copyOf('wine-logistic')
    writeFileSync(join(dir, 'manifest.yaml'), JSON.stringify({ ...manifestOf(dir), files: ['wine.onnx'] }))
    await expect(loadModelDir(dir, 'baseline')).rejects.toThrow(`Input 'baseline': '${join(dir, 'manifest.yaml')}': files: 'wine.onnx' is missing from '${dir}'.`)
  })

  it('run on onnxruntime-node when the workflow installed it, and on the bundled WebAssembly build otherwise', () => {
    // A stand-in for the native package, which npm installs only with --ignore-scripts: the same
    // API, counting its loads. The compiled library (npx tsc -p .) runs in a fresh process.
    const workflow = mkdtempSync(join(scratch, 'workflow-'))
    const stub = join(workflow, 'node_modules', 'onnxruntime-node')
    mkdirSync(stub, { recursive: true })
    writeFileSync(join(stub, 'package.json'), JSON.stringify({ name: 'onnxruntime-node', version: '1.23.2', main: 'index.js' }))
    const web = repoPath('node_modules', 'onnxruntime-web', 'dist')
    writeFileSync(join(stub, 'index.js'), [
      `const ort = require(${JSON.stringify(join(web, 'ort.node.min.js'))})`,
      `ort.env.wasm.wasmPaths = ${JSON.stringify(`file://${web}/`)}`,
      "ort.env.versions.node = '1.23.2'",
      'globalThis.nativeLoads = (globalThis.nativeLoads ?? 0) + 1',
      'module.exports = ort',
    ].join('\n'))
    const script = [
      `const { loadModelDir } = await import(${JSON.stringify(repoPath('build', 'shared', 'model', 'index.js'))})`,
      `const { loadTable } = await import(${JSON.stringify(repoPath('build', 'shared', 'table', 'index.js'))})`,
      `const model = await loadModelDir(${JSON.stringify(fixture('wine-logistic'))})`,
      `const prediction = await model.predict(await loadTable(${JSON.stringify(fixture('wine-logistic', 'eval.csv'))}))`,
      'console.log(JSON.stringify({ runtime: model.runtime, loads: globalThis.nativeLoads ?? 0, labels: prediction.labels }))',
    ].join('\n')
    const run = (cwd: string) => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd, encoding: 'utf8' }))
    const want = expected('wine-logistic').labels
    expect(run(workflow)).toEqual({ runtime: 'onnxruntime-node 1.23.2', loads: 1, labels: want })
    const withoutNative = run(scratch)
    expect(withoutNative).toMatchObject({ loads: 0, labels: want })
    expect(withoutNative.runtime).toMatch(/^onnxruntime-web \d+\.\d+\.\d+$/)
  })

  // The compiled CLI (npx tsc -p .), as a workflow runs it: the gate scores through the flavor.
  it('gate an ONNX model from the command line, with the accuracy of scikit-learn predictions', () => {
    const want = expected('wine-logistic')
    const truth = readFileSync(fixture('wine-logistic', 'eval.csv'), 'utf8').trim().split('\n').slice(1).map((line) => Number(line.split(',').at(-1)))
    const accuracy = truth.filter((label, row) => label === want.labels[row]).length / truth.length
    const gate = spawnSync(process.execPath, [repoPath('build', 'shared', 'cli', 'bin.js'), 'gate', '--model-dir', fixture('wine-logistic'),
      '--data', fixture('wine-logistic', 'eval.csv'), '--report', join(scratch, 'evaluation.json'), '--json'], { cwd: scratch, encoding: 'utf8' })
    expect(gate.status, gate.stderr).toBe(0)
    expect(JSON.parse(gate.stdout).metrics.accuracy).toBe(accuracy)
  })
})
