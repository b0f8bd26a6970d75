import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_MISSING_VALUES, resolveDataFiles } from '../../data/index.js'
import { UserError } from '../../errors/index.js'
import { compileSchema } from '../schema/index.js'
import { validateData } from '../index.js'
import { COLUMN_CHECKS } from './registry.js'

let dir: string
let count = 0
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-column-checks-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Validates CSV text against a YAML schema; returns the file path and the result. */
async function run(csv: string, yaml: string) {
  const path = join(dir, `data-${++count}.csv`)
  writeFileSync(path, csv)
  const schema = compileSchema(yaml, 'schema.yml')
  const result = await validateData({
    files: await resolveDataFiles(path),
    schema,
    missingValues: schema.schema['missing-values'] ?? DEFAULT_MISSING_VALUES,
    infer: false,
  })
  return { path, result }
}

async function passes(csv: string, yaml: string): Promise<void> {
  const { result } = await run(csv, yaml)
  expect(result.findings).toEqual([])
  expect(result.errors + result.warnings).toBe(0)
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
  describe(`column check '${key}'`, body)
}

describeCheck('nullable', () => {
  it('passes when every value is present, or when the column is nullable', async () => {
    await passes('id,name\n1,a\n2,b\n', 'columns: {id: {type: integer}, name: {type: string, nullable: false}}')
    await passes('id,name\n1,a\n2,\n', 'columns: {id: {type: integer}, name: {type: string, nullable: true}}')
  })

  it('reports each missing value at its line', async () => {
    const { path, result } = await run('id,name\n1,a\n2,\n3,NA\n4,d\n', 'columns: {id: {type: integer}, name: {type: string, nullable: false}}')
    const finding = { check: 'nullable', severity: 'error', column: 'name', file: path, message: 'missing value in a column that is not nullable' }
    expect(result.findings).toEqual([
      { ...finding, line: 3 },
      { ...finding, line: 4 },
    ])
    expect(result.errors).toBe(2)
  })
})

describeCheck('max-missing', () => {
  it('passes at the limit', async () => {
    await passes('id,a\n1,1\n2,\n3,2\n4,NA\n5,3\n6,4\n7,5\n8,6\n', 'columns: {id: {type: integer}, a: {type: integer, max-missing: 0.25}}')
  })

  it('reports the share of missing values once, for the column', async () => {
    const { result } = await run('a\n1\nNA\n3\nnull\n', 'columns: {a: {type: integer, max-missing: 0.25}}')
    expect(result.findings).toEqual([
      { check: 'max-missing', severity: 'error', column: 'a', message: '50% of values are missing (2 of 4); at most 25% allowed' },
    ])
  })
})

describeCheck('min', () => {
  it('passes at the bound', async () => {
    await passes('price\n0\n3.5\n', 'columns: {price: {type: number, min: 0}}')
  })

  it('reports each value below the minimum', async () => {
    const { path, result } = await run('price\n1\n-0.5\n2\n-3\n', 'columns: {price: {type: number, min: 0}}')
    expect(result.findings).toEqual([
      { check: 'min', severity: 'error', column: 'price', file: path, line: 3, message: '-0.5 is below the minimum 0' },
      { check: 'min', severity: 'error', column: 'price', file: path, line: 5, message: '-3 is below the minimum 0' },
    ])
  })

  it('compares dates on a datetime column and shows them as dates', async () => {
    await passes('day\n2024-01-01\n2024-03-01\n', 'columns: {day: {type: datetime, min: "2024-01-01"}}')
    const { path, result } = await run('day\n2024-01-01\n2023-12-31\n', 'columns: {day: {type: datetime, min: "2024-01-01"}}')
    expect(result.findings).toEqual([
      { check: 'min', severity: 'error', column: 'day', file: path, line: 3, message: '2023-12-31 is below the minimum 2024-01-01' },
    ])
  })

  it('rejects a bound of the wrong kind, naming its key path', async () => {
    expect(await schemaError('n\n1\n', 'columns: {n: {type: number, min: "5"}}')).toBe('schema.yml:1:34: columns.n.min: expected a number, got "5".')
    expect(await schemaError('d\n2024-01-01\n', 'columns: {d: {type: datetime, min: "yesterday"}}')).toBe(
      'schema.yml:1:36: columns.d.min: expected an ISO 8601 date such as 2024-01-31 for a datetime column, got "yesterday".',
    )
  })
})

