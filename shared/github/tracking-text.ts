import { UserError } from '../errors/index.js'

/** GitHub refuses issue titles longer than this. */
export const TITLE_LIMIT = 256

/** GitHub refuses label names longer than this. */
export const LABEL_LIMIT = 50

/** Control characters, line and paragraph separators, and the invisible ones that reorder or hide text. */
const UNPRINTABLE = /[\p{Cc}\u2028\u2029\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]+/gu

/** Plain text on one line: what is unprintable becomes a space, runs of spaces one. */
export function oneLine(text: string): string {
  return text.replace(UNPRINTABLE, ' ').replace(/\s+/g, ' ').trim()
}

/** At most `limit` UTF-16 code units, ending in an ellipsis when cut, never halving a surrogate pair. */
export function clipLine(text: string, limit: number): string {
  if (text.length <= limit) return text
  let cut = limit - 1
  const code = text.charCodeAt(cut - 1)
  if (code >= 0xd800 && code <= 0xdbff) cut--
  return `${text.slice(0, cut).trimEnd()}…`
}

/** A title is plain text: one line, within GitHub's limit. */
export function issueTitle(title: string): string {
  const line = clipLine(oneLine(title), TITLE_LIMIT)
  if (!line) throw new UserError(`The tracking issue's title ${JSON.stringify(title)} is empty once control characters are removed.`)
  return line
}

/**
 * Labels as the list filter can use them: on one line, trimmed, without duplicates (GitHub compares
 * labels case-insensitively). A comma would split the filter, so it is refused, as is a name too long.
 */
export function issueLabels(labels: readonly string[]): string[] {
  const seen = new Set<string>()
  const names: string[] = []
  for (const label of labels) {
    const name = oneLine(label)
    if (!name || seen.has(name.toLowerCase())) continue
    if (name.includes(',')) throw new UserError(`Issue label '${name}' contains a comma, which GitHub's issue list reads as a separator between labels.`)
    if (name.length > LABEL_LIMIT) throw new UserError(`Issue label '${clipLine(name, 60)}' is ${name.length} characters long; GitHub allows at most ${LABEL_LIMIT}.`)
    seen.add(name.toLowerCase())
    names.push(name)
  }
  return names
}

/** `[this run](url)`, or plain words when there is no run to link to (a local run). */
export function runLink(runUrl: string | undefined, words = 'this run'): string {
  if (!runUrl) return words
  if (!URL.canParse(runUrl) || !/^https?:$/.test(new URL(runUrl).protocol)) throw new UserError(`The run URL '${runUrl}' is not an http(s) URL.`)
  // Parentheses would end the Markdown link early.
  return `[${words}](${new URL(runUrl).href.replace(/\(/g, '%28').replace(/\)/g, '%29')})`
}

/** What each kind of comment on the tracking issue says before the run's own report. */
export const trackingComments = {
  cleared: (runUrl: string | undefined, closing: boolean) =>
    closing
      ? `Drift cleared in ${runLink(runUrl)}; closing this issue.`
      : `Drift cleared in ${runLink(runUrl)}. This issue stays open because closing resolved issues is turned off.`,
  insufficient: (runUrl: string | undefined) =>
    `${runLink(runUrl, 'This run')} had too little data to judge drift; this issue stays open until a run finds it cleared.`,
  duplicate: (runUrl: string | undefined, winner: number) =>
    `Closing as a duplicate of #${winner}, which a run at the same time opened first. The figures of ${runLink(runUrl)} are added there.`,
}
