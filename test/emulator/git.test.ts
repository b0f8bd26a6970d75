import { describe, expect, it } from 'vitest'
import { HEAD_SHA, startEmulator } from './server.js'
import { failure, FULL_NAME, plainClient, REPO, useEmulator } from './testing.js'

const CHILD = '1111111111111111111111111111111111111111'
const OTHER = '2222222222222222222222222222222222222222'
const start = useEmulator()

describe('git refs and tags', () => {
  it("seeds every repository with the harness's commit on its default branch", async () => {
    const github = await startEmulator({ selfCheck: true })
    try {
      const octokit = plainClient(github)
      const main = await octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { owner: 'mlops-actions', repo: 'mlops-actions', ref: 'heads/main' })
      expect(main.data).toMatchObject({ ref: 'refs/heads/main', object: { type: 'commit', sha: HEAD_SHA } })
      expect(main.data.url).toBe(`${github.url}/repos/mlops-actions/mlops-actions/git/refs/heads/main`)
      expect(github.requests.flatMap((r) => r.responseErrors)).toEqual([])
    } finally {
      await github.close()
    }
  })

  it('creates refs only to objects that exist and with names GitHub accepts', async () => {
    const github = await start()
    const octokit = plainClient(github)
    const create = (ref: string, sha: string) => octokit.request('POST /repos/{owner}/{repo}/git/refs', { ...REPO, ref, sha })

    const unknown = await failure(create('refs/tags/model/churn/v1', CHILD))
    expect([unknown.status, unknown.response?.data]).toEqual([422, expect.objectContaining({ message: 'Object does not exist' })])
    expect((await failure(create('refs/tags', HEAD_SHA))).message).toContain('Reference name must contain at least three slash-separated components.')
    expect((await failure(create('refs/tags/model..v1', HEAD_SHA))).message).toContain('refs/tags/model..v1 is not a valid ref name.')
    expect((await failure(create('heads/x/y', HEAD_SHA))).message).toContain('heads/x/y is not a valid ref name.')

    github.state.addCommit(FULL_NAME, CHILD, [HEAD_SHA])
    const created = await create('refs/tags/model/churn/v1', CHILD)
    expect(created.status).toBe(201)
    expect(created.headers.location).toBe(created.data.url)
    // A ref cannot also be a directory of refs, as in git.
    expect((await failure(create('refs/tags/model/churn/v1/extra', CHILD))).message).toContain('Reference update failed')
    expect(github.state.refs(FULL_NAME, 'tags/')).toEqual([{ ref: 'refs/tags/model/churn/v1', sha: CHILD, type: 'commit' }])
    expect(github.requests.every((r) => r.valid)).toBe(true)
  })

  it('lets exactly one of eight concurrent creates of a ref win, so that a ref can serve as a lock', async () => {
    const github = await start()
    const octokit = plainClient(github)
    const attempts = Array.from({ length: 8 }, () => octokit.request('POST /repos/{owner}/{repo}/git/refs', { ...REPO, ref: 'refs/locks/model/churn', sha: HEAD_SHA }))

    const settled = await Promise.allSettled(attempts)
    const statuses = settled.map((s) => (s.status === 'fulfilled' ? s.value.status : (s.reason as { status: number }).status))
    expect(statuses.sort()).toEqual([201, 422, 422, 422, 422, 422, 422, 422])
    const losers = settled.flatMap((s) => (s.status === 'rejected' ? [(s.reason as { response: { data: unknown } }).response.data] : []))
    expect(new Set(losers.map((data) => JSON.stringify(data)))).toEqual(
      new Set([JSON.stringify({ message: 'Reference already exists', documentation_url: 'https://docs.github.com/rest/git/refs#create-a-reference', status: '422' })]),
    )
    expect(github.state.refs(FULL_NAME, 'refs/locks/')).toHaveLength(1)
  })

  it('gets refs, lists them by prefix, moves them forward or by force, and deletes them', async () => {
    const github = await start()
    github.state.addCommit(FULL_NAME, CHILD, [HEAD_SHA])
    github.state.setRef(FULL_NAME, 'refs/tags/model/churn/v1', HEAD_SHA)
    github.state.setRef(FULL_NAME, 'refs/tags/model/churn/v2', CHILD)
    github.state.setRef(FULL_NAME, 'refs/tags/model/income/v1', CHILD)
    const octokit = plainClient(github)
    const ref = { ...REPO, ref: 'tags/model/churn/v1' }

    expect((await octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', ref)).data.object.sha).toBe(HEAD_SHA)
    expect((await failure(octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...REPO, ref: 'tags/model/churn/v9' }))).status).toBe(404)
    const churn = await octokit.request('GET /repos/{owner}/{repo}/git/matching-refs/{ref}', { ...REPO, ref: 'tags/model/churn/' })
    expect(churn.data.map((r) => r.ref)).toEqual(['refs/tags/model/churn/v1', 'refs/tags/model/churn/v2'])
    expect((await octokit.request('GET /repos/{owner}/{repo}/git/matching-refs/{ref}', { ...REPO, ref: 'tags/model/none/' })).data).toEqual([])

    const update = (sha: string, force?: boolean) => octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', { ...ref, sha, force })
    expect((await update(CHILD)).data.object.sha).toBe(CHILD)
    expect((await failure(update(HEAD_SHA))).message).toContain('Update is not a fast forward')
    expect((await update(HEAD_SHA, true)).data.object.sha).toBe(HEAD_SHA)
    expect((await failure(update(OTHER, true))).message).toContain('Object does not exist')

    expect((await octokit.request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', ref)).status).toBe(204)
    expect((await failure(octokit.request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', ref))).message).toContain('Reference does not exist')
    expect((await failure(update(CHILD, true))).message).toContain('Reference does not exist')
    expect(github.state.refs(FULL_NAME, 'refs/tags/model/churn/').map((r) => r.ref)).toEqual(['refs/tags/model/churn/v2'])
  })

  it('creates annotated tag objects, which refs then point at; those refs move only by force', async () => {
    const github = await start({ now: () => new Date('2025-03-01T12:00:00Z') })
    const octokit = plainClient(github)
    const createTag = (tag: string, object = HEAD_SHA) =>
      octokit.request('POST /repos/{owner}/{repo}/git/tags', { ...REPO, tag, message: `Model ${tag}`, object, type: 'commit' })

    const v1 = await createTag('model/churn/v1')
    expect(v1.status).toBe(201)
    expect(v1.data).toMatchObject({
      tag: 'model/churn/v1',
      object: { sha: HEAD_SHA, type: 'commit' },
      tagger: { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com', date: '2025-03-01T12:00:00Z' },
    })
    expect(v1.data.sha).toMatch(/^[0-9a-f]{40}$/)
    expect(v1.headers.location).toBe(`${github.url}/repos/octo-org/models/git/tags/${v1.data.sha}`)
    expect((await octokit.request('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', { ...REPO, tag_sha: v1.data.sha })).data.message).toBe('Model model/churn/v1')
    expect((await failure(octokit.request('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', { ...REPO, tag_sha: OTHER }))).status).toBe(404)
    expect((await failure(createTag('model/churn/v0', OTHER))).message).toContain('Object does not exist')

    const ref = await octokit.request('POST /repos/{owner}/{repo}/git/refs', { ...REPO, ref: 'refs/tags/model/churn/v1', sha: v1.data.sha })
    expect(ref.data.object).toEqual({ type: 'tag', sha: v1.data.sha, url: v1.data.url })
    const v2 = await createTag('model/churn/v2')
    expect(v2.data.sha).not.toBe(v1.data.sha)
    const move = (force: boolean) => octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', { ...REPO, ref: 'tags/model/churn/v1', sha: v2.data.sha, force })
    expect((await failure(move(false))).message).toContain('Update is not a fast forward')
    expect((await move(true)).data.object.sha).toBe(v2.data.sha)
    expect(github.requests.every((r) => r.valid)).toBe(true)
  })
})
