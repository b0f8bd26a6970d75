import { describe, expect, it } from 'vitest'
import { clip, fencedBlock, htmlText, mdCode, mdLine, mdText, TEXT_LIMIT } from './escape.js'
import { link, table } from './markdown.js'

const ZWSP = '\u200b'

describe('mdText', () => {
  it('leaves plain words as they are', () => {
    for (const plain of ['accuracy', 'sun', 'region = EU', 'log_loss', 'model/ (this PR)', 'models:/churn/3', '0.915', '🟢 ▲ +0.012'])
      expect(mdText(plain)).toBe(plain)
  })

  it('turns HTML into text', () => {
    expect(mdText('<img src=x> & </details>')).toBe('&lt;img src=x&gt; &amp; &lt;/details&gt;')
  })

  it('keeps mentions, issue references and bare URLs from linking', () => {
    expect(mdText('@octocat @org/team #123 GH-7 acme/app#9')).toBe(`@${ZWSP}octocat @${ZWSP}org/team #${ZWSP}123 GH-${ZWSP}7 acme/app#${ZWSP}9`)
    expect(mdText('see https://evil.example and www.evil.example')).toBe(`see https:${ZWSP}//evil.example and www${ZWSP}.evil.example`)
  })

  it('escapes what starts links, images, code, emphasis, math and cells', () => {
    expect(mdText('![x](u) [y](javascript:alert(1)) `c` *e* _e_ ~~s~~ $m$ a|b \\')).toBe(
      '!\\[x\\](u) \\[y\\](javascript:alert(1)) \\`c\\` \\*e\\* \\_e\\_ \\~\\~s\\~\\~ \\$m\\$ a\\|b \\\\',
    )
  })

  it('puts every value on one line without control characters', () => {
    expect(mdText('a\r\nb\tc\u0007d\u202ee')).toBe('a b cde')
  })
})

describe('clip', () => {
  it('cuts long values with an ellipsis, counting code points', () => {
    expect([...mdText('x'.repeat(5000))]).toHaveLength(TEXT_LIMIT)
    expect(mdText('x'.repeat(5000)).endsWith('x…')).toBe(true)
    const emoji = '😀'.repeat(TEXT_LIMIT)
    expect(clip(emoji)).toBe(emoji)
    expect(clip(`${emoji}😀`)).toBe(`${'😀'.repeat(TEXT_LIMIT - 1)}…`)
  })
})

describe('mdLine', () => {
  it('cannot start a heading, quote, list or rule', () => {
    expect(mdLine('# Big')).toBe('\\# Big')
    // An entity is text, never a quote.
    expect(mdLine('> quote')).toBe('&gt; quote')
    expect(mdLine('- item')).toBe('\\- item')
    expect(mdLine('1. item')).toBe('1\\. item')
    expect(mdLine('An MLP of the weather type.')).toBe('An MLP of the weather type.')
  })
})

describe('mdCode', () => {
  it('uses a code span for plain values and escaped text in <code> for the rest', () => {
    expect(mdCode('temp_max')).toBe('`temp_max`')
    expect(mdCode('a`b')).toBe('<code>a\\`b</code>')
    expect(mdCode('<img src=x>')).toBe('<code>&lt;img src=x&gt;</code>')
    expect(mdCode(' padded ')).toBe('`  padded  `')
    expect(mdCode('@octocat')).toBe(`\`@${ZWSP}octocat\``)
  })
})

describe('htmlText', () => {
  it('escapes HTML without backslashes, which HTML would show', () => {
    expect(htmlText('</summary></details><h1>@octocat *x*')).toBe(`&lt;/summary&gt;&lt;/details&gt;&lt;h1&gt;@${ZWSP}octocat *x*`)
  })
})

describe('fencedBlock', () => {
  it('uses a fence longer than any run of backticks inside', () => {
    expect(fencedBlock('{"a": "```"}', 'json')).toBe('````json\n{"a": "```"}\n````')
    expect(fencedBlock('{}', 'json')).toBe('```json\n{}\n```')
  })
})

describe('table and link', () => {
  it('escapes data cells, keeps a pipe inside a code span from ending the cell', () => {
    expect(table(['a', 'b'], [['x|y', 3]])).toBe('| a | b |\n| --- | --- |\n| x\\|y | 3 |')
    expect(table(['a'], [[link('v1', 'https://github.com/acme/app/releases/tag/x (1)')]])).toContain('[v1](https://github.com/acme/app/releases/tag/x%20%281%29)')
  })

  it('links only http(s) URLs', () => {
    expect(link('run', 'javascript:alert(1)').text).toBe('run')
    expect(link('run', '/tmp/registry/v1').text).toBe('run')
    expect(link('run', 'https://github.com/acme/app/actions/runs/1').text).toBe('[run](https://github.com/acme/app/actions/runs/1)')
  })
})
