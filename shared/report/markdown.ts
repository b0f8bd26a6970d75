import { mdText } from './escape.js'

/** Markdown a renderer wrote itself, with any data in it already escaped: table() keeps it as it is. */
export class Markdown {
  constructor(readonly text: string) {}
}

export function md(text: string): Markdown {
  return new Markdown(text)
}

/** A table cell: a number, Markdown the renderer built, or any other value, which is data and escaped as text. */
export type Cell = Markdown | number | string | undefined | null

/** One cell on one line, its `|` escaped: GitHub honours `\|` even inside code spans in a table. */
export function cell(value: Cell): string {
  const text = value instanceof Markdown ? value.text : typeof value === 'number' ? String(value) : mdText(value)
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/(?<!\\)\|/g, '\\|')
}

export function table(headers: Cell[], rows: Cell[][], align?: ('left' | 'right')[]): string {
  const rule = headers.map((_, i) => (align?.[i] === 'right' ? '---:' : '---'))
  return [headers.map(cell), rule, ...rows.map((row) => row.map(cell))].map((row) => `| ${row.join(' | ')} |`).join('\n')
}

/** A folded section; `summary` is HTML the renderer built, with any data in it through htmlText(). */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`
}

/** 1234567 as en-US writes it, "1,234,567"; whole numbers skip the locale data, whose first use costs tens of milliseconds. */
export function formatCount(value: number): string {
  if (!Number.isSafeInteger(value) || Object.is(value, -0)) return value.toLocaleString('en-US')
  const digits = String(Math.abs(value))
  let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1)
  for (let at = grouped.length; at < digits.length; at += 3) grouped += `,${digits.slice(at, at + 3)}`
  return value < 0 ? `-${grouped}` : grouped
}

export function formatStat(value: number | string | undefined): string {
  if (value === undefined) return ''
  if (typeof value === 'string') return value
  if (!Number.isFinite(value)) return String(value)
  if (Number.isInteger(value)) return formatCount(value)
  return String(Number(value.toPrecision(4)))
}

/** A project-built http(s) URL as a link target: anything else is refused; spaces, parentheses and brackets are percent-encoded. */
export function linkTarget(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\/[^\s/]/i.test(url)) return undefined
  return url.replace(/[\s()<>[\]"'`\\|]/g, percentEncoded)
}

/** `[text](url)` when the URL is a valid http(s) one, else `otherwise` as text; both are data. */
export function link(text: unknown, url: string | undefined, otherwise: unknown = text): Markdown {
  const target = linkTarget(url)
  return md(target ? `[${mdText(text)}](${target})` : mdText(otherwise))
}

/** `%28` for `(`: encodeURIComponent leaves `(`, `)` and `'` as they are. */
function percentEncoded(char: string): string {
  return char.charCodeAt(0) < 0x80 ? `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}` : encodeURIComponent(char)
}
