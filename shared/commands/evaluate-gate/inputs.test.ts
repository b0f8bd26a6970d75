import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCommand } from '../../../test/helpers/host.js'
import { Inputs, mapSource } from '../../inputs/index.js'
import { MODEL_DIR_FILES } from '../../model/index.js'
import { hostContext } from '../../runtime/host.js'
import { evaluateGateCommand } from '../index.js'

let dir: string
let predictions: string
let metrics: string
let modelDir: string
/** Never created: a message about it would mean the run got as far as reading it. */
let missingModel: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-gate-inputs-'))
  predictions = join(dir, 'predictions.csv')
  writeFileSync(predictions, 'y_true,y_pred\n1,1\n0,0\n')
  metrics = join(dir, 'metrics.json')
  writeFileSync(metrics, '{"accuracy": 0.9}')
  modelDir = join(dir, 'model')
  mkdirSync(modelDir)
  writeFileSync(join(modelDir, MODEL_DIR_FILES.topology), '{}')
  missingModel = join(dir, 'no-such-model')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function parse(inputs: Record<string, string>) {
  return evaluateGateCommand.parse(new Inputs(mapSource(inputs), Object.keys(evaluateGateCommand.inputs)), hostContext({}))
}

/** Run as a user would: the one line they see, and the report never written. */
async function refused(inputs: Record<string, string>): Promise<string> {
  const report = join(dir, 'report.json')
  const { outcome, failures } = await runCommand(evaluateGateCommand, { report, comment: 'never', ...inputs })
  expect(outcome).toBeUndefined()
  expect(failures).toHaveLength(1)
  return failures[0]!
}

describe('the candidate and baseline of evaluate-gate, checked when the inputs are parsed', () => {
  it('gives the candidate one way, with the inputs it needs', () => {
    expect(() => parse({ 'model-dir': missingModel, predictions })).toThrow("Inputs 'model-dir' and 'predictions' exclude each other: give the candidate one way.")
    expect(() => parse({})).toThrow("Give the candidate as 'model-dir' (with 'data') or as 'predictions'.")
    expect(() => parse({ 'model-dir': missingModel })).toThrow("Input 'data' is required with 'model-dir': the model is scored on it.")
  })

  it('refuses a model baseline beside a predictions candidate, which has no rows to score it on', () => {
    const needsModel = "a registered model as baseline needs the candidate given as 'model-dir' with 'data', to score both on the same rows."
    expect(() => parse({ predictions, baseline: 'champion', name: 'churn' })).toThrow(`Input 'baseline': ${needsModel}`)
    expect(() => parse({ predictions, baseline: 'models:/churn/3' })).toThrow(`Input 'baseline': ${needsModel}`)
    expect(() => parse({ predictions, baseline: modelDir })).toThrow(
      "Input 'baseline': a model directory as baseline needs the candidate given as 'model-dir' with 'data', to score both on the same rows.",
    )
  })

  it('needs a valid model name for champion, and a valid models:/ URI', () => {
    const candidate = { 'model-dir': missingModel, data: predictions }
    expect(() => parse({ ...candidate, baseline: 'champion' })).toThrow("Input 'name' is required with 'baseline: champion': it names the model whose champion to compare with.")
    expect(() => parse({ ...candidate, baseline: 'champion', name: 'my model' })).toThrow("Input 'name': 'my model' is not a model name")
    expect(() => parse({ ...candidate, baseline: 'models:/churn' })).toThrow("Input 'baseline': 'models:/churn' is not a model URI")
  })

  it('fails on a missing baseline path before the candidate model is opened', async () => {
    const missing = join(dir, 'nope.csv')
    expect(await refused({ 'model-dir': missingModel, data: predictions, baseline: missing })).toBe(
      `Input 'baseline': '${missing}' does not exist; give a model directory, a predictions file, a metrics JSON file, or 'champion'.`,
    )
    expect(await refused({ 'model-dir': missingModel, data: predictions, baseline: 'champion' })).toMatch(/^Input 'name' is required/)
  })

  it('classifies what is given into one candidate and one baseline', () => {
    expect(parse({ predictions, baseline: metrics, task: 'classification' })).toMatchObject({
      candidate: { kind: 'predictions', path: predictions, task: 'classification' },
      baseline: { kind: 'metrics', path: metrics, name: metrics },
    })
    expect(parse({ 'model-dir': missingModel, data: predictions, target: 'y_true', baseline: 'champion', name: 'churn' })).toMatchObject({
      candidate: { kind: 'model-dir', dir: missingModel, data: [predictions], target: 'y_true' },
      baseline: { kind: 'registry', reference: { name: 'churn', alias: 'champion' }, firstRunIfAbsent: true },
    })
    expect(parse({ 'model-dir': missingModel, data: predictions, baseline: modelDir }).baseline).toEqual({ kind: 'model-dir', dir: modelDir, name: modelDir })
    expect(parse({ predictions }).baseline).toEqual({ kind: 'none' })
  })
})
