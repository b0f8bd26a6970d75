import { describe, expect, it } from 'vitest'
import { typedOutputs } from './outputs.js'
import { renderForTerminal, terminalProgress } from './terminal.js'

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

describe('terminalProgress', () => {
  it('redraws one line in place on a terminal and clears it at the end; writes nothing to a pipe', async () => {
    const written: string[] = []
    const tty = { isTTY: true, columns: 30, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream
    const reporter = terminalProgress(tty, 0)('Reading')
    await new Promise((resolve) => setTimeout(resolve, 2))
    reporter.update(5, 10, 'rows')
    reporter.end()
    expect(written).toHaveLength(2)
    // Cut to the terminal's width less one, so that the line never wraps.
    expect(written[0]).toBe('\r\x1b[KReading: 5 rows of 10 rows (5')
    expect(written[1]).toBe('\r\x1b[K')
    const piped: string[] = []
    const pipe = { isTTY: false, write: (text: string) => piped.push(text) } as unknown as NodeJS.WriteStream
    const silent = terminalProgress(pipe, 0)('Reading')
    silent.update(5, 10, 'rows')
    silent.end()
    expect(piped).toEqual([])
  })
})
