export { ActionsCacheStore } from './actions.js'
export { FolderCacheStore } from './folder.js'
export type { CacheStore } from './types.js'
export { downloadThroughCache, type VerifiedDownload } from './verified.js'
