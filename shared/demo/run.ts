import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describeError } from '../errors/index.js'
import { evaluateGateCommand, monitorDriftCommand, registerModelCommand, trainCommand, validateCommand } from '../commands/index.js'
import { driftIssueBody } from '../commands/monitor-drift/report.js'
import { trackingMarker } from '../github/index.js'
import { LocalRegistry } from '../registry/index.js'
import { startEntry } from '../runtime/entry.js'
import { serveAndRollOut } from './canary.js'
import { vegaDataset } from './datasets.js'
import { DemoSteps } from './steps.js'

const DEMO_DIR = '.demo'
const REPORTS_DIR = join(DEMO_DIR, 'reports')
const REGISTRY_DIR = join(DEMO_DIR, 'registry')
const REGISTRY = `local:${REGISTRY_DIR}`
const MODEL_NAME = 'seattle-weather'
const THRESHOLDS = '{accuracy: {threshold: 0.7, not-worse: {margin: 0.02}}, f1_macro: {not-worse: {margin: 0.05}}}'

/** Faults a real pipeline meets, each on its own line of the corrupted copy. */
const CORRUPTIONS: [line: number, describe: string, edit: (fields: string[]) => string[]][] = [
  [4, 'a type error', (f) => [f[0], 'n/a mm', ...f.slice(2)]],
  [8, 'an out-of-range reading', (f) => [f[0], f[1], '61.5', ...f.slice(3)]],
  [15, 'an unknown category', (f) => [...f.slice(0, 5), 'hail']],
  [23, 'an impossible date', (f) => ['2012-02-30', ...f.slice(1)]],
  [42, 'a missing value', (f) => [f[0], f[1], '', ...f.slice(3)]],
  [57, 'a row with a field missing', (f) => f.slice(0, 5)],
]

const report = (name: string) => join(REPORTS_DIR, name)

/** Seattle weather split in time: 2012-2014 to train on, 2015 held out, as a deployed model would meet it. */
function splitByYear(source: string, train: string, holdout: string): void {
  const [header, ...rows] = readFileSync(source, 'utf8').trimEnd().split('\n')
  writeFileSync(train, [header, ...rows.filter((row) => !row.startsWith('2015'))].join('\n') + '\n')
  writeFileSync(holdout, [header, ...rows.filter((row) => row.startsWith('2015'))].join('\n') + '\n')
}

/** Production data a warmer year would bring: 2015 with every temperature raised by `degrees`. */
function warmer(source: string, target: string, degrees: number): void {
  const [header, ...rows] = readFileSync(source, 'utf8').trim().split('\n')
  const columns = header!.split(',')
  const shifted = new Set(['temp_max', 'temp_min'].map((name) => columns.indexOf(name)))
  const shift = (row: string) => row.split(',').map((field, i) => (shifted.has(i) && field !== '' ? String(Math.round((Number(field) + degrees) * 10) / 10) : field)).join(',')
  writeFileSync(target, [header, ...rows.map(shift)].join('\n') + '\n')
}

/** A copy of the data with {@link CORRUPTIONS} and one duplicated row; returns what was planted where. */
function corrupt(clean: string, corrupted: string): string[] {
  const lines = readFileSync(clean, 'utf8').split('\n')
  for (const [line, , edit] of CORRUPTIONS) lines[line - 1] = edit(lines[line - 1]!.split(',')).join(',')
  lines.splice(30, 0, lines[29]!)
  writeFileSync(corrupted, lines.join('\n'))
  return [...CORRUPTIONS.map(([line, what]) => `${what} (line ${line < 30 ? line : line + 1})`), 'a duplicated row (line 31)']
}

