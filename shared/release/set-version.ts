import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { addChangelogHeading } from './changelog.js'
import { isReusableWorkflow, rewriteOwnReferences } from './references.js'
import { parseVersion } from './version.js'

/** Folders that hold no file a user reads or runs: dependencies, builds, the bundle, test fixtures. */
const SKIPPED = new Set(['node_modules', 'build', '.git', 'actions/dist', 'test/fixtures', 'scratch', '.demo'])

/** The Markdown and YAML files of the repository that may name its actions, as repository paths. */
export function referencingFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    const name = relative(root, path).split(sep).join('/')
    if (entry.isDirectory()) return SKIPPED.has(name) ? [] : referencingFiles(root, path)
    // The changelog tells what was released; history is not rewritten.
    return /\.(md|ya?ml)$/.test(entry.name) && name !== 'CHANGELOG.md' ? [name] : []
  })
}

/**
 * Prepares the release of `version` in the working tree: package.json and package-lock.json, the version
 * the CLI prints, the reusable workflows' refs to this repository's actions (the exact release), every
 * other ref (the major tag), and a CHANGELOG heading. Returns the files it changed.
 */
export function setVersion(root: string, requested: string, date: string): string[] {
  const version = parseVersion(requested, 'set-version')
  const changed: string[] = []
  const update = (file: string, edit: (text: string) => string) => {
    const path = join(root, file)
    const text = readFileSync(path, 'utf8')
    const next = edit(text)
    if (next === text) return
    writeFileSync(path, next)
    changed.push(file)
  }
  update('package.json', (text) => text.replace(/^(\s*"version":\s*)"[^"]*"/m, `$1"${version.text}"`))
  update('package-lock.json', (text) => {
    const lock = JSON.parse(text)
    lock.version = version.text
    if (lock.packages?.['']) lock.packages[''].version = version.text
    return JSON.stringify(lock, null, 2) + '\n'
  })
  update('shared/version/index.ts', (text) => text.replace(/TOOL_VERSION = '[^']*'/, `TOOL_VERSION = '${version.text}'`))
  for (const file of referencingFiles(root)) {
    update(file, (text) => rewriteOwnReferences(text, isReusableWorkflow(file) ? `v${version.text}` : `v${version.major}`, file))
  }
  update('CHANGELOG.md', (text) => addChangelogHeading(text, version.text, date))
  return changed
}
