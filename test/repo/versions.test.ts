import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { changelogSection, isReusableWorkflow, ownReferences, referencingFiles, thirdPartyPins } from '../../shared/release/index.js'
import { TOOL_VERSION } from '../../shared/version/index.js'
import { PINS } from '../helpers/workflow-files.js'
import { repoPath, repoRoot } from '../helpers/repo.js'

const packageJson = (root = repoRoot) => JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
const VERSION = packageJson().version
const MAJOR = `v${VERSION.split('.')[0]}`
const FILES = referencingFiles(repoRoot)
/** Workflow files run as they are: the repository's own, starters, examples. */
const WORKFLOW_FILES = FILES.filter((file) => /\.ya?ml$/.test(file) && /(^|\/)(\.github\/workflows|workflows-templates)\//.test(file))
const text = (file: string) => readFileSync(repoPath(file), 'utf8')

describe('the version', () => {
  it('is one in package.json, its lock, the CLI and the CHANGELOG', () => {
    const lock = JSON.parse(text('package-lock.json'))
    expect([lock.version, lock.packages[''].version, TOOL_VERSION]).toEqual([VERSION, VERSION, VERSION])
    expect(changelogSection(text('CHANGELOG.md'), VERSION), `CHANGELOG.md has no '## ${VERSION}' section`).toBeTruthy()
  })

  it(`is what reusable workflows name this repository's actions by (@v${VERSION}); other workflows and the docs' uses: lines name @${MAJOR}`, () => {
    const stray = FILES.flatMap((file) => {
      const expected = isReusableWorkflow(file) ? `v${VERSION}` : MAJOR
      return ownReferences(text(file), file)
        .filter((ref) => ref.ref !== expected)
        .map((ref) => `${file}:${ref.line}: ${ref.target}@${ref.ref}, expected @${expected}`)
    })
    expect(stray).toEqual([])
  })
})

describe('third-party actions in workflows', () => {
  const pins = WORKFLOW_FILES.flatMap((file) => thirdPartyPins(text(file)).map((pin) => ({ ...pin, file })))

  it('are found', () => {
    expect(pins.map((pin) => pin.action)).toContain('actions/checkout')
  })

  it('are pinned by commit, with the release as a comment', () => {
    const loose = pins.filter((pin) => !/^[0-9a-f]{40}$/.test(pin.ref) || !/^v\d/.test(pin.comment ?? ''))
    expect(loose.map((pin) => `${pin.file}:${pin.line}: ${pin.action}@${pin.ref}`)).toEqual([])
  })

  it('have one pin each across the repository, the one PINS lists when it lists one', () => {
    const byAction = new Map<string, Set<string>>()
    for (const pin of pins) byAction.set(pin.action, (byAction.get(pin.action) ?? new Set()).add(`${pin.ref} # ${pin.comment ?? ''}`.trim()))
    for (const [action, pin] of Object.entries(PINS)) if (byAction.has(action)) byAction.get(action)!.add(pin)
    const several = [...byAction].filter(([, refs]) => refs.size > 1).map(([action, refs]) => `${action}: ${[...refs].join(', ')}`)
    expect(several).toEqual([])
  })
})

describe('npm run set-version', () => {
  const root = mkdtempSync(join(tmpdir(), 'mlops-set-version-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  const copy = (file: string) => {
    mkdirSync(dirname(join(root, file)), { recursive: true })
    cpSync(repoPath(file), join(root, file))
  }

  it('moves every version to the next one, and the major tag only in docs', () => {
    for (const file of ['package.json', 'package-lock.json', 'shared/version/index.ts', 'CHANGELOG.md']) copy(file)
    const reusable = FILES.filter(isReusableWorkflow)
    for (const file of reusable) copy(file)
    writeFileSync(join(root, 'README.md'), `- uses: mlops-actions/mlops-actions/actions/train@${MAJOR}\n`)
    const [major] = VERSION.split('.')
    const next = `${Number(major) + 1}.0.0`
    const run = spawnSync(process.execPath, [repoPath('.github', 'scripts', 'set-version.mjs'), '--root', root, next], { encoding: 'utf8' })
    expect(run.status, run.stderr).toBe(0)
    expect(packageJson(root).version).toBe(next)
    expect(JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')).packages[''].version).toBe(next)
    expect(readFileSync(join(root, 'shared/version/index.ts'), 'utf8')).toContain(`TOOL_VERSION = '${next}'`)
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toBe(`- uses: mlops-actions/mlops-actions/actions/train@v${Number(major) + 1}\n`)
    for (const file of reusable) expect(ownReferences(readFileSync(join(root, file), 'utf8')).filter((ref) => ref.ref !== `v${next}`), file).toEqual([])
    expect(readFileSync(join(root, 'CHANGELOG.md'), 'utf8')).toMatch(new RegExp(`^## ${next.replaceAll('.', '\\.')} - \\d{4}-\\d{2}-\\d{2}$`, 'm'))
  })

  it('refuses a version that is not semantic, naming it, and changes nothing', () => {
    const before = readFileSync(join(root, 'package.json'), 'utf8')
    const run = spawnSync(process.execPath, [repoPath('.github', 'scripts', 'set-version.mjs'), '--root', root, '2.0'], { encoding: 'utf8' })
    expect([run.status, run.stderr]).toEqual([2, "set-version: '2.0' is not a semantic version such as 1.2.3.\n"])
    expect(readFileSync(join(root, 'package.json'), 'utf8')).toBe(before)
  })
})
