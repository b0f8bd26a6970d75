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
  it('logs a long validation every 10 s at most, however many rows it reads', async () => {
    const data = join(dir, 'long.csv')
    const rows = ['id,price']
    for (let i = 0; i < 400_000; i++) rows.push(`${i},${i % 97}`)
    writeFileSync(data, rows.join('\n') + '\n')
    const schema = join(dir, 'schema.yml')
    writeFileSync(schema, 'columns:\n  id: {type: integer}\n  price: {type: number, min: 0}\n')
    // Every look at the clock moves it 4 s on: a slow run, without the wait.
    let time = 0
    const now = () => (time += 4_000)
    const lines: string[] = []
    const inputs = new Inputs(mapSource({ data, schema, report: join(dir, 'report.json') }), Object.keys(validateCommand.inputs))
    const options = validateCommand.parse(inputs, hostContext({ MLOPS_THREADS: '1' }))
    const log = { info() {}, warning() {}, group: <T>(_title: string, body: () => Promise<T>) => body(), progress: githubProgress(10_000, now, (line) => lines.push(line)) }
    const outcome = await validateCommand.run(options, log)
    expect(outcome.outputs.rows).toBe('400000')
    // 24 updates (one per 16,384 rows) over 96 s of fake time: a line per 10 s, and the last.
    expect(lines.length).toBeGreaterThanOrEqual(3)
    expect(lines.length).toBeLessThanOrEqual(24 * 4 / 10 + 2)
    for (const line of lines) expect(line).toMatch(new RegExp(`^Validating ${data.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: [\\d,]+ rows, [\\d,.]+ rows/s$`))
  })
})
