import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UserError } from '../../errors/index.js'
import { compileSchema, loadSchemaFile, parseSchema } from './index.js'

let dir: string
let count = 0
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-schema-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function loadError(yaml: string): string {
  const path = join(dir, `schema-${++count}.yml`)
  writeFileSync(path, yaml)
  try {
    loadSchemaFile(path)
  } catch (error) {
    expect(error).toBeInstanceOf(UserError)
    return (error as UserError).message.replace(path, 'schema.yml')
  }
  throw new Error('the schema loaded without error')
}

/** Schema problems that need the column types are found by compiling, before any data is read. */
function compileError(yaml: string): string {
  try {
    compileSchema(yaml, 'schema.yml')
  } catch (error) {
    expect(error).toBeInstanceOf(UserError)
    return (error as UserError).message
  }
  throw new Error('the schema compiled without error')
}

describe('loading a schema file', () => {
  it('returns the schema as written, with its file and each check compiled, as plain data that crosses threads', () => {
    const path = join(dir, 'good.yml')
    writeFileSync(path, '# comment\nversion: 1\ncolumns:\n  price: {type: number, min: 0}\n  day: {type: datetime, format: "%Y-%m-%d"}\nrows: {min: 1}\n')
    const expected = {
      schema: {
        version: 1,
        columns: { price: { type: 'number', min: 0 }, day: { type: 'datetime', format: '%Y-%m-%d' } },
        rows: { min: 1 },
      },
      source: path,
      columns: [
        { name: 'price', checks: [{ key: 'min', path: 'columns.price.min', severity: 'error', settings: 0 }] },
        { name: 'day', checks: [] },
      ],
      datasetChecks: [{ key: 'rows', path: 'rows', severity: 'error', settings: { min: 1 } }],
    }
    expect(loadSchemaFile(path)).toEqual(expected)
    expect(structuredClone(loadSchemaFile(path))).toEqual(expected)
  })

  it('reads dates as strings, not YAML timestamps', () => {
    expect(parseSchema('columns: {d: {type: datetime, min: 2024-01-31}}', 's.yml').columns.d.min).toBe('2024-01-31')
  })

  it('names the input when the file cannot be read', () => {
    const path = join(dir, 'absent.yml')
    expect(() => loadSchemaFile(path)).toThrow(new UserError(`Input 'schema': cannot read '${path}' (no such file or directory).`))
  })

  it('reports a YAML syntax error with file, line and column', () => {
    expect(loadError('columns:\n  price:\n    type: number\n    min: [0\n  qty: {type: integer}\n')).toMatch(/^schema\.yml:\d+:\d+: invalid YAML: .+/)
    expect(loadError('columns:\n  a: {type: string}\n  a: {type: integer}\n')).toBe('schema.yml:3:3: invalid YAML: Map keys must be unique')
  })

  it('refuses an alias bomb and deep nesting in one line, without hanging', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`)]
    expect(loadError(`${levels.join('\n')}\ncolumns:\n  id: {type: category, allowed: *h}\n`)).toBe(
      'schema.yml: invalid YAML: its aliases expand to too many values (more than 100); write the values out instead.',
    )
    expect(loadError(`columns:\n  id: {type: category, allowed: ${'['.repeat(5_000)}${']'.repeat(5_000)}}\n`)).toMatch(/^schema\.yml:2:\d+: invalid YAML: values are nested too deeply$/)
  })

  it('reports an unknown key with its key path and position', () => {
    expect(loadError('columns:\n  price:\n    type: number\n    mni: 0\n')).toBe("schema.yml:4:5: columns.price.mni: unknown key 'mni'.")
    expect(loadError('colums:\n  a: {type: string}\n')).toBe("schema.yml:1:1: colums: unknown key 'colums'.")
    expect(loadError('columns: {a: {type: string}}\nrows: {min: 1, most: 5}\n')).toBe("schema.yml:2:16: rows.most: unknown key 'most'.")
  })

  it('names a column whose name looks like a number by its name', () => {
    expect(loadError('columns:\n  "2020":\n    type: number\n    mni: 0\n')).toBe("schema.yml:4:5: columns.2020.mni: unknown key 'mni'.")
  })

  it('reports a value of the wrong type with its key path', () => {
    expect(loadError('columns:\n  price:\n    type: number\n    nullable: "no"\n')).toBe('schema.yml:4:15: columns.price.nullable: must be boolean.')
    expect(loadError('columns: {a: {type: string}}\nrows: many\n')).toBe('schema.yml:2:7: rows: must be object.')
    expect(loadError('columns:\n  a:\n    type: string\n    allowed: 5\n')).toBe('schema.yml:4:14: columns.a.allowed: must be array.')
    expect(loadError('columns:\n  a:\n    type: string\n    length: {min: -1}\n')).toBe('schema.yml:4:19: columns.a.length.min: must be >= 0.')
  })

  it('lists the allowed values of an enumerated key', () => {
    expect(loadError('columns:\n  price:\n    type: numbr\n')).toBe(
      'schema.yml:3:11: columns.price.type: must be one of number, integer, boolean, string, category, datetime.',
    )
    expect(loadError('columns:\n  a:\n    type: integer\n    severity: {mean: eror}\n')).toBe('schema.yml:4:22: columns.a.severity.mean: must be one of error, warning.')
  })

  it('names an unknown check in a severity map', () => {
    expect(loadError('columns:\n  a:\n    type: integer\n    severity: {meen: error}\n')).toContain("'meen'")
  })

  it('reports a missing column type and a missing columns key', () => {
    expect(loadError('columns:\n  price:\n    min: 3\n')).toBe("schema.yml:3:5: columns.price: missing required key 'type'.")
    expect(loadError('rows: {min: 1}\n')).toBe("schema.yml:1:1: (top level): missing required key 'columns'.")
    expect(loadError('- a\n- b\n')).toBe("schema.yml: a schema must be a YAML mapping with a 'columns' key.")
    expect(loadError('')).toBe("schema.yml: a schema must be a YAML mapping with a 'columns' key.")
  })

  it('refuses a NaN or infinite number anywhere, naming the column and key', () => {
    const limit = '(leave a bound out for no limit)'
    expect(loadError('columns:\n  price:\n    type: number\n    min: .nan\n')).toBe(`schema.yml:4:10: columns.price.min: expected a finite number, got .nan ${limit}.`)
    expect(loadError('columns:\n  price: {type: number, max: .inf}\n')).toBe(`schema.yml:2:30: columns.price.max: expected a finite number, got .inf ${limit}.`)
    expect(loadError('columns:\n  price: {type: number, std: {min: -.Inf}}\n')).toBe(`schema.yml:2:36: columns.price.std.min: expected a finite number, got -.inf ${limit}.`)
    expect(loadError('columns:\n  n: {type: number, allowed: [1, .NaN]}\n')).toBe(`schema.yml:2:34: columns.n.allowed[1]: expected a finite number, got .nan ${limit}.`)
    expect(loadError('columns: {n: {type: number, max-missing: .nan}}\n')).toBe(`schema.yml:1:42: columns.n.max-missing: expected a finite number, got .nan ${limit}.`)
  })
})

describe('schema problems found when the schema is compiled', () => {
  it('rejects a check applied to a column type it does not fit', () => {
    expect(compileError('columns: {a: {type: integer}, b: {type: string, mean: {min: 0}}}')).toBe(
      "schema.yml:1:55: columns.b.mean: 'mean' does not apply to string columns (it applies to number, integer).",
    )
    expect(compileError('columns: {a: {type: integer, pattern: "\\\\d+"}, b: {type: string}}')).toBe(
      "schema.yml:1:39: columns.a.pattern: 'pattern' does not apply to integer columns (it applies to string, category).",
    )
    expect(compileError('columns: {a: {type: integer}, b: {type: boolean, min: 0}}')).toBe(
      "schema.yml:1:55: columns.b.min: 'min' does not apply to boolean columns (it applies to number, integer, datetime).",
    )
  })

  it('rejects an invalid regular expression', () => {
    expect(compileError('columns: {a: {type: integer}, b: {type: string, pattern: "[a-z"}}')).toMatch(
      /^schema\.yml:1:58: columns\.b\.pattern: invalid regular expression \/\[a-z\/: \S.*\.$/,
    )
  })

  it('rejects a pattern that is only valid once wrapped for full matching', () => {
    const message = compileError('columns: {a: {type: integer}, b: {type: string, pattern: "x)|(y"}}')
    expect(message).toMatch(/^schema\.yml:1:58: columns\.b\.pattern: invalid regular expression \/x\)\|\(y\/: \S.*\.$/)
    expect(message).not.toContain('^(?:')
  })

  it('rejects min greater than max', () => {
    expect(compileError('columns: {a: {type: integer, mean: {min: 5, max: 1}}, b: {type: string}}')).toBe(
      'schema.yml:1:36: columns.a.mean: min (5) is greater than max (1).',
    )
    expect(compileError('columns: {a: {type: integer}, b: {type: string, length: {min: 4, max: 2}}}')).toBe(
      'schema.yml:1:57: columns.b.length: min (4) is greater than max (2).',
    )
    expect(compileError('columns: {a: {type: integer, min: 10, max: 5}, b: {type: string}}')).toBe(
      'schema.yml:1:44: columns.a.max: min (10) is greater than max (5).',
    )
  })
})
