import { HttpError } from '../http.js'
import { renderTag } from '../render-git.js'
import { defineRoutes, requireRepo } from './registry.js'

interface TagFields {
  tag: string
  message: string
  object: string
  type: 'commit' | 'tree' | 'blob'
  tagger?: { name: string; email: string; date?: string }
}

/** Annotated tag objects. As on GitHub, creating one makes no ref: create `refs/tags/<tag>` next. */
export const gitTags = defineRoutes('git-tags', {
  'git/create-tag': (context) => {
    const repo = requireRepo(context)
    const fields = context.body as TagFields
    // Only commits exist here, so a tag of a tree or blob names nothing.
    if (fields.type !== 'commit' || repo.git.objectType(fields.object) !== 'commit')
      throw new HttpError(422, 'Object does not exist', context.operation.docsUrl)
    const user = context.state.user(context.actor.login)
    const tagger = {
      name: fields.tagger?.name ?? user.login,
      email: fields.tagger?.email ?? `${user.id}+${user.login}@users.noreply.github.com`,
      date: fields.tagger?.date ? new Date(fields.tagger.date).toISOString().replace(/\.\d{3}Z$/, 'Z') : context.state.now(),
    }
    const tag = repo.git.addTag({ tag: fields.tag, message: fields.message, object: { sha: fields.object, type: fields.type }, tagger })
    const body = renderTag(context.urls, repo, tag)
    return { status: 201, body, headers: { location: body.url } }
  },

  'git/get-tag': (context) => {
    const repo = requireRepo(context)
    const tag = repo.git.tags.get(String(context.params.tag_sha))
    if (!tag) throw new HttpError(404, 'Not Found', context.operation.docsUrl)
    return { status: 200, body: renderTag(context.urls, repo, tag) }
  },
})
