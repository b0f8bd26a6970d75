import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCommand } from '../../../test/helpers/host.js'
import { repoPath } from '../../../test/helpers/repo.js'
import { vegaDataset } from '../../demo/datasets.js'
import { evaluateGateCommand, registerModelCommand, trainCommand } from '../index.js'

let dir: string
let modelA: string
let modelB: string
let count = 0
const fresh = (name: string) => join(dir, `${++count}-${name}`)
const WEATHER = vegaDataset('seattle-weather.csv')

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-register-'))
  modelA = fresh('linear')
  modelB = fresh('mlp')
  for (const [output, model] of [[modelA, 'linear'], [modelB, 'mlp']] as const) {
    const run = await runCommand(trainCommand, { data: WEATHER, target: 'weather', ignore: 'date', model, 'output-dir': output, params: '{epochs: 20}' })
    expect(run.failures).toEqual([])
  }
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function register(registry: string, inputs: Record<string, string>) {
  return runCommand(registerModelCommand, { registry: `local:${registry}`, name: 'weather', report: fresh('report.json'), ...inputs })
}

describe('the register-model command on a local registry', () => {
  it('registers versions with a card and lineage, moves aliases, archives and lists', async () => {
    const registry = fresh('registry')
    const first = await register(registry, { 'model-dir': modelA, alias: 'champion' })
    expect(first.failures).toEqual([])
    expect(first.outputs).toMatchObject({ version: '1', uri: 'models:/weather/1' })
    expect(first.outputs.digest).toMatch(/^[0-9a-f]{64}$/)
    const second = await register(registry, { 'model-dir': modelB, alias: 'candidate', 'compared-with': 'models:/weather/1', description: 'An MLP of the weather type.' })
    expect(second.outputs.version).toBe('2')
    const card = readFileSync(join(second.outputs.url!, 'MODEL_CARD.md'), 'utf8')
    expect(card).toMatch(/^# weather v2\n\nAn MLP of the weather type\./)
    expect(card).toContain('| compared with | models:/weather/1 |')
    expect(card).toContain(`| archive sha256 | \`${second.outputs.digest}\` |`)
    const stored = JSON.parse(readFileSync(join(second.outputs.url!, 'metadata.json'), 'utf8'))
    expect(stored.registry).toEqual({ name: 'weather', comparedWith: 'models:/weather/1', description: 'An MLP of the weather type.' })
    expect(stored.lineage.commit).toMatch(/^[0-9a-f]{40}$/)

    const again = await register(registry, { 'model-dir': modelB })
    expect(again.outputs.version).toBe('2')
    expect(again.summary).toContain('Already registered (same content)')

    await register(registry, { operation: 'set-alias', version: '2', alias: 'champion' })
    await register(registry, { operation: 'set-alias', version: '1', alias: 'champion' })
    const removed = await register(registry, { operation: 'remove-alias', alias: 'candidate' })
    expect(removed.outputs.version).toBe('2')
    await register(registry, { operation: 'archive', version: '2' })
    const listed = await register(registry, { operation: 'list' })
    expect(JSON.parse(listed.outputs.versions!).map((v: { version: number; aliases: string[]; status: string }) => [v.version, v.aliases, v.status])).toEqual([
      [1, ['champion'], 'ready'],
      [2, [], 'archived'],
    ])
    expect(listed.summary).toContain('| version | aliases | status | sha256 | created |')
  })

  it('names what is missing or wrong', async () => {
    const registry = fresh('registry')
    const fail = async (inputs: Record<string, string>) => (await register(registry, inputs)).failures
    expect(await fail({})).toEqual(["Input 'model-dir' is required for operation 'register'."])
    expect(await fail({ operation: 'set-alias', alias: 'champion' })).toEqual(["Input 'version' is required for operation 'set-alias'."])
    expect(await fail({ operation: 'promote' })).toEqual(["Input 'operation' has invalid value 'promote': expected one of register, set-alias, remove-alias, archive, list, download."])
    expect(await fail({ operation: 'set-alias', version: '3', alias: 'champion' })).toEqual(["Input 'version': model 'weather' has no version 3; it has none."])
    expect((await runCommand(registerModelCommand, { registry: 'ftp:x', name: 'weather', operation: 'list' })).failures).toEqual(["Input 'registry' has invalid value 'ftp:x': expected github or local:<directory>."])
  })

  it('gives 8 processes registering at once versions 1 to 8', async () => {
    const registry = fresh('registry')
    const copies = Array.from({ length: 8 }, (_, i) => {
      const copy = fresh(`copy-${i}`)
      cpSync(modelA, copy, { recursive: true })
      writeFileSync(join(copy, 'note.txt'), `copy ${i}\n`)
      return copy
    })
    const bin = repoPath('build', 'shared', 'cli', 'bin.js')
    const runs = await Promise.all(
      copies.map(
        (copy) =>
          new Promise<{ code: number | null; stdout: string }>((resolve) => {
            const child = spawn(process.execPath, [bin, 'register', '--registry', `local:${registry}`, '--name', 'weather', '--model-dir', copy, '--report', `${copy}.json`, '--json'])
            let stdout = ''
            child.stdout.on('data', (chunk) => (stdout += chunk))
            child.on('close', (code) => resolve({ code, stdout }))
          }),
      ),
    )
    expect(runs.map((r) => r.code)).toEqual(Array(8).fill(0))
    expect(runs.map((r) => Number(JSON.parse(r.stdout).version)).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    const listed = await register(registry, { operation: 'list' })
    expect(JSON.parse(listed.outputs.versions!)).toHaveLength(8)
  })
})

describe('register-model download', () => {
  const files = (dir: string) => readdirSync(dir).sort()

  it('writes a version chosen by alias or by version into output-dir, replacing a model directory there', async () => {
    const registry = fresh('registry')
    await register(registry, { 'model-dir': modelA })
    const second = await register(registry, { 'model-dir': modelB, alias: 'champion' })
    const output = fresh('downloaded')
    const byAlias = await register(registry, { operation: 'download', alias: 'champion', 'output-dir': output })
    expect(byAlias.failures).toEqual([])
    expect(byAlias.outputs).toMatchObject({ version: '2', uri: 'models:/weather/2', digest: second.outputs.digest, 'output-dir': output })
    expect(files(output)).toEqual(files(modelB))
    expect(readFileSync(join(output, 'metadata.json'), 'utf8')).toBe(readFileSync(join(modelB, 'metadata.json'), 'utf8'))

    const byVersion = await register(registry, { operation: 'download', version: '1', 'output-dir': output })
    expect(byVersion.failures).toEqual([])
    expect(byVersion.outputs).toMatchObject({ version: '1', uri: 'models:/weather/1', 'output-dir': output })
    expect(readFileSync(join(output, 'metadata.json'), 'utf8')).toBe(readFileSync(join(modelA, 'metadata.json'), 'utf8'))
    expect(readdirSync(dir).filter((name) => name.includes('.staging-') || name.includes('.extracting-'))).toEqual([])
  })

  it('refuses a tampered archive and leaves output-dir as it was', async () => {
    const registry = fresh('registry')
    const { outputs } = await register(registry, { 'model-dir': modelA })
    writeFileSync(join(outputs.url!, 'model.tar'), 'not the archive')
    const output = fresh('downloaded')
    const run = await register(registry, { operation: 'download', version: '1', 'output-dir': output })
    expect(run.failures).toEqual([expect.stringMatching(/^models:\/weather\/1: the downloaded archive has sha256 [0-9a-f]{64}, not the registered [0-9a-f]{64}; it was altered or damaged, so it is not used\.$/)])
    expect(existsSync(output)).toBe(false)
    const empty = fresh('empty')
    mkdirSync(empty)
    expect((await register(registry, { operation: 'download', version: '1', 'output-dir': empty })).failures).toHaveLength(1)
    expect(files(empty)).toEqual([])
  })

  it('refuses an output-dir holding other files before fetching anything', async () => {
    const output = fresh('mine')
    mkdirSync(output)
    writeFileSync(join(output, 'notes.txt'), 'mine\n')
    // A registry that does not exist: fetching from it would fail differently.
    const run = await register(fresh('no-registry'), { operation: 'download', alias: 'champion', 'output-dir': output })
    expect(run.failures).toEqual([
      `Input 'output-dir': '${output}' is a directory that is not empty and was not written by train (no metadata.json of format 'mlops-actions/model'), so it is not replaced; give a new or empty directory, or a model directory written by train, such as 'model'.`,
    ])
    expect(files(output)).toEqual(['notes.txt'])
  })

  it('names what download needs', async () => {
    const registry = fresh('registry')
    const fail = async (inputs: Record<string, string>) => (await register(registry, { operation: 'download', ...inputs })).failures
    expect(await fail({ alias: 'champion' })).toEqual(["Input 'output-dir' is required for operation 'download'."])
    expect(await fail({ 'output-dir': fresh('out') })).toEqual(["Input 'version': operation 'download' takes either 'version' or one 'alias', not neither."])
    expect(await fail({ 'output-dir': fresh('out'), version: '1', alias: 'champion' })).toEqual(["Input 'version': operation 'download' takes either 'version' or one 'alias', not both."])
  })
})

describe('evaluate-gate with baseline: champion', () => {
  it('is a first run until a champion exists, then gates against the champion it fetches and verifies', async () => {
    const registry = fresh('registry')
    const gate = () =>
      runCommand(evaluateGateCommand, { 'model-dir': modelB, data: WEATHER, baseline: 'champion', name: 'weather', registry: `local:${registry}`, bootstrap: '200', comment: 'never', report: fresh('evaluation.json') })
    const first = await gate()
    expect(first.failures).toEqual([])
    expect(first.logs).toContain("warning: Model 'weather' has no champion yet in the local registry: this is a first run, judged on value thresholds alone.")
    expect(first.summary).toMatch(/first run/i)
    await register(registry, { 'model-dir': modelA, alias: 'champion' })
    const second = await gate()
    expect(second.failures).toEqual([])
    expect(second.summary).toContain('models:/weather/1 (champion)')
    expect(JSON.parse(second.outputs.diff!).accuracy.ci).toHaveLength(2)
  })
})

describe('evaluate-gate with a directory as baseline', () => {
  const gate = (baseline: string) =>
    runCommand(evaluateGateCommand, { 'model-dir': modelB, data: WEATHER, baseline, bootstrap: '50', comment: 'never', report: fresh('evaluation.json') })

  it('refuses a model directory whose model cannot be loaded, saying why, instead of using its metrics', async () => {
    const broken = fresh('broken')
    cpSync(modelA, broken, { recursive: true })
    rmSync(join(broken, 'model.json'))
    const run = await gate(broken)
    expect(run.failures).toEqual([`Input 'baseline': '${join(broken, 'manifest.yaml')}': files: 'model.json' is missing from '${broken}'.`])
  })

  it('judges on metrics alone when given a metrics JSON file or a directory holding only metrics.json', async () => {
    const metricsOnly = fresh('metrics-only')
    mkdirSync(metricsOnly)
    cpSync(join(modelA, 'metrics.json'), join(metricsOnly, 'metrics.json'))
    for (const baseline of [join(modelA, 'metrics.json'), metricsOnly]) {
      const run = await gate(baseline)
      expect(run.failures).toEqual([])
      expect(JSON.parse(run.outputs.diff!).accuracy.baseline).toBe(JSON.parse(readFileSync(join(modelA, 'metrics.json'), 'utf8')).accuracy)
    }
  })
})
