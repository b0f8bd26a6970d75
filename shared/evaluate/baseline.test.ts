import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { MODEL_DIR_FILES } from '../model/index.js'
import { UserError } from '../errors/index.js'
import { baselineFromPath, readMetricsFile } from './baseline.js'

const dirs: string[] = []
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

/** A fresh folder holding the given files. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-baseline-'))
  dirs.push(dir)
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content)
  return dir
}

const MODEL = { format: 'mlops-actions/model', version: 1, task: 'classification', target: 'y' }

describe('baselineFromPath', () => {
  it('classifies a directory that looks like a model as one, so loading it says what is wrong', () => {
    const tfjs = folder({ [MODEL_DIR_FILES.topology]: '{}' })
    expect(baselineFromPath(tfjs)).toEqual({ kind: 'model-dir', dir: tfjs, name: tfjs })
    const onnx = folder({ [MODEL_DIR_FILES.manifest]: 'flavor: onnx\n', [MODEL_DIR_FILES.onnx]: '' })
    expect(baselineFromPath(onnx)).toEqual({ kind: 'model-dir', dir: onnx, name: onnx })
    const other = folder({ [MODEL_DIR_FILES.manifest]: 'flavor: pmml\n', [MODEL_DIR_FILES.metrics]: '{"accuracy": 0.9}' })
    expect(baselineFromPath(other)).toEqual({ kind: 'model-dir', dir: other, name: other })
    const noModelFile = folder({ [MODEL_DIR_FILES.metadata]: JSON.stringify({ ...MODEL, trainer: 'command' }), [MODEL_DIR_FILES.metrics]: '{"accuracy": 0.9}' })
    expect(baselineFromPath(noModelFile)).toEqual({ kind: 'model-dir', dir: noModelFile, name: noModelFile })
    const damaged = folder({ [MODEL_DIR_FILES.metadata]: '{', [MODEL_DIR_FILES.metrics]: '{"accuracy": 0.9}' })
    expect(baselineFromPath(damaged)).toEqual({ kind: 'model-dir', dir: damaged, name: damaged })
    const otherFlavorsFile = folder({ [MODEL_DIR_FILES.onnx]: '', [MODEL_DIR_FILES.metrics]: '{"accuracy": 0.9}' })
    expect(baselineFromPath(otherFlavorsFile)).toEqual({ kind: 'model-dir', dir: otherFlavorsFile, name: otherFlavorsFile })
  })

  it('takes metrics alone from a JSON file, or a directory holding metrics.json and no model', () => {
    const metricsOnly = folder({ [MODEL_DIR_FILES.metrics]: '{"accuracy": 0.9}' })
    expect(baselineFromPath(metricsOnly)).toEqual({ kind: 'metrics', path: join(metricsOnly, 'metrics.json'), name: metricsOnly })
    const file = join(folder({ 'champion-metrics.json': '{"accuracy": 0.9}' }), 'champion-metrics.json')
    expect(baselineFromPath(file)).toEqual({ kind: 'metrics', path: file, name: file })
    const empty = folder({})
    expect(() => baselineFromPath(empty)).toThrow(`Input 'baseline': directory '${empty}' holds neither a model (manifest.yaml) nor metrics.json.`)
  })
})

describe('readMetricsFile', () => {
  it('refuses a value beyond a double, naming the file and the key, for the baseline and for metrics-file', () => {
    const path = join(folder({ 'bm.json': '{"accuracy": 0.5, "f1": -1e400}' }), 'bm.json')
    expect(() => readMetricsFile(path)).toThrow(new UserError(`Input 'baseline': '${path}' key 'f1' must be a finite number, not -Infinity.`))
    expect(() => readMetricsFile(path, 'metrics-file')).toThrow(new UserError(`Input 'metrics-file': '${path}' key 'f1' must be a finite number, not -Infinity.`))
  })

  it('keeps finite numbers, skips null (a metric undefined on the sample) and refuses a string', () => {
    const dir = folder({ 'ok.json': '{"metrics": {"accuracy": 0.5, "roc_auc": null}}', 'text.json': '{"accuracy": "0.5"}' })
    expect(readMetricsFile(join(dir, 'ok.json'))).toEqual({ accuracy: 0.5 })
    expect(() => readMetricsFile(join(dir, 'text.json'))).toThrow(`'${join(dir, 'text.json')}' key 'accuracy' must be a number, not "0.5".`)
  })
})
