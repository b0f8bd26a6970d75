// Model directories and a local registry for the server's tests: the ONNX fixtures, and a
// command model whose serve process can be made to crash or wait.
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { LocalRegistry, ModelRegistry } from '../registry/index.js'

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/onnx/', import.meta.url))
const SERVE_FIXTURES = fileURLToPath(new URL('../../test/fixtures/serve/', import.meta.url))

/** The wine classifier's evaluation rows, as objects of its 13 features. */
export function wineRows(): Record<string, number>[] {
  const [header, ...lines] = readFileSync(join(FIXTURES, 'wine-logistic', 'eval.csv'), 'utf8').trim().split('\n')
  const names = header!.split(',')
  return lines.map((line) => {
    const cells = line.split(',').map(Number)
    return Object.fromEntries(names.map((name, i) => [name, cells[i]!]).filter(([name]) => name !== 'cultivar'))
  })
}

/** A copy of an ONNX fixture with a metadata.json; `seed` makes each copy a different registered version. */
export function onnxModelDir(work: string, fixture: 'wine-logistic' | 'diabetes-linear', seed: number): string {
  const dir = join(work, `${fixture}-${seed}`)
  cpSync(join(FIXTURES, fixture), dir, { recursive: true })
  writeFileSync(join(dir, 'metadata.json'), JSON.stringify({ format: 'mlops-actions/model', version: 1, trainer: 'command', seed }))
  return dir
}

/**
 * A command classifier of `x` (number) and `color` (text): `pos` when x > 0. Its serve process
 * exits when x is 666 and waits `x - 1000` ms before answering when x is above 1000. Without
 * `withServe`, only its batch predict command answers.
 */
export function commandModelDir(work: string, name = 'command-model', withServe = true): string {
  const dir = join(work, name)
  mkdirSync(dir)
  copyFileSync(join(SERVE_FIXTURES, 'signs-serve.cjs'), join(dir, 'serve.cjs'))
  copyFileSync(join(SERVE_FIXTURES, 'signs-predict.cjs'), join(dir, 'predict.cjs'))
  writeFileSync(
    join(dir, 'manifest.yaml'),
    `version: 1\nflavor: command\ntask: classification\ntarget: label\ninputs:\n  - {name: x, type: number}\n  - {name: color, type: text}\nclasses: [neg, pos]\nfiles: [serve.cjs, predict.cjs]\ncommand:\n  predict: node predict.cjs\n${withServe ? '  serve: node serve.cjs\n' : ''}`,
  )
  writeFileSync(join(dir, 'metadata.json'), JSON.stringify({ format: 'mlops-actions/model', version: 1, trainer: 'command', seed: 1 }))
  return dir
}

/** A command model reading the wine features that answers `label` for every row, through its serve process. */
export function constantWineDir(work: string, label: number): string {
  const dir = join(work, `constant-${label}`)
  mkdirSync(dir)
  writeFileSync(join(dir, 'serve.cjs'), `require('node:readline').createInterface({ input: process.stdin }).on('line', () => process.stdout.write('{"y_pred": ${label}}\\n'))\n`)
  const inputs = Object.keys(wineRows()[0]!).map((name) => `  - {name: ${name}, type: number}\n`).join('')
  writeFileSync(join(dir, 'manifest.yaml'), `version: 1\nflavor: command\ntask: classification\ntarget: cultivar\ninputs:\n${inputs}classes: [0, 1, 2]\nfiles: [serve.cjs]\ncommand:\n  predict: 'false'\n  serve: node serve.cjs\n`)
  writeFileSync(join(dir, 'metadata.json'), JSON.stringify({ format: 'mlops-actions/model', version: 1, trainer: 'command', seed: label }))
  return dir
}

/** A local registry in a new folder under `work`, with `dirs` registered in order as versions 1, 2, ... and version 1 the champion. */
export async function registryWith(work: string, name: string, dirs: string[]): Promise<{ registry: ModelRegistry; root: string }> {
  const root = mkdtempSync(join(work, 'registry-'))
  const registry = new ModelRegistry(new LocalRegistry(root))
  for (const [i, dir] of dirs.entries()) await registry.register(name, dir, i === 0 ? { aliases: ['champion'] } : {})
  return { registry, root }
}

export function workDir(): string {
  return mkdtempSync(join(tmpdir(), 'mlops-serve-test-'))
}

/** The value of the series `name` whose labels include `labels`, or 0 when there is none. */
export function metricValue(text: string, name: string, labels: Record<string, string>): number {
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)\{(.*)\} (\S+)$/.exec(line)
    if (!match || match[1] !== name) continue
    const found = Object.fromEntries([...match[2]!.matchAll(/(\w+)="([^"]*)"/g)].map((pair) => [pair[1], pair[2]]))
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) return Number(match[3])
  }
  return 0
}
