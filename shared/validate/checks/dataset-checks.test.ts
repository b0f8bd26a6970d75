import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_MISSING_VALUES, resolveDataFiles } from '../../data/index.js'
import { UserError } from '../../errors/index.js'
import { compileSchema } from '../schema/index.js'
import { validateData } from '../index.js'
import { DATASET_CHECKS } from './registry.js'

let dir: string
let count = 0
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-dataset-checks-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Writes each CSV text to its own file and validates them together. */
async function runFiles(csvs: string[], yaml: string) {
  const folder = join(dir, `run-${++count}`)
  mkdirSync(folder)
  const paths = csvs.map((csv, index) => {
    const path = join(folder, `part-${index + 1}.csv`)
    writeFileSync(path, csv)
    return path
  })
  const schema = compileSchema(yaml, 'schema.yml')
  const result = await validateData({
    files: await resolveDataFiles(paths.join(',')),
    schema,
    missingValues: DEFAULT_MISSING_VALUES,
    infer: false,
  })
  return { paths, result }
}

async function run(csv: string, yaml: string) {
  const { paths, result } = await runFiles([csv], yaml)
  return { path: paths[0], result }
}

async function passes(csv: string, yaml: string): Promise<void> {
  const { result } = await run(csv, yaml)
  expect(result.findings).toEqual([])
}

async function schemaError(csv: string, yaml: string): Promise<string> {
  const error = await run(csv, yaml).then(
    () => undefined,
    (thrown: unknown) => thrown,
  )
  expect(error).toBeInstanceOf(UserError)
  return (error as UserError).message
}

const covered = new Set<string>()
function describeCheck(key: string, body: () => void): void {
  covered.add(key)
  describe(`dataset check '${key}'`, body)
}

const AB = 'columns: {a: {type: integer}, b: {type: string}}'

describeCheck('strict', () => {
  it('passes when the data has only schema columns', async () => {
    await passes('b,a\nx,1\n', `${AB}\nstrict: true`)
  })

  it('allows extra columns unless strict', async () => {
    await passes('a,b,extra\n1,x,y\n', `${AB}\nstrict: false`)
  })

  it('reports each extra column on the header line', async () => {
    const { path, result } = await run('a,extra,b,more\n1,x,y,z\n', `${AB}\nstrict: true`)
    expect(result.findings).toEqual([
      { check: 'strict', severity: 'error', file: path, line: 1, message: "column 'extra' is not in the schema (the schema is strict)" },
      { check: 'strict', severity: 'error', file: path, line: 1, message: "column 'more' is not in the schema (the schema is strict)" },
    ])
  })
})

describeCheck('ordered', () => {
  it('passes when the columns follow the schema order, extra columns aside', async () => {
    await passes('a,extra,b\n1,x,y\n', `${AB}\nordered: true`)
  })

  it('reports the first column out of order', async () => {
    const { path, result } = await run('b,a\nx,1\n', `${AB}\nordered: true`)
    expect(result.findings).toEqual([
      { check: 'ordered', severity: 'error', file: path, line: 1, message: "column 'b' is out of order: expected 'a' at that place (order: a, b)" },
    ])
  })
})

describeCheck('rows', () => {
  it('passes within the bounds', async () => {
    await passes('a,b\n1,x\n2,y\n', `${AB}\nrows: {min: 2, max: 2}`)
  })

  it('reports too few and too many rows, counted over all files', async () => {
    const few = await run('a,b\n1,x\n', `${AB}\nrows: {min: 2}`)
    expect(few.result.findings).toEqual([{ check: 'rows', severity: 'error', message: 'row count 1 is below the minimum 2' }])
    const many = await runFiles(['a,b\n1,x\n2,y\n', 'a,b\n3,z\n'], `${AB}\nrows: {max: 2}`)
    expect(many.result.rows).toBe(3)
    expect(many.result.findings).toEqual([{ check: 'rows', severity: 'error', message: 'row count 3 is above the maximum 2' }])
  })

  it('warns instead when the schema sets its severity', async () => {
    const { result } = await run('a,b\n1,x\n', `${AB}\nrows: {min: 5}\nseverity: {rows: warning}`)
    expect(result.findings).toEqual([{ check: 'rows', severity: 'warning', message: 'row count 1 is below the minimum 5' }])
    expect([result.errors, result.warnings]).toEqual([0, 1])
  })

  it('rejects min greater than max', async () => {
    expect(await schemaError('a,b\n1,x\n', `${AB}\nrows: {min: 10, max: 5}`)).toBe('schema.yml:2:7: rows: min (10) is greater than max (5).')
  })
})

describeCheck('duplicate-rows', () => {
  const data = 'a,b\n1,x\n2,y\n1,x\n3,z\n'

  it('passes when the duplicate share is within max-share', async () => {
    await passes(data, `${AB}\nduplicate-rows: {max-share: 0.25}`)
  })

  it('reports the share and each repeated row with the line it repeats', async () => {
    const { path, result } = await run(`${data}1,x\n`, `${AB}\nduplicate-rows: {max-share: 0.1}`)
    expect(result.findings).toHaveLength(3)
    expect(result.findings).toEqual(
      expect.arrayContaining([
        { check: 'duplicate-rows', severity: 'error', message: '40% of rows are duplicates (2 of 5); at most 10% allowed' },
        { check: 'duplicate-rows', severity: 'error', file: path, line: 4, message: 'row repeats line 2' },
        { check: 'duplicate-rows', severity: 'error', file: path, line: 6, message: 'row repeats line 2' },
      ]),
    )
    expect(result.errors).toBe(3)
  })

  it('finds a row repeated in another file', async () => {
    const { paths, result } = await runFiles(['a,b\n1,x\n2,y\n', 'a,b\n3,z\n2,y\n'], `${AB}\nduplicate-rows: {max-share: 0}`)
    expect(result.findings).toHaveLength(2)
    expect(result.findings).toEqual(
      expect.arrayContaining([
        { check: 'duplicate-rows', severity: 'error', message: '25% of rows are duplicates (1 of 4); at most 0% allowed' },
        { check: 'duplicate-rows', severity: 'error', file: paths[1], line: 3, message: `row repeats ${paths[0]}:3` },
      ]),
    )
  })

  it('sees the same values as the same row however they are quoted', async () => {
    const { path, result } = await run('a,b\n1,x\n"1","x"\n', `${AB}\nduplicate-rows: {max-share: 0}`)
    expect(result.findings).toContainEqual({ check: 'duplicate-rows', severity: 'error', file: path, line: 3, message: 'row repeats line 2' })
  })
})