describe('min and max on one column, beside a check that sees every value', () => {
  it('reports each value out of either bound, and still every repeat inside them', async () => {
    const { path, result } = await run('n\n5\n-1\n10\n11\n5\n0\n12\n0\n', 'columns: {n: {type: integer, min: 0, max: 10, unique: true}}')
    const at = (line: number, check: string, message: string) => ({ check, severity: 'error', column: 'n', file: path, line, message })
    expect(result.findings).toEqual([
      at(3, 'min', '-1 is below the minimum 0'),
      at(5, 'max', '11 is above the maximum 10'),
      at(6, 'unique', 'duplicate value: the same value is at line 2'),
      at(8, 'max', '12 is above the maximum 10'),
      at(9, 'unique', 'duplicate value: the same value is at line 7'),
    ])
  })

  it('holds the tighter bounds of a datetime column to every row', async () => {
    const { path, result } = await run('day\n2024-01-01\n2023-12-31\n2024-06-30\n2024-07-01\n', 'columns: {day: {type: datetime, min: "2024-01-01", max: "2024-06-30"}}')
    expect(result.findings.map((finding) => [finding.line, finding.check])).toEqual([
      [3, 'min'],
      [5, 'max'],
    ])
    expect(result.findings[0].file).toBe(path)
  })
})

describeCheck('max', () => {
  it('passes at the bound', async () => {
    await passes('n\n10\n-4\n', 'columns: {n: {type: integer, max: 10}}')
  })

  it('reports each value above the maximum, with six significant digits', async () => {
    const { path, result } = await run('n\n10.123456789\n9\n', 'columns: {n: {type: number, max: 10}}')
    expect(result.findings).toEqual([
      { check: 'max', severity: 'error', column: 'n', file: path, line: 2, message: '10.1235 is above the maximum 10' },
    ])
  })

  it('compares date-times with a date bound at midnight', async () => {
    const { path, result } = await run(
      'at\n2024-01-01 00:00:00\n2024-01-01 10:30:00\n',
      'columns: {at: {type: datetime, format: "%Y-%m-%d %H:%M:%S", max: "2024-01-01"}}',
    )
    expect(result.findings).toEqual([
      { check: 'max', severity: 'error', column: 'at', file: path, line: 3, message: '2024-01-01T10:30:00Z is above the maximum 2024-01-01' },
    ])
  })
})

