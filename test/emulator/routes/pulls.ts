import { HttpError } from '../http.js'
import { pullRequests } from '../pulls.js'
import { renderPullRequest, renderPullRequestSimple } from '../render-pulls.js'
import { paginate } from './pagination.js'
import { defineRoutes, requireRepo } from './registry.js'

/** Pull requests seeded with seedPullRequest: one by number, and those a commit belongs to. */
export const pulls = defineRoutes('pulls', {
  'pulls/get': (context) => {
    const repo = requireRepo(context)
    const pull = pullRequests(context.state, `${repo.owner}/${repo.name}`).get(context.params.pull_number as number)
    if (!pull) throw new HttpError(404, 'Not Found', context.operation.docsUrl)
    return { status: 200, body: renderPullRequest(context.urls, context.state, repo, pull) }
  },

  /** A commit's pull requests: those it was a head of, and the one merged as it. */
  'repos/list-pull-requests-associated-with-commit': (context) => {
    const repo = requireRepo(context)
    const sha = String(context.params.commit_sha)
    if (!repo.git.commits.has(sha) && ![...pullRequests(context.state, `${repo.owner}/${repo.name}`).values()].some((pull) => pull.heads.includes(sha)))
      throw new HttpError(422, `No commit found for SHA: ${sha}`, context.operation.docsUrl)
    const associated = [...pullRequests(context.state, `${repo.owner}/${repo.name}`).values()]
      .filter((pull) => pull.heads.includes(sha) || pull.mergeCommitSha === sha)
      .sort((a, b) => b.number - a.number)
    return paginate(context, associated, (pull) => renderPullRequestSimple(context.urls, context.state, repo, pull))
  },
})
