import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCommand } from '../../../test/helpers/host.js'
import { Inputs, mapSource } from '../../inputs/index.js'
import { hostContext } from '../../runtime/host.js'
import { vegaDataset } from '../../demo/datasets.js'
import { trainCommand } from '../index.js'

const PENGUINS = vegaDataset('penguins.json')
let dir: string
let count = 0
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-train-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const fresh = (name: string) => join(dir, `${++count}-${name}`)
const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'))

function train(inputs: Record<string, string | undefined>) {
  return runCommand(trainCommand, { data: PENGUINS, target: 'Species', params: '{epochs: 30}', ...inputs })
}

async function badInput(inputs: Record<string, string | undefined>): Promise<string> {
  const { outcome, outputs, failures } = await train(inputs)
  expect(outcome).toBeUndefined()
  expect(outputs).toEqual({})
  expect(failures).toHaveLength(1)
  expect(failures[0]).not.toMatch(/\n\s+at /)
  return failures[0]!
}

describe('the train command, built in', () => {
  it('writes a complete model directory and reports validation metrics named as evaluate-gate names them', async () => {
    const out = fresh('model')
    const { outputs, failures, groups, summary } = await train({ 'output-dir': out, model: 'mlp', seed: '3' })
    expect(failures).toEqual([])
    expect(readdirSync(out).sort()).toEqual(['metadata.json', 'metrics.json', 'model.json', 'preprocessing.json', 'profile.json', 'weights.bin'])
    expect(outputs['model-dir']).toBe(out)
    expect(outputs['metrics-file']).toBe(join(out, 'metrics.json'))
    const metrics = JSON.parse(outputs.metrics!)
    expect(metrics).toEqual(json(join(out, 'metrics.json')))
    expect(Object.keys(metrics)).toEqual(['accuracy', 'balanced_accuracy', 'precision_macro', 'recall_macro', 'f1_macro', 'f1_weighted', 'roc_auc_ovr', 'log_loss'])
    expect(metrics.accuracy).toBeGreaterThan(0.9)
    const metadata = json(join(out, 'metadata.json'))
    expect(metadata).toMatchObject({ task: 'classification', target: 'Species', trainer: 'built-in', model: 'mlp', backend: 'wasm', seed: 3, dataHash: outputs['data-hash'] })
    expect(metadata.features).toEqual(['Island', 'Beak Length (mm)', 'Beak Depth (mm)', 'Flipper Length (mm)', 'Body Mass (g)', 'Sex'])
    expect(metadata.rows).toEqual({ train: 275, validation: 69 })
    expect(metadata.paramsHash).toMatch(/^[0-9a-f]{64}$/)
    expect(metadata.libraries['@tensorflow/tfjs']).toMatch(/^4\./)
    expect(Date.parse(metadata.createdAt)).toBeGreaterThan(Date.parse('2025-01-01'))
    const profile = json(join(out, 'profile.json'))
    expect(profile.rows).toBe(275)
    expect(profile.columns.map((c: { name: string }) => c.name)).toContain('Species')
    expect(groups.some((title) => /^Training mlp classification/.test(title))).toBe(true)
    expect(summary).toContain('| validation metric | value |')
  })

  it('gives the same model for the same seed and another for a different seed', async () => {
    const [a, b, c] = [fresh('a'), fresh('b'), fresh('c')]
    await train({ 'output-dir': a, seed: '5' })
    await train({ 'output-dir': b, seed: '5' })
    await train({ 'output-dir': c, seed: '6' })
    expect(readFileSync(join(a, 'weights.bin')).equals(readFileSync(join(b, 'weights.bin')))).toBe(true)
    expect(readFileSync(join(a, 'weights.bin')).equals(readFileSync(join(c, 'weights.bin')))).toBe(false)
  })

  it('regresses a numeric target, and validates on separate data when given', async () => {
    const cars = vegaDataset('cars.json')
    const out = fresh('cars')
    const { outputs, failures } = await runCommand(trainCommand, { data: cars, target: 'Weight_in_lbs', ignore: 'Name, Year', 'output-dir': out, 'validation-data': cars, params: '{epochs: 40}' })
    expect(failures).toEqual([])
    const metrics = JSON.parse(outputs.metrics!)
    expect(Object.keys(metrics)).toEqual(['mae', 'rmse', 'r2', 'mape', 'median_ae'])
    expect(metrics.r2).toBeGreaterThan(0.8)
    expect(json(join(out, 'metadata.json')).rows).toEqual({ train: 406, validation: 406 })
  })

  it('warns when a column of numbers is read as text because of a stray cell, naming it', async () => {
    const data = fresh('typo.csv')
    const rows = Array.from({ length: 60 }, (_, i) => `${i % 2 === 0 ? 'a' : 'b'},${(i * 1.5).toFixed(1)},${i % 3 === 0 ? 'x' : 'y'}`)
    rows[41] = 'a,12.x,y'
    writeFileSync(data, ['label,reading,kind', ...rows].join('\n') + '\n')
    const { failures, logs } = await train({ data, target: 'label', 'output-dir': fresh('typo-model'), params: '{epochs: 2}' })
    expect(failures).toEqual([])
    expect(logs).toContain(`warning: Input 'data': column 'reading' is read as text, one-hot encoded, because "12.x" on line 43 of ${data} is not a number while the other 59 cells are; fix it, or list the column in 'ignore'.`)
    // A column of words is text by design: no warning.
    expect(logs.filter((line) => line.includes("column 'kind'"))).toEqual([])
  })

  it('keeps the previous model directory when training fails', async () => {
    const out = fresh('kept')
    await train({ 'output-dir': out })
    const before = readFileSync(join(out, 'weights.bin'))
    expect(await badInput({ 'output-dir': out, params: '{epochs: 0}' })).toMatch(/^Input 'params': 'epochs'/)
    expect(readFileSync(join(out, 'weights.bin')).equals(before)).toBe(true)
    expect(readdirSync(dir).filter((name) => name.includes('staging'))).toEqual([])
  })

  it('refuses upload-artifact outside GitHub Actions before training, writing nothing', async () => {
    const out = fresh('upload')
    expect(await badInput({ 'output-dir': out, 'upload-artifact': 'true' })).toBe(
      "Input 'upload-artifact': uploading needs GitHub Actions' runtime (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are unset); run it in a workflow, or set it to false.",
    )
    expect(existsSync(out)).toBe(false)
  })

  it('refuses, before training, an artifact name the upload would refuse', async () => {
    const out = fresh('upload-name')
    const runtime = { ACTIONS_RUNTIME_TOKEN: 'token', ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/' }
    const { outcome, failures } = await runCommand(trainCommand, { data: PENGUINS, target: 'Species', 'output-dir': out, 'upload-artifact': 'true', 'artifact-name': 'models/v1' }, runtime)
    expect(outcome).toBeUndefined()
    expect(failures).toEqual([`Input 'artifact-name': 'models/v1' contains "/"; artifact names cannot contain any of "\\"" ":" "<" ">" "|" "*" "?" "\\r" "\\n" "\\\\" "/".`])
    expect(existsSync(out)).toBe(false)
    // Without an upload, the name is not checked.
    expect(trainCommand.parse(new Inputs(mapSource({ data: PENGUINS, target: 'Species', 'artifact-name': 'models/v1' }), Object.keys(trainCommand.inputs)), hostContext({})).artifactName).toBeUndefined()
  })

  it('names the input at fault for bad input', async () => {
    expect(await badInput({ target: 'species' })).toMatch(/^Input 'target': no column 'species' in the data; its columns are Species, Island/)
    expect(await badInput({ features: 'Island, Wingspan' })).toMatch(/^Input 'features': no column 'Wingspan'/)
    expect(await badInput({ features: 'Species' })).toMatch(/^Input 'features': 'Species' is the target/)
    expect(await badInput({ params: '{epoch: 3}' })).toMatch(/^Input 'params'.*'epoch'/)
    expect(await badInput({ params: '{epochs: 3' })).toMatch(/^Input 'params': not valid YAML or JSON/)
    expect(await badInput({ params: 'params.yml' })).toMatch(/^Input 'params': 'params.yml' is neither a file nor YAML/)
    expect(await badInput({ model: 'forest' })).toBe("Input 'model' has invalid value 'forest': expected one of linear, mlp.")
    expect(await badInput({ 'validation-split': '0.95' })).toMatch(/^Input 'validation-split' has invalid value '0.95'/)
    expect(await badInput({ data: join(dir, 'missing.csv') })).toMatch(/^Input 'data': no file matches/)
    const noTarget = fresh('gaps.csv')
    writeFileSync(noTarget, 'x,y\n1,a\n2,\n3,b\n4,a\n5,b\n')
    expect(await badInput({ data: noTarget, target: 'y' })).toMatch(/'y'.*line 3/)
  })

  it('refuses infinite numbers in the data or the validation data before training, naming the input, column, line and file', async () => {
    const data = fresh('overflow.csv')
    writeFileSync(data, 'x,y\n1,1.5\n2,2.5\n3,1e400\n4,4.5\n5,5.5\n')
    const out = fresh('not-written')
    expect(await badInput({ data, target: 'y', task: 'regression', 'output-dir': out })).toBe(
      `Input 'data': the target column 'y' holds Infinity on line 4 of ${data}; numbers must be finite (inf, Infinity and literals that overflow, such as 1e400, are not valid numbers). Fix or drop the row.`,
    )
    expect(existsSync(out)).toBe(false)
    const clean = fresh('clean.csv')
    writeFileSync(clean, 'x,y\n1,1.5\n2,2.5\n3,3.5\n4,4.5\n5,5.5\n')
    const validation = fresh('validation.csv')
    writeFileSync(validation, 'x,y\n1,1.5\n-inf,2.5\n')
    expect(await badInput({ data: clean, target: 'y', task: 'regression', 'validation-data': validation })).toMatch(
      new RegExp(`^Input 'validation-data': column 'x' holds -Infinity on line 3 of ${validation.replace(/[.\\]/g, '\\$&')}; numbers must be finite`),
    )
  })
})

describe('the train command with your own trainer', () => {
  it('runs the command with the MLOPS_ variables, streams its output and collects the same layout', async () => {
    const out = fresh('byo')
    const command = 'echo "training on $MLOPS_DATA for $MLOPS_TARGET seed $MLOPS_SEED"; echo "$MLOPS_PARAMS" > "$MLOPS_OUTPUT_DIR/params.txt"; echo \'{"accuracy": 0.91, "f1_macro": 0.88}\' > scores.json'
    const cwd = process.cwd()
    process.chdir(dir)
    try {
      const { outputs, failures, logs } = await train({ command, 'metrics-file': 'scores.json', 'output-dir': out, params: '{trees: 100}', seed: '9' })
      expect(failures).toEqual([])
      expect(logs).toContain(`training on ${PENGUINS} for Species seed 9`)
      expect(JSON.parse(outputs.metrics!)).toEqual({ accuracy: 0.91, f1_macro: 0.88 })
      expect(readFileSync(join(out, 'params.txt'), 'utf8').trim()).toBe('{"trees":100}')
      expect(json(join(out, 'metrics.json'))).toEqual({ accuracy: 0.91, f1_macro: 0.88 })
      expect(json(join(out, 'metadata.json'))).toMatchObject({ trainer: 'command', command, params: { trees: 100 }, dataHash: outputs['data-hash'] })
      expect(existsSync(join(out, 'profile.json'))).toBe(true)
    } finally {
      process.chdir(cwd)
    }
  })

  it('fails with the last lines of a command that exits non-zero, or that writes no metrics', async () => {
    const lines = Array.from({ length: 30 }, (_, i) => `echo line ${i + 1}`).join('; ')
    const message = await badInput({ command: `${lines}; echo boom >&2; exit 3`, 'output-dir': fresh('x') })
    expect(message).toMatch(/^Input 'command': '.*' exited with code 3\. Its last lines:\n/)
    expect(message).toContain('line 30\nboom')
    expect(message).not.toContain('line 10\n')
    expect(await badInput({ command: 'true', 'output-dir': fresh('y') })).toMatch(/^Input 'metrics-file': the command succeeded but wrote no metrics at '.*metrics\.json'/)
  })

  it('keeps the previous model whole when the command fails, and replaces it when the next one succeeds', async () => {
    const out = fresh('kept')
    const succeed = 'echo weights-1 > "$MLOPS_OUTPUT_DIR/weights.bin"; echo \'{"accuracy": 0.9}\' > "$MLOPS_OUTPUT_DIR/metrics.json"'
    expect((await train({ command: succeed, 'output-dir': out })).failures).toEqual([])
    const before = readdirSync(out).sort()
    const message = await badInput({ command: 'rm -f "$MLOPS_OUTPUT_DIR/weights.bin"; echo partial > "$MLOPS_OUTPUT_DIR/half.bin"; exit 3', 'output-dir': out })
    expect(message).toMatch(/^Input 'command': '.*' exited with code 3\./)
    expect(readdirSync(out).sort()).toEqual(before)
    expect(readFileSync(join(out, 'weights.bin'), 'utf8')).toBe('weights-1\n')
    expect(readdirSync(dirname(out)).filter((name) => name.includes('.staging-'))).toEqual([])
    const second = 'echo weights-2 > "$MLOPS_OUTPUT_DIR/weights.bin"; echo \'{"accuracy": 0.95}\' > "$MLOPS_OUTPUT_DIR/metrics.json"'
    expect((await train({ command: second, 'output-dir': out })).failures).toEqual([])
    expect(readFileSync(join(out, 'weights.bin'), 'utf8')).toBe('weights-2\n')
    expect(json(join(out, 'metrics.json'))).toEqual({ accuracy: 0.95 })
  })
})