describeCheck('allowed', () => {
  it('passes when every value is in the list', async () => {
    await passes('color\nred\nblue\nNA\nred\n', 'columns: {color: {type: category, allowed: [red, blue]}}')
    await passes('level\n1\n3\n', 'columns: {level: {type: integer, allowed: [1, 2, 3]}}')
  })

  it('reports each value outside the list at its line', async () => {
    const { path, result } = await run('color\nred\ngreen\nRed\n', 'columns: {color: {type: category, allowed: [red, blue]}}')
    const finding = { check: 'allowed', severity: 'error', column: 'color', file: path }
    expect(result.findings).toEqual([
      { ...finding, line: 3, message: "'green' is not an allowed value (allowed: 'red', 'blue')" },
      { ...finding, line: 4, message: "'Red' is not an allowed value (allowed: 'red', 'blue')" },
    ])
  })

  it('compares numbers by value on numeric columns', async () => {
    const { path, result } = await run('level\n1.0\n2\n4\n', 'columns: {level: {type: number, allowed: [1, "2"]}}')
    expect(result.findings).toEqual([
      { check: 'allowed', severity: 'error', column: 'level', file: path, line: 4, message: '4 is not an allowed value (allowed: 1, 2)' },
    ])
  })

  it('names allowed booleans as the schema wrote them', async () => {
    const { path, result } = await run('flag\nyes\nno\n', 'columns: {flag: {type: boolean, allowed: [true]}}')
    expect(result.findings).toHaveLength(1)
    expect(result.findings[0]).toMatchObject({ check: 'allowed', column: 'flag', file: path, line: 3 })
    expect(result.findings[0].message).toMatch(/^(false|'no') is not an allowed value \(allowed: true\)$/)
  })

  it('tolerates a share of unseen values with max-unseen-share', async () => {
    const values = ['a', 'b', 'a', 'b', 'a', 'b', 'a', 'b', 'a', 'z']
    await passes(`v\n${values.join('\n')}\n`, 'columns: {v: {type: string, allowed: {values: [a, b], max-unseen-share: 0.1}}}')
  })

  it('reports the unseen share once, with the most frequent unseen values, at the first one', async () => {
    const values = ['a', 'x', 'b', 'y', 'x', 'a', 'a', 'b', 'a', 'b']
    const { path, result } = await run(`v\n${values.join('\n')}\n`, 'columns: {v: {type: string, allowed: {values: [a, b], max-unseen-share: 0.2}}}')
    expect(result.findings).toEqual([
      {
        check: 'allowed',
        severity: 'error',
        column: 'v',
        file: path,
        line: 3,
        message: "30% of values are outside the allowed set (3 of 10); at most 20% tolerated. Most frequent: 'x' (2), 'y' (1)",
      },
    ])
  })

  it('rejects a listed value that is not of the column type', async () => {
    expect(await schemaError('n\n1\n', 'columns: {n: {type: integer, allowed: [1, two]}}')).toBe(
      'schema.yml:1:43: columns.n.allowed[1]: expected an integer value, got "two".',
    )
  })

  it('rejects a listed number that is not finite', async () => {
    expect(await schemaError('n\n1\n', 'columns: {n: {type: number, allowed: [1, inf]}}')).toBe('schema.yml:1:42: columns.n.allowed[1]: "inf" is not a finite number.')
  })

  it('counts distinct long unseen values apart and lists them cut to 200 characters', async () => {
    const [long1, long2] = ['1', '2'].map((end) => 'x'.repeat(50_000) + end)
    const values = ['a', long1, long2, long1, 'a']
    const { result } = await run(`v\n${values.join('\n')}\n`, 'columns: {v: {type: string, allowed: {values: [a], max-unseen-share: 0.1}}}')
    const shown = `'${'x'.repeat(200)}…'`
    expect(result.findings.map((finding) => finding.message)).toEqual([
      `60% of values are outside the allowed set (3 of 5); at most 10% tolerated. Most frequent: ${shown} (2), ${shown} (1)`,
    ])
    expect(result.profile.v.top).toEqual([
      { value: 'a', count: 2 },
      { value: 'x'.repeat(200) + '…', count: 2 },
      { value: 'x'.repeat(200) + '…', count: 1 },
    ])
  })
})

describeCheck('unique', () => {
  it('passes on distinct values and ignores missing ones', async () => {
    await passes('n,id\n1,1\n2,2\n3,\n4,\n5,NA\n6,3\n', 'columns: {n: {type: integer}, id: {type: integer, unique: true}}')
    await passes('id\na\na\n', 'columns: {id: {type: string, unique: false}}')
  })

  it('reports each repeat with the line of the first occurrence', async () => {
    const { path, result } = await run('id\nk1\nk2\nk1\nK1\nk1\n', 'columns: {id: {type: string, unique: true}}')
    const finding = { check: 'unique', severity: 'error', column: 'id', file: path }
    expect(result.findings).toEqual([
      { ...finding, line: 4, message: 'duplicate value: the same value is at line 2' },
      { ...finding, line: 6, message: 'duplicate value: the same value is at line 2' },
    ])
  })

  it('compares numbers by value', async () => {
    const { result } = await run('n\n1\n1.0\n1e0\n2\n', 'columns: {n: {type: number, unique: true}}')
    expect(result.findings.map((finding) => [finding.line, finding.message])).toEqual([
      [3, 'duplicate value: the same value is at line 2'],
      [4, 'duplicate value: the same value is at line 2'],
    ])
  })
})

