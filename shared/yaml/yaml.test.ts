import { describe, expect, it } from 'vitest'
import { UserError } from '../errors/index.js'
import { parseYaml, YAML_MAX_ALIAS_COUNT } from './index.js'

/** "Billion laughs": nine levels of nine aliases each, 387 million values once expanded. */
const ALIAS_BOMB = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...'bcdefghi'.split('').map((name, i) => {
  const previous = 'abcdefghi'[i]
  return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`
})].join('\n') + '\n'

function message(text: string, source = 'config.yml'): string {
  try {
    parseYaml(text, source)
  } catch (error) {
    expect(error).toBeInstanceOf(UserError)
    return (error as UserError).message
  }
  throw new Error('the YAML parsed without error')
}

describe('parseYaml', () => {
  it('reads a mapping, with aliases that expand to a few values', () => {
    expect(parseYaml('base: &b {lr: 0.1}\nrun: *b\n', 'params.yml')).toEqual({ base: { lr: 0.1 }, run: { lr: 0.1 } })
  })

  it('refuses an alias bomb at once, naming the source', () => {
    const started = Date.now()
    expect(message(ALIAS_BOMB)).toBe(`config.yml: invalid YAML: its aliases expand to too many values (more than ${YAML_MAX_ALIAS_COUNT}); write the values out instead.`)
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('refuses values nested too deeply, naming the line and column', () => {
    expect(message(`a: ${'['.repeat(5_000)}${']'.repeat(5_000)}\n`)).toMatch(/^config\.yml:1:\d+: invalid YAML: values are nested too deeply$/)
    expect(message(`a: ${'{a: '.repeat(3_000)}1${'}'.repeat(3_000)}\n`)).toMatch(/^config\.yml:1:\d+: invalid YAML: values are nested too deeply$/)
  })

  it('gives syntax errors as one line with the position', () => {
    expect(message('a: [1, 2\nb: 3\n')).toMatch(/^config\.yml:\d+:\d+: invalid YAML: [^\n]+$/)
    expect(message('a: 1\na: 2\n')).toBe('config.yml:2:1: invalid YAML: Map keys must be unique')
  })
})
