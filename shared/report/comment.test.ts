import { describe, expect, it } from 'vitest'
import { checkMarker, stickyMarker } from '../github/index.js'
import { COMMENT_BUDGET, GITHUB_COMMENT_LIMIT, stickyBody } from './comment.js'

const MARKER = stickyMarker('CI', 'evaluate')
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

describe('stickyMarker', () => {
  it('names the workflow, the job and optionally the kind of report', () => {
    expect(stickyMarker('CI', 'evaluate', 'evaluate-gate')).toBe('<!-- mlops-actions:evaluate-gate workflow=CI job=evaluate -->')
    expect(MARKER).toBe('<!-- mlops-actions workflow=CI job=evaluate -->')
  })

  it('encodes names so that they cannot close the HTML comment', () => {
    const marker = stickyMarker('Train / eval -->', 'job 1')
    expect(marker).toBe('<!-- mlops-actions workflow=Train%20%2F%20eval%20--%3E job=job%201 -->')
    expect(() => checkMarker(marker)).not.toThrow()
  })

  it('refuses empty names and markers that are not one HTML comment', () => {
    expect(() => stickyMarker('', 'job')).toThrow(/GITHUB_WORKFLOW and GITHUB_JOB/)
    for (const bad of ['report', '<!-- a --> b -->', '<!-- a\nb -->'])
      expect(() => checkMarker(bad), bad).toThrow(expect.objectContaining({ name: 'UserError' }))
  })
})

describe('stickyBody', () => {
  it('puts the marker first, once', () => {
    expect(stickyBody(MARKER, 'report')).toEqual({ text: `${MARKER}\nreport`, truncated: false })
    expect(stickyBody(MARKER, `${MARKER}\nreport`).text).toBe(`${MARKER}\nreport`)
  })

  it('keeps a body that fits exactly', () => {
    const report = 'x'.repeat(COMMENT_BUDGET - MARKER.length - 1)
    expect(stickyBody(MARKER, report)).toEqual({ text: `${MARKER}\n${report}`, truncated: false })
  })

  it('cuts astral characters whole and counts them as two, staying below the limit', () => {
    const { text, truncated } = stickyBody(MARKER, '😀'.repeat(40_000))
    expect(truncated).toBe(true)
    expect(text.length).toBeLessThanOrEqual(COMMENT_BUDGET)
    expect(Buffer.byteLength(text)).toBeLessThan(4 * GITHUB_COMMENT_LIMIT)
    expect(LONE_SURROGATE.test(text)).toBe(false)
    expect(text.startsWith(`${MARKER}\n😀`)).toBe(true)
  })

  it('closes a code block the cut leaves open, so that the note shows', () => {
    const { text } = stickyBody(MARKER, `~~~text\n${'line\n'.repeat(20_000)}~~~`)
    expect(text).toMatch(/\nline\n~~~\n\n---\n> \[!WARNING\]\n> This report is cut short/)
    expect(text.length).toBeLessThanOrEqual(COMMENT_BUDGET)
  })

  it('says how much was cut and where the full report is, outside any block the cut left open', () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => `| r${i} | ${'x'.repeat(20)} |`)
    const report = ['## Gate', '<details><summary>Slices</summary>', '', '````json', '{"a": "```"}', '````', '', '| value | rows |', '| --- | --- |', ...rows, '', '</details>'].join('\n')
    const { text, truncated } = stickyBody(MARKER, report)
    expect(truncated).toBe(true)
    expect(text.length).toBeLessThanOrEqual(COMMENT_BUDGET)
    const [head, note] = text.split('\n\n---\n')
    expect(head).toMatch(/\| r\d+ \| x+ \|\n\n<\/details>$/)
    const leftOut = `${MARKER}\n${report}`.slice(head!.replace(/\n\n<\/details>$/, '').length)
    expect(leftOut).toMatch(/^\n\| r\d+ \|/)
    const count = (n: number) => n.toLocaleString('en-US')
    expect(note).toBe(
      `> [!WARNING]\n> This report is cut short to fit in a GitHub comment (at most 65,536 characters): its last ${count(leftOut.length)} characters (${count(leftOut.split('\n').length - 1)} lines) are left out. ` +
        "The full report is in the workflow run's job summary and in the JSON report.\n",
    )
  })

  it('closes a code block with a fence as long as the one that opened it', () => {
    const { text } = stickyBody(MARKER, `\`\`\`\`json\n${'"```",\n'.repeat(20_000)}\`\`\`\``)
    expect(text).toMatch(/\n"```",\n````\n\n---\n> \[!WARNING\]/)
  })
})
