import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCommand } from '../../../test/helpers/host.js'
import { Inputs, mapSource } from '../../inputs/index.js'
import { parseTrainParams } from '../../model/params.js'
import { hostContext } from '../../runtime/host.js'
import { sweepCommand, trainCommand } from '../index.js'

let dir: string
let count = 0
const fresh = (name: string) => join(dir, `${++count}-${name}`)
const write = (name: string, text: string) => {
  const path = fresh(name)
  writeFileSync(path, text)
  return path
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-sweep-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function sweep(inputs: Record<string, string>) {
  const report = fresh('sweep.json')
  const run = await runCommand(sweepCommand, { report, ...inputs })
  return { ...run, report: run.outcome ? JSON.parse(readFileSync(report, 'utf8')) : undefined }
}

describe('the sweep command', () => {
  it('outputs a matrix whose legs train passes on as its params input', async () => {
    const { outputs, failures, report, summary } = await sweep({ grid: '{learning-rate: [0.1, 0.01], hidden-units-note: [small]}', params: '{epochs: 20, hidden-units: [16]}' })
    expect(failures).toEqual([])
    expect(Object.keys(outputs).sort()).toEqual(Object.keys(sweepCommand.outputs).sort())
    expect(outputs.count).toBe('2')
    const matrix = JSON.parse(outputs.matrix!) as { include: { name: string; params: string }[] }
    expect(matrix.include.map((leg) => leg.name)).toEqual([expect.stringMatching(/^learning-rate-0\.1_hidden-units-note-small-[0-9a-f]{8}$/), expect.stringMatching(/^learning-rate-0\.01_hidden-units-note-small-[0-9a-f]{8}$/)])
    expect(matrix.include.map((leg) => JSON.parse(leg.params))).toEqual([
      { epochs: 20, 'hidden-units': [16], 'learning-rate': 0.1, 'hidden-units-note': 'small' },
      { epochs: 20, 'hidden-units': [16], 'learning-rate': 0.01, 'hidden-units-note': 'small' },
    ])
    // `params: ${{ matrix.params }}` reaches train as this text.
    const trained = trainCommand.parse(new Inputs(mapSource({ data: 'train.csv', target: 'y', params: matrix.include[1]!.params })), hostContext({}))
    expect(trained.params).toEqual(JSON.parse(matrix.include[1]!.params))

    expect(report).toMatchObject({ tool: 'mlops-actions/sweep', count: 2, varied: ['learning-rate', 'hidden-units-note'], params: { epochs: 20, 'hidden-units': [16] } })
    expect(report.legs[0]).toEqual({ name: matrix.include[0]!.name, point: { 'learning-rate': 0.1, 'hidden-units-note': 'small' }, params: JSON.parse(matrix.include[0]!.params) })
    expect(summary).toContain('## Sweep: 2 legs over `learning-rate`, `hidden-units-note`')
    expect(summary).toContain('Every leg also trains with `epochs: 20`, <code>hidden-units: \\[16\\]</code>.')
    expect(summary).toContain(`| \`${matrix.include[0]!.name}\` | 0.1 | "small" |`)
  })

  it('sweeps network shapes: each leg passes its list to train, whose params parser takes it', async () => {
    const { outputs, failures, report, summary } = await sweep({ grid: '{hidden-units: [[32], [64, 64]], learning-rate: [0.01]}', params: '{epochs: 20}' })
    expect(failures).toEqual([])
    expect(outputs.count).toBe('2')
    const matrix = JSON.parse(outputs.matrix!) as { include: { name: string; params: string }[] }
    expect(matrix.include.map((leg) => leg.name)).toEqual([
      expect.stringMatching(/^hidden-units-32_learning-rate-0\.01-[0-9a-f]{8}$/),
      expect.stringMatching(/^hidden-units-64x64_learning-rate-0\.01-[0-9a-f]{8}$/),
    ])
    const shapes = matrix.include.map((leg) => {
      const trained = trainCommand.parse(new Inputs(mapSource({ data: 'train.csv', target: 'y', model: 'mlp', params: leg.params })), hostContext({}))
      expect(trained.params).toEqual(JSON.parse(leg.params))
      return parseTrainParams(trained.params)
    })
    expect(shapes.map((params) => [params.hiddenUnits, params.learningRate, params.epochs])).toEqual([
      [[32], 0.01, 20],
      [[64, 64], 0.01, 20],
    ])
    expect(report.legs.map((leg: { point: unknown }) => leg.point)).toEqual([
      { 'hidden-units': [32], 'learning-rate': 0.01 },
      { 'hidden-units': [64, 64], 'learning-rate': 0.01 },
    ])
    expect(summary).toContain(`| \`${matrix.include[1]!.name}\` | \\[64,64\\] | 0.01 |`)
  })

  it('shows values from the grid as inert text', async () => {
    const { summary, failures } = await sweep({ grid: "{note: ['<img src=x onerror=alert(1)>', '@octocat | #1']}" })
    expect(failures).toEqual([])
    expect(summary).not.toContain('<img')
    expect(summary).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(summary).toContain('@\u200boctocat \\| #\u200b1')
  })

  it('gives the same names on every run, and reads the grid and params from files and the config file', async () => {
    const grid = write('grid.yml', '- {model: mlp, epochs: 5}\n- {model: linear}\n')
    const base = write('params.yml', 'epochs: 10\n')
    const fromFiles = await sweep({ grid, params: base })
    const config = write('config.yml', 'grid:\n  - {model: mlp, epochs: 5}\n  - {model: linear}\nparams: {epochs: 10}\nmax-points: 2\n')
    const fromConfig = await sweep({ config })
    expect(fromConfig.outputs.matrix).toBe(fromFiles.outputs.matrix)
    expect(JSON.parse(fromFiles.outputs.matrix!).include.map((leg: { params: string }) => JSON.parse(leg.params))).toEqual([
      { epochs: 5, model: 'mlp' },
      { epochs: 10, model: 'linear' },
    ])
  })

  it('names the input, file and key at fault, and writes no outputs', async () => {
    const refused = async (inputs: Record<string, string>) => {
      const { outcome, outputs, failures } = await sweep(inputs)
      expect(outcome).toBeUndefined()
      expect(outputs).toEqual({})
      return failures
    }
    expect(await refused({})).toEqual(["Input 'grid' is required: a mapping of param names to lists of values, such as '{learning-rate: [0.01, 0.1]}'."])
    expect(await refused({ grid: '{epochs: []}' })).toEqual(["Input 'grid': key 'epochs' is an empty list; give at least one value."])
    const file = write('grid.yml', 'epochs: [1, 2]\nlr: 0.1\n')
    expect(await refused({ grid: file })).toEqual([
      `Input 'grid' ('${file}'): key 'lr' must be a list of values, one per point; got number 0.1. To sweep one value, wrap it in a list, such as [0.1]; a value every point shares belongs in 'params'.`,
    ])
    expect(await refused({ grid: '{start: [!!timestamp 2024-01-01]}' })).toEqual(["Input 'grid': key 'start' item 1 is a date, which JSON cannot carry; quote it to pass it as text."])
    expect(await refused({ grid: '{a: [1, 2]}', params: `{note: ${'x'.repeat(500_000)}}` })).toEqual([expect.stringMatching(/^Input 'grid': its matrix is \d+ KB of JSON \(2 legs\), more than the 900 KB/)])
    expect(await refused({ grid: '{a: [1, 2, 3]}', 'max-points': '2' })).toEqual(["Input 'grid': expands to 3 points (3 a), more than 'max-points' (2); take values out, or list the points you want."])
    expect(await refused({ grid: '{a: [1]}', 'max-points': '257' })).toEqual(["Input 'max-points' has invalid value '257': expected an integer from 1 to 256."])
    expect(await refused({ grid: '{a: [1]}', params: '[{epochs: 2}]' })).toEqual(["Input 'params': must be a mapping of param names to values."])
    expect(await refused({ grid: '{a: [1]}', params: '{epochs: 2' })).toEqual([expect.stringMatching(/^Input 'params': not valid YAML: /)])
    expect(await refused({ grid: file, report: file })).toEqual([expect.stringMatching(/^Input 'report'/)])
    expect(readFileSync(file, 'utf8')).toBe('epochs: [1, 2]\nlr: 0.1\n')
  })
})
