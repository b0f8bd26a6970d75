import { describe, expect, it } from 'vitest'
import { capSummary, closeOpenBlocks, GITHUB_SUMMARY_LIMIT } from './cap.js'

/** 2 MB of table rows, each with multi-byte characters. */
const HUGE = ['## Report', '', '<details><summary>Rows</summary>', '', '| value | rows |', '| --- | ---: |', ...Array.from({ length: 40_000 }, (_, i) => `| région ${i} ${'é'.repeat(20)} | ${i} |`), '', '</details>', ''].join('\n')

describe('capSummary', () => {
  it('keeps a summary that fits as it is', () => {
    expect(capSummary('## Report\n\nall fine\n')).toBe('## Report\n\nall fine\n')
  })

  it('cuts a 2 MB summary below 1 MiB at a line end and says what was cut and where the rest is', () => {
    expect(Buffer.byteLength(HUGE)).toBeGreaterThan(2 * GITHUB_SUMMARY_LIMIT)
    const capped = capSummary(HUGE)
    expect(Buffer.byteLength(capped)).toBeLessThan(GITHUB_SUMMARY_LIMIT)
    const [head, note] = capped.split('\n\n---\n')
    // Whole lines only: the head is a prefix of the summary that ends where a line does.
    expect(HUGE.startsWith(head!.replace(/\n\n<\/details>$/, ''))).toBe(true)
    expect(HUGE[head!.replace(/\n\n<\/details>$/, '').length]).toBe('\n')
    // The note shows outside the folded section the cut left open.
    expect(head).toMatch(/\| \d+ \|\n\n<\/details>$/)
    expect(note).toMatch(/^> \[!WARNING\]\n> This summary is cut short to fit in GitHub's limit of 1 MiB per step: the last [\d,]+ of 40,008 lines are left out\. The JSON file named by input 'report' has every result\.\n$/)
  })
})

describe('closeOpenBlocks', () => {
  it('closes a code block with its own fence, however long', () => {
    expect(closeOpenBlocks('````json\n{"a": "```"}')).toBe('````json\n{"a": "```"}\n````')
    expect(closeOpenBlocks('```mermaid\nx\n```\ntext')).toBe('```mermaid\nx\n```\ntext')
  })

  it('closes folded sections, and ignores what a code block shows', () => {
    expect(closeOpenBlocks('<details><summary>a</summary>\n\n| x |')).toBe('<details><summary>a</summary>\n\n| x |\n\n</details>')
    expect(closeOpenBlocks('~~~\n<details>\n~~~')).toBe('~~~\n<details>\n~~~')
  })
})
