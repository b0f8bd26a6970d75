import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { UserError } from '../../errors/index.js'
import type { Table } from '../../table/index.js'
import { loadModelDir } from '../model-dir.js'

const scratch = mkdtempSync(join(tmpdir(), 'command-flavor-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const TABLE: Table = {
  columns: [
    { name: 'x', kind: 'number', values: Float64Array.from([1, 2, 3, 4]) },
    { name: 'city', kind: 'string', values: ['Oslo', 'São "Paulo"', null, 'a,b'] },
    { name: 'y', kind: 'string', values: ['no', 'yes', 'yes', 'no'] },
  ],
  rows: 4,
  lines: Int32Array.from([2, 3, 4, 5]),
  fileOfRow: new Uint16Array(4),
  files: [{ path: 'rows.csv', format: 'csv', sha256: '' }],
  hash: '',
}

/** A model directory whose predict command is `predict` (bash), reading x and city. */
function commandModel(predict: string, extra = '', files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(scratch, 'model-'))
  const manifest = `version: 1\nflavor: command\ntask: classification\ntarget: y\ninputs: [{name: x, type: number}, {name: city, type: text}]\nclasses: ['no', 'yes']\ncommand: {predict: ${JSON.stringify(predict)}${extra}}\n`
  writeFileSync(join(dir, 'manifest.yaml'), manifest)
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content)
  return dir
}

async function failure(dir: string, table = TABLE): Promise<string> {
  try {
    await (await loadModelDir(dir, 'baseline')).predict(table)
  } catch (error) {
    expect(error).toBeInstanceOf(UserError)
    return (error as Error).message
  }
  throw new Error('the prediction succeeded')
}

describe('the command flavor', () => {
  it('hands the input columns to the predict command, in the model directory, and reads labels and probabilities back', async () => {
    // Echoes the input it got as a file beside the model, then predicts 'yes' for x > 2.
    const predict = 'cp "$MLOPS_INPUT" seen.csv && test "$MLOPS_MODEL_DIR" = "$PWD" && awk -F, \'NR == 1 {print "y_pred,proba_no,proba_yes"} NR > 1 {print ($1 > 2 ? "yes,0.25,0.75" : "no,0.9,0.1")}\' "$MLOPS_INPUT" > "$MLOPS_OUTPUT"'
    const dir = commandModel(predict)
    const model = await loadModelDir(dir)
    expect(model).toMatchObject({ flavor: 'command', task: 'classification', target: 'y', features: ['x', 'city'], classes: ['no', 'yes'] })
    const prediction = await model.predict(TABLE)
    if (prediction.task !== 'classification') throw new Error('not a classification')
    expect(prediction.labels).toEqual(['no', 'no', 'yes', 'yes'])
    expect(Array.from(prediction.probabilities![1]!)).toEqual([0.1, 0.1, 0.75, 0.75])
    // RFC 4180: quoted text, a missing value as an empty field, the target left out.
    expect(readdirSync(dir)).toContain('seen.csv')
    const { readFileSync } = await import('node:fs')
    expect(readFileSync(join(dir, 'seen.csv'), 'utf8')).toBe('x,city\n1,Oslo\n2,"São ""Paulo"""\n3,\n4,"a,b"\n')
  })

  it('writes JSON Lines when the manifest asks, and takes numeric labels and a regression', async () => {
    const dir = mkdtempSync(join(scratch, 'jsonl-'))
    writeFileSync(join(dir, 'manifest.yaml'), 'version: 1\nflavor: command\ntask: regression\ntarget: y\ninputs: [{name: x, type: number}]\ncommand: {predict: "sed \'s/.*\\"x\\":\\\\([0-9]*\\\\).*/{\\"y_pred\\": \\\\1.5}/\' \\"$MLOPS_INPUT\\" > \\"$MLOPS_OUTPUT\\"", format: jsonl}\n')
    const prediction = await (await loadModelDir(dir)).predict(TABLE)
    expect(prediction).toEqual({ task: 'regression', values: Float64Array.from([1.5, 2.5, 3.5, 4.5]) })
  })

  it('fails with the last lines of a predict command that exits non-zero, naming the manifest', async () => {
    const dir = commandModel('for i in $(seq 1 30); do echo "step $i"; done; echo "ModuleNotFoundError: sklearn" >&2; exit 1')
    const message = await failure(dir)
    expect(message).toMatch(new RegExp(`^Input 'baseline': the predict command of '${join(dir, 'manifest.yaml')}', 'for i .*' exited with code 1\\. Its last lines:\\n`))
    expect(message).toContain('step 30\nModuleNotFoundError: sklearn')
    expect(message).not.toContain('step 10\n')
  })

  it('stops a predict command that hangs, after the manifest timeout, with everything it started', async () => {
    const dir = commandModel('sleep 60 & echo started; wait', ', timeout-seconds: 1')
    const started = Date.now()
    const message = await failure(dir)
    expect(Date.now() - started).toBeLessThan(15_000)
    expect(message).toMatch(/'sleep 60 & echo started; wait' did not finish within 1 s \(command\.timeout-seconds in the manifest\) and was stopped\. Its last lines:\nstarted$/)
  })

  it('names predictions that do not fit: the wrong number of rows, a missing file, an unknown label, partial probabilities', async () => {
    const few = await failure(commandModel('printf "y_pred\\nno\\n" > "$MLOPS_OUTPUT"'))
    expect(few).toMatch(/^Input 'baseline': the predict command of '.*manifest\.yaml' wrote predictions that do not fit: 1 rows for the 4 rows it was given\.$/)
    expect(await failure(commandModel('true'))).toMatch(/wrote predictions that do not fit: it wrote nothing at \$MLOPS_OUTPUT\.$/)
    expect(await failure(commandModel('printf "y_pred\\nno\\nmaybe\\nno\\nno\\n" > "$MLOPS_OUTPUT"'))).toMatch(/column 'y_pred' holds 'maybe', which is not one of the classes \(no, yes\) on line 3\.$/)
    expect(await failure(commandModel('printf "y_pred,proba_yes\\nno,0.1\\nno,0.1\\nno,0.1\\nno,0.1\\n" > "$MLOPS_OUTPUT"'))).toMatch(/it has proba_yes but not proba_no; give a probability column for every class or none\.$/)
    expect(await failure(commandModel('printf "label\\nno\\nno\\nno\\nno\\n" > "$MLOPS_OUTPUT"'))).toMatch(/wrote predictions that do not fit: it has no column 'y_pred' \(its columns are label\)\.$/)
  })

  it('names the column the data lacks, or text where the model reads numbers, before running anything', async () => {
    const dir = commandModel('touch ran; false')
    const noCity = { ...TABLE, columns: TABLE.columns.filter((col) => col.name !== 'city') }
    expect(await failure(dir, noCity)).toMatch(/^Input 'data': no column 'city' in the data; its columns are x, y/)
    const textX = { ...TABLE, columns: [{ name: 'x', kind: 'string' as const, values: ['one', null, null, null] }, ...TABLE.columns.slice(1)] }
    expect(await failure(dir, textX)).toBe("Input 'data': column 'x' holds text ('one' on line 2 of rows.csv), but the model reads numbers from it.")
    expect(readdirSync(dir)).not.toContain('ran')
  })
})

