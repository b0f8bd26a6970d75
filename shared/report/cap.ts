import { formatCount } from './markdown.js'

/** GitHub refuses a step's job summary above 1 MiB of UTF-8 and shows an error instead of it. */
export const GITHUB_SUMMARY_LIMIT = 1024 * 1024

/** The most a summary may take, in UTF-8 bytes: room is left for the note and blocks closed after a cut. */
export const SUMMARY_BUDGET = 1_000_000

/**
 * The job summary as it is when it fits, else its first whole lines that do, the code blocks and
 * folded sections they leave open closed, and a note of what was left out and where it all is.
 */
export function capSummary(markdown: string, budget = SUMMARY_BUDGET): string {
  if (Buffer.byteLength(markdown) <= budget) return markdown
  // A final line break ends the last line; it does not start another.
  const lines = markdown.replace(/\n$/, '').split('\n')
  let used = 0
  let kept = 0
  for (const line of lines) {
    const size = Buffer.byteLength(line) + 1
    if (used + size > budget) break
    used += size
    kept++
  }
  const head = lines.slice(0, kept).join('\n')
  const note =
    `> [!WARNING]\n> This summary is cut short to fit in GitHub's limit of 1 MiB per step: the last ${formatCount(lines.length - kept)} of ${formatCount(lines.length)} lines are left out. ` +
    "The JSON file named by input 'report' has every result.\n"
  return `${closeOpenBlocks(head)}\n\n---\n${note}`
}

/**
 * Closes what a cut leaves open, so that text after it shows: a fenced code block, which would
 * swallow it, and `<details>` sections, which would fold it away.
 */
export function closeOpenBlocks(head: string): string {
  let fence: string | undefined
  let folded = 0
  for (const line of head.split('\n')) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (fence) {
      // A fence closes with the same character, at least as long, and nothing after it.
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined
      continue
    }
    if (marker) fence = marker
    else folded += (line.match(/<details[\s>]/g)?.length ?? 0) - (line.match(/<\/details>/g)?.length ?? 0)
  }
  const closing = [...(fence ? [fence] : []), ...Array.from({ length: Math.max(0, folded) }, () => '\n</details>')]
  return closing.length > 0 ? `${head}\n${closing.join('\n')}` : head
}
