import { mkdtempSync, realpathSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildActionsInto, diffDirectories } from '../helpers/bundle.js'
import { repoPath } from '../helpers/repo.js'

describe('committed bundles', () => {
  let root: string
  let actions: string[]

  beforeAll(() => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'mlops-dist-')))
    actions = buildActionsInto(root)
  })

  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('builds at least one action', () => {
    expect(actions).toContain('data-validate')
  })

  it('match a fresh build of the sources (run npm run build and commit actions/*/dist)', () => {
    const stale = actions.flatMap((name) =>
      diffDirectories(repoPath('actions', name, 'dist'), join(root, 'actions', name, 'dist')).map((file) => `actions/${name}/dist/${file}`),
    )
    expect(stale, `out of date:\n${stale.join('\n')}`).toEqual([])
  })
})
