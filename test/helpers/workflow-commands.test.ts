import { describe, expect, it } from 'vitest'
import { inputVariable } from './action.js'
import { parseAnnotations, parseOutputFile, unescapeCommandValue } from './workflow-commands.js'

describe('parseOutputFile', () => {
  it('reads single-line and multiline outputs', () => {
    const text = ['valid=true', 'table<<ghadelimiter_1', '| a |', '', '| b |', 'ghadelimiter_1', 'empty<<EOF', 'EOF', 'eq=a=b', ''].join('\n')
    expect(parseOutputFile(text)).toEqual({ valid: 'true', table: '| a |\n\n| b |', empty: '', eq: 'a=b' })
  })

  it('rejects an unterminated multiline output', () => {
    expect(() => parseOutputFile('x<<EOF\nvalue\n')).toThrow(/closing delimiter/)
  })
})

describe('parseAnnotations', () => {
  it('decodes properties and message escapes', () => {
    const stdout = [
      'plain log line',
      '::error title=data-validate%3A type,file=data/a%2Cb.csv,line=11::temp: 100%25 wrong%0Asecond line',
      '::warning::no properties',
      '::notice file=x.csv,line=2,endLine=3,col=4,endColumn=5::n',
      '::debug::ignored',
    ].join('\n')
    expect(parseAnnotations(stdout)).toEqual([
      { severity: 'error', title: 'data-validate: type', file: 'data/a,b.csv', line: 11, message: 'temp: 100% wrong\nsecond line' },
      { severity: 'warning', message: 'no properties' },
      { severity: 'notice', file: 'x.csv', line: 2, endLine: 3, col: 4, endColumn: 5, message: 'n' },
    ])
  })

  it('decodes an escaped percent sign once', () => {
    expect(unescapeCommandValue('%253A')).toBe('%3A')
  })
})

describe('inputVariable', () => {
  it('follows @actions/core getInput', () => {
    expect(inputVariable('fail-on')).toBe('INPUT_FAIL-ON')
    expect(inputVariable('my input')).toBe('INPUT_MY_INPUT')
  })
})
