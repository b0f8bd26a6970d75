import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCommand } from '../../test/helpers/host.js'
import { evaluateGateCommand, registerModelCommand } from './index.js'

const PREDICTIONS = 'y_true,y_pred\n1,1\n0,0\n1,0\n0,0\n'
const THRESHOLDS = 'accuracy: {threshold: 0.5}\n'
let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-output-paths-'))
  writeFileSync(join(dir, 'predictions.csv'), PREDICTIONS)
  writeFileSync(join(dir, 'thresholds.yml'), THRESHOLDS)
  mkdirSync(join(dir, 'model'))
  writeFileSync(join(dir, 'model', 'metadata.json'), '{"format": "mlops-actions/model"}\n')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('report paths that name an input', () => {
  it('evaluate-gate refuses a report over the predictions or the thresholds file, which stay intact', async () => {
    const predictions = join(dir, 'predictions.csv')
    const thresholds = join(dir, 'thresholds.yml')
    const overPredictions = await runCommand(evaluateGateCommand, { predictions, report: predictions, comment: 'never' })
    expect(overPredictions.failures).toEqual([`Input 'report': '${predictions}' is the same file as input 'predictions' ('${predictions}'), which this run reads; write it elsewhere.`])
    const overThresholds = await runCommand(evaluateGateCommand, { predictions, thresholds, report: thresholds, comment: 'never' })
    expect(overThresholds.failures).toEqual([`Input 'report': '${thresholds}' is the same file as input 'thresholds' ('${thresholds}'), which this run reads; write it elsewhere.`])
    expect(readFileSync(predictions, 'utf8')).toBe(PREDICTIONS)
    expect(readFileSync(thresholds, 'utf8')).toBe(THRESHOLDS)
  })

  it('register-model refuses a report inside the model directory it registers, before registering', async () => {
    const model = join(dir, 'model')
    const report = join(model, 'metadata.json')
    const run = await runCommand(registerModelCommand, { name: 'm', 'model-dir': model, registry: `local:${join(dir, 'registry')}`, report })
    expect(run.failures).toEqual([`Input 'report': '${report}' is inside input 'model-dir' ('${model}'), which this run reads; write it elsewhere.`])
    expect(readdirSync(dir).sort()).toEqual(['model', 'predictions.csv', 'thresholds.yml'])
    expect(readFileSync(report, 'utf8')).toBe('{"format": "mlops-actions/model"}\n')
  })
})
