import type { RouteContext, RouteResponse } from './registry.js'

/** GitHub caps `per_page` at 100 whatever is asked for. */
const MAX_PER_PAGE = 100

/**
 * One page of `items` and GitHub's `link` header: `prev` and `first` after page 1, `next` and `last`
 * before the last page, each the request's own URL with only `page` changed.
 */
export function paginate<T>(context: RouteContext, items: T[], render: (item: T) => unknown): RouteResponse {
  const perPage = Math.min(Math.max(Number(context.query.per_page ?? 30), 1), MAX_PER_PAGE)
  const page = Math.max(Number(context.query.page ?? 1), 1)
  const lastPage = Math.max(Math.ceil(items.length / perPage), 1)
  const body = items.slice((page - 1) * perPage, page * perPage).map(render)
  const link = linkHeader(context, page, lastPage)
  return { status: 200, body, headers: link ? { link } : {} }
}

function linkHeader(context: RouteContext, page: number, lastPage: number): string | undefined {
  const pageUrl = (n: number) => {
    const search = new URLSearchParams(context.search)
    search.set('page', String(n))
    return `<${context.urls.api}${context.path}?${search}>`
  }
  const links: string[] = []
  if (page > 1) links.push(`${pageUrl(Math.min(page - 1, lastPage))}; rel="prev"`)
  if (page < lastPage) links.push(`${pageUrl(page + 1)}; rel="next"`, `${pageUrl(lastPage)}; rel="last"`)
  if (page > 1) links.push(`${pageUrl(1)}; rel="first"`)
  return links.length ? links.join(', ') : undefined
}
