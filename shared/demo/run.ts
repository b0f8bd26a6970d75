import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cliIO, type CliState } from '../cli/io.js'
import { validateCommand } from '../commands/index.js'
import { describeError } from '../errors/index.js'
import { mapSource } from '../inputs/index.js'
import { executeCommand } from '../runtime/command.js'
import { startEntry } from '../runtime/entry.js'
import { vegaDataset } from './datasets.js'

const DEMO_DIR = '.demo'

/** Faults a real pipeline meets, each on its own line of the corrupted copy. */
const CORRUPTIONS: [line: number, describe: string, edit: (fields: string[]) => string[]][] = [
  [4, 'a type error', (f) => [f[0], 'n/a mm', ...f.slice(2)]],
  [8, 'an out-of-range reading', (f) => [f[0], f[1], '61.5', ...f.slice(3)]],
  [15, 'an unknown category', (f) => [...f.slice(0, 5), 'hail']],
  [23, 'an impossible date', (f) => ['2012-02-30', ...f.slice(1)]],
  [42, 'a missing value', (f) => [f[0], f[1], '', ...f.slice(3)]],
  [57, 'a row with a field missing', (f) => f.slice(0, 5)],
]

async function step(title: string, inputs: Record<string, string>): Promise<void> {
  process.stdout.write(`\n==> ${title}\n    mlops validate ${Object.entries(inputs).map(([k, v]) => `--${k} ${v}`).join(' ')}\n\n`)
  const state: CliState = { outputs: {} }
  await executeCommand(validateCommand, cliIO(mapSource(inputs), false, state))
  process.stdout.write(`\noutputs: ${JSON.stringify(state.outputs)}\n`)
  if (state.failure) process.stdout.write(`result: ${state.failure}\n`)
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
  process.stdout.write(`\nThe schema, the corrupted copy and the JSON reports are in ${DEMO_DIR}/.\n`)
}

startEntry(import.meta.url, () =>
  runDemo().catch((error) => {
    process.stderr.write(describeError(error) + '\n')
    process.exitCode = 1
  }),
)
