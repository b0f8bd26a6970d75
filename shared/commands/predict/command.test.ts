import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCommand } from '../../../test/helpers/host.js'
import { repoPath } from '../../../test/helpers/repo.js'
import { predictCommand, registerModelCommand } from '../index.js'

const fixture = (name: string, file = '') => join(repoPath('test', 'fixtures', 'onnx'), name, file)
const expected = (name: string) => JSON.parse(readFileSync(fixture(name, 'expected.json'), 'utf8'))

let dir: string
let count = 0
const fresh = (name: string) => join(dir, `${++count}-${name}`)

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-predict-command-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function predict(inputs: Record<string, string>) {
  return runCommand(predictCommand, { report: fresh('predict.json'), ...inputs })
}

/** A CSV file as header names and rows of cells (no quoted fields in these outputs). */
function readCsv(path: string): { header: string[]; rows: string[][] } {
  const [header, ...rows] = readFileSync(path, 'utf8').trimEnd().split('\n').map((line) => line.split(','))
  return { header: header!, rows }
}

function readJsonLines(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line))
}

/** Every output row's label and probabilities against scikit-learn's. */
function expectClassifierOutput(name: string, header: string[], rows: string[][]): void {
  const want = expected(name)
  expect(header).toEqual(['prediction', ...want.classes.map((c: string | number) => `proba_${c}`)])
  expect(rows.map((row) => row[0])).toEqual(want.labels.map(String))
  want.probabilities.forEach((probabilities: number[], r: number) => probabilities.forEach((p, c) => expect(Math.abs(Number(rows[r]![c + 1]) - p)).toBeLessThan(1e-5)))
}

describe('mlops predict on a model directory', () => {
  // A batch of 7 rows: the 60 rows go through nine batches, and the output must not show it.
  it.each(['wine-logistic', 'cancer-logistic', 'cancer-forest'])('writes %s predictions and probabilities equal to scikit-learn', async (name) => {
    const output = fresh(`${name}.csv`)
    const run = await predict({ model: fixture(name), data: fixture(name, 'eval.csv'), output, 'batch-rows': '7' })
    expect(run.failures).toEqual([])
    expect(run.outputs).toMatchObject({ rows: '60', output, version: '' })
    const { header, rows } = readCsv(output)
    expectClassifierOutput(name, header, rows)
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8'))
    expect(report).toMatchObject({ rows: 60, batches: 9, batchRows: 7, model: { name: fixture(name), flavor: 'onnx', task: 'classification' } })
  })

  it('writes a regression as scikit-learn predicts it', async () => {
    const output = fresh('diabetes.csv')
    const run = await predict({ model: fixture('diabetes-linear'), data: fixture('diabetes-linear', 'eval.csv'), output })
    expect(run.failures).toEqual([])
    const { header, rows } = readCsv(output)
    expect(header).toEqual(['prediction'])
    const want: number[] = expected('diabetes-linear').values
    expect(rows).toHaveLength(want.length)
    want.forEach((value, r) => expect(Math.abs(Number(rows[r]![0]) - value) / Math.abs(value)).toBeLessThan(1e-5))
  })

  it('passes id columns through as read, into JSON Lines', async () => {
    const output = fresh('wine.jsonl')
    const data = fresh('wine-ids.csv')
    // An id column the model does not read, and one it reads as a number: both keep their text.
    const lines = readFileSync(fixture('wine-logistic', 'eval.csv'), 'utf8').trimEnd().split('\n')
    writeFileSync(data, [`customer,${lines[0]}`, ...lines.slice(1).map((line, i) => `${String(i).padStart(3, '0')},${line}`)].join('\n') + '\n')
    const run = await predict({ model: fixture('wine-logistic'), data, output, 'id-columns': 'customer, proline' })
    expect(run.failures).toEqual([])
    const rows = readJsonLines(output)
    const want = expected('wine-logistic')
    expect(Object.keys(rows[0]!)).toEqual(['customer', 'proline', 'prediction', 'proba_0', 'proba_1', 'proba_2'])
    expect(rows.slice(0, 2).map((row) => [row.customer, row.proline])).toEqual([['000', '560.0'], ['001', '600.0']])
    expect(rows.map((row) => row.prediction)).toEqual(want.labels)
  })

  it('writes Parquet that reads back as the CSV output does, one row group per batch', async () => {
    const data = fresh('wine-ids.csv')
    const lines = readFileSync(fixture('wine-logistic', 'eval.csv'), 'utf8').trimEnd().split('\n')
    // A missing id becomes a null, and an id with a comma and a quote keeps its text.
    const id = (i: number) => (i === 3 ? '' : i === 4 ? '"a, ""b"""' : `c${i}`)
    writeFileSync(data, [`customer,${lines[0]}`, ...lines.slice(1).map((line, i) => `${id(i)},${line}`)].join('\n') + '\n')
    const output = fresh('wine.parquet')
    const run = await predict({ model: fixture('wine-logistic'), data, output, 'id-columns': 'customer', 'batch-rows': '7' })
    expect(run.failures).toEqual([])
    expect(run.outputs).toMatchObject({ rows: '60', output })
    const file = await asyncBufferFromFile(output)
    const metadata = await parquetMetadataAsync(file)
    expect(metadata.row_groups).toHaveLength(9)
    expect(metadata.schema.slice(1).map(({ name, type }) => [name, type])).toEqual([
      ['customer', 'BYTE_ARRAY'],
      ['prediction', 'INT32'],
      ['proba_0', 'DOUBLE'],
      ['proba_1', 'DOUBLE'],
      ['proba_2', 'DOUBLE'],
    ])
    const rows = (await parquetReadObjects({ file })) as Record<string, unknown>[]
    const want = expected('wine-logistic')
    expect(rows.map((row) => row.prediction)).toEqual(want.labels)
    expect(rows.slice(2, 6).map((row) => row.customer)).toEqual(['c2', null, 'a, "b"', 'c5'])
    want.probabilities.forEach((probabilities: number[], r: number) => probabilities.forEach((p, c) => expect(Math.abs((rows[r]![`proba_${c}`] as number) - p)).toBeLessThan(1e-5)))
  })
})

