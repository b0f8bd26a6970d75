export { apiBaseUrl, createGitHubClient, DEFAULT_API_URL, type ClientPacing, type GitHubClient, type GitHubClientOptions } from './client.js'
export { checkMarker, stickyMarker, type StickyBody } from './marker.js'
export { CREATE_ATTEMPTS, upsertStickyComment, type StickyCommentOptions, type StickyCommentResult } from './sticky-comment.js'
export { githubContext, isPullRequestEvent, splitRepository, type GitHubContext } from './context.js'
