import { describe, expect, it } from 'vitest'
import { typedOutputs } from './outputs.js'
import { renderForTerminal } from './terminal.js'

describe('renderForTerminal', () => {
  it('keeps headings and tables, the text of <summary>, and drops Mermaid blocks and HTML tags', () => {
    const markdown = [
      '## ✅ Evaluation gate passed',
      '',
      '````mermaid',
      'xychart-beta',
      '```',
      '````',
      '',
      '| metric | value |',
      '| --- | --- |',
      '| <code>a&lt;b &amp; c</code> | 1 |',
      '',
      '<details open><summary>Column profile</summary>',
      '',
      'body &#27;[2J &#233;',
      '',
      '</details>',
    ].join('\n')
    expect(renderForTerminal(markdown)).toBe(
      ['## ✅ Evaluation gate passed', '', '| metric | value |', '| --- | --- |', '| `a<b & c` | 1 |', '', '▸ Column profile', '', 'body &#27;[2J é', '', ''].join('\n'),
    )
  })
})

describe('typedOutputs', () => {
  it('gives each output its JSON type, an empty one null, and text that is not of the type as text', () => {
    const specs = { ok: { description: '', type: 'boolean' as const }, n: { description: '', type: 'number' as const }, m: { description: '', type: 'json' as const }, v: { description: '', type: 'number' as const }, s: { description: '' } }
    expect(typedOutputs(specs, { ok: 'false', n: '12', m: '{"accuracy":0.5}', v: '', s: '7' })).toEqual({ ok: false, n: 12, m: { accuracy: 0.5 }, v: null, s: '7' })
    expect(typedOutputs(specs, { n: 'many', m: '{' })).toEqual({ n: 'many', m: '{' })
  })
})