describeCheck('pattern', () => {
  it('passes when every value matches in full', async () => {
    await passes('code\nAB-12\nZZ-99\n', 'columns: {code: {type: string, pattern: "[A-Z]{2}-\\\\d{2}"}}')
  })

  it('reports values that match only in part', async () => {
    const { path, result } = await run('code\nAB-12\nxAB-12\nAB-123\n', 'columns: {code: {type: string, pattern: "[A-Z]{2}-\\\\d{2}"}}')
    const finding = { check: 'pattern', severity: 'error', column: 'code', file: path }
    expect(result.findings).toEqual([
      { ...finding, line: 3, message: "'xAB-12' does not match the pattern /[A-Z]{2}-\\d{2}/" },
      { ...finding, line: 4, message: "'AB-123' does not match the pattern /[A-Z]{2}-\\d{2}/" },
    ])
  })

  it('shows at most 200 characters of a long value that does not match', async () => {
    const { result } = await run(`code\n${'x'.repeat(100_000)}\n`, 'columns: {code: {type: string, pattern: "[A-Z]+"}}')
    expect(result.findings.map((finding) => finding.message)).toEqual([`'${'x'.repeat(200)}…' does not match the pattern /[A-Z]+/`])
  })

  it('matches an alternation as a whole', async () => {
    const { result } = await run('v\nab\na\n', 'columns: {v: {type: string, pattern: "a|b"}}')
    expect(result.findings.map((finding) => [finding.line, finding.message])).toEqual([[2, "'ab' does not match the pattern /a|b/"]])
  })
})

describeCheck('length', () => {
  it('passes within the bounds', async () => {
    await passes('s\nab\nabcd\n', 'columns: {s: {type: string, length: {min: 2, max: 4}}}')
  })

  it('reports values too short and too long, counting characters', async () => {
    const { path, result } = await run('s\na\nabcde\nçàé\n', 'columns: {s: {type: string, length: {min: 2, max: 4}}}')
    const finding = { check: 'length', severity: 'error', column: 's', file: path }
    expect(result.findings).toEqual([
      { ...finding, line: 2, message: 'length 1 is below the minimum 2' },
      { ...finding, line: 3, message: 'length 5 is above the maximum 4' },
    ])
  })

  it('reports out-of-bounds values of a plain ASCII file, quoted or not', async () => {
    const { path, result } = await run('s\na\nabcd\nabcde\n"ab""c"\n"x"\n', 'columns: {s: {type: string, length: {min: 2, max: 4}}}')
    const finding = { check: 'length', severity: 'error', column: 's', file: path }
    expect(result.findings).toEqual([
      { ...finding, line: 2, message: 'length 1 is below the minimum 2' },
      { ...finding, line: 4, message: 'length 5 is above the maximum 4' },
      { ...finding, line: 6, message: 'length 1 is below the minimum 2' },
    ])
  })

  it('counts a character outside the Basic Multilingual Plane once', async () => {
    const { path, result } = await run('s\nabc\n😀😀\n😀😀😀\n', 'columns: {s: {type: string, length: {min: 3, max: 4}}}')
    expect(result.findings).toEqual([{ check: 'length', severity: 'error', column: 's', file: path, line: 3, message: 'length 2 is below the minimum 3' }])
  })
})

