import { describe, expect, it } from 'vitest'
import { COLUMN_CHECKS, DATASET_CHECKS } from './checks/registry.js'
import { planParts } from './parallel.js'
import { compileSchema } from './schema/index.js'

describe('planning the work of several threads', () => {
  it('has every check declare its per-row cost', () => {
    for (const check of [...COLUMN_CHECKS, ...DATASET_CHECKS]) expect(Number.isFinite(check.cost) && check.cost >= 0, check.key).toBe(true)
  })

  it('balances columns and costly dataset checks by the costs they declare', () => {
    const compiled = compileSchema(
      `columns:
  id: {type: integer, unique: true}
  when: {type: datetime, min: "2020-01-01"}
  label: {type: category, allowed: [a, b]}
  note: {type: string, max-missing: 0.5, length: {max: 10}}
duplicate-rows: {max-share: 0}
unique: [[id, when]]
label-balance: {column: label, min-class-share: 0.1}
rows: {min: 1}
strict: true
`,
      'schema.yml',
    )
    const [first, second] = planParts(compiled, 2)
    // id (2 + 4) and the two key checks (3 each) are the heaviest units: they go to different threads.
    const partOf = (key: string) => [first, second].findIndex((part) => part.datasetChecks.includes(key))
    expect(partOf('duplicate-rows')).not.toBe(partOf('unique'))
    expect(new Set([...first.columns, ...second.columns])).toEqual(new Set(['id', 'when', 'label', 'note']))
    // The label's check goes with its column; checks that cost nothing per row stay on the first thread.
    const withLabel = [first, second].find((part) => part.columns.includes('label'))!
    expect(withLabel.datasetChecks).toContain('label-balance')
    expect(first.datasetChecks).toEqual(expect.arrayContaining(['rows', 'strict']))
    expect([first.primary, second.primary]).toEqual([true, false])
  })
})