describeCheck('unique', () => {
  const schema = 'columns: {store: {type: string}, day: {type: datetime}, sales: {type: number}}'

  it('passes when every compound key is distinct', async () => {
    await passes('store,day,sales\nA,2024-01-01,1\nA,2024-01-02,1\nB,2024-01-01,1\n', `${schema}\nunique: [[store, day]]`)
  })

  it('reports each repeated key with the line of its first occurrence', async () => {
    const { path, result } = await run(
      'store,day,sales\nA,2024-01-01,1\nB,2024-01-01,2\nA,2024-01-01,3\nA,2024-01-02,4\n',
      `${schema}\nunique: [[store, day], [sales]]`,
    )
    expect(result.findings).toEqual([
      { check: 'unique', severity: 'error', file: path, line: 4, message: 'duplicate key (store, day): the same key is at line 2' },
    ])
  })

  it('checks several keys independently', async () => {
    const { path, result } = await run('store,day,sales\nA,2024-01-01,1\nB,2024-01-01,1\n', `${schema}\nunique: [[store, day], [sales], [day]]`)
    expect(result.findings).toEqual([
      { check: 'unique', severity: 'error', file: path, line: 3, message: 'duplicate key (day): the same key is at line 2' },
      { check: 'unique', severity: 'error', file: path, line: 3, message: 'duplicate key (sales): the same key is at line 2' },
    ])
  })

  it('rejects a key naming a column the schema does not define', async () => {
    expect(await schemaError('store,day,sales\nA,2024-01-01,1\n', `${schema}\nunique: [[store, day], [shop]]`)).toBe(
      "schema.yml:2:24: unique[1]: column 'shop' is not defined under columns.",
    )
  })
})

describeCheck('label-balance', () => {
  const labels = (counts: Record<string, number>) =>
    'id,label\n' +
    Object.entries(counts)
      .flatMap(([label, n]) => Array.from({ length: n }, () => label))
      .map((label, index) => `${index},${label}`)
      .join('\n') +
    '\n'
  const schema = 'columns: {id: {type: integer}, label: {type: category}}'

  it('passes a balanced label', async () => {
    await passes(labels({ cat: 5, dog: 4 }), `${schema}\nlabel-balance: {column: label, min-class-share: 0.4, max-class-ratio: 1.25}`)
  })

  it('reports the smallest class below min-class-share', async () => {
    const { result } = await run(labels({ cat: 9, dog: 1 }), `${schema}\nlabel-balance: {column: label, min-class-share: 0.2}`)
    expect(result.findings).toEqual([
      { check: 'label-balance', severity: 'error', message: "class 'dog' of 'label' has 10% of labelled rows (1); at least 20% required" },
    ])
  })

  it('reports a largest-to-smallest ratio above max-class-ratio', async () => {
    const { result } = await run(labels({ cat: 9, dog: 3, NA: 20 }), `${schema}\nlabel-balance: {column: label, max-class-ratio: 2}`)
    expect(result.findings).toEqual([{ check: 'label-balance', severity: 'error', message: "largest to smallest class ratio of 'label' is 3; at most 2 allowed" }])
  })

  it('rejects a label column the schema does not define', async () => {
    expect(await schemaError(labels({ a: 1 }), `${schema}\nlabel-balance: {column: target, min-class-share: 0.1}`)).toBe(
      "schema.yml:2:25: label-balance.column: column 'target' is not defined under columns.",
    )
  })
})

describe('dataset checks in the registry', () => {
  it('are each tested here', () => {
    expect([...covered].sort()).toEqual(DATASET_CHECKS.map((check) => check.key).sort())
  })
})

describe("the schema's columns", () => {
  it('reports a schema column missing from the data as a columns finding on the header line', async () => {
    const { path, result } = await run('a\n1\n', `${AB}`)
    expect(result.findings).toEqual([
      { check: 'columns', severity: 'error', file: path, line: 1, message: "column 'b' is in the schema but not in the data" },
    ])
    expect(result.errors).toBe(1)
  })

  it('reports it for each file that lacks it', async () => {
    const { paths, result } = await runFiles(['a,b\n1,x\n', 'a\n2\n'], AB)
    expect(result.findings).toEqual([
      { check: 'columns', severity: 'error', file: paths[1], line: 1, message: "column 'b' is in the schema but not in the data" },
    ])
  })

  it('warns instead when the schema sets the severity of columns', async () => {
    const { result } = await run('a\n1\n', `${AB}\nseverity: {columns: warning}`)
    expect(result.findings.map((finding) => [finding.check, finding.severity])).toEqual([['columns', 'warning']])
  })
})
