import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { compileSchema } from './index.js'
import { validatePart } from '../index.js'
import { DEFAULT_MISSING_VALUES } from '../../data/index.js'

const readme = readFileSync(new URL('../../../actions/data-validate/README.md', import.meta.url), 'utf8')

describe('the schema example in the data-validate README', () => {
  const example = /## The schema\n\n```yaml\n([\s\S]*?)```/.exec(readme)?.[1]

  it('is present', () => {
    expect(example).toBeDefined()
  })

  it('loads and configures every check without error', async () => {
    const compiled = compileSchema(example!, 'README.md')
    expect(Object.keys(compiled.schema.columns)).toEqual(['date', 'price', 'store', 'weather'])
    // Configuring checks happens before any data is read: a bad example fails here, not on missing files.
    await expect(validatePart({ files: [], schema: compiled, missingValues: DEFAULT_MISSING_VALUES, infer: false })).rejects.toThrow(
      'no data rows',
    )
  })
})
