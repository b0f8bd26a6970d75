import { UserError } from '../errors/index.js'
import { readTextFile } from '../fs/index.js'
import { writeOutputFile } from '../output/index.js'
import { checkMarker } from './marker.js'

/**
 * A pull-request comment not yet posted: what a run without write access (a pull request from a
 * fork) hands to a trusted `workflow_run` run, which checks it and posts it. It carries structured
 * data, never Markdown: the trusted side renders it with its own escaping renderer, so a forged file
 * can say wrong things but cannot inject Markdown, HTML, links or mentions.
 */
export interface CommentFile<Report = unknown> {
  /** owner/name of the repository the pull request belongs to. */
  repository: string
  pullRequest: number
  /** The pull request's head commit the comment describes. */
  headSha: string
  /** The sticky comment's marker (see stickyMarker), by which the comment is found again. */
  key: string
  report: Report
}

export const COMMENT_FILE_FORMAT = 'mlops-actions/comment'
export const COMMENT_FILE_VERSION = 1

const KEYS = ['format', 'version', 'repository', 'pullRequest', 'headSha', 'key', 'report']
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/
const SHA = /^[0-9a-f]{40}$/

/** Reports hold NaN and infinities (an undefined metric) that JSON has no number for. */
export const NON_FINITE = ['NaN', 'Infinity', '-Infinity'] as const

/** The file's JSON: non-finite numbers are written as the strings NaN, Infinity and -Infinity. */
export function formatCommentFile(file: CommentFile): string {
  const { repository, pullRequest, headSha, key, report } = file
  const document = { format: COMMENT_FILE_FORMAT, version: COMMENT_FILE_VERSION, repository, pullRequest, headSha, key, report }
  return JSON.stringify(document, (_key, value) => (typeof value === 'number' && !Number.isFinite(value) ? String(value) : value), 2) + '\n'
}

/** Writes the file through the one output writer; `input` names the path in messages. */
export function writeCommentFile(input: string, path: string, file: CommentFile): void {
  writeOutputFile(input, path, formatCommentFile(file))
}

/**
 * Says what is wrong with the value at a key of the file, e.g. `report.gate.verdicts[0].metric`.
 * Thrown as a UserError naming the input, the file and the key.
 */
export type Complaint = (key: string, problem: string) => never

/**
 * Reads and checks a comment file: the envelope here, the report with `checkReport`, which returns
 * the report rebuilt from checked fields only. Every problem is one message naming the file and key.
 */
export function readCommentFile<Report>(input: string, path: string, checkReport: (value: unknown, key: string, complain: Complaint) => Report): CommentFile<Report> {
  const complain: Complaint = (key, problem) => {
    throw new UserError(`Input '${input}' ('${path}'): key '${key}' ${problem}`)
  }
  const text = readTextFile(input, path)
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw new UserError(`Input '${input}' ('${path}'): not valid JSON (${(error as Error).message}); a comment file is written by evaluate-gate's 'comment-file'.`)
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new UserError(`Input '${input}' ('${path}'): a comment file is a JSON object, not ${describeValue(parsed)}.`)
  const document = parsed as Record<string, unknown>
  const unknown = Object.keys(document).find((key) => !KEYS.includes(key))
  if (unknown !== undefined) complain(unknown, `is not part of a comment file, which holds ${KEYS.join(', ')}.`)
  if (document.format !== COMMENT_FILE_FORMAT) complain('format', `must be "${COMMENT_FILE_FORMAT}", not ${describeValue(document.format)}.`)
  if (document.version !== COMMENT_FILE_VERSION) complain('version', `must be ${COMMENT_FILE_VERSION}, the version this release reads, not ${describeValue(document.version)}.`)
  const { repository, pullRequest, headSha, key } = document
  if (typeof repository !== 'string' || !REPOSITORY.test(repository)) complain('repository', `must be a repository as owner/name, not ${describeValue(repository)}.`)
  if (typeof pullRequest !== 'number' || !Number.isSafeInteger(pullRequest) || pullRequest < 1) complain('pullRequest', `must be a pull-request number (a positive integer), not ${describeValue(pullRequest)}.`)
  if (typeof headSha !== 'string' || !SHA.test(headSha)) complain('headSha', `must be a commit sha of 40 lowercase hexadecimal digits, not ${describeValue(headSha)}.`)
  if (typeof key !== 'string' || !isMarker(key)) complain('key', `must be a sticky comment marker, one HTML comment on one line, not ${describeValue(key)}.`)
  if (!('report' in document)) complain('report', 'is missing.')
  return { repository, pullRequest, headSha, key, report: checkReport(document.report, 'report', complain) }
}

function isMarker(value: string): boolean {
  try {
    checkMarker(value)
    return true
  } catch {
    return false
  }
}

/** A value as a message shows it: JSON, cut short. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing'
  const json = JSON.stringify(value) ?? String(value)
  return json.length > 60 ? `${json.slice(0, 57)}...` : json
}
