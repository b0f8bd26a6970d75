import { spawnSync } from 'node:child_process'
import { beforeAll, expect, it } from 'vitest'
import { compileTypeScript, repoPath, repoRoot } from '../helpers/repo.js'

// The docs script renders from build/, so build/ must come from the current sources.
beforeAll(() => compileTypeScript())

it('action.yml files and README tables match the command definitions (run npm run build)', () => {
  const run = spawnSync(process.execPath, [repoPath('.github', 'scripts', 'docs.mjs'), '--check'], { cwd: repoRoot, encoding: 'utf8' })
  expect(run.status, run.stdout + run.stderr).toBe(0)
})
