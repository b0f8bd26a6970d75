import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Inputs, mapSource } from './index.js'

const dir = mkdtempSync(join(tmpdir(), 'mlops-yaml-input-'))
const read = (value: string | undefined) => new Inputs(mapSource({ params: value })).yamlOrFile('params', "YAML such as '{epochs: 20}'")

describe('a YAML input given inline or as a file', () => {
  it('reads a file named on one line, and keeps its path for messages', () => {
    const file = join(dir, 'params.yaml')
    writeFileSync(file, 'epochs: 3\n')
    expect(read(file)).toEqual({ text: 'epochs: 3\n', file })
  })

  it('takes text with a colon or a brace as inline YAML, and nothing as no value', () => {
    expect(read('{epochs: 20}')).toEqual({ text: '{epochs: 20}' })
    expect(read(undefined)).toBeUndefined()
  })

  it('refuses a value that is neither, naming the input', () => {
    expect(() => read(join(dir, 'missing.yaml'))).toThrow(`Input 'params': '${join(dir, 'missing.yaml')}' is neither a file nor YAML such as '{epochs: 20}'.`)
  })
})
