import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { validateCommand } from '../commands/index.js'
import { Inputs, mapSource } from '../inputs/index.js'
import { githubProgress } from './github.js'
import { hostContext } from './host.js'

const dir = mkdtempSync(join(tmpdir(), 'mlops-progress-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('progress in GitHub', () => {
  it('logs a long validation every 10 s at most, however often it is told', async () => {
    const data = join(dir, 'long.csv')
    const rows = ['id,price']
    for (let i = 0; i < 1_000_000; i++) rows.push(`${i},${i % 97}`)
    writeFileSync(data, rows.join('\n') + '\n')
    const schema = join(dir, 'schema.yml')
    writeFileSync(schema, 'columns:\n  id: {type: integer}\n  price: {type: number, min: 0}\n')
    // Every look at the clock moves it 3 s on: a slow run, without the wait.
    let time = 0
    const now = () => (time += 3_000)
    const lines: string[] = []
    let updates = 0
    const github = githubProgress(10_000, now, (line) => lines.push(line))
    const progress = (task: string) => {
      const reporter = github(task)
      return { update: (...args: Parameters<typeof reporter.update>) => (updates++, reporter.update(...args)), end: () => reporter.end() }
    }
    const inputs = new Inputs(mapSource({ data, schema, report: join(dir, 'report.json') }), Object.keys(validateCommand.inputs))
    const options = validateCommand.parse(inputs, hostContext({ MLOPS_THREADS: '1' }))
    const log = { info() {}, warning() {}, group: <T>(_title: string, body: () => Promise<T>) => body(), progress }
    const outcome = await validateCommand.run(options, log)
    expect(outcome.outputs.rows).toBe('1000000')
    expect(updates).toBeGreaterThan(4)
    // One line per 10 s of the fake clock at most, and the last line at the end.
    expect(lines.length).toBeGreaterThanOrEqual(2)
    expect(lines.length).toBeLessThanOrEqual(Math.floor(time / 10_000) + 1)
    expect(lines.length).toBeLessThan(updates)
    const name = data.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    for (const line of lines) expect(line).toMatch(new RegExp(`^Validating ${name}: [\\d.]+ [kMG]?B of [\\d.]+ MB \\(\\d+%\\), [\\d.]+ [kMG]?B/s; [\\d,]+ rows, [\\d,.]+ rows/s$`))
    expect(lines.at(-1)).toMatch(/ \(100%\), .*; 1,000,000 rows, /)
  })
})
