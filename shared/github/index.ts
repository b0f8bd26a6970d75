export { apiBaseUrl, createGitHubClient, DEFAULT_API_URL, type ClientPacing, type GitHubClient, type GitHubClientOptions } from './client.js'
export { checkMarker, stickyMarker, trackingMarker, type StickyBody } from './marker.js'
export { CREATE_ATTEMPTS, upsertStickyComment, type StickyCommentOptions, type StickyCommentResult } from './sticky-comment.js'
export { syncTrackingIssue, type TrackedIssue, type TrackingIssueOptions, type TrackingIssueResult, type TrackingStatus } from './tracking-issue.js'
export { LABEL_LIMIT, TITLE_LIMIT } from './tracking-text.js'
export { dispatchWorkflow, REASON_LIMIT, type DispatchInputs, type DispatchOptions, type DispatchResult } from './dispatch.js'
export { githubContext, isPullRequestEvent, splitRepository, type GitHubContext } from './context.js'
export {
  createDeployment,
  REQUEST_KEY,
  setDeploymentStatus,
  STATUS_DESCRIPTION_LIMIT,
  type DeploymentOptions,
  type DeploymentResult,
  type DeploymentState,
  type DeploymentStatusOptions,
  type DeploymentStatusResult,
} from './deployments.js'
export { COMMENT_FILE_FORMAT, COMMENT_FILE_VERSION, describeValue, formatCommentFile, NON_FINITE, readCommentFile, writeCommentFile, type CommentFile, type Complaint } from './comment-file.js'
export { pullRequestHead, pullRequestMergedAs, type MergedPullRequest, type PullRequestHead, type RepositoryRef } from './pulls.js'
export { latestSuccessfulPullRequestRun, type WorkflowRunRef } from './runs.js'
