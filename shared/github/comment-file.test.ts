import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readCommentFile, writeCommentFile, type CommentFile } from './comment-file.js'
import { stickyMarker } from './marker.js'

const FILE: CommentFile = { repository: 'octo-org/models', pullRequest: 3, headSha: 'a'.repeat(40), key: stickyMarker('mlops', 'gate', 'evaluate-gate', 'mlp'), report: { value: 0.5 } }

let dir: string
let count = 0
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-comment-file-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A report check that keeps the report as it is. */
const asIs = (value: unknown) => value

function written(document: unknown): string {
  const path = join(dir, `${++count}-comment.json`)
  writeFileSync(path, typeof document === 'string' ? document : JSON.stringify(document))
  return path
}

function problem(change: Record<string, unknown>): string {
  const path = written({ format: 'mlops-actions/comment', version: 1, ...FILE, ...change })
  try {
    readCommentFile('comment-file', path, asIs)
  } catch (error) {
    return (error as Error).message.replace(path, 'PATH')
  }
  throw new Error('expected the file to be refused')
}

describe('comment files', () => {
  it('read back what was written, non-finite numbers included', () => {
    const path = join(dir, 'written.json')
    writeCommentFile('comment-file', path, { ...FILE, report: { nan: Number.NaN, up: Infinity, down: -Infinity, value: 0.5 } })
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ format: 'mlops-actions/comment', version: 1, report: { nan: 'NaN', up: 'Infinity', down: '-Infinity' } })
    expect(readCommentFile('comment-file', path, asIs)).toEqual({ ...FILE, report: { nan: 'NaN', up: 'Infinity', down: '-Infinity', value: 0.5 } })
  })

  it('hand the report to its check with the key it sits at', () => {
    const path = written({ format: 'mlops-actions/comment', version: 1, ...FILE })
    const complaint = () => readCommentFile('comment-file', path, (_value, key, complain) => complain(`${key}.value`, 'is not liked.'))
    expect(complaint).toThrow(`Input 'comment-file' ('${path}'): key 'report.value' is not liked.`)
  })

  it('are refused with one message naming the file and the key at fault', () => {
    expect(problem({ format: 'other' })).toBe(`Input 'comment-file' ('PATH'): key 'format' must be "mlops-actions/comment", not "other".`)
    expect(problem({ version: 2 })).toBe(`Input 'comment-file' ('PATH'): key 'version' must be 1, the version this release reads, not 2.`)
    expect(problem({ repository: 'models' })).toBe(`Input 'comment-file' ('PATH'): key 'repository' must be a repository as owner/name, not "models".`)
    expect(problem({ pullRequest: 0 })).toBe(`Input 'comment-file' ('PATH'): key 'pullRequest' must be a pull-request number (a positive integer), not 0.`)
    expect(problem({ pullRequest: '3' })).toMatch(/key 'pullRequest' must be a pull-request number \(a positive integer\), not "3"\.$/)
    expect(problem({ headSha: 'A'.repeat(40) })).toMatch(/key 'headSha' must be a commit sha of 40 lowercase hexadecimal digits, not "AAAA/)
    expect(problem({ headSha: undefined })).toMatch(/key 'headSha' must be a commit sha of 40 lowercase hexadecimal digits, not missing\.$/)
    expect(problem({ key: '<!-- a -->\n<!-- b -->' })).toMatch(/key 'key' must be a sticky comment marker, one HTML comment on one line, not "<!-- a -->\\n<!-- b -->"\.$/)
    expect(problem({ key: '## title' })).toMatch(/key 'key' must be a sticky comment marker/)
    expect(problem({ body: '## Markdown' })).toBe(`Input 'comment-file' ('PATH'): key 'body' is not part of a comment file, which holds format, version, repository, pullRequest, headSha, key, report.`)
    expect(problem({ report: undefined })).toBe(`Input 'comment-file' ('PATH'): key 'report' is missing.`)
  })

  it('are refused when not JSON, not an object, or missing', () => {
    const text = written('{"format": ')
    expect(() => readCommentFile('comment-file', text, asIs)).toThrow(new RegExp(`^Input 'comment-file' \\('${text}'\\): not valid JSON \\(`))
    const list = written([FILE])
    expect(() => readCommentFile('comment-file', list, asIs)).toThrow(`Input 'comment-file' ('${list}'): a comment file is a JSON object, not [{"repository":"octo-org/models","pullRequest":3,"headSha...`)
    const missing = join(dir, 'missing.json')
    expect(() => readCommentFile('comment-file', missing, asIs)).toThrow(`Input 'comment-file': cannot read '${missing}' (no such file or directory).`)
  })
})
