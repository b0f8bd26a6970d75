import type { StickyBody } from '../github/index.js'
import { closeOpenBlocks } from './cap.js'
import { formatCount } from './markdown.js'

/** GitHub refuses comment bodies longer than this ("maximum is 65536 characters"). */
export const GITHUB_COMMENT_LIMIT = 65_536

/**
 * The most we send, in UTF-16 code units (JavaScript's `length`). GitHub counts characters; every
 * character is one or two code units, so this count is never below GitHub's. It also stays under
 * 262,144 UTF-8 bytes, the limit some have measured instead. The margin allows for normalisation.
 */
export const COMMENT_BUDGET = 65_000

/** A cut moves back to a line end at most this far, so that no table row is halved. */
const LINE_SLACK = 2_000

/** Room kept, after a cut, for the blocks it leaves open and for the note. */
const NOTE_ROOM = 600

/** Ends a cut report: how much is left out, and where it all is. */
function truncationNote(leftOut: string): string {
  const characters = formatCount(leftOut.length)
  const lines = formatCount(leftOut.replace(/^\n/, '').replace(/\n$/, '').split('\n').length)
  return (
    `\n\n---\n> [!WARNING]\n> This report is cut short to fit in a GitHub comment (at most 65,536 characters): its last ${characters} characters (${lines} lines) are left out. ` +
    "The full report is in the workflow run's job summary and in the JSON report.\n"
  )
}

/** The marker, then the report; cut below the budget with a visible note when it is too long. */
export function stickyBody(marker: string, report: string, budget = COMMENT_BUDGET): StickyBody {
  const rest = report.startsWith(marker) ? report.slice(marker.length).replace(/^\r?\n/, '') : report
  const full = `${marker}\n${rest}`
  if (full.length <= budget) return { text: full, truncated: false }
  const cut = cutIndex(full, budget - NOTE_ROOM, marker.length + 1)
  return { text: closeOpenBlocks(full.slice(0, cut)) + truncationNote(full.slice(cut)), truncated: true }
}

/** At most `room`, at a line end when one is near, never inside a surrogate pair, never before `floor`. */
function cutIndex(text: string, room: number, floor: number): number {
  let cut = Math.max(room, floor)
  const lineEnd = text.lastIndexOf('\n', cut)
  if (lineEnd >= floor && lineEnd > cut - LINE_SLACK) cut = lineEnd
  const code = text.charCodeAt(cut - 1)
  if (code >= 0xd800 && code <= 0xdbff) cut--
  return cut
}
