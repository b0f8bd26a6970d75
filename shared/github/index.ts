export { apiBaseUrl, createGitHubClient, DEFAULT_API_URL, type ClientPacing, type GitHubClient, type GitHubClientOptions } from './client.js'
export { COMMENT_BUDGET, GITHUB_COMMENT_LIMIT, stickyBody, stickyMarker } from './comment-body.js'
export { CREATE_ATTEMPTS, upsertStickyComment, type StickyCommentOptions, type StickyCommentResult } from './sticky-comment.js'
export { githubContext, isPullRequestEvent, splitRepository, type GitHubContext } from './context.js'
