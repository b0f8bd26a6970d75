import { qualifiedRef, refNameProblem, type GitStore, type RefRecord } from '../git.js'
import { HttpError } from '../http.js'
import { renderRef } from '../render-git.js'
import type { RepoRecord } from '../state.js'
import { defineRoutes, requireRepo, type RouteContext } from './registry.js'

/**
 * Git refs: branches, tags, and the refs a model registry keeps aliases and locks in. Each handler checks
 * and writes in one synchronous step, so that of concurrent creates of one ref exactly one succeeds.
 */
export const gitRefs = defineRoutes('git-refs', {
  'git/get-ref': (context) => {
    const repo = requireRepo(context)
    const ref = repo.git.refs.get(qualifiedRef(String(context.params.ref)))
    if (!ref) throw new HttpError(404, 'Not Found', context.operation.docsUrl)
    return { status: 200, body: render(context, repo, ref) }
  },

  /** A prefix match on the name after `refs/`; none is an empty list, not a 404. */
  'git/list-matching-refs': (context) => {
    const repo = requireRepo(context)
    const refs = repo.git.matching(qualifiedRef(String(context.params.ref)))
    return { status: 200, body: refs.map((ref) => render(context, repo, ref)) }
  },

  'git/create-ref': (context) => {
    const repo = requireRepo(context)
    const { ref, sha } = context.body as { ref: string; sha: string }
    const problem = refNameProblem(ref)
    if (problem) throw unprocessable(context, problem)
    if (!repo.git.objectType(sha)) throw unprocessable(context, 'Object does not exist')
    if (repo.git.refs.has(ref)) throw unprocessable(context, 'Reference already exists')
    if (repo.git.clash(ref)) throw unprocessable(context, 'Reference update failed')
    const record = { ref, sha }
    repo.git.refs.set(ref, record)
    const body = render(context, repo, record)
    return { status: 201, body, headers: { location: body.url } }
  },

  'git/update-ref': (context) => {
    const repo = requireRepo(context)
    const { sha, force } = context.body as { sha: string; force?: boolean }
    const ref = repo.git.refs.get(qualifiedRef(String(context.params.ref)))
    if (!ref) throw unprocessable(context, 'Reference does not exist')
    if (!repo.git.objectType(sha)) throw unprocessable(context, 'Object does not exist')
    if (!force && !fastForward(repo.git, ref.sha, sha)) throw unprocessable(context, 'Update is not a fast forward')
    ref.sha = sha
    return { status: 200, body: render(context, repo, ref) }
  },

  'git/delete-ref': (context) => {
    const repo = requireRepo(context)
    if (!repo.git.refs.delete(qualifiedRef(String(context.params.ref)))) throw unprocessable(context, 'Reference does not exist')
    return { status: 204 }
  },
})

function render(context: RouteContext, repo: RepoRecord, ref: RefRecord) {
  return renderRef(context.urls, repo, ref, repo.git.objectType(ref.sha)!)
}

/**
 * Without force a ref moves only forward, to a descendant commit. A ref to an annotated tag object has no
 * such order, so it moves only by force (or to the sha it has), as git treats tags.
 */
function fastForward(git: GitStore, from: string, to: string): boolean {
  return from === to || (git.objectType(from) === 'commit' && git.objectType(to) === 'commit' && git.isAncestor(from, to))
}

/** GitHub's git endpoints answer 422 with a message only, no `errors` list. */
function unprocessable(context: RouteContext, message: string): HttpError {
  return new HttpError(422, message, context.operation.docsUrl)
}
