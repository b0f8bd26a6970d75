import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cliIO, type CliState } from '../cli/io.js'
import { evaluateGateCommand, monitorDriftCommand, registerModelCommand, trainCommand, validateCommand } from '../commands/index.js'
import { driftIssueBody } from '../commands/monitor-drift/report.js'
import { trackingMarker } from '../github/index.js'
import type { Command } from '../runtime/command.js'
import { describeError } from '../errors/index.js'
import { mapSource } from '../inputs/index.js'
import { executeCommand } from '../runtime/command.js'
import { LocalRegistry } from '../registry/index.js'
import { startEntry } from '../runtime/entry.js'
import { serveAndRollOut } from './canary.js'
import { vegaDataset } from './datasets.js'

const DEMO_DIR = '.demo'
const REGISTRY_DIR = join(DEMO_DIR, 'registry')
const MODEL_NAME = 'seattle-weather'

/** Faults a real pipeline meets, each on its own line of the corrupted copy. */
const CORRUPTIONS: [line: number, describe: string, edit: (fields: string[]) => string[]][] = [
  [4, 'a type error', (f) => [f[0], 'n/a mm', ...f.slice(2)]],
  [8, 'an out-of-range reading', (f) => [f[0], f[1], '61.5', ...f.slice(3)]],
  [15, 'an unknown category', (f) => [...f.slice(0, 5), 'hail']],
  [23, 'an impossible date', (f) => ['2012-02-30', ...f.slice(1)]],
  [42, 'a missing value', (f) => [f[0], f[1], '', ...f.slice(3)]],
  [57, 'a row with a field missing', (f) => f.slice(0, 5)],
]

async function step(title: string, inputs: Record<string, string>, command: Command<any, any> = validateCommand): Promise<Record<string, string>> {
  return (await stepWithResult(title, inputs, command)).outputs
}

async function stepWithResult<R>(title: string, inputs: Record<string, string>, command: Command<any, R>): Promise<{ outputs: Record<string, string>; result: R }> {
  const flags = Object.entries(inputs).map(([k, v]) => `--${k} ${/[\s{}]/.test(v) ? `'${v}'` : v}`)
  process.stdout.write(`\n==> ${title}\n    mlops ${command.cli} ${flags.join(' ')}\n\n`)
  const state: CliState = { outputs: {} }
  const outcome = await executeCommand(command, cliIO(mapSource(inputs), false, state))
  process.stdout.write(`\noutputs: ${JSON.stringify(state.outputs)}\n`)
  if (state.failure) process.stdout.write(`result: ${state.failure}\n`)
  if (!outcome) throw new Error(`demo step failed: ${state.failure}`)
  return { outputs: state.outputs, result: outcome.result }
}

/** Seattle weather split in time: 2012-2014 to train on, 2015 held out, as a deployed model would meet it. */
function splitByYear(source: string, train: string, holdout: string): void {
  const [header, ...rows] = readFileSync(source, 'utf8').trimEnd().split('\n')
  writeFileSync(train, [header, ...rows.filter((row) => !row.startsWith('2015'))].join('\n') + '\n')
  writeFileSync(holdout, [header, ...rows.filter((row) => row.startsWith('2015'))].join('\n') + '\n')
}

async function trainAndGate(clean: string): Promise<void> {
  const train = join(DEMO_DIR, 'weather-2012-2014.csv')
  const holdout = join(DEMO_DIR, 'weather-2015.csv')
  splitByYear(clean, train, holdout)
  // Each demo run trains with another seed, so that a second run has a new candidate to gate.
  const previousRuns = (await new LocalRegistry(REGISTRY_DIR).list(MODEL_NAME)).length
  const common = { data: train, target: 'weather', ignore: 'date', seed: String(7 + previousRuns) }
  const champion = await step('4. Train the current champion: logistic regression of the weather type, 2012-2014', { ...common, model: 'linear', 'output-dir': join(DEMO_DIR, 'champion') }, trainCommand)
  process.stdout.write(`model flavor: ${champion.flavor}\n`)
  const candidate = await step('5. Train a candidate: an MLP on the same data', { ...common, model: 'mlp', params: '{hidden-units: [32, 32], epochs: 60}', 'output-dir': join(DEMO_DIR, 'candidate') }, trainCommand)
  process.stdout.write(`model flavor: ${candidate.flavor}\n`)
  await step(
    '6. Gate the candidate against the champion on 2015, which neither has seen',
    {
      'model-dir': join(DEMO_DIR, 'candidate'),
      data: holdout,
      baseline: join(DEMO_DIR, 'champion'),
      thresholds: '{accuracy: {threshold: 0.7, not-worse: {margin: 0.02}}, f1_macro: {not-worse: {margin: 0.05}}}',
      comment: 'never',
      report: join(DEMO_DIR, 'evaluation.json'),
    },
    evaluateGateCommand,
  )
  await gateAndRegister(holdout)
}