/** The whole loop on real data, with a local registry and a local server: what the reusable workflows do in GitHub. */
export async function runDemo(): Promise<void> {
  mkdirSync(REPORTS_DIR, { recursive: true })
  const steps = new DemoSteps()
  const clean = join(DEMO_DIR, 'seattle-weather.csv')
  const corrupted = join(DEMO_DIR, 'seattle-weather-corrupted.csv')
  const schema = join(DEMO_DIR, 'seattle-weather.schema.yml')
  const train = join(DEMO_DIR, 'weather-2012-2014.csv')
  const holdout = join(DEMO_DIR, 'weather-2015.csv')
  copyFileSync(vegaDataset('seattle-weather.csv'), clean)
  splitByYear(clean, train, holdout)
  const planted = corrupt(clean, corrupted)

  await steps.run('Infer a schema from the real Seattle weather data', validateCommand, { data: clean, 'write-schema': schema, report: report('infer.json') })
  await steps.run('Validate a clean copy against it', validateCommand, { data: clean, schema, report: report('validate-clean.json') })
  await steps.run(`Validate a corrupted copy: ${planted.join(', ')}`, validateCommand, { data: corrupted, schema, report: report('validate-corrupted.json') }, { mayFail: true, describe: (outputs) => `the planted faults found: ${outputs.errors} errors, so the data is refused` })

  // Each demo run trains with other seeds, so that every run registers new versions.
  const seed = String(7 + (await new LocalRegistry(REGISTRY_DIR).list(MODEL_NAME)).length)
  const common = { data: train, target: 'weather', ignore: 'date', seed }
  const v1 = await steps.run('Train v1: a logistic regression of the weather type on 2012-2014', trainCommand, { ...common, model: 'linear', 'output-dir': join(DEMO_DIR, 'v1') })
  process.stdout.write(`model flavor: ${v1.flavor}\n`)
  const champion = await steps.run('Register v1 in the local registry as the champion', registerModelCommand, { 'model-dir': join(DEMO_DIR, 'v1'), name: MODEL_NAME, registry: REGISTRY, alias: 'champion', report: report('register-v1.json') })
  const v2 = await steps.run('Train v2: an MLP on the same data', trainCommand, { ...common, model: 'mlp', params: '{hidden-units: [32, 32], epochs: 60}', 'output-dir': join(DEMO_DIR, 'v2') })
  process.stdout.write(`model flavor: ${v2.flavor}\n`)
  const gate = await steps.run(
    "Gate v2 against the registry's champion on 2015, which neither has seen",
    evaluateGateCommand,
    { 'model-dir': join(DEMO_DIR, 'v2'), data: holdout, baseline: 'champion', name: MODEL_NAME, registry: REGISTRY, thresholds: THRESHOLDS, comment: 'never', report: report('evaluation.json') },
    { mayFail: true },
  )
  if (gate.passed === 'true') {
    const candidate = await steps.run('Register v2, recording the version it was gated against', registerModelCommand, {
      'model-dir': join(DEMO_DIR, 'v2'),
      name: MODEL_NAME,
      registry: REGISTRY,
      alias: 'candidate',
      'compared-with': champion.uri!,
      report: report('register-v2.json'),
    })
    await steps.custom('Canary rollout of v2: serve the champion on loopback and roll v2 out under generated traffic; promoted, v2 becomes the champion', () =>
      serveAndRollOut({ registryDir: REGISTRY_DIR, model: MODEL_NAME, stable: Number(champion.version), candidate: Number(candidate.version), rowsCsv: holdout, report: report('deploy.json') }),
    )
  } else {
    steps.skip('Register v2 and roll it out as a canary', 'the gate found a regression, so v2 is neither registered nor deployed')
  }
  await checkDrift(steps, holdout)
  steps.printSummary(`The schema, the data, the model directories and the registry are in ${DEMO_DIR}/; every JSON report is in ${REPORTS_DIR}/.`)
}

/** Checks the champion against shifted data, as the scheduled workflow would, and prints the issue it would open. */
async function checkDrift(steps: DemoSteps, holdout: string): Promise<void> {
  const current = join(DEMO_DIR, 'weather-2015-warmer.csv')
  warmer(holdout, current, 4)
  const result = await steps.runForResult(
    'Check the champion for drift against 2015 made 4 °C warmer: its training profile from the registry, and its accuracy on the labelled rows',
    monitorDriftCommand,
    { reference: 'champion', name: MODEL_NAME, registry: REGISTRY, current, ignore: 'date', target: 'weather', report: report('drift.json') },
    { mayFail: true, describe: (outputs) => (outputs.drifted === 'true' ? `drift in ${JSON.parse(outputs['drifted-columns'] ?? '[]').join(', ')}` : 'no drift') },
  )
  const marker = trackingMarker(MODEL_NAME, 'monitor-drift')
  process.stdout.write(`\nThe issue the scheduled workflow would open (or comment on) in the repository:\n\n${marker}\n${driftIssueBody(result, { key: MODEL_NAME }, marker)}`)
}

startEntry(() =>
  runDemo().catch((error) => {
    process.stderr.write(describeError(error) + '\n')
    process.exitCode = 1
  }),
)
