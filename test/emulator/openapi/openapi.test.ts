import { describe, expect, it } from 'vitest'
import { checkRequest, checkResponse, matchOperation, operationById, type Operation } from './index.js'

function operation(method: string, path: string) {
  const match = matchOperation(method, path)
  if (match.kind !== 'operation') throw new Error(`${method} ${path}: ${match.kind}`)
  return match
}

function request(op: Operation, query = '', body?: unknown, params: Record<string, string> = { owner: 'o', repo: 'r' }) {
  const rawBody = body === undefined ? Buffer.alloc(0) : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body))
  return checkRequest(op, { params, search: new URLSearchParams(query), contentType: 'application/json; charset=utf-8', rawBody })
}

describe('routing against the OpenAPI description', () => {
  it('prefers a literal segment to a parameter', () => {
    expect(operation('GET', '/repos/o/r/issues/comments').operation.id).toBe('issues/list-comments-for-repo')
    expect(operation('GET', '/repos/o/r/issues/7/comments')).toMatchObject({ operation: { id: 'issues/list-comments' }, params: { issue_number: '7' } })
  })

  it('lets x-multi-segment parameters span slashes, encoded or not', () => {
    expect(operation('GET', '/repos/o/r/git/ref/heads/feature/x').params.ref).toBe('heads/feature/x')
    expect(operation('GET', '/repos/o/r/git/ref/heads%2Ffeature%2Fx').params.ref).toBe('heads/feature/x')
  })

  it('gives a path that extends a template ending in a multi-segment parameter to the longer template', () => {
    const sha = 'c'.repeat(40)
    expect(operation('GET', `/repos/o/r/commits/${sha}/pulls`)).toMatchObject({ operation: { id: 'repos/list-pull-requests-associated-with-commit' }, params: { commit_sha: sha } })
    expect(operation('GET', `/repos/o/r/commits/${sha}/status`).operation.id).toBe('repos/get-combined-status-for-ref')
    expect(operation('GET', '/repos/o/r/commits/heads/feature/x')).toMatchObject({ operation: { id: 'repos/get-commit' }, params: { ref: 'heads/feature/x' } })
  })

  it('tells an unknown path from a known path with another method', () => {
    expect(matchOperation('GET', '/repos/o/r/isues')).toEqual({ kind: 'no-path' })
    expect(matchOperation('PUT', '/rate_limit')).toEqual({ kind: 'no-method', template: '/rate_limit', methods: ['GET'] })
  })

  it('serves release asset uploads on the uploads host', () => {
    expect(operationById('repos/upload-release-asset')?.host).toBe('uploads')
    expect(operationById('repos/create-release')?.host).toBe('api')
  })
})

describe('request validation', () => {
  const listIssues = operation('GET', '/repos/o/r/issues').operation
  const createIssue = operation('POST', '/repos/o/r/issues').operation
  const deleteComment = operation('DELETE', '/repos/o/r/issues/comments/1').operation

  it('coerces query values to their schema types and fills in defaults', () => {
    const checked = request(listIssues, 'per_page=5&labels=a,b')
    expect(checked.errors).toEqual([])
    expect(checked.query).toEqual({ per_page: 5, page: 1, labels: 'a,b', state: 'open', sort: 'created', direction: 'desc' })
  })

  it('names each bad or unknown query parameter', () => {
    expect(request(listIssues, 'state=opened&per_page=x&perPage=5').errors).toEqual([
      "query parameter 'perPage' is not defined for issues/list-for-repo",
      'query parameter \'state\' must be equal to one of the allowed values: ["open","closed","all"] (got "opened")',
      'query parameter \'per_page\' must be integer (got "x")',
    ])
  })

  it('validates the JSON body and flags fields the schema does not declare', () => {
    expect(request(createIssue, '', { title: 'Drift', labels: ['a', { name: 'b' }] }).errors).toEqual([])
    expect(request(createIssue, '', { labels: 'a', titel: 'Drift' }).errors).toEqual([
      "body must have required property 'title'",
      'body/labels must be array',
      "body field 'titel' is not defined; known fields: title, body, assignee, milestone, labels, assignees, issue_field_values, type",
    ])
    expect(request(createIssue, '', '{"title": ').malformed).toBe(true)
    expect(request(createIssue).errors).toEqual(['issues/create requires a request body'])
    expect(request(deleteComment, '', { body: 'x' }, { owner: 'o', repo: 'r', comment_id: '1' }).errors).toEqual([
      'issues/delete-comment takes no request body, but one was sent: "{\\"body\\":\\"x\\"}"',
    ])
  })

  it('checks path parameters against their schemas', () => {
    expect(request(deleteComment, '', undefined, { owner: 'o', repo: 'r', comment_id: 'abc' }).errors).toEqual([
      'path parameter \'comment_id\' must be integer (got "abc")',
    ])
  })
})

describe('response validation', () => {
  const getIssue = operation('GET', '/repos/o/r/issues/1').operation
  const deleteComment = operation('DELETE', '/repos/o/r/issues/comments/1').operation

  it('reads nullable enums and nullable anyOf as GitHub means them', () => {
    const closedBy = checkResponse(getIssue, 200, { state_reason: null, performed_via_github_app: null })
    expect(closedBy.filter((e) => /state_reason|performed_via_github_app/.test(e))).toEqual([])
  })

  it('checks bodyless statuses and falls back to basic-error for undeclared errors', () => {
    expect(checkResponse(deleteComment, 204, undefined)).toEqual([])
    expect(checkResponse(deleteComment, 204, {})).toEqual(['status 204 of issues/delete-comment has no body, but one was sent'])
    expect(checkResponse(deleteComment, 200, {})).toEqual(['status 200 is not declared for issues/delete-comment'])
    expect(checkResponse(deleteComment, 502, { message: 'Server Error' })).toEqual([])
    expect(checkResponse(deleteComment, 502, { message: 1 })).toEqual(['response 502/message must be string'])
  })
})
