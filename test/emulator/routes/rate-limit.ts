import { defineRoutes } from './registry.js'

export const rateLimit = defineRoutes('rate-limit', {
  'rate-limit/get': ({ state, actor }) => {
    const core = state.rateLimit(actor.login)
    const fresh = (limit: number) => ({ limit, remaining: limit, reset: core.reset, used: 0 })
    return {
      status: 200,
      body: { resources: { core, search: fresh(30), graphql: fresh(5000), code_search: fresh(10) }, rate: core },
    }
  },
})
