import { beforeAll, describe, expect, it } from 'vitest'
import { buildReferenceProfile } from '../profile/index.js'
import { RandomStream } from '../random/index.js'
import { loadTable, takeRows, type Table } from '../table/index.js'
import { compareDatasets } from './index.js'

const SEATTLE = 'node_modules/vega-datasets/data/seattle-weather.csv'

/** Rows whose date (YYYY-MM-DD) falls in one of the months. */
function monthRows(table: Table, months: number[]): number[] {
  const dates = table.columns.find((column) => column.name === 'date')!.values as (string | null)[]
  return dates.flatMap((date, row) => (months.includes(Number(date!.slice(5, 7))) ? [row] : []))
}

/** The rows shuffled with a seeded Fisher–Yates, then cut in two. */
function randomHalves(rows: number, seed: number): [number[], number[]] {
  const order = Array.from({ length: rows }, (_, i) => i)
  const random = new RandomStream(seed, 0)
  for (let i = rows - 1; i > 0; i--) {
    const j = Math.floor(random.nextFloat() * (i + 1))
    ;[order[i], order[j]] = [order[j]!, order[i]!]
  }
  const half = Math.floor(rows / 2)
  return [order.slice(0, half).sort((a, b) => a - b), order.slice(half).sort((a, b) => a - b)]
}

describe('seattle-weather', () => {
  let table: Table
  beforeAll(async () => {
    table = await loadTable(SEATTLE)
  })

  it('drifts on temp_max and temp_min from winter (Dec–Feb) to summer (Jun–Aug) at the defaults', () => {
    const winter = takeRows(table, monthRows(table, [12, 1, 2]))
    const summer = takeRows(table, monthRows(table, [6, 7, 8]))
    const report = compareDatasets(winter, summer, { ignore: ['date'] })
    const byName = new Map(report.columns.map((c) => [c.column, c]))
    for (const name of ['temp_max', 'temp_min']) {
      expect(byName.get(name)).toMatchObject({ kind: 'numeric', test: 'ks', status: 'compared', drifted: true })
      expect(byName.get(name)!.p_value).toBeLessThan(1e-50)
    }
    expect(report.verdict).toBe('drifted')
    // The same through the profile train would write of the winter rows.
    const profiled = compareDatasets(buildReferenceProfile(winter), summer, { ignore: ['date'] })
    expect(profiled.driftedColumns).toEqual(expect.arrayContaining(['temp_max', 'temp_min']))
  })

  it('does not drift between two random halves of the same years at the defaults', () => {
    let falseAlarms = 0
    for (let seed = 1; seed <= 20; seed++) {
      const [first, second] = randomHalves(table.rows, seed)
      const report = compareDatasets(takeRows(table, first), takeRows(table, second))
      expect(report.verdict, `seed ${seed}: ${report.driftedColumns.join(', ')}`).toBe('not drifted')
      falseAlarms += report.driftedColumns.length
    }
    // Each column is tested at 0.05: about 6 of the 120 column tests are expected to fire by chance (5 do).
    expect(falseAlarms).toBeLessThanOrEqual(10)
  })
})