describe('the serve command', () => {
  const serving = (serve: string, timeout = 20) => {
    const dir = commandModel('false', `, serve: ${JSON.stringify(serve)}, timeout-seconds: ${timeout}`)
    return loadModelDir(dir, 'model-dir').then((model) => ({ dir, server: model.serve!() }))
  }

  it('answers one JSON object per request line, in order, from the model directory', async () => {
    // Answers 'yes' when x > 2, reading the request with bash alone.
    const { server } = await serving('while IFS= read -r line; do case "$line" in *\'"x":3\'*|*\'"x":4\'*) echo \'{"y_pred": "yes", "proba_yes": 0.8}\';; *) echo \'{"y_pred": "no", "proba_yes": 0.1}\';; esac; done')
    const answers = await Promise.all([1, 2, 3, 4].map((x) => server.predict({ x, city: 'Oslo' })))
    expect(answers.map((answer) => answer.y_pred)).toEqual(['no', 'no', 'yes', 'yes'])
    await server.close()
  })

  it('fails every pending request with its last lines when it exits, answers garbage or hangs', async () => {
    const { server: crashing } = await serving('read -r line; echo "Traceback: model.pkl missing" >&2; exit 1')
    await expect(crashing.predict({ x: 1 })).rejects.toThrow(/^Input 'model-dir': the serve command of '.*manifest\.yaml', 'read -r line; .*' exited with code 1\. Its last lines:\nTraceback: model\.pkl missing$/)
    const { server: garbled } = await serving('while read -r line; do echo "not json"; done')
    await expect(garbled.predict({ x: 1 })).rejects.toThrow(/answered with a line that is not a JSON object: "not json"\.$/)
    await garbled.close()
    const { server: hanging } = await serving('sleep 60', 1)
    await expect(hanging.predict({ x: 1 })).rejects.toThrow(/'sleep 60' did not answer within 1 s and was stopped\./)
  })
})