describeCheck('mean', () => {
  it('passes within the bounds', async () => {
    await passes('n\n1\n2\n3\n', 'columns: {n: {type: integer, mean: {min: 2, max: 2}}}')
  })

  it('warns by default, for the column as a whole', async () => {
    const { result } = await run('n\n1\n2\n3\n', 'columns: {n: {type: integer, mean: {max: 1.5}}}')
    expect(result.findings).toEqual([{ check: 'mean', severity: 'warning', column: 'n', message: 'mean 2 is above the maximum 1.5' }])
    expect([result.errors, result.warnings]).toEqual([0, 1])
  })

  it('is an error when the column says so', async () => {
    const { result } = await run('n\n1\n2\n3\n', 'columns: {n: {type: integer, mean: {min: 2.5}, severity: {mean: error}}}')
    expect(result.findings).toEqual([{ check: 'mean', severity: 'error', column: 'n', message: 'mean 2 is below the minimum 2.5' }])
    expect([result.errors, result.warnings]).toEqual([1, 0])
  })
})

describeCheck('std', () => {
  it('passes within the bounds', async () => {
    await passes('n\n1\n2\n3\n', 'columns: {n: {type: number, std: {min: 0.9, max: 1.1}}}')
  })

  it('warns on the sample standard deviation (ddof = 1)', async () => {
    const { result } = await run('n\n1\n2\n3\n', 'columns: {n: {type: number, std: {min: 2}}}')
    expect(result.findings).toEqual([{ check: 'std', severity: 'warning', column: 'n', message: 'std 1 is below the minimum 2' }])
  })

  it('reports, rather than passes, a statistic that cannot be computed', async () => {
    const one = await run('n\n5\n', 'columns: {n: {type: number, std: {max: 1}}}')
    expect(one.result.findings).toEqual([
      { check: 'std', severity: 'warning', column: 'n', message: 'std could not be computed: it needs at least 2 valid values, and the column has 1' },
    ])
    const overflow = await run('n\n1.7e308\n-1.7e308\n', 'columns: {n: {type: number, mean: {min: -1, max: 1}, severity: {mean: error}}}')
    expect(overflow.result.findings).toEqual([{ check: 'mean', severity: 'error', column: 'n', message: 'mean could not be computed: the values overflow floating point' }])
    expect(overflow.result.errors).toBe(1)
    const none = await run('n,k\n,1\ninf,2\n', 'columns: {n: {type: number, mean: {max: 1}}, k: {type: integer}}')
    expect(none.result.findings.filter((finding) => finding.check === 'mean')).toEqual([
      { check: 'mean', severity: 'warning', column: 'n', message: 'mean could not be computed: the column has no valid values' },
    ])
  })
})

describeCheck('cardinality', () => {
  it('passes within the bounds', async () => {
    await passes('c\na\nb\na\n', 'columns: {c: {type: category, cardinality: {min: 2, max: 2}}}')
  })

  it('warns when there are too many distinct values', async () => {
    const { result } = await run('c\na\nb\nc\na\n', 'columns: {c: {type: category, cardinality: {max: 2}}}')
    expect(result.findings).toEqual([{ check: 'cardinality', severity: 'warning', column: 'c', message: 'distinct count 3 is above the maximum 2' }])
  })

  it('is an error when too few and the column says so', async () => {
    const { result } = await run('c\na\na\n', 'columns: {c: {type: category, cardinality: {min: 2}, severity: {cardinality: error}}}')
    expect(result.findings).toEqual([{ check: 'cardinality', severity: 'error', column: 'c', message: 'distinct count 1 is below the minimum 2' }])
  })
})

describe('column checks in the registry', () => {
  it('are each tested here', () => {
    expect([...covered].sort()).toEqual(COLUMN_CHECKS.map((check) => check.key).sort())
  })

  it('declare a default severity, statistical checks warning', () => {
    const severities = Object.fromEntries(COLUMN_CHECKS.map((check) => [check.key, check.defaultSeverity]))
    expect(severities).toEqual({
      nullable: 'error',
      'max-missing': 'error',
      min: 'error',
      max: 'error',
      allowed: 'error',
      unique: 'error',
      pattern: 'error',
      length: 'error',
      mean: 'warning',
      std: 'warning',
      cardinality: 'warning',
    })
  })
})
