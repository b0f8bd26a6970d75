import { deployments } from './deployments.js'
import { gitRefs } from './git-refs.js'
import { gitTags } from './git-tags.js'
import { issueComments } from './issue-comments.js'
import { issues } from './issues.js'
import { pulls } from './pulls.js'
import { rateLimit } from './rate-limit.js'
import { releaseAssets } from './release-assets.js'
import { releases } from './releases.js'
import { repos } from './repos.js'
import { workflowRunsRoutes } from './workflow-runs.js'
import { workflows } from './workflows.js'
import type { RouteModule } from './registry.js'

export { canWrite, defineRoutes, notEmulated, requireIssue, requireIssuesRepo, requireRepo } from './registry.js'
export type { RouteContext, RouteHandler, RouteModule, RouteResponse } from './registry.js'
export { paginate } from './pagination.js'

/** The emulated endpoints: one module per concept; a new one is added here. */
export const builtInRoutes: readonly RouteModule[] = [repos, issues, issueComments, rateLimit, gitRefs, gitTags, releases, releaseAssets, workflows, deployments, pulls, workflowRunsRoutes]
