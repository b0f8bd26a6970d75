import { describe, expect, it } from 'vitest'
import { addChangelogHeading, changelogSection, ownReferences, parseVersion, rewriteOwnReferences, thirdPartyPins } from './index.js'

const CHANGELOG = '# Changelog\n\n## Unreleased\n\n- Next thing.\n\n## 1.0.0 - 2026-12-05\n\n- First.\n'

describe('the changelog', () => {
  it("gives a version's section, and nothing for a version it lacks", () => {
    expect(changelogSection(CHANGELOG, '1.0.0')).toBe('- First.')
    expect(changelogSection('## [1.0.0] - 2026-12-05\n\n- First.\n', '1.0.0')).toBe('- First.')
    expect(changelogSection(CHANGELOG, '1.0')).toBeUndefined()
    expect(changelogSection(CHANGELOG, '1.1.0')).toBeUndefined()
  })

  it("gives what Unreleased lists to a new version's heading, once", () => {
    const next = addChangelogHeading(CHANGELOG, '1.1.0', '2026-12-24')
    expect(changelogSection(next, '1.1.0')).toBe('- Next thing.')
    expect(changelogSection(next, 'Unreleased')).toBe('')
    expect(addChangelogHeading(next, '1.1.0', '2026-12-25')).toBe(next)
  })
})

describe('references', () => {
  const text = [
    'uses: mlops-actions/mlops-actions/actions/train@v1.0.0',
    'uses: mlops-actions/mlops-actions/.github/workflows/mlops-pr.yml@v1',
    'uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0',
    'uses: ./actions/train',
  ].join('\n')

  it("finds this repository's refs by line, and rewrites them all", () => {
    expect(ownReferences(text)).toEqual([
      { target: 'actions/train', ref: 'v1.0.0', line: 1 },
      { target: '.github/workflows/mlops-pr.yml', ref: 'v1', line: 2 },
    ])
    expect(ownReferences(rewriteOwnReferences(text, 'v2')).map((r) => r.ref)).toEqual(['v2', 'v2'])
    expect(rewriteOwnReferences(text, 'v2')).toContain('uses: ./actions/train')
  })

  it('reads only the uses: lines of Markdown, where prose may name any release', () => {
    const markdown = 'Pinned to `mlops-actions/mlops-actions/actions/train@v1.0.0` inside.\n\n```yaml\n- uses: mlops-actions/mlops-actions/actions/train@v1\n```\n'
    expect(ownReferences(markdown, 'README.md')).toEqual([{ target: 'actions/train', ref: 'v1', line: 4 }])
    expect(rewriteOwnReferences(markdown, 'v2', 'README.md')).toBe(markdown.replace('train@v1\n', 'train@v2\n'))
  })

  it('finds the pins of other repositories, with their comments', () => {
    expect(thirdPartyPins(text)).toEqual([{ action: 'actions/checkout', ref: '08c6903cd8c0fde910a37f88322edcfb5dd907a8', comment: 'v5.0.0', line: 3 }])
    expect(thirdPartyPins('- uses: github/codeql-action/init@v3')).toEqual([{ action: 'github/codeql-action', ref: 'v3', line: 1 }])
  })
})

describe('versions', () => {
  it('reads semantic versions, with or without v, and names the input at fault', () => {
    expect(parseVersion('v1.2.3', 'x')).toEqual({ text: '1.2.3', major: 1 })
    expect(parseVersion('2.0.0-rc.1', 'x')).toEqual({ text: '2.0.0-rc.1', major: 2, prerelease: 'rc.1' })
    expect(() => parseVersion('1.2', "Input 'version'")).toThrow("Input 'version': '1.2' is not a semantic version such as 1.2.3.")
  })
})