/** Gates against the registry's champion, then registers the candidate as the new champion. A second demo run gates against the first. */
async function gateAndRegister(holdout: string): Promise<void> {
  const registry = `local:${REGISTRY_DIR}`
  const candidate = join(DEMO_DIR, 'candidate')
  const gate = await step(
    "7. Gate the candidate against the registry's champion (none on the first demo run: judged on thresholds alone)",
    { 'model-dir': candidate, data: holdout, baseline: 'champion', name: MODEL_NAME, registry, thresholds: '{accuracy: {threshold: 0.7, not-worse: {margin: 0.02}}}', comment: 'never', report: join(DEMO_DIR, 'evaluation-champion.json') },
    evaluateGateCommand,
  )
  if (gate.passed === 'true') {
    await step('8. Register the candidate in the local registry and make it the champion', { 'model-dir': candidate, name: MODEL_NAME, registry, alias: 'champion', report: join(DEMO_DIR, 'registry.json') }, registerModelCommand)
    process.stdout.write(`\nRun 'npm run demo' again: step 7 then gates a new candidate against this champion.\n`)
  }
  if ((await new LocalRegistry(REGISTRY_DIR).list(MODEL_NAME)).length > 0) {
    await checkDrift(holdout, registry)
    await serveAndRollOut(REGISTRY_DIR, MODEL_NAME, join(DEMO_DIR, 'champion'), holdout, '10. Serve the champion on loopback and roll the newest version out as a canary under generated traffic')
  }
}

/** Production data a warmer year would bring: 2015 with every temperature raised by `degrees`. */
function warmer(source: string, target: string, degrees: number): void {
  const [header, ...rows] = readFileSync(source, 'utf8').trim().split('\n')
  const columns = header!.split(',')
  const shifted = new Set(['temp_max', 'temp_min'].map((name) => columns.indexOf(name)))
  const shift = (row: string) => row.split(',').map((field, i) => (shifted.has(i) && field !== '' ? String(Math.round((Number(field) + degrees) * 10) / 10) : field)).join(',')
  writeFileSync(target, [header, ...rows.map(shift)].join('\n') + '\n')
}

/** Checks the champion against shifted data, as a scheduled workflow would, and prints the issue it would open. */
async function checkDrift(holdout: string, registry: string): Promise<void> {
  const current = join(DEMO_DIR, 'weather-2015-warmer.csv')
  warmer(holdout, current, 4)
  const { result } = await stepWithResult(
    "9. Check the champion for drift against 2015 made 4 °C warmer: its training profile from the registry, and its accuracy on the labelled rows",
    { reference: 'champion', name: MODEL_NAME, registry, current, ignore: 'date', target: 'weather', report: join(DEMO_DIR, 'drift.json') },
    monitorDriftCommand,
  )
  const marker = trackingMarker(MODEL_NAME, 'monitor-drift')
  process.stdout.write(`\nThe issue a scheduled workflow would open (or comment on) in the repository:\n\n${marker}\n${driftIssueBody(result, { key: MODEL_NAME }, marker)}`)
}

export async function runDemo(): Promise<void> {
  mkdirSync(DEMO_DIR, { recursive: true })
  const clean = join(DEMO_DIR, 'seattle-weather.csv')
  const corrupted = join(DEMO_DIR, 'seattle-weather-corrupted.csv')
  const schema = join(DEMO_DIR, 'seattle-weather.schema.yml')
  copyFileSync(vegaDataset('seattle-weather.csv'), clean)
  const lines = readFileSync(clean, 'utf8').split('\n')
  for (const [line, , edit] of CORRUPTIONS) lines[line - 1] = edit(lines[line - 1].split(',')).join(',')
  lines.splice(30, 0, lines[29])
  writeFileSync(corrupted, lines.join('\n'))

  await step('1. Infer a schema from the real Seattle weather data', { data: clean, 'write-schema': schema, report: join(DEMO_DIR, 'infer.json') })
  await step('2. Validate a clean copy against it', { data: clean, schema, report: join(DEMO_DIR, 'clean.json') })
  const planted = [...CORRUPTIONS.map(([line, what]) => `${what} (line ${line < 30 ? line : line + 1})`), 'a duplicated row (line 31)']
  await step(`3. Validate a corrupted copy with ${planted.join(', ')}`, { data: corrupted, schema, report: join(DEMO_DIR, 'corrupted.json') })
  await trainAndGate(clean)
  process.stdout.write(`\nThe schema, the corrupted copy, both model directories and the JSON reports are in ${DEMO_DIR}/.\n`)
}

startEntry(() =>
  runDemo().catch((error) => {
    process.stderr.write(describeError(error) + '\n')
    process.exitCode = 1
  }),
)
