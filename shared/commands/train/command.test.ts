import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCommand } from '../../../test/helpers/host.js'
import { Inputs, mapSource } from '../../inputs/index.js'
import { hostContext } from '../../runtime/host.js'
import { vegaDataset } from '../../demo/datasets.js'
import { parse as parseYaml } from 'yaml'
import { repoPath } from '../../../test/helpers/repo.js'
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

async function badInput(inputs: Record<string, string | undefined>, run = train): Promise<string> {
  const { outcome, outputs, failures } = await run(inputs)
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
    expect(readdirSync(out).sort()).toEqual(['manifest.yaml', 'metadata.json', 'metrics.json', 'model.json', 'preprocessing.json', 'profile.json', 'weights.bin'])
    expect(outputs['model-dir']).toBe(out)
    expect(outputs['metrics-file']).toBe(join(out, 'metrics.json'))
    const metrics = JSON.parse(outputs.metrics!)
    expect(metrics).toEqual(json(join(out, 'metrics.json')))
    expect(Object.keys(metrics)).toEqual(['accuracy', 'balanced_accuracy', 'precision_macro', 'recall_macro', 'f1_macro', 'f1_weighted', 'roc_auc_ovr', 'log_loss'])
    expect(metrics.accuracy).toBeGreaterThan(0.9)
    const metadata = json(join(out, 'metadata.json'))
    expect(metadata).toMatchObject({ trainer: 'built-in', model: 'mlp', backend: 'wasm', seed: 3, dataHash: outputs['data-hash'] })
    const manifest = parseYaml(readFileSync(join(out, 'manifest.yaml'), 'utf8'))
    expect(manifest).toMatchObject({ version: 1, flavor: 'tfjs', task: 'classification', target: 'Species', classes: ['Adelie', 'Chinstrap', 'Gentoo'], files: ['model.json', 'weights.bin', 'preprocessing.json'] })
    expect(manifest.inputs).toEqual([['Island', 'text'], ['Beak Length (mm)', 'number'], ['Beak Depth (mm)', 'number'], ['Flipper Length (mm)', 'number'], ['Body Mass (g)', 'number'], ['Sex', 'text']].map(([name, type]) => ({ name, type })))
    expect(metadata.rows).toEqual({ train: 275, validation: 69 })
    expect(metadata.paramsHash).toMatch(/^[0-9a-f]{64}$/)
    expect(metadata.libraries['@tensorflow/tfjs']).toMatch(/^4\./)
    expect(metadata.createdAt).toBeUndefined()
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

const WINE_DIR = repoPath('test', 'fixtures', 'onnx', 'wine-logistic')
const WINE = join(WINE_DIR, 'eval.csv')
/** A training command whose model is scikit-learn's, exported to ONNX beforehand. */
const COPY_WINE_MODEL = `cp '${join(WINE_DIR, 'model.onnx')}' "$MLOPS_OUTPUT_DIR/model.onnx"`
/** A command-flavor model that predicts one class for every row, with bash and awk alone. */
const CONSTANT_MODEL = [
  `printf '%s\\n' 'flavor: command' 'command: {predict: bash predict.sh, timeout-seconds: 20}' 'files: [predict.sh]' > "$MLOPS_OUTPUT_DIR/manifest.yaml"`,
  `printf '%s\\n' 'awk -F, '"'"'NR == 1 {print "y_pred"} NR > 1 {print 1}'"'"' "$MLOPS_INPUT" > "$MLOPS_OUTPUT"' > "$MLOPS_OUTPUT_DIR/predict.sh"`,
].join('; ')

function trainWine(inputs: Record<string, string | undefined>) {
  return runCommand(trainCommand, { data: WINE, target: 'cultivar', 'validation-split': '0.2', ...inputs })
}

const badWine = (inputs: Record<string, string | undefined>) => badInput(inputs, trainWine)

describe('the train command with your own trainer', () => {
  it('gives the command the training and validation rows, and makes a bare model.onnx a model directory with metrics of its own', async () => {
    const out = fresh('onnx')
    const command = `${COPY_WINE_MODEL}; echo "training on $MLOPS_TARGET seed $MLOPS_SEED task $MLOPS_TASK"; wc -l < "$MLOPS_DATA" > "$MLOPS_OUTPUT_DIR/rows.txt"; wc -l < "$MLOPS_VALIDATION_DATA" >> "$MLOPS_OUTPUT_DIR/rows.txt"; echo "$MLOPS_PARAMS" > "$MLOPS_OUTPUT_DIR/params.txt"; echo '{"accuracy": 0.5}' > "$MLOPS_OUTPUT_DIR/metrics.json"`
    const { outputs, failures, logs, summary } = await trainWine({ command, 'output-dir': out, params: '{C: 1}', seed: '9' })
    expect(failures).toEqual([])
    expect(logs).toContain('training on cultivar seed 9 task classification')
    // 60 rows: 48 to train and 12 to validate, each file with its header.
    expect(readFileSync(join(out, 'rows.txt'), 'utf8').split('\n').map((n) => n.trim())).toEqual(['49', '13', ''])
    expect(readFileSync(join(out, 'params.txt'), 'utf8').trim()).toBe('{"C":1}')
    const manifest = parseYaml(readFileSync(join(out, 'manifest.yaml'), 'utf8'))
    const header = readFileSync(WINE, 'utf8').split('\n')[0]!.split(',')
    expect(manifest).toEqual({ version: 1, task: 'classification', target: 'cultivar', inputs: header.slice(0, -1).map((name) => ({ name, type: 'number' })), flavor: 'onnx', files: ['model.onnx'], classes: [0, 1, 2] })
    // train's own metrics from the model's predictions; the command's are kept beside them.
    const metrics = JSON.parse(outputs.metrics!)
    expect(metrics).toEqual(json(join(out, 'metrics.json')))
    expect(metrics.accuracy).toBeGreaterThan(0.9)
    expect(Object.keys(metrics)).toContain('roc_auc_ovr')
    expect(json(join(out, 'user-metrics.json'))).toEqual({ accuracy: 0.5 })
    expect(json(join(out, 'metadata.json'))).toMatchObject({ trainer: 'command', command, params: { C: 1 }, rows: { train: 48, validation: 12 }, dataHash: outputs['data-hash'] })
    expect(json(join(out, 'profile.json')).rows).toBe(48)
    expect(summary).toContain('onnx flavor')
  })

  it('completes a manifest the command wrote, and scores a command-flavor model through its predict command', async () => {
    const out = fresh('constant')
    const { outputs, failures } = await trainWine({ command: CONSTANT_MODEL, 'output-dir': out, 'metrics-file': '' })
    expect(failures).toEqual([])
    const manifest = parseYaml(readFileSync(join(out, 'manifest.yaml'), 'utf8')) as Record<string, unknown>
    expect(manifest).toMatchObject({ version: 1, flavor: 'command', task: 'classification', target: 'cultivar', classes: [0, 1, 2], files: ['predict.sh'] })
    const validation = readFileSync(WINE, 'utf8').trim().split('\n').length - 1 - 48
    const metrics = JSON.parse(outputs.metrics!)
    expect(metrics.accuracy * validation).toBeCloseTo(Math.round(metrics.accuracy * validation), 10)
    expect(metrics.roc_auc_ovr).toBeUndefined()
    expect(existsSync(join(out, 'user-metrics.json'))).toBe(false)
  })

  it('fails with the last lines of a command that exits non-zero, or that writes no model', async () => {
    const lines = Array.from({ length: 30 }, (_, i) => `echo line ${i + 1}`).join('; ')
    const message = await badWine({ command: `${lines}; echo boom >&2; exit 3`, 'output-dir': fresh('x') })
    expect(message).toMatch(/^Input 'command': '.*' exited with code 3\. Its last lines:\n/)
    expect(message).toContain('line 30\nboom')
    expect(message).not.toContain('line 10\n')
    expect(await badWine({ command: 'true', 'output-dir': fresh('y') })).toBe("Input 'command': 'true' succeeded but wrote no model; write model.onnx (an ONNX graph) or a manifest.yaml naming the model's flavor into $MLOPS_OUTPUT_DIR.")
    const out = fresh('z')
    expect(await badWine({ command: COPY_WINE_MODEL, 'metrics-file': join(dir, 'nowhere.json'), 'output-dir': out }))
      .toMatch(/^Input 'metrics-file': the command succeeded but wrote no metrics at '.*nowhere\.json'/)
  })

  it('names the model directory, not its staging folder, when the model it wrote does not load', async () => {
    const out = fresh('not-onnx')
    const message = await badWine({ command: 'echo "not a graph" > "$MLOPS_OUTPUT_DIR/model.onnx"', 'output-dir': out })
    expect(message).toBe(`Input 'command': '${join(out, 'model.onnx')}' is not an ONNX model ONNX Runtime can load (not an ONNX protobuf).`)
    expect(existsSync(out)).toBe(false)
    const missing = await badWine({ command: `printf 'flavor: onnx\\nfiles: [wine.onnx]\\n' > "$MLOPS_OUTPUT_DIR/manifest.yaml"`, 'output-dir': fresh('missing') })
    expect(missing).toMatch(/^Input 'command': '.*missing\/manifest\.yaml': files: 'wine\.onnx' is missing from '.*missing'\.$/)
  })

  it('keeps the previous model whole when the command fails, and replaces it when the next one succeeds', async () => {
    const out = fresh('kept')
    const succeed = `${COPY_WINE_MODEL}; echo first > "$MLOPS_OUTPUT_DIR/notes.txt"`
    expect((await trainWine({ command: succeed, 'output-dir': out })).failures).toEqual([])
    const before = readdirSync(out).sort()
    const message = await badWine({ command: 'rm -f "$MLOPS_OUTPUT_DIR/model.onnx"; echo partial > "$MLOPS_OUTPUT_DIR/half.bin"; exit 3', 'output-dir': out })
    expect(message).toMatch(/^Input 'command': '.*' exited with code 3\./)
    expect(readdirSync(out).sort()).toEqual(before)
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('first\n')
    expect(readdirSync(dirname(out)).filter((name) => name.includes('.staging-'))).toEqual([])
    expect((await trainWine({ command: `${COPY_WINE_MODEL}; echo second > "$MLOPS_OUTPUT_DIR/notes.txt"`, 'output-dir': out })).failures).toEqual([])
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('second\n')
  })
})
