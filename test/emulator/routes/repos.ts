import { renderRepository } from '../render.js'
import { defineRoutes, requireRepo } from './registry.js'

export const repos = defineRoutes('repos', {
  'repos/get': (context) => ({ status: 200, body: renderRepository(context.urls, context.state, requireRepo(context)) }),
})
