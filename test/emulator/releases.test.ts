import { describe, expect, it } from 'vitest'
import { HEAD_SHA } from './server.js'
import { failure, FULL_NAME, plainClient, REPO, useEmulator, type PlainClient } from './testing.js'

const start = useEmulator()
const TOKENS = { ghs_write: {}, ghs_fork: { readOnly: true } }

function createRelease(octokit: PlainClient, fields: { tag_name: string; draft?: boolean; target_commitish?: string; prerelease?: boolean }) {
  return octokit.request('POST /repos/{owner}/{repo}/releases', { ...REPO, name: `Churn ${fields.tag_name}`, body: 'metrics', ...fields })
}

describe('releases', () => {
  it('creates a release, tagging target_commitish when the tag is missing, and refuses a second one for the tag', async () => {
    const github = await start()
    const octokit = plainClient(github)

    const created = await createRelease(octokit, { tag_name: 'model/churn/v1' })
    expect(created.status).toBe(201)
    expect(created.data).toMatchObject({ tag_name: 'model/churn/v1', target_commitish: 'main', draft: false, author: { login: 'github-actions[bot]' }, assets: [] })
    expect(created.headers.location).toBe(created.data.url)
    expect(created.data.upload_url).toBe(`${github.urls.uploads}/repos/octo-org/models/releases/${created.data.id}/assets{?name,label}`)
    expect(created.data.html_url).toBe(`${github.urls.server}/octo-org/models/releases/tag/model/churn/v1`)
    expect(github.state.refs(FULL_NAME, 'tags/')).toEqual([{ ref: 'refs/tags/model/churn/v1', sha: HEAD_SHA, type: 'commit' }])

    const again = await failure(createRelease(octokit, { tag_name: 'model/churn/v1' }))
    expect([again.status, again.response?.data]).toEqual([
      422,
      expect.objectContaining({ message: 'Validation Failed', errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }] }),
    ])
    const badTarget = await failure(createRelease(octokit, { tag_name: 'model/churn/v2', target_commitish: 'no-such-branch' }))
    expect(badTarget.response?.data).toMatchObject({ errors: [{ resource: 'Release', code: 'invalid', field: 'target_commitish' }] })
    expect(github.state.refs(FULL_NAME, 'tags/')).toHaveLength(1)

    const byTag = await octokit.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { ...REPO, tag: 'model/churn/v1' })
    expect(byTag.data.id).toBe(created.data.id)
    await createRelease(octokit, { tag_name: 'model/churn/v2-rc', prerelease: true })
    expect((await octokit.request('GET /repos/{owner}/{repo}/releases/latest', REPO)).data.id).toBe(created.data.id)
    expect(github.requests.every((r) => r.valid)).toBe(true)
  })

  it('shows drafts only to tokens with write access and never by tag; publishing a draft tags it', async () => {
    const github = await start({ tokens: TOKENS })
    const writer = plainClient(github, 'ghs_write')
    const fork = plainClient(github, 'ghs_fork')
    await createRelease(writer, { tag_name: 'model/churn/v1' })
    const draft = await createRelease(writer, { tag_name: 'model/churn/v2', draft: true })
    expect(draft.data).toMatchObject({ draft: true, published_at: null })
    expect(draft.data.html_url).toMatch(/\/releases\/tag\/untagged-[0-9a-f]{20}$/)
    // A draft does not create its tag, and drafts may share one.
    expect(github.state.refs(FULL_NAME, 'tags/model/churn/v2')).toEqual([])
    expect((await createRelease(writer, { tag_name: 'model/churn/v2', draft: true })).status).toBe(201)

    const byTag = { ...REPO, tag: 'model/churn/v2' }
    expect((await failure(writer.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', byTag))).status).toBe(404)
    expect((await writer.request('GET /repos/{owner}/{repo}/releases', REPO)).data.map((r) => r.draft)).toEqual([true, true, false])
    expect((await fork.request('GET /repos/{owner}/{repo}/releases', REPO)).data.map((r) => r.tag_name)).toEqual(['model/churn/v1'])
    const asFork = await failure(fork.request('GET /repos/{owner}/{repo}/releases/{release_id}', { ...REPO, release_id: draft.data.id }))
    expect(asFork.status).toBe(404)

    const published = await writer.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', { ...REPO, release_id: draft.data.id, draft: false, body: 'better metrics' })
    expect(published.data).toMatchObject({ draft: false, body: 'better metrics', html_url: expect.stringMatching(/\/releases\/tag\/model\/churn\/v2$/) })
    expect(published.data.published_at).not.toBeNull()
    expect(github.state.refs(FULL_NAME, 'tags/model/churn/v2')).toEqual([{ ref: 'refs/tags/model/churn/v2', sha: HEAD_SHA, type: 'commit' }])
    expect((await fork.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', byTag)).data.id).toBe(draft.data.id)
    expect((await fork.request('GET /repos/{owner}/{repo}/releases/latest', REPO)).data.id).toBe(draft.data.id)
    // The other draft of that tag can no longer be published.
    const other = github.state.releases(FULL_NAME).find((r) => r.draft)!
    const clash = await failure(writer.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', { ...REPO, release_id: other.id, draft: false }))
    expect(clash.response?.data).toMatchObject({ errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }] })
  })

  it('pages releases newest first with a GitHub link header', async () => {
    const github = await start()
    const octokit = plainClient(github)
    for (let i = 1; i <= 5; i++) await createRelease(octokit, { tag_name: `model/churn/v${i}` })

    const first = await octokit.request('GET /repos/{owner}/{repo}/releases', { ...REPO, per_page: 2 })
    const base = `${github.url}/repos/octo-org/models/releases?per_page=2`
    expect(first.headers.link).toBe(`<${base}&page=2>; rel="next", <${base}&page=3>; rel="last"`)
    const all = await octokit.paginate('GET /repos/{owner}/{repo}/releases', { ...REPO, per_page: 2 })
    expect(all.map((r) => r.tag_name)).toEqual([5, 4, 3, 2, 1].map((i) => `model/churn/v${i}`))
  })

  it('updates and deletes a release; its tag stays, as on GitHub', async () => {
    const github = await start()
    const octokit = plainClient(github)
    const { data: release } = await createRelease(octokit, { tag_name: 'model/churn/v1' })
    const id = { ...REPO, release_id: release.id }

    const renamed = await octokit.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', { ...id, name: 'Churn v1 (gold)' })
    expect(renamed.data).toMatchObject({ name: 'Churn v1 (gold)', body: 'metrics', tag_name: 'model/churn/v1' })
    expect((await octokit.request('DELETE /repos/{owner}/{repo}/releases/{release_id}', id)).status).toBe(204)
    expect((await failure(octokit.request('GET /repos/{owner}/{repo}/releases/{release_id}', id))).status).toBe(404)
    expect((await failure(octokit.request('DELETE /repos/{owner}/{repo}/releases/{release_id}', id))).status).toBe(404)
    expect(github.state.releases(FULL_NAME)).toEqual([])
    expect(github.state.refs(FULL_NAME, 'tags/').map((r) => r.ref)).toEqual(['refs/tags/model/churn/v1'])
  })
})