describe('mlops predict on a registered version', () => {
  it('fetches the version, verifies it, predicts with it and says which it was', async () => {
    const registry = fresh('registry')
    // The fixture as a user's training command leaves it: the model, its manifest and metadata.json.
    const modelDir = fresh('wine-model')
    mkdirSync(modelDir)
    for (const file of ['model.onnx', 'manifest.yaml']) copyFileSync(fixture('wine-logistic', file), join(modelDir, file))
    writeFileSync(join(modelDir, 'metadata.json'), JSON.stringify({ format: 'mlops-actions/model', version: 1, trainer: 'command' }))
    const registered = await runCommand(registerModelCommand, { registry: `local:${registry}`, name: 'wine', 'model-dir': modelDir, alias: 'champion', report: fresh('register.json') })
    expect(registered.failures).toEqual([])
    const output = fresh('registered.csv')
    const run = await predict({ model: 'models:/wine@champion', registry: `local:${registry}`, data: fixture('wine-logistic', 'eval.csv'), output })
    expect(run.failures).toEqual([])
    expect(run.outputs).toMatchObject({ rows: '60', version: '1' })
    expect(run.logs.join('\n')).toContain(`Model: models:/wine/1 (champion), sha256 ${registered.outputs.digest} verified.`)
    const { header, rows } = readCsv(output)
    expectClassifierOutput('wine-logistic', header, rows)
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8'))
    expect(report.model).toEqual({ name: 'models:/wine@champion', flavor: 'onnx', task: 'classification', version: 1, digest: registered.outputs.digest })
  })

  it('names a version the registry does not have', async () => {
    const registry = fresh('empty-registry')
    const run = await predict({ model: 'models:/wine/3', registry: `local:${registry}`, data: fixture('wine-logistic', 'eval.csv'), output: fresh('none.csv') })
    expect(run.failures).toEqual([`Model 'wine' has no versions in the local registry at ${registry}.`])
    const bad = await predict({ model: 'models:/wine', data: fixture('wine-logistic', 'eval.csv'), output: fresh('bad.csv') })
    expect(bad.failures).toEqual(["Input 'model': 'models:/wine' is not a model URI; use models:/<name>/<version>, models:/<name>@<alias> or models:/<name>@latest."])
  })
})

