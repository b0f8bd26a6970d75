/**
 * Every text that comes from data or inputs (names, labels, values, messages, paths) goes through
 * one of these before it lands in a job summary, pull-request comment or model card, so that it
 * reads as the same text and does nothing else: no HTML, no mention that notifies someone, no
 * issue reference, no link or image that loads, no table row broken in two.
 */

/** Longest name or value shown whole, in code points; longer ones are cut and end in `…`. */
export const TEXT_LIMIT = 200

/** Longest sentence shown whole, such as a finding's message or a gate's reason. */
export const MESSAGE_LIMIT = 500

const ELLIPSIS = '…'

/** What GitHub's link filters cannot see through; Dependabot and Renovate defuse mentions with it too. */
const ZERO_WIDTH_SPACE = '\u200b'

/** Line and paragraph breaks, tabs: the value stays on one line. */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g

/** Other control characters, and the bidirectional overrides that make text read other than it is. */
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** At most `limit` code points, the last one `…` when cut: a surrogate pair is never split. */
export function clip(text: string, limit = TEXT_LIMIT): string {
  // A code point is one or two UTF-16 units, so a string this short cannot be too long.
  if (text.length <= limit) return text
  const chars: string[] = []
  for (const char of text) {
    if (chars.length === limit) return `${chars.slice(0, limit - 1).join('')}${ELLIPSIS}`
    chars.push(char)
  }
  return text
}

/**
 * Running text, headings and table cells. HTML characters become entities; backslash escapes
 * the characters that start code, emphasis, strikethrough, math, links and images, and `|`, which
 * would end a table cell. Plain words stay as they are: `region = EU`, `log_loss`.
 */
export function mdText(value: unknown, limit = TEXT_LIMIT): string {
  return defuseLinks(oneLine(value, limit))
    .replace(/[&<>]/g, htmlEntity)
    .replace(/[\\`*[\]|~$]/g, (char) => `\\${char}`)
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_') // an `_` inside a word cannot start emphasis
}

/** Text that starts a line, such as a description: it cannot turn into a heading, quote, list or rule either. */
export function mdLine(value: unknown, limit = MESSAGE_LIMIT): string {
  return mdText(value, limit)
    .trimStart()
    .replace(/^[#+=-]/, (char) => `\\${char}`)
    .replace(/^(\d+)([.)])/, '$1\\$2')
}

/**
 * A value in code style. Values of plain characters get a code span; any other is escaped as
 * text inside `<code>`, because a code span shows `<img …>` or `![x](…)` as raw Markdown, which
 * a cut or a plain-text reader would not keep inert.
 */
export function mdCode(value: unknown, limit = TEXT_LIMIT): string {
  const text = defuseLinks(oneLine(value, limit))
  if (text.trim() === '') return ''
  if (/[`<>&[\]|\\]/.test(text)) return `<code>${mdText(value, limit)}</code>`
  // A span that starts and ends with a space loses one on each side.
  const pad = text.startsWith(' ') && text.endsWith(' ') ? ' ' : ''
  return `\`${pad}${text}${pad}\``
}

/**
 * Text inside an HTML element such as `<summary>`, where Markdown is not read: backslashes would
 * show. Brackets become entities all the same, so that no `![` stands in the source.
 */
export function htmlText(value: unknown, limit = TEXT_LIMIT): string {
  return defuseLinks(oneLine(value, limit)).replace(/[&<>[\]]/g, htmlEntity)
}

/** A fenced code block that nothing in `content` can close: its fence is longer than any run of backticks inside. */
export function fencedBlock(content: string, info = ''): string {
  let longest = 0
  for (const run of content.match(/`{3,}/g) ?? []) longest = Math.max(longest, run.length)
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return `${fence}${info}\n${content.replace(CONTROLS, '')}\n${fence}`
}

/** A label inside a Mermaid diagram: one line, cut, with the characters Mermaid or the fence would read replaced. */
export function mermaidText(value: unknown, limit = TEXT_LIMIT): string {
  return oneLine(value, limit)
    .replace(/["`]/g, "'")
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .trim()
}

/** Any value as one line of at most `limit` code points, without control characters. */
function oneLine(value: unknown, limit: number): string {
  return clip(String(value ?? '').replace(CONTROLS, '').replace(BREAKS, ' '), limit)
}

/**
 * A zero-width space after `@` and `#` keeps `@user`, `@org/team`, `#123`, `owner/repo#1` and
 * `GH-123` from notifying or linking (a backslash does not: GitHub finds them after Markdown), and
 * one inside `://` and `www.` keeps a bare URL from turning into a link.
 */
function defuseLinks(text: string): string {
  return text
    .replace(/@(?=[\p{L}\p{N}_-])/gu, `@${ZERO_WIDTH_SPACE}`)
    .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
    .replace(/\b(GH-)(?=\d)/gi, `$1${ZERO_WIDTH_SPACE}`)
    .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
    .replace(/\b(www)\./gi, `$1${ZERO_WIDTH_SPACE}.`)
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '[': '&#91;', ']': '&#93;' }

function htmlEntity(char: string): string {
  return ENTITIES[char]!
}