describe('mlops predict refuses bad input, leaving the output as it was', () => {
  const wine = (inputs: Record<string, string>) => predict({ model: fixture('wine-logistic'), data: fixture('wine-logistic', 'eval.csv'), ...inputs })

  /** An output holding 'old', to show that a failed run leaves it alone. */
  function oldOutput(name: string): string {
    const path = fresh(name)
    writeFileSync(path, 'old\n')
    return path
  }

  it('a missing input column, named, with the file', async () => {
    const output = oldOutput('missing.csv')
    const run = await predict({ model: fixture('wine-logistic'), data: fixture('diabetes-linear', 'eval.csv'), output })
    expect(run.failures).toEqual([`Input 'data': '${fixture('diabetes-linear', 'eval.csv')}' has no column 'alcohol' (the model reads it); its columns are age, sex, bmi, bp, s1, s2, s3, s4, s5, s6, progression.`])
    expect(readFileSync(output, 'utf8')).toBe('old\n')
  })

  it('a missing id column, named', async () => {
    const output = fresh('ids.csv')
    const run = await wine({ output, 'id-columns': 'customer' })
    expect(run.failures).toEqual([expect.stringMatching(/^Input 'data': '.*eval\.csv' has no column 'customer' \(input 'id-columns' names it\); its columns are alcohol, /)])
    expect(existsSync(output)).toBe(false)
  })

  it('text where the model reads numbers, with its line, after earlier batches were predicted', async () => {
    const data = fresh('text.csv')
    const lines = readFileSync(fixture('wine-logistic', 'eval.csv'), 'utf8').trimEnd().split('\n')
    writeFileSync(data, [...lines, lines[1]!.replace(/^[^,]+/, 'n/a?')].join('\n') + '\n')
    const output = oldOutput('text-out.csv')
    const run = await predict({ model: fixture('wine-logistic'), data, output, 'batch-rows': '10' })
    expect(run.failures).toEqual([`Input 'data': column 'alcohol' holds text ("n/a?" on line 62 of ${data}), but the model reads numbers from it.`])
    expect(readFileSync(output, 'utf8')).toBe('old\n')
    // Six batches were written to the temporary file beside the output; it is gone.
    expect(readdirSync(dir).filter((name) => name.startsWith('text-out.csv.', name.indexOf('-') + 1))).toEqual([])
  })

  it('a model that does not load, saying why', async () => {
    const broken = fresh('broken')
    mkdirSync(broken)
    copyFileSync(fixture('wine-logistic', 'manifest.yaml'), join(broken, 'manifest.yaml'))
    writeFileSync(join(broken, 'model.onnx'), 'not a graph')
    const run = await wine({ model: broken, output: fresh('broken.csv') })
    expect(run.failures).toEqual([`Input 'model': '${join(broken, 'model.onnx')}' is not an ONNX model ONNX Runtime can load (not an ONNX protobuf).`])
    const missing = await wine({ model: fresh('nowhere'), output: fresh('nowhere.csv') })
    expect(missing.failures).toEqual([expect.stringMatching(/^Input 'model': '.*nowhere' is not a model directory \(it does not exist or is a file\)/)])
  })

  it('an output that is the data, or inside the model directory', async () => {
    const data = fresh('data.csv')
    copyFileSync(fixture('wine-logistic', 'eval.csv'), data)
    const before = readFileSync(data, 'utf8')
    const run = await predict({ model: fixture('wine-logistic'), data, output: data })
    expect(run.failures).toEqual([`Input 'output': '${data}' is the same file as input 'data' ('${data}'), which this run reads; write it elsewhere.`])
    expect(readFileSync(data, 'utf8')).toBe(before)
    const inside = await wine({ output: fixture('wine-logistic', 'predictions.csv') })
    expect(inside.failures).toEqual([`Input 'output': '${fixture('wine-logistic', 'predictions.csv')}' is inside input 'model' ('${fixture('wine-logistic')}'), which this run reads; write it elsewhere.`])
    const both = fresh('both.csv')
    const same = await wine({ output: both, report: both })
    expect(same.failures).toEqual([`Input 'report': '${both}' is the same file as input 'output' ('${both}'); give each output its own path.`])
  })

  it('an output format it cannot write, before reading anything', async () => {
    const xlsxPath = fresh('out.xlsx')
    const xlsx = await wine({ output: xlsxPath })
    expect(xlsx.failures).toEqual([`Input 'output': '${xlsxPath}' has the extension '.xlsx'; give a .csv, .jsonl (JSON Lines) or .parquet path, which names the format.`])
    const nonePath = fresh('out')
    const none = await wine({ output: nonePath })
    expect(none.failures).toEqual([`Input 'output': '${nonePath}' has no extension; give a .csv, .jsonl (JSON Lines) or .parquet path, which names the format.`])
    expect(existsSync(xlsxPath) || existsSync(nonePath)).toBe(false)
  })

  it('an id column named as an answer column, and bad batch sizes', async () => {
    expect((await wine({ output: fresh('a.csv'), 'id-columns': 'prediction' })).failures).toEqual([
      "Input 'id-columns': 'prediction' is a name the output gives to the model's answers; leave it out or rename the column.",
    ])
    expect((await wine({ output: fresh('b.csv'), 'batch-rows': '0' })).failures[0]).toMatch(/^Input 'batch-rows'/)
    expect((await wine({ output: fresh('c.csv'), 'id-columns': 'hue, hue' })).failures).toEqual(["Input 'id-columns': column 'hue' is listed twice."])
  })
})
